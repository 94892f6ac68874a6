"""The Redis vault: MGET for reads, one pipeline of ``SET NX EX`` for writes.

Every call is one round trip (per cluster node; one scope lives in one slot, see
:mod:`.keys`). Connections come from a blocking pool; socket timeouts bound each
request; redis-py retries connection errors and timeouts with jittered exponential
backoff, a bounded number of times. Every failure surfaces as
:class:`~mask.core.errors.MaskVaultError` whose message names the operation, the error
type and the server, never a key or a value.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import Any

import redis
import redis.asyncio
import redis.asyncio.retry
from mask.core.errors import MaskVaultError
from mask.core.vault import Vault
from redis.backoff import ExponentialWithJitterBackoff
from redis.retry import Retry

from .keys import from_redis_key, scan_pattern, to_redis_key
from .settings import RedisSettings

__all__ = ["RedisSettings", "RedisVault"]

_DELETE_BATCH = 500
_SCAN_COUNT = 1000


def _backoff() -> ExponentialWithJitterBackoff:
    return ExponentialWithJitterBackoff(cap=1.0, base=0.05)


_RETRY_ON = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


class RedisVault(Vault):
    """A vault on Redis or Redis Cluster, sync and asyncio."""

    name = "redis"

    def __init__(self, settings: RedisSettings) -> None:
        self.settings = settings
        self._closed = False
        self._async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()
        self._async_lock = threading.Lock()
        with self._errors("connect"):
            self._client = self._make_sync_client()

    # -- clients ----------------------------------------------------------------------

    def _common(self) -> dict[str, Any]:
        s = self.settings
        return {
            "socket_timeout": s.timeout_seconds,
            "socket_connect_timeout": s.timeout_seconds,
            "health_check_interval": 30,
        }

    def _make_sync_client(self) -> Any:
        s = self.settings
        retry = Retry(_backoff(), s.retries, supported_errors=_RETRY_ON)
        if s.cluster:
            return redis.RedisCluster.from_url(s.url, retry=retry, max_connections=s.pool_size, **self._common())
        pool = redis.BlockingConnectionPool.from_url(
            s.url,
            max_connections=s.pool_size,
            timeout=s.timeout_seconds,
            retry=retry,
            retry_on_error=list(_RETRY_ON),
            **self._common(),
        )
        return redis.Redis(connection_pool=pool)

    def _make_async_client(self) -> Any:
        s = self.settings
        retry = redis.asyncio.retry.Retry(_backoff(), s.retries, supported_errors=_RETRY_ON)
        if s.cluster:
            return redis.asyncio.RedisCluster.from_url(
                s.url, retry=retry, max_connections=s.pool_size, **self._common()
            )
        pool = redis.asyncio.BlockingConnectionPool.from_url(
            s.url,
            max_connections=s.pool_size,
            timeout=s.timeout_seconds,
            retry=retry,
            retry_on_error=list(_RETRY_ON),
            **self._common(),
        )
        return redis.asyncio.Redis(connection_pool=pool)

    def _async_client(self) -> Any:
        """One asyncio client per event loop (redis.asyncio connections belong to a loop)."""
        loop = asyncio.get_running_loop()
        with self._async_lock:
            client = self._async_clients.get(loop)
            if client is None:
                client = self._async_clients[loop] = self._make_async_client()
            return client

    # -- errors -----------------------------------------------------------------------

    def _error(self, operation: str, exc: BaseException) -> MaskVaultError:
        reach = isinstance(exc, (*_RETRY_ON, OSError))
        where = f" (cannot reach {self.settings.server})" if reach else ""
        return MaskVaultError(f"Redis vault {operation} failed: {type(exc).__name__}{where}")

    @contextmanager
    def _errors(self, operation: str) -> Iterator[None]:
        if self._closed:
            raise MaskVaultError(f"Redis vault {operation} failed: the vault is closed")
        try:
            yield
        except MaskVaultError:
            raise
        except (redis.exceptions.RedisError, OSError, ValueError) as exc:
            raise self._error(operation, exc) from None

    # -- key mapping ------------------------------------------------------------------

    def _physical(self, keys: Sequence[str]) -> list[str]:
        return [to_redis_key(self.settings.prefix, k) for k in keys]

    @staticmethod
    def _ttl(ttl_seconds: int | None) -> int | None:
        return int(ttl_seconds) if ttl_seconds and ttl_seconds > 0 else None

    # -- sync -------------------------------------------------------------------------

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        if not keys:
            return {}
        unique = list(dict.fromkeys(keys))
        with self._errors("read"):
            if self.settings.cluster:
                values = self._client.mget_nonatomic(self._physical(unique))
            else:
                values = self._client.mget(self._physical(unique))
        return {k: v for k, v in zip(unique, values, strict=True) if v is not None}

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        if not items:
            return {}
        keys = list(items)
        ex = self._ttl(ttl_seconds)
        with self._errors("write"):
            pipe = self._client.pipeline() if self.settings.cluster else self._client.pipeline(transaction=False)
            for key, physical in zip(keys, self._physical(keys), strict=True):
                pipe.set(physical, items[key], nx=True, ex=ex)
            results = pipe.execute()
        return {k: bool(r) for k, r in zip(keys, results, strict=True)}

    def delete_many(self, keys: Sequence[str]) -> int:
        unique = list(dict.fromkeys(keys))
        removed = 0
        with self._errors("delete"):
            for i in range(0, len(unique), _DELETE_BATCH):
                removed += int(self._client.unlink(*self._physical(unique[i : i + _DELETE_BATCH])))
        return removed

    def delete_prefix(self, prefix: str) -> int:
        """SCAN for the prefix (cursor-based, non-blocking) and UNLINK in batches."""
        pattern = scan_pattern(self.settings.prefix, prefix)
        removed = 0
        batch: list[bytes] = []
        with self._errors("delete by prefix"):
            for physical in self._client.scan_iter(match=pattern, count=_SCAN_COUNT):
                logical = from_redis_key(self.settings.prefix, physical.decode("utf-8", "surrogateescape"))
                if logical is None or not logical.startswith(prefix):
                    continue
                batch.append(physical)
                if len(batch) >= _DELETE_BATCH:
                    removed += int(self._client.unlink(*batch))
                    batch = []
            if batch:
                removed += int(self._client.unlink(*batch))
        return removed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with suppress(redis.exceptions.RedisError, OSError):
            self._client.close()
        self._async_clients = weakref.WeakKeyDictionary()

    # -- asyncio ----------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the asyncio client of the running event loop (``close`` cannot await)."""
        loop = asyncio.get_running_loop()
        with self._async_lock:
            client = self._async_clients.pop(loop, None)
        if client is not None:
            with suppress(redis.exceptions.RedisError, OSError):
                await client.aclose()

    async def aget_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        if not keys:
            return {}
        unique = list(dict.fromkeys(keys))
        with self._errors("read"):
            client = self._async_client()
            if self.settings.cluster:
                values = await client.mget_nonatomic(self._physical(unique))
            else:
                values = await client.mget(self._physical(unique))
        return {k: v for k, v in zip(unique, values, strict=True) if v is not None}

    async def aput_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        if not items:
            return {}
        keys = list(items)
        ex = self._ttl(ttl_seconds)
        with self._errors("write"):
            client = self._async_client()
            pipe = client.pipeline() if self.settings.cluster else client.pipeline(transaction=False)
            for key, physical in zip(keys, self._physical(keys), strict=True):
                pipe.set(physical, items[key], nx=True, ex=ex)
            results = await pipe.execute()
        return {k: bool(r) for k, r in zip(keys, results, strict=True)}

    def __repr__(self) -> str:
        return f"<RedisVault server={self.settings.server!r} prefix={self.settings.prefix!r}>"
