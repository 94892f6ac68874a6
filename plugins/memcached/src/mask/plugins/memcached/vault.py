"""The Memcached vault: pipelined ``add`` for put-if-absent, ``get_many`` for reads.

Keys are spread over the servers by pymemcache's :class:`~pymemcache.client.hash.HashClient`
(rendezvous hashing; one connection pool per server). A call sends one pipelined
batch per server involved (one round trip with one server).

Deliberate choices:

- ``add`` runs with ``noreply=False``: put-if-absent must learn whether it stored.
  All ``add`` commands of one server go in one write through pymemcache's
  ``Client._store_cmd`` (the same code its ``set_many`` uses); when a pymemcache
  release lacks it, the vault falls back to one ``add`` per key.
- HashClient's own failover (marking a server dead, remapping its keys, returning
  defaults while it "retries") is not used: remapped keys would split the put-if-absent
  namespace, and a silent default would read as "absent". A failing server raises
  :class:`~mask.core.errors.MaskVaultError` after a bounded number of retries with
  backoff; pooled connections that broke are dropped, so calls succeed again as soon
  as the server is back.
- Memcached cannot enumerate keys: ``delete_prefix`` raises ``NotImplementedError``
  (so ``Mask.forget_scope`` cannot erase a scope; let records expire with a TTL).
- Calls wait for a free pooled connection (pymemcache's pool would raise instead).
- A TTL longer than 30 days is sent as an absolute Unix time, as Memcached requires.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from pymemcache.client.base import PooledClient
from pymemcache.client.hash import HashClient
from pymemcache.exceptions import (
    MemcacheClientError,
    MemcacheError,
    MemcacheIllegalInputError,
    MemcacheUnexpectedCloseError,
)

from mask.core.errors import MaskVaultError
from mask.core.vault import Vault

from .settings import MAX_KEY_BYTES, MemcachedSettings

__all__ = ["MAX_KEY_BYTES", "MemcachedSettings", "MemcachedVault"]

_THIRTY_DAYS = 30 * 86400
T = TypeVar("T")


def _transient(exc: BaseException) -> bool:
    """Errors worth a retry: network trouble and connections the server closed."""
    return isinstance(exc, (OSError, MemcacheUnexpectedCloseError))


class MemcachedVault(Vault):
    """A vault on one or more Memcached servers."""

    name = "memcached"

    def __init__(self, settings: MemcachedSettings) -> None:
        self.settings = settings
        self._closed = False
        self._client = HashClient(
            list(settings.servers),
            use_pooling=True,
            max_pool_size=settings.pool_size,
            connect_timeout=settings.timeout_seconds,
            timeout=settings.timeout_seconds,
            no_delay=True,
            ignore_exc=False,
            retry_attempts=0,
            dead_timeout=0,
            default_noreply=False,
        )
        # pymemcache's pool raises past max_pool_size instead of waiting: wait here.
        self._slots = {node: threading.BoundedSemaphore(settings.pool_size) for node in self._client.clients}

    # -- plumbing ---------------------------------------------------------------------

    def _key(self, key: str) -> str:
        physical = self.settings.prefix + key
        raw = physical.encode("ascii", "replace")
        if len(raw) > MAX_KEY_BYTES or not physical.isascii() or any(c <= " " or c == "\x7f" for c in physical):
            raise MaskVaultError(
                f"a Memcached key must be printable ASCII of at most {MAX_KEY_BYTES} bytes without spaces "
                f"(got {len(raw)} bytes)"
            )
        return physical

    def _by_server(self, physical: Sequence[str]) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for key in physical:
            groups[self._client.hasher.get_node(key)].append(key)
        return groups

    def _call(self, operation: str, server: str, fn: Callable[[], T]) -> T:
        """Run ``fn`` with bounded retries (exponential backoff with jitter) on transient errors."""
        if self._closed:
            raise MaskVaultError(f"Memcached vault {operation} failed: the vault is closed")
        slot = self._slots[server]
        if not slot.acquire(timeout=self.settings.timeout_seconds * (self.settings.retries + 1)):
            raise MaskVaultError(f"Memcached vault {operation} failed: no free connection to {server} in time")
        try:
            return self._retrying(operation, server, fn)
        finally:
            slot.release()

    def _retrying(self, operation: str, server: str, fn: Callable[[], T]) -> T:
        attempt = 0
        while True:
            try:
                return fn()
            except MaskVaultError:
                raise
            except (MemcacheIllegalInputError, MemcacheClientError) as exc:
                raise MaskVaultError(f"Memcached vault {operation} rejected the input: {type(exc).__name__}") from None
            except RuntimeError:  # pymemcache's pool past max_pool_size (the slots above prevent it)
                raise MaskVaultError(f"Memcached vault {operation} failed: connection pool exhausted") from None
            except (MemcacheError, OSError) as exc:
                if attempt >= self.settings.retries or not _transient(exc):
                    raise MaskVaultError(
                        f"Memcached vault {operation} failed: {type(exc).__name__} (server {server})"
                    ) from None
            attempt += 1
            time.sleep(min(1.0, 0.05 * 2**attempt) * random.uniform(0.5, 1.0))

    @staticmethod
    def _expire(ttl_seconds: int | None) -> int:
        if not ttl_seconds or ttl_seconds <= 0:
            return 0
        if ttl_seconds > _THIRTY_DAYS:
            return math.ceil(time.time() + ttl_seconds)
        # Memcached's clock ticks once a second, so a relative TTL of n can end after n-1
        # seconds; one more second keeps every record at least as long as asked.
        return int(ttl_seconds) + 1

    # -- the contract -----------------------------------------------------------------

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        if not keys:
            return {}
        unique = list(dict.fromkeys(keys))
        physical = {self._key(k): k for k in unique}
        found: dict[str, bytes] = {}
        for node, batch in self._by_server(list(physical)).items():
            client = self._client.clients[node]
            values: dict[str, Any] = self._call("read", node, lambda c=client, b=batch: c.get_many(b))
            for pkey, value in values.items():
                name = pkey.decode("ascii") if isinstance(pkey, bytes) else pkey
                found[physical[name]] = bytes(value)
        return found

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        if not items:
            return {}
        physical = {self._key(k): k for k in items}
        expire = self._expire(ttl_seconds)
        out: dict[str, bool] = {}
        for node, batch in self._by_server(list(physical)).items():
            client = self._client.clients[node]
            values = {pkey: bytes(items[physical[pkey]]) for pkey in batch}
            stored = self._call("write", node, lambda c=client, v=values: self._add_many(c, v, expire))
            for pkey in batch:
                out[physical[pkey]] = bool(stored.get(pkey))
        return {k: out[k] for k in items}

    @staticmethod
    def _add_many(client: PooledClient, values: dict[str, bytes], expire: int) -> dict[Any, bool | None]:
        with client.client_pool.get_and_release(destroy_on_fail=True) as conn:
            store = getattr(conn, "_store_cmd", None)
            if store is None:  # pragma: no cover - older or newer pymemcache
                return {k: conn.add(k, v, expire, noreply=False) for k, v in values.items()}
            return store(b"add", values, expire, False)

    def delete_many(self, keys: Sequence[str]) -> int:
        removed = 0
        for node, batch in self._by_server(list(dict.fromkeys(self._key(k) for k in keys))).items():
            client = self._client.clients[node]
            for pkey in batch:
                removed += bool(self._call("delete", node, lambda c=client, k=pkey: c.delete(k, False)))
        return removed

    def delete_prefix(self, prefix: str) -> int:
        raise NotImplementedError(
            "the memcached vault cannot delete by prefix (Memcached cannot enumerate keys); "
            "give records a TTL (vault.ttl_seconds) or use a vault that can (redis, sqlite, dynamodb)"
        )

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for client in self._client.clients.values():
            client.close()

    def __repr__(self) -> str:
        return f"<MemcachedVault servers={list(self.settings.servers)!r}>"
