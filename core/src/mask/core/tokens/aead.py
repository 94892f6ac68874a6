"""The ``aead`` scheme: vaultless, self-describing, authenticated, deterministic tokens.

``MSK1.<TYPE>.<kid>.<base32>`` where the base32 part is AES-SIV (RFC 5297, from
``cryptography``) of the value under a key derived with HKDF for the key id and the
scope; the type, key id and scope are associated data. The same value gives the same
token in every process (SIV is deterministic), nothing is stored, and a token opens
only with its key in its own scope: a forged, edited or foreign token fails the SIV
check. Such tokens cannot be erased one by one: retire the key or the scope instead.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from ..errors import MaskKeyError, MaskTokenError
from ..keys import KeyRing
from .scheme import TokenPattern, TokenScheme, token_start

__all__ = ["PREFIX", "AeadScheme"]

PREFIX = "MSK1"
MAX_VALUE_BYTES = 400
_CACHE_LIMIT = 4096


def _enc(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


class AeadScheme(TokenScheme):
    """Vaultless AES-SIV tokens; see the module docstring."""

    name = "aead"
    vaulted = False
    max_token_length = 40 + 64 + ((16 + MAX_VALUE_BYTES) * 8 + 4) // 5

    def __init__(self) -> None:
        self._ciphers: dict[tuple[int, str, str], AESSIV] = {}
        self._lock = threading.Lock()

    def supports(self, entity_type: str) -> bool:
        return entity_type.replace("_", "").isalnum() and entity_type.isascii() and len(entity_type) <= 40

    def _cipher(self, keys: KeyRing, kid: str, scope: str) -> AESSIV:
        slot = (id(keys), kid, scope)
        found = self._ciphers.get(slot)
        if found is None:
            found = AESSIV(keys.derive("aead-token", scope, kid, length=64))
            with self._lock:
                if len(self._ciphers) >= _CACHE_LIMIT:
                    self._ciphers.clear()
                self._ciphers[slot] = found
        return found

    @staticmethod
    def _ad(entity_type: str, kid: str, scope: str) -> list[bytes]:
        return [b"mask-aead-v1", _enc(entity_type), _enc(kid), _enc(scope)]

    def seal(self, value: str, entity_type: str, keys: KeyRing, scope: str) -> str:
        data = _enc(value)
        if len(data) > MAX_VALUE_BYTES:
            raise MaskTokenError(f"aead tokens hold values up to {MAX_VALUE_BYTES} bytes ({entity_type})")
        kid = keys.current
        sealed = self._cipher(keys, kid, scope).encrypt(data, self._ad(entity_type, kid, scope))
        body = base64.b32encode(sealed).decode().rstrip("=")
        return f"{PREFIX}.{entity_type}.{kid}.{body}"

    def open(self, token: str, keys: KeyRing, scope: str) -> tuple[str, str] | None:
        parts = token.split(".")
        if len(parts) != 4 or parts[0] != PREFIX:
            return None
        _, entity_type, kid_text, body = parts
        kid = _kid(keys, kid_text)
        if kid is None:
            return None
        try:
            sealed = base64.b32decode(body + "=" * (-len(body) % 8))
            plain = self._cipher(keys, kid, scope).decrypt(sealed, self._ad(entity_type, kid, scope))
            return plain.decode("utf-8", "surrogatepass"), entity_type
        except (InvalidTag, ValueError, MaskKeyError):
            return None

    def patterns(self) -> Sequence[TokenPattern]:
        return [
            TokenPattern(
                rf"{token_start('A-Za-z0-9.')}{PREFIX}\.[A-Z][A-Z0-9_]{{0,39}}\.[A-Za-z0-9_-]{{1,40}}\.[A-Z2-7]{{26,}}(?![A-Za-z0-9])",
                reserved=True,
                carries_data=False,
                hint=".",
            )
        ]

    def normalize(self, text: str) -> str:
        _, entity_type, kid, body = text.split(".")
        return f"{PREFIX}.{entity_type.upper()}.{kid.lower()}.{body.upper()}"

    def entity_type_of(self, token: str) -> str | None:
        return token.split(".")[1]


def _kid(keys: KeyRing, text: str) -> str | None:
    """The ring's key id for ``text``, forgiving a model's case changes."""
    if keys.has(text):
        return text
    folded = text.casefold()
    for kid in keys.kids:
        if kid.casefold() == folded:
            return kid
    return None
