"""Built-in in-process vault, for tests and single-process use."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

from ..config import MaskConfig
from ..hookspecs import hookimpl
from ..vault import Vault, check_vault_options


class MemoryVault(Vault):
    inline_safe = True
    name = "memory"

    def __init__(self) -> None:
        self._data: dict[str, tuple[bytes, float | None]] = {}
        self._lock = threading.Lock()

    def _live(self, key: str, now: float) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires is not None and expires <= now:
            del self._data[key]
            return None
        return value

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        now = time.time()
        data = self._data
        found: dict[str, bytes] = {}
        with self._lock:
            for k in keys:  # _live, inline (a key not held is the common case)
                item = data.get(k)
                if item is None:
                    continue
                value, expires = item
                if expires is not None and expires <= now:
                    del data[k]
                    continue
                found[k] = value
        return found

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        now = time.time()
        expires = now + ttl_seconds if ttl_seconds else None
        data = self._data
        out: dict[str, bool] = {}
        with self._lock:
            for key, value in items.items():
                if key not in data or self._live(key, now) is None:
                    data[key] = (value, expires)
                    out[key] = True
                else:
                    out[key] = False
        return out

    def delete_many(self, keys: Sequence[str]) -> int:
        with self._lock:
            return sum(self._data.pop(k, None) is not None for k in keys)

    def delete_prefix(self, prefix: str) -> int:
        with self._lock:
            doomed = [k for k in self._data if k.startswith(prefix)]
            for k in doomed:
                del self._data[k]
        return len(doomed)

    def __len__(self) -> int:
        return len(self._data)


@hookimpl
def mask_vault(backend: str, options: dict[str, Any], config: MaskConfig) -> Vault | None:
    if backend != "memory":
        return None
    check_vault_options("memory", options, ())
    return MemoryVault()
