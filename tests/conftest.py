"""Shared fixtures: every test gets its own data folder and a clean MASK_* environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mask.core import Mask

TEST_KEY = "ktest:" + "A" * 43  # 32 zero-ish bytes in base64url; tests only


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in list(os.environ):
        if name.startswith("MASK_"):
            monkeypatch.delenv(name)
    data = tmp_path / "mask-data"
    monkeypatch.setenv("MASK_DATA_DIR", str(data))
    monkeypatch.chdir(tmp_path)
    yield data


@pytest.fixture
def mask() -> Iterator[Mask]:
    """A Mask on the memory vault with no audit sinks and a fixed test key."""
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}}, keys=None)
    yield m
    m.close()
