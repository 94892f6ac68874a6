"""mask-mcp is one more distribution of the ``mask`` namespace: mask-core and the mcp SDK, nothing else."""

from __future__ import annotations

from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[3]
DIST = ROOT / "adapters" / "mcp"


def test_dependencies_are_mask_core_and_the_mcp_sdk_1x() -> None:
    project = tomllib.loads((DIST / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "mask-mcp"
    assert project["dependencies"] == ["mask-core>=0.1", "mcp>=1.24,<2"]


def test_mask_stays_a_namespace_package() -> None:
    src = DIST / "src" / "mask"
    assert not (src / "__init__.py").exists()
    assert not (src / "adapters" / "__init__.py").exists()
    assert (src / "adapters" / "mcp" / "__init__.py").exists()
    assert (src / "adapters" / "mcp" / "py.typed").exists()
