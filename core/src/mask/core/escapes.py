"""JSON string escapes undone for detection, with a map back to the escaped text.

A tool that returns ``json.dumps(...)`` output hands Mask ``{"name": "Jos\\u00e9 Garc\\u00eda",
"body": "Regards,\\nAnna Kowalska"}``: every non-ASCII letter is a six-character escape and every
line break a ``\\n``, so names, towns and signature lines are unreadable to the detectors.
:func:`unescape` gives the text with ``\\uXXXX`` (surrogate pairs too), ``\\n``, ``\\r``, ``\\t`` and
``\\/`` decoded; a span found in it maps back with :meth:`Unescaped.raw` so that it covers the
whole escape sequences, and the token replaces them (reveal puts them back as written).

Escapes that would change the JSON's structure for the detectors stay as written: ``\\"``,
``\\\\`` (an escaped backslash is skipped as a pair, so ``\\\\n`` is a backslash and an ``n``),
``\\u0022``, ``\\u005c``, other control characters and lone surrogates. Only text that looks like
JSON (a ``"`` and a ``{`` or ``[``) is decoded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

__all__ = ["Unescaped", "unescape"]

_ESCAPE = re.compile(r"\\\\|\\u([0-9a-fA-F]{4})|\\([nrt/])")
_LOW = re.compile(r"\\u([dD][c-fC-F][0-9a-fA-F]{2})")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "/": "/"}
_KEPT = frozenset({0x22, 0x5C})
"""``"`` and ``\\``: decoding them would open or close a JSON string for the detectors."""


@dataclass(frozen=True, slots=True)
class Unescaped:
    """A decoded text and where its decoded escapes sit in it and in the original."""

    text: str
    at: tuple[int, ...]
    """Decoded index of each decoded escape (sorted)."""
    raw_at: tuple[int, ...]
    """Original index where each escape starts."""
    extra: tuple[int, ...]
    """Original characters the escapes up to and including each one add (cumulative)."""

    def raw(self, index: int) -> int:
        """Original offset of decoded ``index`` (a span's start or its exclusive end): a span that
        ends with a decoded character ends after its whole escape."""
        k = bisect_left(self.at, index)
        return index + (self.extra[k - 1] if k else 0)

    def decoded(self, index: int) -> int:
        """Decoded offset of original ``index``; inside an escape, the offset of its character."""
        k = bisect_left(self.raw_at, index)
        if not k:
            return index
        before = self.extra[k - 1]
        last_end = self.raw_at[k - 1] + (before - (self.extra[k - 2] if k > 1 else 0)) + 1
        if index < last_end:
            return self.at[k - 1]
        return index - before


def _decoded(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The character an escape stands for and where its sequence ends, or None to keep it."""
    simple = match.group(2)
    if simple is not None:
        return _SIMPLE[simple], match.end()
    if match.group(1) is None:
        return None  # an escaped backslash
    code = int(match.group(1), 16)
    if 0xD800 <= code <= 0xDBFF:
        low = _LOW.match(text, match.end())
        if low is None:
            return None  # a lone high surrogate
        return chr(0x10000 + ((code - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00)), low.end()
    if code in _KEPT or 0xDC00 <= code <= 0xDFFF or (code < 0x20 and code not in (9, 10, 13)):
        return None
    return chr(code), match.end()


def unescape(text: str) -> Unescaped | None:
    """``text`` with its JSON escapes decoded (see the module docstring), or None when it has none."""
    if "\\" not in text or '"' not in text or ("{" not in text and "[" not in text):
        return None
    pieces: list[str] = []
    at: list[int] = []
    raw_at: list[int] = []
    extra: list[int] = []
    added = 0
    last = 0
    match = _ESCAPE.search(text)
    while match is not None:
        found = _decoded(text, match)
        if found is None:
            match = _ESCAPE.search(text, match.end())
            continue
        char, end = found
        start = match.start()
        pieces.append(text[last:start])
        at.append(start - added)
        raw_at.append(start)
        added += end - start - 1
        extra.append(added)
        pieces.append(char)
        last = end
        match = _ESCAPE.search(text, end)
    if not at:
        return None
    pieces.append(text[last:])
    return Unescaped("".join(pieces), tuple(at), tuple(raw_at), tuple(extra))
