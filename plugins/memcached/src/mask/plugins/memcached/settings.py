"""Connection settings of the Memcached vault (importing this does not import pymemcache)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_KEY_BYTES", "MemcachedSettings"]

MAX_KEY_BYTES = 250


@dataclass(frozen=True)
class MemcachedSettings:
    """Connection settings of a :class:`MemcachedVault`."""

    servers: tuple[str, ...] = ("127.0.0.1:11211",)
    prefix: str = ""
    timeout_seconds: float = 2.0
    retries: int = 2
    pool_size: int = 16
