"""The ``fpe`` scheme: NIST FF1 over the digits of a value, for exact-length fields.

Only where policy asks for it (``[entities.X] scheme = "fpe"``). The digits of the value
are enciphered with FF1 (radix 10) under a key derived for the scope and key id, the
entity type and probe attempt as tweak; every other character stays where it was, so
the token has the value's exact length and layout.

An FF1 output is an ordinary digit string and **can equal a real value**. Mask
therefore keeps a vault record for every fpe token like any vaulted scheme: a digit
string counts as a token only if its record decrypts (invariant 2), and a real number
that happens to equal a token of the same scope would reveal as that token's value.
Prefer ``format`` where a reserved range exists. Values with fewer than six digits
(FF1's minimum domain) get an opaque-shaped token instead.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from ..keys import KeyRing
from .ff1 import FF1
from .opaque import OpaqueScheme
from .scheme import TokenPattern, TokenScheme, token_start

__all__ = ["FpeScheme"]

MIN_DIGITS = 6
_CACHE_LIMIT = 4096


class FpeScheme(TokenScheme):
    """Vaulted FF1 tokens; see the module docstring."""

    name = "fpe"
    max_token_length = 64

    def __init__(self, keys: KeyRing, find_in_text: bool = True) -> None:
        self.keys = keys
        self.find_in_text = find_in_text
        self._opaque = OpaqueScheme()
        self._ciphers: dict[tuple[str, str], FF1] = {}
        self._lock = threading.Lock()

    def _cipher(self, scope: str, kid: str) -> FF1:
        found = self._ciphers.get((scope, kid))
        if found is None:
            found = FF1(self.keys.derive("fpe-ff1", scope, kid), 10)
            with self._lock:
                if len(self._ciphers) >= _CACHE_LIMIT:
                    self._ciphers.clear()
                self._ciphers[(scope, kid)] = found
        return found

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        return self.mint_scoped(value, entity_type, seed, attempt, "", self.keys.current)

    def mint_scoped(self, value: str, entity_type: str, seed: bytes, attempt: int, scope: str, kid: str) -> str:
        positions = [i for i, ch in enumerate(value) if "0" <= ch <= "9"]
        if len(positions) < MIN_DIGITS or len(positions) > 40:
            return self._opaque.mint(value, entity_type, seed, attempt)
        digits = "".join(value[i] for i in positions)
        tweak = entity_type.encode() + b"\x00" + attempt.to_bytes(4, "big")
        enciphered = self._cipher(scope, kid).encrypt(digits, tweak)
        chars = list(value)
        for pos, digit in zip(positions, enciphered, strict=True):
            chars[pos] = digit
        return "".join(chars)

    def patterns(self) -> Sequence[TokenPattern]:
        found = list(self._opaque.patterns())
        if self.find_in_text:
            found.append(
                TokenPattern(
                    token_start() + r"\d(?:[ ./-]?\d){5,40}(?![A-Za-z0-9])",
                    reserved=False,
                    carries_data=True,
                    numeric=True,
                )
            )
        return found

    def normalize(self, text: str) -> str:
        if text.startswith("["):
            return text.upper()
        return "".join(ch for ch in text if "0" <= ch <= "9")

    def entity_type_of(self, token: str) -> str | None:
        return self._opaque.entity_type_of(token) if token.startswith("[") else None
