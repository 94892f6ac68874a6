"""Context words: words near a match that make it more (or less) likely to be an entity."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .probes import Probe, choose_probes
from .shared import UNSPACED_LETTERS, TextView, merge

__all__ = ["DEFAULT_WINDOW", "ContextWords", "merge", "regions"]

DEFAULT_WINDOW = 48
"""Characters searched on each side of a match (``detectors.context_window``)."""
_ASCII_SEP = r"[\t\n\x0b\x0c\r _.\-]*"
"""Characters of a spelling searched with ``str.find`` before the whole spelling is compared."""


class ContextWords:
    """A compiled set of words or phrases, searched case-insensitively near a match.

    A word matches at word boundaries, so ``"ssn"`` matches ``SSN:`` and ``ssn_no`` but
    not ``lessn``; separators ``_``, ``-`` and ``.`` inside a phrase match any of them
    or a space (``"date of birth"`` matches ``date_of_birth``).
    """

    __slots__ = ("_ascii_re", "_heads", "_lower_re", "_probes", "_re", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True))
        self._re: regex.Pattern[str] | None = None
        self._lower_re: regex.Pattern[str] | None = None
        self._ascii_re: re.Pattern[str] | None = None
        self._probes: tuple[Probe, ...] = ()
        self._heads: tuple[str, ...] = ()
        if not self.words:
            return
        parts = [
            _bounded(r"[\s_.\-]*".join(regex.escape(p) for p in regex.split(r"[\s_.\-]+", w)), w) for w in self.words
        ]
        source = "(?:" + "|".join(parts) + ")"
        self._re = regex.compile(source, regex.IGNORECASE)
        self._lower_re = regex.compile(source)
        # The same pattern for an ASCII text, lower-cased, in the stdlib engine (faster on the
        # short windows of distance()): for ASCII characters its classes are regex's, with
        # regex's \s spelled out (the stdlib's \s also takes \x1c-\x1f). In ASCII mode: it
        # reads ASCII text only, where that mode's classes are the same, without a Unicode
        # category lookup per character.
        self._ascii_re = re.compile(_ascii_source(self.words), re.ASCII)
        # Literal spellings, found with str.find in a lower-cased text (much faster than a
        # regex scan): spellings are grouped under a probe, a rare piece they share.
        variants: set[str] = set()
        for w in self.words:
            pieces = regex.split(r"[\s_.\-]+", w)
            # joined as the text may write them; with a dot or a dash only when the word itself has one
            # (d.o.b: D.O.B.), which the pattern reads in any word but a literal probe costs in every text
            seps = (" ", "_", "", *(c for c in ".-" if c in w)) if len(pieces) > 1 else ("",)
            variants.update(sep.join(pieces) for sep in seps)
        self._probes = choose_probes(variants)
        self._heads = _heads(self.words)

    def __bool__(self) -> bool:
        return self._re is not None

    @property
    def heads(self) -> tuple[str, ...]:
        """Literals one of which every occurrence starts with, in the lower-cased text (empty
        when none is known: a word starts with a separator)."""
        return self._heads

    def near(self, text: str, start: int, end: int, window: int, view: TextView | None = None) -> bool:
        """True when a word occurs within ``window`` characters before ``start`` or after ``end``."""
        if self._re is None:
            return False
        pattern: re.Pattern[str] | regex.Pattern[str] = self._re
        if view is not None and view.ascii and self._ascii_re is not None:
            pattern, text = self._ascii_re, view.lower
        lo = max(0, start - window)
        if pattern.search(text, lo, start) is not None:
            return True
        return pattern.search(text, end, min(len(text), end + window)) is not None

    def distance(
        self, text: str, start: int, end: int, window: int, before_only: bool = False, view: TextView | None = None
    ) -> int | None:
        """Characters between the match and the nearest word within ``window``, or None.

        With the call's ``view`` of an ASCII ``text``, its lower-cased form is searched with
        the stdlib twin of the pattern (the same matches, found faster).
        """
        if self._re is None:
            return None
        pattern: re.Pattern[str] | regex.Pattern[str] = self._re
        if view is not None and view.ascii and self._ascii_re is not None:
            pattern, text = self._ascii_re, view.lower
        best: int | None = None
        lo = max(0, start - window)
        if self._heads:
            # Every match holds a word's first piece (is not empty): searching on from where
            # one ends is what finditer does, without building an iterator per window.
            m = pattern.search(text, lo, start)
            while m is not None:
                best = start - m.end()  # the last one before is the nearest
                m = pattern.search(text, m.end(), start)
        else:
            for m in pattern.finditer(text, lo, start):
                best = start - m.end()
        if not before_only:
            m = pattern.search(text, end, min(len(text), end + window))
            if m is not None and (best is None or m.start() - end < best):
                best = m.start() - end
        return best

    def absent(self, view: TextView) -> bool:
        """True when no word occurs in the view's text (so :meth:`distance` and :meth:`near`
        find none): for a caller about to ask about many values of one text.

        Known for an ASCII text only (where the lower-cased text is searched): every
        occurrence of a word starts with its first piece, so the text holds none of them.
        """
        return view.ascii and bool(self._heads) and not view.has_any(self._heads)

    def regions(
        self, text: str, reach: int, timeout: float | None = None, view: TextView | None = None
    ) -> list[tuple[int, int]]:
        """Merged ``(lo, hi)`` ranges within ``reach`` characters of an occurrence of a word.

        With the call's ``view`` of ``text`` (when lower-casing kept every offset) the words
        are found with ``str.find`` and the result is cached for the call; otherwise a regex scan.
        """
        if self._re is None or self._lower_re is None:
            return []
        if view is not None and view.lower_aligned is not None:
            return view.context_regions(self, reach)
        return regions(self._re, text, reach, timeout)

    def find_all(self, view: TextView) -> list[tuple[int, int]]:
        """Occurrences of the words, at word boundaries, in the view's lower-cased text (sorted).

        The leftmost-longest, non-overlapping occurrences of the literal spellings (what a
        scan with their alternation, longest first, finds), then kept at word boundaries.
        """
        lower = view.lower
        found: list[tuple[int, int]] = []  # (start, -end) of every occurrence of a spelling
        for probe, spellings in self._probes:
            for pos in view.positions(probe):
                for spelling, offset in spellings:
                    at = pos - offset
                    if at >= 0 and lower.startswith(spelling, at):
                        found.append((at, -at - len(spelling)))
        found.sort()  # by start, the longest first
        hits = []
        size = len(lower)
        last = 0
        for at, neg_end in found:
            if at < last:
                continue  # inside the previous occurrence (or a shorter spelling at its start)
            end = -neg_end
            last = end
            if (at == 0 or not lower[at - 1].isalnum() or _UNSPACED.match(lower, at)) and (
                end >= size or not lower[end].isalpha() or _UNSPACED.match(lower, end - 1)
            ):
                hits.append((at, end))
        return hits

    def __repr__(self) -> str:
        return f"ContextWords({list(self.words)!r})"


_UNSPACED = regex.compile(f"[{UNSPACED_LETTERS}]")
"""Scripts written without blanks between words (``の電話番号は``): a word of them needs no
boundary next to it."""


def _bounded(body: str, word: str) -> str:
    """``body`` (a word's pattern) at word boundaries, except at an end written in a script
    without blanks between words."""
    before = "" if _UNSPACED.match(word) else r"(?<![^\W_])"
    after = "" if _UNSPACED.match(word[-1]) else r"(?![^\W\d_])"
    return before + body + after


def _ascii_source(words: tuple[str, ...]) -> str:
    r"""The stdlib pattern finding ``words`` (longest first) in a lower-cased ASCII text.

    Alternatives are grouped by their first character, which comes before the word-start
    lookbehind (``c(?<![^\W_]c)`` at the next position is ``(?<![^\W_])`` before ``c``): the
    pattern then starts with a set of literals the engine skips to, and each position tries
    one group. Alternatives starting differently never match at one position, and a group
    keeps the order of its own, so the matches are those of the plain alternation (which
    is used when a word starts with a separator).
    """
    pieces = [regex.split(r"[\s_.\-]+", w) for w in words]
    if any(not p[0] for p in pieces):
        body = "|".join(_ASCII_SEP.join(re.escape(x) for x in p) for p in pieces)
        return r"(?<![^\W_])(?:" + body + r")(?![^\W\d_])"
    groups: dict[str, list[str]] = {}
    for p in pieces:
        first = p[0][0]
        rest = [p[0][1:], *p[1:]]
        groups.setdefault(first, []).append(_ASCII_SEP.join(re.escape(x) for x in rest))
    body = "|".join(
        f"{re.escape(first)}(?<![^\\W_]{re.escape(first)})(?:{'|'.join(rests)})" for first, rests in groups.items()
    )
    return "(?:" + body + r")(?![^\W\d_])"


def _heads(words: tuple[str, ...]) -> tuple[str, ...]:
    """The literals every occurrence of a word starts with: its first piece (``"date"`` for
    ``"date of birth"``), minus those another one starts (``"cardholder"`` under ``"card"``).

    Empty when a word starts with a separator (no literal is known then).
    """
    firsts = {regex.split(r"[\s_.\-]+", w)[0] for w in words}
    if "" in firsts:
        return ()
    return tuple(sorted(f for f in firsts if not any(o != f and f.startswith(o) for o in firsts)))


def regions(pattern: regex.Pattern[str], text: str, reach: int, timeout: float | None = None) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` ranges within ``reach`` characters of a match of ``pattern``."""
    return merge([m.span() for m in pattern.finditer(text, timeout=timeout)], reach, len(text))
