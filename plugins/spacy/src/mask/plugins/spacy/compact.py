"""What NER sees: the text without what earlier detectors covered, with a map back.

Covered regions (spans exact detectors found, tokens Mask minted) and lines NER cannot
use (no uppercase or uncased letter, so no entity could start there) are cut out of
the text instead of blanked: spaCy pays per token, and a blanked region still costs a
whitespace token. Where a cut would glue two words together, one space keeps the word
boundary. :meth:`Compacted.to_original` maps a span of the compacted text back to the
original characters, as pieces that never overlap a cut region (an entity spanning a
cut is split around it, never grown into it).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from mask.core.spans import Span

__all__ = ["Compacted", "compact", "has_entity_start"]

_ENTITY_START = regex.compile(r"[\p{Lu}\p{Lt}\p{Lo}\p{Lm}]")
"""An uppercase, titlecase or uncased letter: where a named entity can start."""
_SURROGATES = regex.compile("[\ud800-\udfff]")
"""Lone surrogates (spaCy cannot encode them) become spaces: lengths stay the same."""


def has_entity_start(text: str) -> bool:
    """True when ``text`` holds a letter a named entity could start with (not only lowercase)."""
    return _ENTITY_START.search(text) is not None


@dataclass(frozen=True)
class Compacted:
    """The compacted text and, per kept segment, where it sits in both texts."""

    text: str
    starts: tuple[int, ...]
    """Start of each kept segment in :attr:`text` (ascending)."""
    origins: tuple[int, ...]
    """Start of the same segment in the original text."""
    lengths: tuple[int, ...]

    def to_original(self, start: int, end: int) -> list[tuple[int, int]]:
        """``[start, end)`` of :attr:`text` as pieces of the original text (cut regions left out)."""
        pieces: list[tuple[int, int]] = []
        k = max(0, bisect.bisect_right(self.starts, start) - 1)
        while k < len(self.starts) and self.starts[k] < end:
            seg_start, seg_end = self.starts[k], self.starts[k] + self.lengths[k]
            lo, hi = max(start, seg_start), min(end, seg_end)
            if lo < hi:
                shift = self.origins[k] - seg_start
                pieces.append((lo + shift, hi + shift))
            k += 1
        return pieces


def _merged(regions: Sequence[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        start, end = max(0, start), min(size, end)
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _unusable_lines(text: str, cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines of a multi-line ``text`` whose kept characters hold no possible entity start."""
    if "\n" not in text:
        return []
    blanked = text
    if cut:
        parts, pos = [], 0
        for start, end in cut:
            parts.append(text[pos:start])
            parts.append(" " * (end - start))
            pos = end
        parts.append(text[pos:])
        blanked = "".join(parts)
    out = []
    pos = 0
    for line in blanked.split("\n"):
        end = pos + len(line)
        if line and not has_entity_start(line):
            out.append((pos, min(len(text), end + 1)))  # the line and its newline
        pos = end + 1
    return out


def compact(text: str, covered: Sequence[Span], *, skip_lines: bool = True) -> Compacted:
    """``text`` without ``covered`` regions (and, if ``skip_lines``, lines NER cannot use)."""
    cut = _merged([(s.start, s.end) for s in covered], len(text))
    if skip_lines:
        cut = _merged(cut + _unusable_lines(text, cut), len(text))
    starts: list[int] = []
    origins: list[int] = []
    lengths: list[int] = []
    out: list[str] = []
    size = 0
    pos = 0
    for start, end in [*cut, (len(text), len(text))]:
        if start > pos and out and out[-1][-1:].isspace() and text[pos].isspace():
            pos += 1  # two separators meet at the cut: keep one
        if start > pos:
            if out and not out[-1][-1:].isspace() and not text[pos].isspace():
                out.append(" ")  # keep a word boundary where the cut was
                size += 1
            starts.append(size)
            origins.append(pos)
            lengths.append(start - pos)
            out.append(text[pos:start])
            size += start - pos
        pos = max(pos, end)
    joined = "".join(out)
    if _SURROGATES.search(joined):
        joined = _SURROGATES.sub(" ", joined)
    return Compacted(joined, tuple(starts), tuple(origins), tuple(lengths))
