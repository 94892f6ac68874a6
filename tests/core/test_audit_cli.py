"""`mask audit verify --head`, `mask audit head` and `mask audit repair` as a user runs them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

MASK = [sys.executable, "-m", "mask.core.cli"]
CANARY = "canary.person@example.org"


def run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MASK, *args], input=stdin, capture_output=True, text=True, env={**os.environ, **env})


def test_head_then_truncation_then_verify_against_the_anchor(_isolated_env: Path) -> None:
    for i in range(3):
        assert run("protect", stdin=f"user{i}@corp.com").returncode == 0
    head = run("audit", "head")
    assert head.returncode == 0, head.stderr
    [digest] = head.stdout.split()
    assert digest.startswith("sqlite:3:") and len(digest) == len("sqlite:3:") + 64
    assert run("audit", "verify", "--head", digest).returncode == 0
    assert run("audit", "verify", "--head", digest.removeprefix("sqlite:")).returncode == 0  # one sink
    con = sqlite3.connect(_isolated_env / "audit.sqlite3")
    con.execute("DELETE FROM audit WHERE seq = 3")
    con.execute("UPDATE head SET seq = 2, hash = (SELECT hash FROM audit WHERE seq = 2)")
    con.commit()
    con.close()
    out = run("audit", "verify")
    assert out.returncode == 1 and "TAMPERED" in out.stdout and "truncated" in out.stdout, out.stdout
    out = run("audit", "head")
    assert out.returncode == 1 and "sqlite:3:" not in out.stdout and "TAMPERED" in out.stdout


def test_head_of_an_empty_trail(_isolated_env: Path) -> None:
    out = run("audit", "head")
    assert out.returncode == 0 and "empty trail" in out.stdout


@pytest.mark.parametrize(
    "value", [CANARY, "x" * 100_000, "sqlite:1:" + "g" * 64, "nosuchsink:1:" + "a" * 64, "0:" + "a" * 64, ""]
)
def test_a_bad_head_argument_is_one_usage_line_without_echo(_isolated_env: Path, value: str) -> None:
    assert run("protect", stdin="user@corp.com").returncode == 0
    out = run("audit", "verify", "--head", value)
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert CANARY not in out.stderr and "x" * 100 not in out.stderr


def test_repair_of_healthy_trails_changes_nothing(_isolated_env: Path) -> None:
    env = {"MASK_AUDIT_SINKS": "sqlite,jsonl"}
    assert run("protect", stdin="user@corp.com", **env).returncode == 0
    before = (_isolated_env / "audit.jsonl").read_bytes()
    out = run("audit", "repair", **env)
    assert out.returncode == 0 and out.stdout.count("nothing to repair") == 2
    assert (_isolated_env / "audit.jsonl").read_bytes() == before
    assert run("audit", "verify", **env).returncode == 0
