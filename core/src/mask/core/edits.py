"""Replacing ranges of a text: how protect puts tokens in and reveal puts values back."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["Edit", "splice"]


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


def splice(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with every edit applied (edits do not overlap; any order)."""
    if not edits:
        return text
    parts = []
    pos = 0
    for start, end, replacement in sorted(edits):
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
