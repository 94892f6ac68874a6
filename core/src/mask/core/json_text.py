"""Keeping JSON that arrives as text valid when values inside it are replaced.

A tool may return JSON as a string. A token replacing a bare JSON number (``{"zip": 56000}``)
must itself be a number, or be quoted: ``{"zip": "Zip_7QK2FA"}`` still parses, where
``{"zip": Zip_7QK2FA}`` would not. Only texts that are JSON documents (they start with ``{``
or ``[``) are looked at, and only replacements outside their strings.
"""

from __future__ import annotations

import json
import re

__all__ = ["quote_bare_values"]

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_BEFORE = frozenset(":,[")
_AFTER = frozenset(",}]")


def quote_bare_values(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``edits`` (``(start, end, replacement)``), with each replacement of a whole bare JSON
    number of a JSON text quoted unless it is a JSON number itself."""
    if text.lstrip()[:1] not in ("{", "[") or all(_NUMBER.fullmatch(r) for _, _, r in edits):
        return edits
    strings = _string_ranges(text)
    out = []
    for start, end, replacement in edits:
        # Only a number replaced: a bare word ("[ alice@corp.com ]") made the text no JSON
        # already, and quoting its token would change what reveal gives back.
        if (
            _NUMBER.fullmatch(text, start, end)
            and not _NUMBER.fullmatch(replacement)
            and _bare(text, start, end, strings)
        ):
            replacement = json.dumps(replacement, ensure_ascii=False)
        out.append((start, end, replacement))
    return out


def _bare(text: str, start: int, end: int, strings: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a whole value outside every string of the JSON text."""
    if any(lo <= start < hi for lo, hi in strings):
        return False
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return before in _BEFORE and (after in _AFTER or after == "")


def _string_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every JSON string literal (quotes included), in one pass."""
    ranges = []
    i, n = 0, len(text)
    while True:
        i = text.find('"', i)
        if i < 0:
            return ranges
        j = i + 1
        while j < n and text[j] != '"':
            j += 2 if text[j] == "\\" else 1
        ranges.append((i, min(j + 1, n)))
        i = j + 1
