"""The line around a position, read within reach: rules call these once per entity or name,
and reading a whole line each time is quadratic in a long text without line breaks."""

from __future__ import annotations

__all__ = ["LINE_REACH", "line_after", "line_around", "line_before"]

LINE_REACH = 200
"""Characters read on each side of a position for its line (longer than the layouts the rules read)."""


def line_before(text: str, pos: int, reach: int = LINE_REACH) -> str | None:
    """``text`` from the start of ``pos``'s line to ``pos``; None when the line starts further back than ``reach``."""
    lo = max(0, pos - reach)
    newline = text.rfind("\n", lo, pos)
    if newline < 0 and lo > 0 and text[lo - 1] != "\n":
        return None
    return text[max(newline + 1, lo) : pos]


def line_after(text: str, pos: int, reach: int = LINE_REACH) -> str | None:
    """``text`` from ``pos`` to the end of its line; None when the line ends further on than ``reach``."""
    hi = min(len(text), pos + reach)
    newline = text.find("\n", pos, hi)
    if newline < 0 and hi < len(text) and text[hi] != "\n":
        return None
    return text[pos : hi if newline < 0 else newline]


def line_around(text: str, pos: int, reach: int = LINE_REACH) -> str:
    """``pos``'s line, cut ``reach`` characters from ``pos`` on either side."""
    lo = max(0, pos - reach)
    hi = min(len(text), pos + reach)
    start = text.rfind("\n", lo, pos) + 1 or lo
    end = text.find("\n", pos, hi)
    return text[start : hi if end < 0 else end]
