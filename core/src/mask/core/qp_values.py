"""Values inside quoted-printable text: decoded for the vault, written ``=XX`` again on reveal.

A tool that reads raw e-mail may hand over a body as it travels, quoted-printable:
``Dear Jos=C3=A9 Garc=C3=ADa``. Detection reads it decoded (:mod:`.escapes`); for the types of
:data:`~.query_values.DECODED_TYPES` the value a token stands for is the decoded one too, so a
tool receives ``José García`` and the name gets the token it gets written plainly.

Revealed into quoted-printable text (all ASCII, with a UTF-8 sequence, an encoded line break
``=0A`` or an encoded ``=3D`` left), a value's non-ASCII characters are written as ``=XX``
sequences again; elsewhere the value goes back as it is. A value whose decoded form holds ``=`` or a control character is kept and
revealed as written: so is one that a soft line break wraps (``Kowal=\\nska``), whose lines come
back as the text broke them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["decode_qp_value", "qp_writer"]

_SEQUENCE = re.compile(r"(?:=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3})+")
"""``=XX`` bytes of UTF-8 characters beyond ASCII (a lead byte and its continuation bytes)."""
_EVIDENCE = re.compile(r"=[C-F][0-9A-F]=[89AB][0-9A-F]|=0[AD]|=3D")
"""What only quoted-printable text writes: a UTF-8 sequence, an encoded line break or ``=``."""


def _decoded(match: re.Match[str]) -> str:
    return bytes.fromhex(match.group().replace("=", "")).decode("utf-8", "strict")


def decode_qp_value(raw: str) -> str:
    """``raw`` with its quoted-printable UTF-8 sequences decoded; ``raw`` itself when it has
    none, when one does not decode, or when the value holds ``=`` or a control character."""
    if "=" not in raw:
        return raw
    try:
        value = _SEQUENCE.sub(_decoded, raw)
    except UnicodeDecodeError:
        return raw
    if value == raw or any(c == "=" or c < " " for c in value):
        return raw
    return value


def qp_writer(text: str) -> Callable[[str], str] | None:
    """How a value is written into ``text``: non-ASCII characters as ``=XX`` sequences when
    ``text`` is quoted-printable (all ASCII, with such a sequence, an encoded line break or an
    encoded ``=`` left); None when it is not."""
    if "=" not in text or not text.isascii() or _EVIDENCE.search(text) is None:
        return None

    def write(value: str) -> str:
        if value.isascii() or "=" in value:
            return value  # nothing to encode, or a value stored as written
        return "".join(c if c < "\x80" else "".join(f"={b:02X}" for b in c.encode("utf-8")) for c in value)

    return write
