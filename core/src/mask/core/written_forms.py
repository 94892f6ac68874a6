"""A value as the vault holds it, and as reveal writes it back where a token lands.

Text encoded for a machine writes a value in a form of its own: escaped in a string of JSON
text (``Jos\\u00e9``), percent-encoded in a URL query (``Jos%C3%A9``), with HTML character
references (``Jos&eacute;``), quoted-printable (``Jos=C3=A9``) or in a MIME encoded word
(``=?UTF-8?Q?Jos=C3=A9?=``). Protect stores the decoded value (:meth:`StoredForms.value`), so a
tool receives ``José`` and one name gets one token however it was written; reveal writes a
value the way the text it lands in writes values (:func:`writer`). Each form's rules are in its
own module: :mod:`.json_strings`, :mod:`.query_values`, :mod:`.html_values`,
:mod:`.qp_values`, :mod:`.encoded_words`.
"""

from __future__ import annotations

from collections.abc import Callable

from .encoded_words import decode_encoded_value
from .html_values import decode_html_value, entity_writer
from .json_strings import StringLevels, decode_value, escape_value, is_json_text
from .qp_values import decode_qp_value, qp_writer
from .query_values import DECODED_TYPES, decode_query_value, encode_query_value, in_query_value

__all__ = ["StoredForms", "writer"]


class StoredForms:
    """The decoded values of one text's spans (protect)."""

    __slots__ = ("levels", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.levels = StringLevels(text) if is_json_text(text) else None

    def value(self, raw: str, start: int, entity_type: str) -> str:
        """What the vault holds for ``raw``, written at ``start``: decoded from JSON escapes for
        every type; from a query, a MIME encoded word, quoted-printable or HTML references for
        :data:`~.query_values.DECODED_TYPES` (a phone or card token keeps its value's layout)."""
        if self.levels is not None and "\\" in raw:
            value = decode_value(raw, self.levels.at(start))
            if value is not raw:
                return value
        if entity_type not in DECODED_TYPES:
            return raw
        if ("%" in raw or "+" in raw) and in_query_value(self.text, start):
            value = decode_query_value(raw)
            if value is not raw:
                return value
        if "=" in raw:
            value = decode_encoded_value(raw) if raw.startswith("=?") else decode_qp_value(raw)
            if value is not raw:
                return value
        return decode_html_value(raw) if "&" in raw else raw


def writer(text: str) -> Callable[[int, str], str] | None:
    """How a value is written at an offset of ``text``: percent-encoded in a URL query's value
    (``?to=Person_7QK2FA``), else with HTML entities or quoted-printable ``=XX`` sequences for
    its non-ASCII characters where the text writes them so; then, in JSON text, escaped as the
    string there is (with ``\\uXXXX`` escapes where the text uses them or is all ASCII,
    ``json.dumps``' default). None when the text needs none of that."""
    json_text = is_json_text(text)
    url = "?" in text
    encoded = (entity_writer(text) or qp_writer(text)) if "\\u" not in text else None
    if not (json_text or url or encoded):
        return None
    ascii_only = text.isascii() or "\\u" in text
    levels = StringLevels(text) if json_text else None

    def written(at: int, value: str) -> str:
        if url and in_query_value(text, at):
            value = encode_query_value(value)
        elif encoded is not None:
            value = encoded(value)
        return value if levels is None else escape_value(value, levels.at(at), ascii_only)

    return written
