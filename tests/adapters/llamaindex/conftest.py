"""Fixtures for the LlamaIndex adapter tests (helpers live in llamaindex_fakes.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pytest

from mask.core import Mask, MaskVaultError
from mask.core.builtin.memory_vault import MemoryVault

POLICY: dict[str, Any] = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
}


class SwitchableVault(MemoryVault):
    """The real memory vault, with a switch that makes every call fail like a dead backend."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    def __bool__(self) -> bool:
        # MemoryVault defines __len__, so an empty one is falsy, and Mask(vault=...) tests
        # ``vault or default``: without this the engine would silently use its own vault.
        return True

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        if self.down:
            raise MaskVaultError("vault unreachable (test switch)")
        return super().get_many(keys)

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        if self.down:
            raise MaskVaultError("vault unreachable (test switch)")
        return super().put_many_if_absent(items, ttl_seconds)


@pytest.fixture
def li_mask() -> Iterator[Mask]:
    """A Mask on the memory vault whose policy lets ``send_email`` see EMAIL_ADDRESS."""
    m = Mask(POLICY)
    yield m
    m.close()


@pytest.fixture
def switchable_vault() -> SwitchableVault:
    return SwitchableVault()


@pytest.fixture
def fragile_mask(switchable_vault: SwitchableVault) -> Iterator[Mask]:
    """Like ``li_mask`` but on a vault the test can take down."""
    m = Mask(POLICY, vault=switchable_vault)
    yield m
    m.close()
