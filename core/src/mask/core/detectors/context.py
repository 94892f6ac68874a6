"""Context words: words near a match that make it more (or less) likely to be an entity."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

__all__ = ["DEFAULT_WINDOW", "ContextWords", "regions"]

DEFAULT_WINDOW = 48
"""Characters searched on each side of a match (``detectors.context_window``)."""


class ContextWords:
    """A compiled set of words or phrases, searched case-insensitively near a match.

    A word matches at word boundaries, so ``"ssn"`` matches ``SSN:`` and ``ssn_no`` but
    not ``lessn``; separators ``_``, ``-`` and ``.`` inside a phrase match any of them
    or a space (``"date of birth"`` matches ``date_of_birth``).
    """

    __slots__ = ("_literal", "_lower_re", "_re", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True))
        self._re: regex.Pattern[str] | None = None
        self._lower_re: regex.Pattern[str] | None = None
        if not self.words:
            return
        parts = [r"[\s_.\-]*".join(regex.escape(p) for p in regex.split(r"[\s_.\-]+", w)) for w in self.words]
        source = r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W\d_])"
        self._re = regex.compile(source, regex.IGNORECASE)
        self._lower_re = regex.compile(source)
        # Literal spellings for str.find on a lower-cased text (much faster than a regex scan).
        variants = set()
        for w in self.words:
            pieces = regex.split(r"[\s_.\-]+", w)
            variants.update(sep.join(pieces) for sep in ((" ", "_", "") if len(pieces) > 1 else ("",)))
        # A plain alternation of literals (linear time) for the stdlib engine, which scans
        # literal alternations faster than a case-insensitive pattern with lookarounds.
        self._literal = re.compile("|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True)))

    def __bool__(self) -> bool:
        return self._re is not None

    def near(self, text: str, start: int, end: int, window: int) -> bool:
        """True when a word occurs within ``window`` characters before ``start`` or after ``end``."""
        if self._re is None:
            return False
        lo = max(0, start - window)
        if self._re.search(text, lo, start) is not None:
            return True
        return self._re.search(text, end, min(len(text), end + window)) is not None

    def distance(self, text: str, start: int, end: int, window: int, before_only: bool = False) -> int | None:
        """Characters between the match and the nearest word within ``window``, or None."""
        if self._re is None:
            return None
        best: int | None = None
        for m in self._re.finditer(text, max(0, start - window), start):
            best = start - m.end()  # the last one before is the nearest
        if not before_only:
            m = self._re.search(text, end, min(len(text), end + window))
            if m is not None and (best is None or m.start() - end < best):
                best = m.start() - end
        return best

    def regions(
        self, text: str, reach: int, timeout: float | None = None, lower: str | None = None
    ) -> list[tuple[int, int]]:
        """Merged ``(lo, hi)`` ranges within ``reach`` characters of an occurrence of a word.

        ``lower`` is ``text.lower()`` when the caller has it; used only when it kept every offset.
        """
        if self._re is None or self._lower_re is None:
            return []
        if lower is not None and len(lower) == len(text):
            return _merge(self._find_all(lower), reach, len(text))
        return regions(self._re, text, reach, timeout)

    def _find_all(self, lower: str) -> list[tuple[int, int]]:
        """Occurrences of the words, at word boundaries, in a lower-cased text (sorted)."""
        hits = []
        size = len(lower)
        for m in self._literal.finditer(lower):
            at, end = m.span()
            if (at == 0 or not lower[at - 1].isalnum()) and (end >= size or not lower[end].isalpha()):
                hits.append((at, end))
        return hits

    def __repr__(self) -> str:
        return f"ContextWords({list(self.words)!r})"


def regions(pattern: regex.Pattern[str], text: str, reach: int, timeout: float | None = None) -> list[tuple[int, int]]:
    """Merged ``(lo, hi)`` ranges within ``reach`` characters of a match of ``pattern``."""
    return _merge([m.span() for m in pattern.finditer(text, timeout=timeout)], reach, len(text))


def _merge(hits: list[tuple[int, int]], reach: int, size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - reach), min(size, end + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
