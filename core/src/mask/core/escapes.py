"""Escapes and markup undone for detection, with a map back to the text as written.

Tools hand Mask text that is encoded for a machine, where the words a detector looks for are
unreadable. :func:`unescape` gives a readable view of it, one character for each escape:

- **JSON escapes** (``json.dumps`` writes them by default): ``{"name": "Jos\\u00e9 Garc\\u00eda",
  "body": "Regards,\\nAnna Kowalska"}``: ``\\uXXXX`` (surrogate pairs too), ``\\n``, ``\\r``,
  ``\\t`` and ``\\/``, in text that looks like JSON or a Python repr of a dict or list (a ``"``
  or ``'`` and a ``{`` or ``[``: ``str(result)`` writes ``{'body': 'Regards,\\nAnna'}``);
  in JSON that holds JSON in a string (its quotes written ``\\"``), the inner escapes too
  (``\\\\n``, ``\\\\u00e9``);
- **HTML**: a tag without attributes (``<td>``, ``</b>``, ``<br/>``) reads as a blank, so
  ``<td>John Smith</td>`` is a name between blanks; an entity (``Jos&eacute;``, ``&#233;``)
  as its character. A tag with attributes stays as written (an address may sit in one);
- **URL query strings** (request logs): ``%XX`` sequences as the UTF-8 character they encode,
  and a ``+`` between letters or digits as a blank (form encoding)
  (``?email=jose%40example.com&name=Jose+Garcia``), in text with a query parameter holding one;
- **quoted-printable** e-mail bodies (``Jos=C3=A9 Garc=C3=ADa``): a sequence of ``=XX`` that
  encodes one non-ASCII character in UTF-8, as that character (not inside a MIME encoded word,
  which :mod:`.encoded_words` reads whole).

A span found in the view maps back with :meth:`Unescaped.raw` so that it covers whole escape
sequences; the token replaces them, and reveal puts them back as written. What would change
the structure the detectors read stays as written: ``\\"``, ``\\\\`` (an escaped backslash is
skipped as a pair, so ``\\\\n`` is a backslash and an ``n``), ``\\u0022``, ``\\u005c``,
``&quot;``, ``%22``, control characters and lone surrogates.
"""

from __future__ import annotations

import functools
import html
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .encoded_words import encoded_runs
from .html_values import ENTITY
from .json_strings import is_json_text

__all__ = ["Unescaped", "unescape"]

_JSON = r"(?P<pair>\\\\)|\\u(?P<hex>[0-9a-fA-F]{4})|\\(?P<simple>[nrt/])"
_NESTED = (
    r"(?P<pair2>\\\\\\\\)|\\\\u(?P<hex2>[0-9a-fA-F]{4})|\\\\(?P<simple2>[nrt/])"
    r"|(?P<pair>\\\\)|\\u(?P<hex>[0-9a-fA-F]{4})|\\(?P<simple>[nrt/])"
)
"""JSON escapes of JSON inside a JSON string (its quotes written ``\\"``): ``\\\\n`` and
``\\\\u00e9`` are one escaped escape each, ``\\\\\\\\`` an escaped escaped backslash."""
_HTML = (
    r"(?P<tag></?[A-Za-z][A-Za-z0-9]{0,10}[ \t]*/?>)"
    r"|(?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});)"
)
_URL = r"(?P<pct>%[0-9A-Fa-f]{2})|(?<=[A-Za-z0-9])(?P<plus>\+)(?=[A-Za-z0-9])"
_QP = r"(?P<qp>=[C-F][0-9A-F](?==[89AB][0-9A-F]))"
_QP_NEXT = re.compile(r"=([89AB][0-9A-F])")
_HAS_QP = re.compile(r"=[C-F][0-9A-F]=[89AB][0-9A-F]")
_LOW = re.compile(r"\\u([dD][c-fC-F][0-9a-fA-F]{2})")
_LOW2 = re.compile(r"\\\\u([dD][c-fC-F][0-9a-fA-F]{2})")
_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
_HAS_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}[ \t]*/?>")
_QUERY = re.compile(r"[?&][A-Za-z0-9_.\-\[\]]{1,64}=[^&\s]*%[0-9A-Fa-f]{2}")
"""A query parameter whose value holds a percent escape."""
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "/": "/"}
_KEPT = frozenset('"\\')
"""``"`` and ``\\``: decoding them would open or close a JSON string for the detectors."""


