"""Undo common evasions before matching, keeping a map back to the original offsets.

Full-width ASCII (U+FF01..U+FF5E), the decimal digits of other scripts (Arabic-Indic,
Devanagari...), Unicode spaces (NBSP, thin space...) and dashes become their ASCII look-alikes
one for one; zero-width characters and soft hyphens are
removed. A span found in the normalized text is mapped back with :meth:`Normalized.span`
so it covers the original characters, evasion characters included.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

__all__ = ["Normalized", "normalize"]

_ONE_FOR_ONE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
_ONE_FOR_ONE.update({0x3000: 0x20, 0x00A0: 0x20, 0x202F: 0x20, 0x205F: 0x20, 0x1680: 0x20})
_ONE_FOR_ONE.update({cp: 0x20 for cp in range(0x2000, 0x200B)})  # en quad .. hair space
_ONE_FOR_ONE.update({cp: 0x2D for cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63)})  # dashes
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
)  # fmt: skip
"""The zero of each script's run of ten decimal digits in the Basic Multilingual Plane (Arabic-Indic,
Persian, Devanagari, Bengali, Tamil, Thai, Myanmar, Khmer...): a phone or card number written in
them reads as ASCII digits (``٠٥٠١٢٣٤٥٦٧``, ``९८७६५४३२१०``)."""
_ONE_FOR_ONE.update({zero + d: 0x30 + d for zero in _DIGIT_ZEROS for d in range(10)})
_REMOVED = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_REMOVED_RE = regex.compile(f"[{_REMOVED}]")
_EVASION_RE = regex.compile("[" + "".join(regex.escape(chr(c)) for c in _ONE_FOR_ONE) + _REMOVED + "]")
_TABLE = str.maketrans({chr(k): chr(v) for k, v in _ONE_FOR_ONE.items()} | {ch: None for ch in _REMOVED})


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized text and how to map its offsets back to the original."""

    text: str
    shifts: tuple[int, ...] = ()
    """Normalized indexes at which removed characters used to be (sorted)."""

    def original(self, index: int) -> int:
        """Original index of the character at normalized ``index``."""
        return index + bisect_right(self.shifts, index) if self.shifts else index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized slice ``[start:end]`` (end exclusive)."""
        if not self.shifts:
            return start, end
        return self.original(start), self.original(end - 1) + 1


def normalize(text: str) -> Normalized:
    """The text with evasion characters undone; ASCII text comes back as is (cheap)."""
    if text.isascii() or _EVASION_RE.search(text) is None:
        return Normalized(text)
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Normalized(folded)
    shifts = tuple(m.start() - rank for rank, m in enumerate(_REMOVED_RE.finditer(text)))
    return Normalized(folded, shifts)
