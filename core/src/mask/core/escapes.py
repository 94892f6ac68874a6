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
  (``?email=jose%40example.com&name=Jose+Garcia``), in text with a query parameter holding one
  (a cookie's and a form body's parameters too: ``Cookie: email=jose%40example.com``) or a URL's
  parameter holding a ``+`` between letters (``?name=Anna+Kowalska``);
- **quoted-printable** e-mail bodies (``Jos=C3=A9 Garc=C3=ADa``): a sequence of ``=XX`` that
  encodes one non-ASCII character in UTF-8, as that character (not inside a MIME encoded word,
  which :mod:`.encoded_words` reads whole); and a soft line break (``=`` ending a line,
  ``Anna Kowal=\\nska``, ``=\\r\\n``, in JSON text ``=\\\\r\\\\n`` too) as nothing, so a value
  wrapped over two lines reads as one; only in text that is quoted-printable (such a sequence,
  an encoded ``=`` before a quote, an encoded CRLF or a ``Content-Transfer-Encoding:
  quoted-printable`` header), and not where a line of base64 ends in padding (``SGk=``) or an
  encoded word ends (``?=``): a config's ``KEY=`` at a line end stays as written. A soft break
  is read with the character before it when that is no letter or digit (``Anna =\\nKowalska``),
  else with the one after it, so a value that starts or ends there seldom takes it in; a value
  that holds one is kept as written (:mod:`.qp_values`), so reveal gives back the line breaks.

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
import sys
from bisect import bisect_left, bisect_right
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
_QP_WRAPPED = r"(?P<qpw>=[C-F][0-9A-F](?=(?:=\r?\n)*=[89AB][0-9A-F]))"
"""``_QP`` in text with soft line breaks: one may sit between a character's bytes."""
_QP_WRAPPED_NEXT = re.compile(r"(?:=\r?\n)*=([89AB][0-9A-F])")
_SOFT = r"(?P<soft>(?:=\r?\n)+)"
_SOFT_JSON = r"(?P<soft>(?:=(?:\r?\n|\\r\\n|\\n))+)"
"""Soft line breaks (one or more in a row), also written with JSON escapes in JSON text."""
_HAS_SOFT = re.compile(r"=\r?\n")
_HAS_SOFT_JSON = re.compile(r"=(?:\r?\n|\\r\\n|\\n)")
_QP_TEXT = re.compile(
    r"(?:^|(?<=\\n)|(?<=[\"']))(?i:content-transfer-encoding):[ \t]*(?i:quoted-printable)|=3D\\?[\"']|=0D=0A",
    re.MULTILINE,
)
"""What only quoted-printable text writes besides a UTF-8 sequence: its header, an encoded ``=``
before a quote (``href=3D"``) or an encoded CRLF (``=20`` at a line end is a config's too)."""
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+={1,2}")
"""A line of base64 up to its last padding ``=``: no soft break."""
_QP_NEXT = re.compile(r"=([89AB][0-9A-F])")
_QP_KINDS = frozenset({"qp", "qpw"})
_HAS_QP = re.compile(r"=[C-F][0-9A-F]=[89AB][0-9A-F]")
_LOW = re.compile(r"\\u([dD][c-fC-F][0-9a-fA-F]{2})")
_LOW2 = re.compile(r"\\\\u([dD][c-fC-F][0-9a-fA-F]{2})")
_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
_HAS_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}[ \t]*/?>")
_QUERY = re.compile(r"(?:[?&;][ ]?|(?<![^\s:]))[A-Za-z0-9_.\-\[\]]{1,64}=[^&;\s]*%[0-9A-Fa-f]{2}")
"""A query parameter whose value holds a percent escape; a cookie's (``Cookie: a=1;
email=jose%40example.com``) or a form body's first one (``email=jose%40example.com&...``) too."""
_PLUS_QUERY = re.compile(
    r"[?&][A-Za-z0-9_.\-\[\]]{1,64}=[^&;\s=]*[A-Za-z]\+[A-Za-z]"
    r"|^[A-Za-z0-9_.\-\[\]]{1,64}=[^&;\s=]*[A-Za-z]\+[A-Za-z][^&;\s=]*&[A-Za-z0-9_.\-\[\]]{1,64}=",
    re.MULTILINE,
)
"""A URL's query parameter whose value holds a ``+`` between letters (``?name=Anna+Kowalska``),
or a form body's first one, at a line's start before an ``&`` and the next key
(``full_name=Anneliese+Rautenberg&city=Kiel``): form encoding's blank, with no percent escape anywhere."""
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "/": "/"}
_KEPT = frozenset('"\\')
"""``"`` and ``\\``: decoding them would open or close a JSON string for the detectors."""


@functools.cache
def _pattern(json: bool, nested: bool, markup: bool, url: bool, qp: bool, soft: bool = False) -> re.Pattern[str]:
    json_pattern = _NESTED if nested else _JSON
    soft_pattern = _SOFT_JSON if json else _SOFT
    return re.compile(
        "|".join(
            p
            for on, p in (
                (json, json_pattern),
                (markup, _HTML),
                (url, _URL),
                (qp, _QP_WRAPPED if soft else _QP),
                (soft, soft_pattern),
            )
            if on
        )
    )


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
    if kind == "qpw":
        return _utf8(text, match, _QP_WRAPPED_NEXT)
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