@functools.cache
def _pattern(json: bool, nested: bool, markup: bool, url: bool, qp: bool) -> re.Pattern[str]:
    json_pattern = _NESTED if nested else _JSON
    return re.compile("|".join(p for on, p in ((json, json_pattern), (markup, _HTML), (url, _URL), (qp, _QP)) if on))


@dataclass(frozen=True, slots=True)
class Unescaped:
    """A decoded text and where its decoded escapes sit in it and in the original."""

    text: str = field(repr=False)
    """The decoded text (plaintext: never in a repr)."""
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
    kind = match.lastgroup
    end = match.end()
    if kind in ("simple", "simple2"):
        return _SIMPLE[match.group(kind)], end
    if kind in ("hex", "hex2"):
        code = int(match.group(kind), 16)
        if 0xD800 <= code <= 0xDBFF:
            low = (_LOW if kind == "hex" else _LOW2).match(text, end)
            if low is None:
                return None  # a lone high surrogate
            return chr(0x10000 + ((code - 0xD800) << 10) + (int(low.group(1), 16) - 0xDC00)), low.end()
        if 0xDC00 <= code <= 0xDFFF:
            return None
        return _readable(chr(code), end)
    if kind == "tag":
        return " ", end
    if kind == "entity":
        char = html.unescape(match.group("entity"))
        return _readable(char, end) if len(char) == 1 else None
    if kind == "pct":
        return _utf8(text, match)
    if kind == "qp":
        return _utf8(text, match, _QP_NEXT)
    if kind == "plus":
        return " ", end
    return None  # an escaped backslash (or an escaped escaped one)


def _readable(char: str, end: int) -> tuple[str, int] | None:
    if char in _KEPT or (char < " " and char not in "\t\n\r"):
        return None
    return char, end


def _utf8(text: str, match: re.Match[str], following: re.Pattern[str] = _PCT) -> tuple[str, int] | None:
    """The character whose UTF-8 bytes start with the ``%XX`` (or ``=XX``) of ``match``, the
    other bytes read with ``following``."""
    lead = int(match.group()[1:3], 16)
    size = (
        1
        if lead < 0x80
        else 2
        if 0xC2 <= lead < 0xE0
        else 3
        if 0xE0 <= lead < 0xF0
        else 4
        if 0xF0 <= lead < 0xF5
        else 0
    )
    if not size:
        return None
    data = bytearray([lead])
    end = match.end()
    for _ in range(size - 1):
        more = following.match(text, end)
        if more is None:
            return None
        data.append(int(more.group(1), 16))
        end = more.end()
    try:
        char = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return _readable(char, end)


def unescape(text: str) -> Unescaped | None:
    """The readable view of ``text`` (see the module docstring), or None when nothing in it is
    escaped."""
    json = is_json_text(text)
    nested = json and '\\"' in text
    markup = ("<" in text and _HAS_TAG.search(text) is not None) or (
        "&" in text and ENTITY.search(text) is not None
    )
    url = "%" in text and _QUERY.search(text) is not None
    qp = "=" in text and _HAS_QP.search(text) is not None
    if not (json or markup or url or qp):
        return None
    pattern = _pattern(json, nested, markup, url, qp)
    words = [(r.start, r.end) for r in encoded_runs(text)] if qp else []
    pieces: list[str] = []
    at: list[int] = []
    raw_at: list[int] = []
    extra: list[int] = []
    added = 0
    last = 0
    match = pattern.search(text)
    while match is not None:
        found = _decoded(text, match)
        if found is not None and words and match.lastgroup == "qp" and _inside(words, match.start()):
            found = None  # an encoded word is read whole (:mod:`.encoded_words`)
        if found is None:
            match = pattern.search(text, match.end())
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
        match = pattern.search(text, end)
    if not at:
        return None
    pieces.append(text[last:])
    return Unescaped("".join(pieces), tuple(at), tuple(raw_at), tuple(extra))


def _inside(ranges: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in ranges)
