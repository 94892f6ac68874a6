"""A vault wrapper that counts round trips to the real vault it wraps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from mask.core import Vault

__all__ = ["CountingVault"]


class CountingVault(Vault):
    """Forwards every call to ``inner`` and counts calls (round trips) and keys per method."""

    def __init__(self, inner: Vault) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: Counter[str] = Counter()
        self.keys: Counter[str] = Counter()

    def reset(self) -> None:
        self.calls.clear()
        self.keys.clear()

    @property
    def round_trips(self) -> int:
        return sum(self.calls.values())

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        self.calls["get_many"] += 1
        self.keys["get_many"] += len(keys)
        return self.inner.get_many(keys)

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        self.calls["put_many_if_absent"] += 1
        self.keys["put_many_if_absent"] += len(items)
        return self.inner.put_many_if_absent(items, ttl_seconds)

    def delete_many(self, keys: Sequence[str]) -> int:
        self.calls["delete_many"] += 1
        self.keys["delete_many"] += len(keys)
        return self.inner.delete_many(keys)

    def delete_prefix(self, prefix: str) -> int:
        self.calls["delete_prefix"] += 1
        return self.inner.delete_prefix(prefix)

    def close(self) -> None:
        self.inner.close()
