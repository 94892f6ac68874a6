"""Values inside HTML text: decoded for the vault, written with entities again on reveal.

An e-mail body or a CRM note often comes as HTML that writes ``José García`` as
``Jos&eacute; Garc&iacute;a`` (or ``Jos&#233;``). Detection reads it decoded (:mod:`.escapes`);
for the entity types whose tokens never depend on how the value is written (names, places,
organizations, addresses, e-mail addresses: :data:`~.query_values.DECODED_TYPES`), the value a
token stands for is the decoded one too. A token passed back in a tool call's arguments then
gives ``José García``, and the same name gets the same token however it was written.

Revealed into text that writes its non-ASCII characters as entities (all ASCII, with an entity
of a non-ASCII character), a value's non-ASCII characters become entities again, in the style
the text uses (``&eacute;``, ``&#233;`` or ``&#xE9;``); anywhere else a value goes back as it is.
So where the token stood for the text's only such entity, the revealed HTML writes the character
itself: the same HTML once decoded, not the same bytes.
A value whose decoded form holds a character of HTML's structure (``&``, ``<``, ``>``, ``"``,
``'``) or a control character is kept and revealed as written: reveal cannot tell where in the
markup it lands, and those characters would change it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.entities import codepoint2name

__all__ = ["decode_html_value", "entity_writer"]

_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
"""A character reference with its semicolon (``&eacute;``, ``&#233;``, ``&#xE9;``)."""
_STRUCTURE = frozenset("&<>\"'")


def _decoded(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def decode_html_value(raw: str) -> str:
    """``raw`` with its character references decoded; ``raw`` itself when it has none, or when
    its decoded form holds a character of HTML's structure or a control character."""
    if "&" not in raw:
        return raw
    value = _ENTITY.sub(_decoded, raw)
    if value == raw or any(c in _STRUCTURE or c < " " for c in value):
        return raw
    return value


def _style(text: str) -> Callable[[int], str] | None:
    """How ``text`` writes a non-ASCII character, or None when it does not use entities for them."""
    if "&" not in text or not text.isascii():
        return None
    found = None
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if len(char) == 1 and ord(char) > 0x7F:
            found = m.group()
            break
    if found is None:
        return None
    if found[1] != "#":
        return lambda cp: f"&{codepoint2name[cp]};" if cp in codepoint2name else f"&#{cp};"
    if found[2] in "xX":
        upper = any(c in "ABCDEF" for c in found[3:-1])
        return (lambda cp: f"&#x{cp:X};") if upper else (lambda cp: f"&#x{cp:x};")
    return lambda cp: f"&#{cp};"


def entity_writer(text: str) -> Callable[[str], str] | None:
    """How a value is written into ``text``: its non-ASCII characters as entities in the style
    ``text`` uses for them; None when ``text`` writes them as they are."""
    style = _style(text)
    if style is None:
        return None

    def write(value: str) -> str:
        if value.isascii() or any(c in _STRUCTURE for c in value):
            return value  # nothing to write as an entity, or a value stored as written
        return "".join(c if c < "\x80" else style(ord(c)) for c in value)

    return write
