"""Probes: the few, rare literals whose ``str.find`` positions lead to every spelling of a word set.

:meth:`~.context.ContextWords.find_all` finds a set's spellings (``"social security"``,
``"ssn#"``...) in a lower-cased text without a regex: each probe is searched with
``str.find`` (one scan of the text each, the cost that counts) and every occurrence is
checked against the spellings that hold the probe, at the probe's offset in them. So the
probes are chosen to be few (one shared by many spellings: ``"soc"`` for ``"social
security"``, ``"my social"`` and ``"her social"``) and rare in text (``"soc"``, not
``"her"`` or ``"you"``): a greedy cover of the spellings by their two- and three-character
pieces, by the spellings a piece covers over how often it is expected in text.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

__all__ = ["Probe", "choose_probes"]

Probe = tuple[str, tuple[tuple[str, int], ...]]
"""A literal and the spellings holding it, each with the literal's offset in it, longest first."""

_PIECE_LENGTHS = (3, 4, 6)
_SCAN_COST = {1: 2.5, 2: 2.0, 3: 1.7, 4: 1.4}
"""Microseconds of one ``str.find`` scan of 2,000 characters for a literal of this length (a
longer one skips further; 1.2 from five characters on), measured on CPython 3.11."""
_HIT_COST = 0.2
_CHECK_COST = 0.12
"""Microseconds per occurrence found, and per spelling checked at it."""
_PER_CHAR = {
    " ": 16.0, "e": 10.0, "t": 7.5, "a": 6.5, "o": 6.2, "i": 5.7, "n": 5.7, "s": 5.3, "r": 5.0,
    "h": 4.9, "d": 3.4, "l": 3.3, "c": 2.3, "u": 2.3, "m": 2.0, "w": 1.9, "f": 1.8, "g": 1.6,
    "y": 1.6, "p": 1.6, "b": 1.2, "v": 0.8, "k": 0.6, "x": 0.15, "j": 0.1, "q": 0.1, "z": 0.07,
    ".": 1.0, "-": 0.5, "_": 0.5, ":": 0.5, "/": 0.3,
}  # fmt: skip
"""Percent of characters of English text and tool output (digits: 1 each; other characters 0.1)."""
_COMMON = frozenset((
    "the", "and", "ing", "her", "hat", "his", "tha", "ere", "for", "ent", "ion", "ter", "was", "you",
    "ith", "ver", "all", "wit", "thi", "tio", "th", "he", "in", "er", "an", "re", "on", "at", "en",
    "nd", "ti", "es", "or", "te", "of", "ed", "is", "it", "al", "ar", "st", "to", "nt", "ng", "se",
    "ha", "as", "ou",
))  # fmt: skip
"""The most frequent English trigrams and bigrams: far more frequent than their letters make them."""


def _expected(piece: str) -> float:
    """Expected occurrences of ``piece`` in 2,000 characters of text (a rough model)."""
    rate = 2000.0
    for ch in piece:
        rate *= _PER_CHAR.get(ch, 1.0 if ch.isdigit() else 0.1) / 100
    return rate * 10 if piece in _COMMON else rate


def _pieces(spelling: str) -> set[str]:
    """The substrings of ``spelling`` three, four and six characters long (itself when shorter)."""
    if len(spelling) <= _PIECE_LENGTHS[0]:
        return {spelling}
    return {spelling[i : i + n] for n in _PIECE_LENGTHS for i in range(len(spelling) - n + 1)}


def _value(piece: str, spellings: int) -> float:
    """Spellings found per expected microsecond of search in 2,000 characters, with ``piece``
    as the probe of ``spellings`` spellings."""
    cost = _SCAN_COST.get(len(piece), 1.2) + _expected(piece) * (_HIT_COST + _CHECK_COST * spellings)
    return spellings / cost


def choose_probes(spellings: Iterable[str]) -> tuple[Probe, ...]:
    """Probes covering every spelling (each spelling under one probe), sorted by literal."""
    uncovered = set(spellings)
    holders: dict[str, set[str]] = {}
    for spelling in uncovered:
        for piece in _pieces(spelling):
            holders.setdefault(piece, set()).add(spelling)
        # a short spelling is a piece of the longer ones holding it: "dl" of "dl#"
        if len(spelling) < _PIECE_LENGTHS[0]:
            holders[spelling] = {s for s in uncovered if spelling in s}
    # Greedy: the piece of the best value (spellings covered per microsecond) first. A value
    # only falls as its spellings get covered, so a stale entry of the heap is re-scored when
    # it comes up, and taken if it is still the best.
    heap = [(-_value(piece, len(held)), piece) for piece, held in holders.items()]
    heapq.heapify(heap)
    chosen: dict[str, list[str]] = {}
    while uncovered:
        stale, piece = heapq.heappop(heap)
        live = holders[piece] & uncovered
        if not live:
            continue
        value = -_value(piece, len(live))
        if value > stale:
            heapq.heappush(heap, (value, piece))
            continue
        chosen[piece] = sorted(live, key=lambda s: (-len(s), s))
        uncovered -= live
    return tuple((p, tuple((s, s.find(p)) for s in chosen[p])) for p in sorted(chosen))
