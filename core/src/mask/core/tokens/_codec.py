"""Deterministic symbol streams from a keyed seed (the raw material of minted tokens).

Every function here reads the same byte stream: SHA-256 blocks of ``seed || attempt ||
counter``. The fast paths (``bytes.translate`` over whole blocks) give exactly what a
byte-by-byte reading gives; tokens already minted depend on that.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator

__all__ = ["B32", "DigitSource", "digit_stream", "digits", "draw", "symbols"]

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

_sha256 = hashlib.sha256
_COUNTER = tuple(i.to_bytes(4, "big") for i in range(64))
_DIGIT_TABLE = bytes(48 + b % 10 for b in range(256))
"""Byte ``b`` to the ASCII digit ``b % 10`` (bytes >= 250 are deleted before: no bias)."""
_DIGIT_SKIP = bytes(range(250, 256))


def _block(base: bytes, counter: int) -> bytes:
    suffix = _COUNTER[counter] if counter < 64 else counter.to_bytes(4, "big")
    return _sha256(base + suffix).digest()


def _blocks(seed: bytes, attempt: int) -> Iterator[bytes]:
    counter = 0
    base = seed + attempt.to_bytes(4, "big")
    while True:
        yield _block(base, counter)
        counter += 1


@functools.lru_cache(maxsize=64)
def _symbol_table(alphabet: str) -> bytes | None:
    """A translation table byte -> symbol (None when a symbol is not ASCII)."""
    if not alphabet.isascii():
        return None
    return bytes(ord(alphabet[b % len(alphabet)]) for b in range(256))


def symbols(seed: bytes, attempt: int, alphabet: str, count: int) -> str:
    """``count`` symbols of ``alphabet`` (length a power of two up to 256: no modulo bias)."""
    table = _symbol_table(alphabet)
    if table is not None and count <= 32:  # one block, translated at once
        return _block(seed + attempt.to_bytes(4, "big"), 0)[:count].translate(table).decode("ascii")
    size = len(alphabet)
    out: list[str] = []
    for block in _blocks(seed, attempt):
        out.extend(alphabet[b % size] for b in block)
        if len(out) >= count:
            return "".join(out[:count])
    raise AssertionError("unreachable")  # pragma: no cover


class DigitSource:
    """The digits of :func:`digit_stream` as a string, taken a run at a time."""

    __slots__ = ("_base", "_counter", "_pool", "_pos")

    def __init__(self, seed: bytes, attempt: int) -> None:
        self._base = seed + attempt.to_bytes(4, "big")
        self._counter = 0
        self._pool = ""
        self._pos = 0

    def take(self, count: int) -> str:
        """The next ``count`` digits of the stream."""
        pos = self._pos
        end = pos + count
        while len(self._pool) < end:
            block = _block(self._base, self._counter)
            self._counter += 1
            self._pool = self._pool[pos:] + block.translate(_DIGIT_TABLE, _DIGIT_SKIP).decode("ascii")
            end -= pos
            pos = 0
        self._pos = end
        return self._pool[pos:end]


def digits(seed: bytes, attempt: int, count: int) -> str:
    """The first ``count`` digits of :func:`digit_stream`, as a string."""
    return DigitSource(seed, attempt).take(count)


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
