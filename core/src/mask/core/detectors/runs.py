"""Runs: the only stretches of a text a pattern made of few characters needs to scan.

A card number is made of digits, spaces and dashes, at least 13 of them in a row; a MAC
address of hex digits and ``:-.``. A regex scan pays for every position of the text (most
of a 2 KB document is words); finding the *runs* of such characters long enough to hold a
match costs one ``bytes.translate`` and a few ``bytes.find`` calls. Scanning only the runs
(:func:`finditer_in`) yields exactly the matches a scan of the whole text does, provided
the :class:`Alphabet` says the truth about the pattern:

- every match starts inside a run of at least ``shortest`` characters of ``chars``;
- nothing the pattern reads from a match starting in a run (its lookarounds, an optional
  tail such as a phone extension) lies more than ``tail`` characters past the run's end.

Lookbehinds see the text before the scanned range (``regex`` searches from ``pos`` without
slicing), so a match at the start of a run is judged on the character before it, as before.
Runs are found in ASCII texts only; other texts are scanned whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["Alphabet", "find_runs", "finditer_in"]

_IN = ord("d")
_OUT = b"x"
JOIN = 160
"""Runs fewer characters apart than this are searched as one range: one search call costs
about as much as scanning that many characters where no match can start."""


class Alphabet:
    """The characters a pattern's matches are made of (see the module docstring)."""

    __slots__ = ("chars", "needle", "shortest", "table", "tail")

    def __init__(self, chars: str, shortest: int, tail: int) -> None:
        self.chars = chars
        self.shortest = shortest
        self.tail = tail
        table = bytearray(_OUT * 256)
        for ch in chars.encode("ascii"):
            table[ch] = _IN
        self.table = bytes(table)
        self.needle = bytes([_IN]) * shortest

    def __repr__(self) -> str:
        return f"Alphabet({self.chars!r}, {self.shortest}, {self.tail})"


def find_runs(text: str, alphabet: Alphabet) -> list[tuple[int, int]]:
    """Maximal ``(lo, hi)`` stretches of ``alphabet.chars`` at least ``shortest`` long in
    the ASCII ``text`` (sorted), those less than :data:`JOIN` apart joined with what lies
    between them."""
    mapped = text.encode("ascii").translate(alphabet.table)
    needle, shortest = alphabet.needle, alphabet.shortest
    runs: list[tuple[int, int]] = []
    at = mapped.find(needle)
    while at >= 0:
        lo = mapped.rfind(_OUT, 0, at) + 1
        hi = mapped.find(_OUT, at + shortest)
        if hi < 0:
            hi = len(mapped)
        if runs and lo - runs[-1][1] < JOIN:
            runs[-1] = (runs[-1][0], hi)  # no match starts in between: scanning it is harmless
        else:
            runs.append((lo, hi))
        at = mapped.find(needle, hi)
    return runs


def finditer_in(
    pattern: regex.Pattern[str], text: str, runs: list[tuple[int, int]], tail: int, timeout: float | None
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches all start in ``runs`` (see the
    module docstring): each run is searched up to ``tail`` characters past its end, a match
    starting past the run is left to the next run, and a run is searched from where the
    previous match ended (the non-overlapping matches of one left-to-right scan)."""
    size = len(text)
    resume = 0
    for lo, hi in runs:
        if resume >= hi:
            continue
        for m in pattern.finditer(text, max(lo, resume), min(size, hi + tail), timeout=timeout):
            if m.start() >= hi:
                break
            resume = m.end()
            yield m
