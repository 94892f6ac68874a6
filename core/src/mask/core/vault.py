"""The vault contract: a batched key-value store with atomic put-if-absent and TTL.

Keys are opaque ASCII strings (keyed hashes); values are ciphertext bytes. A vault
never sees a plaintext value or a token: encryption happens above it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from .errors import MaskConfigError
from .settings import Setting
from .threads import to_thread

__all__ = ["ConnectionOptions", "Vault", "check_vault_options", "connection_options", "connection_settings"]


class Vault(ABC):
    """A vault backend. Implementations raise :class:`~mask.core.errors.MaskVaultError`."""

    name: str = ""
    inline_safe: ClassVar[bool] = False
    """True when calls finish in well under a millisecond with no network I/O, so async
    callers may run small payloads on the event loop instead of a worker thread."""

    @abstractmethod
    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """Return the stored values of the keys that exist (one round trip)."""

    @abstractmethod
    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        """Store each item unless its key exists; map key -> True if stored (one round trip)."""

    @abstractmethod
    def delete_many(self, keys: Sequence[str]) -> int:
        """Delete keys; return how many existed."""

    def delete_prefix(self, prefix: str) -> int:
        """Delete every key starting with ``prefix``; backends that cannot enumerate raise."""
        raise NotImplementedError(f"vault {self.name!r} cannot delete by prefix")

    def close(self) -> None:
        """Release connections."""

    async def aget_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        return await to_thread(self.get_many, keys)

    async def aput_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        return await to_thread(self.put_many_if_absent, items, ttl_seconds)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


@dataclass(frozen=True, slots=True)
class ConnectionOptions:
    """The connection settings every networked vault shares."""

    timeout_seconds: float
    retries: int
    pool_size: int


def connection_settings() -> tuple[Setting, ...]:
    """The ``[vault]`` keys every network vault takes besides ``timeout_seconds`` (core's),
    for a plugin's ``mask_settings``: ``prefix``, ``retries``, ``pool_size``."""
    return (
        Setting("prefix", (str,), "key prefix in a shared server"),
        Setting("retries", (int,), "retries on transient errors (0..10)"),
        Setting("pool_size", (int,), "connection pool size"),
    )


def check_vault_options(backend: str, options: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """Raise :class:`MaskConfigError` naming the ``[vault]`` keys ``backend`` does not take."""
    allowed = tuple(allowed)
    unknown = set(options) - set(allowed)
    if unknown:
        raise MaskConfigError(
            f"the {backend} vault does not take vault.{', vault.'.join(sorted(unknown))}; "
            f"allowed: {', '.join(allowed) or 'no options'}"
        )


def connection_options(
    options: Mapping[str, Any], *, timeout_seconds: float, retries: int, pool_size: int
) -> ConnectionOptions:
    """Validated ``timeout_seconds``, ``retries`` (0..10) and ``pool_size``, with defaults."""
    timeout = float(options.get("timeout_seconds", timeout_seconds))
    tries = int(options.get("retries", retries))
    pool = int(options.get("pool_size", pool_size))
    if timeout <= 0:
        raise MaskConfigError("vault.timeout_seconds must be positive")
    if not 0 <= tries <= 10:
        raise MaskConfigError("vault.retries must be between 0 and 10")
    if pool < 1:
        raise MaskConfigError("vault.pool_size must be at least 1")
    return ConnectionOptions(timeout, tries, pool)
