"""Keeping JSON that arrives as text valid when values inside it are replaced.

A tool may return JSON as a string. A token replacing a bare JSON number (``{"zip": 56000}``)
must itself be a number, or be quoted: ``{"zip": "Zip_7QK2FA"}`` still parses, where
``{"zip": Zip_7QK2FA}`` would not. Only texts that are JSON documents (they start with ``{``,
``[`` or, for a JSON string, ``"``) are looked at, and only replacements outside their strings
or bare in a JSON document one of their strings holds (double-encoded JSON: ``{"data":
"{\\"zip\\": 56000}"}`` becomes ``{"data": "{\\"zip\\": \\"Zip_7QK2FA\\"}"}``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right

__all__ = ["quote_bare_values"]

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_BEFORE = frozenset(":,[")
_BLANKS = frozenset(" \t\r\n")
"""JSON's whitespace."""
_ESCAPED_BLANK_PAIRS = frozenset({"\\n", "\\r", "\\t"})
_AFTER = frozenset(",}]")


def quote_bare_values(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``edits`` (``(start, end, replacement)``), with each replacement of a whole bare JSON
    number of a JSON text quoted unless it is a JSON number itself."""
    if text.lstrip()[:1] not in ("{", "[", '"') or all(_NUMBER.fullmatch(r) for _, _, r in edits):
        return edits
    strings = _string_ranges(text)
    inner: dict[tuple[int, int], list[tuple[int, int]] | None] = {}  # a string's inner JSON strings
    out = []
    for start, end, replacement in edits:
        # Only a number replaced: a bare word ("[ alice@corp.com ]") made the text no JSON
        # already, and quoting its token would change what reveal gives back.
        if _NUMBER.fullmatch(text, start, end) and not _NUMBER.fullmatch(replacement):
            if _bare(text, start, end, strings):
                replacement = json.dumps(replacement, ensure_ascii=False)
            else:
                holder = _holding(strings, start)
                if holder is not None and _bare_inside(text, start, end, holder, inner):
                    # the token as a string of the inner document, escaped as the outer string holds it
                    replacement = json.dumps(json.dumps(replacement, ensure_ascii=False), ensure_ascii=False)[1:-1]
        out.append((start, end, replacement))
    return out


def _holding(strings: list[tuple[int, int]], at: int, inclusive: bool = False) -> tuple[int, int] | None:
    """The string literal of ``strings`` (``(start, end)``, quotes included, by start) that
    holds position ``at`` inside its quotes (``inclusive``: anywhere from its start to its end)."""
    i = bisect_right(strings, (at, 1 << 62)) - 1
    if i < 0:
        return None
    lo, hi = strings[i]
    return strings[i] if (lo <= at < hi if inclusive else lo < at < hi - 1) else None


_ESCAPED_BLANKS = re.compile(r"(?:[ \t\r\n]|\\[nrt])*")
"""Blanks of a JSON document held in a string: blanks, or ``\\n``, ``\\r``, ``\\t`` escaped once."""


def _bare_inside(
    text: str,
    start: int,
    end: int,
    holder: tuple[int, int],
    inner: dict[tuple[int, int], list[tuple[int, int]] | None],
) -> bool:
    """Whether ``text[start:end]`` is a whole bare number of the JSON document that the string
    literal ``holder`` holds (escaped once: its quotes are ``\\"``)."""
    lo, hi = holder[0] + 1, holder[1] - 1
    if (lo, hi) not in inner:
        opening = _ESCAPED_BLANKS.match(text, lo, hi)
        is_json = opening is not None and text[opening.end() : opening.end() + 1] in ("{", "[")
        inner[lo, hi] = _inner_strings(text, lo, hi) if is_json else None
    ranges = inner[lo, hi]
    if ranges is None or _holding(ranges, start, inclusive=True) is not None:
        return False
    at = start
    while at > lo and (text[at - 1] in _BLANKS or (at - 2 >= lo and text[at - 2 : at] in _ESCAPED_BLANK_PAIRS)):
        at -= 1 if text[at - 1] in _BLANKS else 2
    after = _ESCAPED_BLANKS.match(text, end, hi)
    prev = text[at - 1] if at > lo else ""
    nxt = text[after.end()] if after is not None and after.end() < hi else ""
    return prev in _BEFORE and (nxt in _AFTER or nxt == "")


def _inner_strings(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the string literals of the JSON document written in ``text[lo:hi]``,
    a JSON string's content: its quotes are a ``"`` after an odd run of backslashes whose
    escaped backslashes (half the run, less one) are even in number (``\\"``, ``\\\\\\"``)."""
    quotes: list[tuple[int, int]] = []  # (where its backslashes start, where the quote is)
    i = text.find('"', lo, hi)
    while i >= 0:
        run = i
        while run > lo and text[run - 1] == "\\":
            run -= 1
        n = i - run
        if n % 2 == 1 and ((n - 1) // 2) % 2 == 0:
            quotes.append((run, i))
        i = text.find('"', i + 1, hi)
    return [(quotes[k][0], quotes[k + 1][1] + 1) for k in range(0, len(quotes) - 1, 2)]


def _bare(text: str, start: int, end: int, strings: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a whole value outside every string of the JSON text."""
    if _holding(strings, start, inclusive=True) is not None:
        return False
    at, size = start, len(text)
    while at > 0 and text[at - 1] in _BLANKS:
        at -= 1
    while end < size and text[end] in _BLANKS:
        end += 1
    before = text[at - 1] if at > 0 else ""
    after = text[end] if end < size else ""
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
