"""Values inside HTML text: decoded for the vault, written with entities again on reveal.

An e-mail body or a CRM note often comes as HTML that writes ``José García`` as
``Jos&eacute; Garc&iacute;a`` (or ``Jos&#233;``). Detection reads it decoded (:mod:`.escapes`);
for the entity types whose tokens never depend on how the value is written (names, places,
organizations, addresses, e-mail addresses: :data:`~.query_values.DECODED_TYPES`), the value a
token stands for is the decoded one too. A token passed back in a tool call's arguments then
gives ``José García``, and the same name gets the same token however it was written.

Revealed into ASCII markup (a tag or an entity, not JSON text), a value's non-ASCII characters
become entities again: in the style of the text's first entity of a non-ASCII character
(``&eacute;``, ``&#233;`` or ``&#xE9;``), else named ones, which any HTML reads whatever its
charset. Anywhere else a value goes back as it is. So HTML whose only non-ASCII characters were
in tokenized values, written as they are (UTF-8), comes back with named entities: the same
HTML once decoded, not the same bytes.
A value whose decoded form holds a character of HTML's structure (``&``, ``<``, ``>``, ``"``,
``'``) or a control character is kept and revealed as written: reveal cannot tell where in the
markup it lands, and those characters would change it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.entities import codepoint2name

from .json_strings import is_json_text

__all__ = ["ENTITY", "decode_html_value", "entity_writer"]

ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
"""A character reference with its semicolon (``&eacute;``, ``&#233;``, ``&#xE9;``)."""
_TAG = re.compile(r"</?[A-Za-z][\w:.\-]{0,40}(?:[ \t\r\n/][^<>]{0,200})?>")
"""A tag (HTML or XML, a namespace prefix too), with or without attributes."""
_STRUCTURE = frozenset("&<>\"'")


def _decoded(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def decode_html_value(raw: str) -> str:
    """``raw`` with its character references decoded; ``raw`` itself when it has none, or when
    its decoded form holds a character of HTML's structure or a control character."""
    if "&" not in raw:
        return raw
    value = ENTITY.sub(_decoded, raw)
    if value == raw or any(c in _STRUCTURE or c < " " for c in value):
        return raw
    return value


def _named(cp: int) -> str:
    return f"&{codepoint2name[cp]};" if cp in codepoint2name else f"&#{cp};"


def _style(text: str) -> Callable[[int], str] | None:
    """How ``text`` writes a non-ASCII character, or None when it writes them as they are.

    The style of the first entity of a non-ASCII character decides. Without one, ASCII markup
    (a tag or an entity) gets named entities, which any HTML reads whatever its charset; JSON
    text is left to its own escapes (:mod:`.json_strings`)."""
    if ("&" not in text and "<" not in text) or not text.isascii():
        return None
    found = None
    for m in ENTITY.finditer(text):
        char = html.unescape(m.group())
        if len(char) == 1 and ord(char) > 0x7F:
            found = m.group()
            break
    if found is None:
        markup = _TAG.search(text) is not None or ENTITY.search(text) is not None
        json_like = is_json_text(text) or text.lstrip()[:1] in ("{", "[")
        return _named if markup and not json_like else None
    if found[1] != "#":
        return _named
    if found[2] in "xX":
        upper = any(c in "ABCDEF" for c in found[3:-1])
        return (lambda cp: f"&#x{cp:X};") if upper else (lambda cp: f"&#x{cp:x};")
    return lambda cp: f"&#{cp};"


def entity_writer(text: str) -> Callable[[str], str] | None:
    """How a value is written into ``text``: its non-ASCII characters as entities in the style
    ``text`` uses for them (see the module docstring); None when ``text`` is no ASCII markup."""
    style = _style(text)
    if style is None:
        return None

    def write(value: str) -> str:
        if value.isascii() or any(c in _STRUCTURE for c in value):
            return value  # nothing to write as an entity, or a value stored as written
        return "".join(c if c < "\x80" else style(ord(c)) for c in value)

    return write
