"""Connection settings of the Redis vault (importing this does not import redis)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = ["RedisSettings"]


@dataclass(frozen=True)
class RedisSettings:
    """Connection settings of a :class:`RedisVault`."""

    url: str = "redis://127.0.0.1:6379/0"
    prefix: str = ""
    timeout_seconds: float = 2.0
    retries: int = 2
    pool_size: int = 16
    cluster: bool = False

    def __repr__(self) -> str:  # the URL may carry a password
        return f"RedisSettings(server={self.server!r}, prefix={self.prefix!r}, cluster={self.cluster})"

    @property
    def server(self) -> str:
        """``host:port`` of the URL, without credentials (safe in messages)."""
        parts = urlsplit(self.url)
        if parts.scheme == "unix":
            return parts.path or "unix socket"
        return f"{parts.hostname or '127.0.0.1'}:{parts.port or 6379}"