_INNER_JSON = re.compile(r'[{\[,:](?:\\[nrt]|[ \t\r\n])*\\"')
"""JSON inside a JSON string: an inner key or value's escaped quote after an inner brace, bracket,
comma or colon (``"{\\"phone\\": ...}"``); a string that only holds a quote (``{"q": "\\""}``) is none,
so its other strings' ``\\\\r`` stays a backslash and an ``r``."""


def unescape(text: str) -> Unescaped | None:
    """The readable view of ``text`` (see the module docstring), or None when nothing in it is
    escaped."""
    json = is_json_text(text)
    nested = json and '\\"' in text and _INNER_JSON.search(text) is not None
    markup = ("<" in text and _HAS_TAG.search(text) is not None) or ("&" in text and ENTITY.search(text) is not None)
    # Every match of _PLUS_QUERY holds a "+" and a "=": the pattern (which opens with a line start
    # or a mark, so the engine tries it at every position) is searched only in a text with both.
    url = ("%" in text and _QUERY.search(text) is not None) or (
        "+" in text and "=" in text and _PLUS_QUERY.search(text) is not None
    )
    qp = "=" in text and _HAS_QP.search(text) is not None
    soft = (
        "=" in text
        and (_HAS_SOFT_JSON if json else _HAS_SOFT).search(text) is not None
        and (qp or _QP_TEXT.search(text) is not None)
    )
    if not (json or markup or url or qp or soft):
        return None
    pattern = _pattern(json, nested, markup, url, qp, soft)
    words = [(r.start, r.end) for r in encoded_runs(text)] if qp or soft else []
    pieces: list[str] = []
    at: list[int] = []
    raw_at: list[int] = []
    extra: list[int] = []
    added = 0
    last = 0
    line_floor = 0
    match = pattern.search(text)
    while match is not None:
        if match.lastgroup == "soft":
            start, end = match.span()
            found = _soft_break(
                text, match, pattern, words, pieces[-1] if at and last == start else None, last, line_floor
            )
            line_floor = end  # a soft break ends a line: the next one's line starts after it
            if found is None:
                match = pattern.search(text, end)
                continue
            if found is _BEFORE:  # the break is read with the character before it
                if at and last == start:  # that character is an escape's: it grows
                    added += end - start
                    extra[-1] = added
                else:
                    pieces.append(text[last : start - 1])
                    at.append(start - 1 - added)
                    raw_at.append(start - 1)
                    added += end - start
                    extra.append(added)
                    pieces.append(text[start - 1])
                last = end
                match = pattern.search(text, end)
                continue
        else:
            start = match.start()
            found = _decoded(text, match)
            if found is not None and words and match.lastgroup in _QP_KINDS and _inside(words, start):
                found = None  # an encoded word is read whole (:mod:`.encoded_words`)
            if found is None:
                match = pattern.search(text, match.end())
                continue
        char, end = found
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


_BEFORE = ("", -1)
"""What :func:`_soft_break` says when a soft line break is read with the character before it."""


def _soft_break(
    text: str,
    match: re.Match[str],
    pattern: re.Pattern[str],
    words: list[tuple[int, int]],
    escaped_before: str | None,
    last: int,
    line_floor: int = 0,
) -> tuple[str, int] | None:
    """How the soft line break of ``match`` is read: with the character before it
    (:data:`_BEFORE`: that character is no letter or digit, or none follows), with the one after
    it (that character and where its escape ends: the break opens the escape), or None to keep
    it as written (no soft break, or no character to read it with). ``escaped_before`` is the
    character of an escape that ends right before it; ``last`` where the text after the last
    escape starts; ``line_floor`` where the previous soft break ended (its line starts there at
    the earliest: the searches for it stay linear over a whole message)."""
    start, end = match.span()
    escaped = text.rfind("\\n", line_floor, start)
    line = max(text.rfind("\n", line_floor, start) + 1, escaped + 2 if escaped >= 0 else 0, line_floor)
    if _BASE64_LINE.fullmatch(text, line, start + 1) and (start + 1 - line) % 4 == 0:
        return None  # base64 padding: "SGk=" ends a line of base64
    if words and _inside(words, start):
        return None  # "?=" ends an encoded word
    before = escaped_before if escaped_before is not None else text[start - 1] if start > last else None
    after: tuple[str, int] | None = None
    if end < len(text):
        following = pattern.match(text, end)
        if following is None:
            after = text[end], end + 1
        elif not (following.lastgroup in _QP_KINDS and words and _inside(words, end)):
            after = _decoded(text, following)  # None: an escape kept as written ("\\\\")
    if before is not None and (after is None or not before.isalnum()):
        return _BEFORE
    return after


def _inside(ranges: list[tuple[int, int]], at: int) -> bool:
    """``at`` lies in one of ``ranges`` (in order, not overlapping: encoded words)."""
    i = bisect_right(ranges, (at, sys.maxsize)) - 1  # the last range that starts at or before it
    return i >= 0 and ranges[i][0] <= at < ranges[i][1]
