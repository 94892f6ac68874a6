"""NIST SP 800-38G FF1 format-preserving encryption (Algorithms 7 and 8).

FF1 is a standard Feistel construction whose round function is AES (CBC-MAC as the
PRF, then AES in counter-like blocks), both from ``cryptography``. No new cipher: this
module only arranges the standard's steps, and is checked against NIST's published
sample vectors (tests/tokens/test_ff1.py).
"""

from __future__ import annotations

import math

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

__all__ = ["FF1"]

ROUNDS = 10
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


class FF1:
    """FF1 with an AES key (16, 24 or 32 bytes) over strings of a radix of 2..36."""

    __slots__ = ("_ecb", "_key", "alphabet", "radix")

    def __init__(self, key: bytes, radix: int = 10) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("FF1 needs an AES key of 16, 24 or 32 bytes")
        if not 2 <= radix <= 36:
            raise ValueError("radix must be 2..36")
        self._key = key
        self.radix = radix
        self.alphabet = _DIGITS36[:radix]
        self._ecb = Cipher(algorithms.AES(key), modes.ECB())

    def __repr__(self) -> str:
        return f"<FF1 radix={self.radix}>"

    # -- the standard's helpers -------------------------------------------------------

    def _num(self, text: str) -> int:
        n = 0
        for ch in text:
            n = n * self.radix + self.alphabet.index(ch)
        return n

    def _str(self, value: int, length: int) -> str:
        out = []
        for _ in range(length):
            value, digit = divmod(value, self.radix)
            out.append(self.alphabet[digit])
        return "".join(reversed(out))

    def _prf(self, data: bytes) -> bytes:
        # CBC-MAC with a zero IV: the last block of AES-CBC over ``data``.
        enc = Cipher(algorithms.AES(self._key), modes.CBC(bytes(16))).encryptor()
        return (enc.update(data) + enc.finalize())[-16:]

    def _check(self, text: str, tweak: bytes) -> None:
        n = len(text)
        if n < 2 or self.radix**n < 1_000_000:
            raise ValueError("FF1 input too short: radix**len must be at least 1,000,000")
        if n > 2**32 - 1 or len(tweak) > 2**32 - 1:
            raise ValueError("FF1 input too long")
        if any(ch not in self.alphabet for ch in text):
            raise ValueError("FF1 input has symbols outside the radix")

    def _round_value(self, p: bytes, tweak: bytes, i: int, half: str, b: int, d: int) -> int:
        t = len(tweak)
        q = tweak + bytes((-t - b - 1) % 16) + bytes([i]) + self._num(half).to_bytes(b, "big")
        r = self._prf(p + q)
        s = bytearray(r)
        enc = self._ecb.encryptor()
        j = 1
        while len(s) < d:
            block = bytes(x ^ y for x, y in zip(r, j.to_bytes(16, "big"), strict=True))
            s += enc.update(block)
            j += 1
        return int.from_bytes(bytes(s[:d]), "big")

    def _setup(self, text: str, tweak: bytes) -> tuple[int, int, bytes, int, int]:
        n = len(text)
        u, v = n // 2, n - n // 2
        b = math.ceil(math.ceil(v * math.log2(self.radix)) / 8)
        d = 4 * math.ceil(b / 4) + 4
        p = (
            bytes([1, 2, 1])
            + self.radix.to_bytes(3, "big")
            + bytes([10, u % 256])
            + n.to_bytes(4, "big")
            + len(tweak).to_bytes(4, "big")
        )
        return u, v, p, b, d

    # -- public -----------------------------------------------------------------------

    def encrypt(self, text: str, tweak: bytes = b"") -> str:
        """FF1.Encrypt(K, T, X)."""
        self._check(text, tweak)
        u, v, p, b, d = self._setup(text, tweak)
        a, bb = text[:u], text[u:]
        for i in range(ROUNDS):
            m = u if i % 2 == 0 else v
            y = self._round_value(p, tweak, i, bb, b, d)
            c = (self._num(a) + y) % self.radix**m
            a, bb = bb, self._str(c, m)
        return a + bb

    def decrypt(self, text: str, tweak: bytes = b"") -> str:
        """FF1.Decrypt(K, T, Y)."""
        self._check(text, tweak)
        u, v, p, b, d = self._setup(text, tweak)
        a, bb = text[:u], text[u:]
        for i in reversed(range(ROUNDS)):
            m = u if i % 2 == 0 else v
            y = self._round_value(p, tweak, i, a, b, d)
            c = (self._num(bb) - y) % self.radix**m
            a, bb = self._str(c, m), a
        return a + bb
