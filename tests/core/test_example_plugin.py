"""The example third-party plugin (examples/plugin) installs with pip and works as documented."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "plugin"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site-example-plugin")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation"),
            *("--disable-pip-version-check", "--target", str(target), str(EXAMPLE)),
        ],
        check=True,
        capture_output=True,
    )
    return target


def mask_cli(site: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(site), "MASK_DISABLE_PLUGINS": "spacy", **env}
    return subprocess.run(
        [sys.executable, "-m", "mask.core.cli", *args], input=stdin, capture_output=True, text=True, env=environ
    )


def test_mask_plugins_lists_the_example(site: Path) -> None:
    listing = mask_cli(site, "plugins")
    assert listing.returncode == 0, listing.stderr
    row = next(line for line in listing.stdout.splitlines() if "employee-ids" in line)
    assert "enabled" in row and "mask-employee-ids" in row and "0.1.0" in row


def test_mask_scan_and_protect_use_the_example(site: Path) -> None:
    scan = mask_cli(site, "scan", stdin="staff EMP-123456 issued")
    assert scan.returncode == 0, scan.stderr
    assert [(s["type"], s["detector"]) for s in json.loads(scan.stdout)["spans"]] == [("EMPLOYEE_ID", "employee-id")]
    disabled = mask_cli(site, "scan", stdin="staff EMP-123456 issued", MASK_DISABLE_PLUGINS="spacy,employee-ids")
    assert json.loads(disabled.stdout)["spans"] == []
