"""Deterministic symbol streams from a keyed seed (the raw material of minted tokens)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

__all__ = ["B32", "digit_stream", "draw", "symbols"]

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _blocks(seed: bytes, attempt: int) -> Iterator[bytes]:
    counter = 0
    base = seed + attempt.to_bytes(4, "big")
    while True:
        yield hashlib.sha256(base + counter.to_bytes(4, "big")).digest()
        counter += 1


def symbols(seed: bytes, attempt: int, alphabet: str, count: int) -> str:
    """``count`` symbols of ``alphabet`` (length a power of two up to 256: no modulo bias)."""
    size = len(alphabet)
    out: list[str] = []
    for block in _blocks(seed, attempt):
        out.extend(alphabet[b % size] for b in block)
        if len(out) >= count:
            return "".join(out[:count])
    raise AssertionError("unreachable")  # pragma: no cover


def digit_stream(seed: bytes, attempt: int) -> Iterator[int]:
    """Unbiased decimal digits (bytes >= 250 are skipped)."""
    for block in _blocks(seed, attempt):
        for b in block:
            if b < 250:
                yield b % 10


def draw(seed: bytes, attempt: int, bound: int) -> int:
    """An unbiased integer in ``[0, bound)``."""
    if bound <= 0:
        raise ValueError("bound must be positive")
    nbytes = (bound.bit_length() + 7) // 8 + 1
    limit = (256**nbytes // bound) * bound
    for block in _blocks(seed, attempt):
        for i in range(0, len(block) - nbytes + 1, nbytes):
            n = int.from_bytes(block[i : i + nbytes], "big")
            if n < limit:
                return n % bound
    raise AssertionError("unreachable")  # pragma: no cover
