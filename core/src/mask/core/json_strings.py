"""Values inside the strings of JSON that arrives as text: decoded for the vault, escaped again
on reveal.

A tool that returns ``json.dumps`` output writes ``José`` as ``Jos\\u00e9`` and a line break as
``\\n`` (``\\\\n`` in JSON inside a JSON string). Detection reads such text decoded
(:mod:`.escapes`); the value a token stands for is the decoded one too, so that

- a token revealed into a tool's arguments (a dict) or into the model's prose gives the value
  itself, not its escapes (``12 Baker Street\\nLondon``, with a real line break);
- the same value gets the same token whether a text writes it escaped or plainly.

Revealed back into JSON text, a value is escaped as many times as the string it lands in
(:func:`escape_value`), with ``\\uXXXX`` escapes where the text uses them: ``json.dumps``
output comes back exactly as it was written.

A value whose decoded form holds a quote or a backslash is kept as written, and revealed as
written: those are the characters of the JSON structure itself (a span that crosses from one
string into the next, a Python repr's ``\\x`` escapes), and a decoded value never holds them,
so reveal tells the two kinds apart.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left

__all__ = ["StringLevels", "decode_value", "escape_value", "is_json_text", "string_level"]

_MAX_LEVEL = 4
_PLAIN_QUOTE = re.compile(r'"(?<!\\")')
"""A quote no backslash escapes: the quote first, the look-behind after it (a stdlib pattern that
opens with a look-behind gives the engine no character to skip ahead by: 7x the time)."""


def is_json_text(text: str) -> bool:
    """``text`` may hold JSON escapes (the test :func:`.escapes.unescape` makes too)."""
    return "\\" in text and ('"' in text or "'" in text) and ("{" in text or "[" in text)


def string_level(text: str, at: int) -> int:
    """How many times the string holding ``text[at]`` is escaped: 1 in a string of JSON text,
    2 in JSON inside a JSON string (its quote written ``\\"``), and so on; 0 when no quote
    opens before ``at``."""
    quote = text.rfind('"', 0, at)
    if quote < 0:
        quote = text.rfind("'", 0, at)  # a Python repr: str(result)
        if quote < 0:
            return 0
    slashes = 0
    while slashes < quote and text[quote - slashes - 1] == "\\":
        slashes += 1
    return min(_MAX_LEVEL, (slashes + 1).bit_length())


class StringLevels:
    """:func:`string_level` in one text, where an offset between two strings (prose around
    JSON: ``He said "hi" to Anna``) is in none: an even number of plain quotes before it."""

    __slots__ = ("_plain", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._plain = [m.start() for m in _PLAIN_QUOTE.finditer(text)]

    def at(self, at: int) -> int:
        level = string_level(self.text, at)
        if level == 1 and self._plain and bisect_left(self._plain, at) % 2 == 0:
            return 0
        return level


def decode_value(raw: str, level: int) -> str:
    """``raw`` (a piece of a string escaped ``level`` times) decoded; ``raw`` itself when it does
    not decode or its decoded form holds a quote or a backslash (see the module docstring)."""
    value = raw
    for _ in range(level):
        if "\\" not in value:
            break
        try:
            decoded = json.loads(f'"{value}"', strict=False)
        except ValueError:
            return raw
        if not isinstance(decoded, str):
            return raw
        value = decoded
    return raw if '"' in value or "\\" in value else value


def escape_value(value: str, level: int, ascii_only: bool) -> str:
    """``value`` escaped to sit in a string escaped ``level`` times (``ascii_only``: non-ASCII
    letters as ``\\uXXXX``, as ``json.dumps`` writes them by default); a value that holds a
    quote or a backslash was stored as written and goes back so."""
    if '"' in value or "\\" in value:
        return value
    for _ in range(level):
        value = json.dumps(value, ensure_ascii=ascii_only)[1:-1]
    return value
