"""The vault conformance suite applied to the core's memory and SQLite vaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mask.core.builtin.memory_vault import MemoryVault
from mask.core.builtin.sqlite_vault import SQLiteVault
from mask.core.testing.vault import VaultConformance


class TestMemoryVault(VaultConformance):
    @pytest.fixture
    def vault(self) -> Iterator[MemoryVault]:
        v = MemoryVault()
        yield v
        v.close()


class TestSQLiteVault(VaultConformance):
    @pytest.fixture
    def vault(self, tmp_path: Path) -> Iterator[SQLiteVault]:
        v = SQLiteVault(tmp_path / "vault.sqlite3")
        yield v
        v.close()
