"""Damaged audit files give typed errors and verdicts, never tracebacks, and can be repaired."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask, MaskError
from mask.core.audit import AuditCorruptError

PII = "bob@corp.com"
MASK = [sys.executable, "-m", "mask.core.cli"]


def run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MASK, *args], input=stdin, capture_output=True, text=True, env={**os.environ, **env})


def config(tmp_path: Path, sinks: list[str], on_error: str = "raise") -> dict[str, Any]:
    return {
        "mask": {"on_error": on_error},
        "vault": {"backend": "memory"},
        "audit": {"sinks": sinks, "path": str(tmp_path / "audit.sqlite3"), "jsonl_path": str(tmp_path / "audit.jsonl")},
    }


@pytest.mark.parametrize("body", ["{not json", "[1, 2]", "[" * 5000 + "]" * 5000, ""])
def test_a_record_body_that_is_not_a_json_object_is_reported_as_tampered(tmp_path: Path, body: str) -> None:
    with Mask(config(tmp_path, ["sqlite"])) as mask:
        for _ in range(3):
            mask.protect(PII)
    con = sqlite3.connect(tmp_path / "audit.sqlite3")
    con.execute("UPDATE audit SET body = ? WHERE seq = 2", (body,))
    con.commit()
    con.close()
    with Mask(config(tmp_path, ["sqlite"])) as mask:
        result = mask.sinks[0].verify()
    assert result.verdict == "tampered" and result.count == 3
    assert any(p.startswith("record 2:") for p in result.problems), result.problems


def test_cli_verify_of_a_non_json_body_prints_a_verdict_not_a_traceback(_isolated_env: Path) -> None:
    assert run("protect", stdin=PII).returncode == 0
    con = sqlite3.connect(_isolated_env / "audit.sqlite3")
    con.execute("UPDATE audit SET body = '{oops' WHERE seq = 1")
    con.commit()
    con.close()
    out = run("audit", "verify")
    assert out.returncode == 1 and "TAMPERED" in out.stdout and "record 1" in out.stdout
    assert "Traceback" not in out.stderr


def corrupt_last_line(tmp_path: Path) -> bytes:
    path = tmp_path / "audit.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    damaged = lines[-1][: len(lines[-1]) // 2]  # a write cut short
    path.write_bytes(b"".join(lines[:-1]) + damaged)
    return damaged


def test_a_corrupt_last_jsonl_line_is_a_typed_error_naming_file_and_line(tmp_path: Path) -> None:
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        for _ in range(3):
            mask.protect(PII)
    corrupt_last_line(tmp_path)
    with Mask(config(tmp_path, ["jsonl"])) as mask, pytest.raises(AuditCorruptError) as info:
        mask.protect(PII)
    message = str(info.value)
    assert isinstance(info.value, MaskError) and not isinstance(info.value, json.JSONDecodeError)
    assert "audit.jsonl" in message and "line 3" in message and PII not in message
    assert "mask audit repair" in message


def test_on_error_open_keeps_working_past_a_corrupt_trail(tmp_path: Path) -> None:
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        mask.protect(PII)
    corrupt_last_line(tmp_path)
    with Mask(config(tmp_path, ["jsonl"], on_error="open")) as mask:
        assert PII not in mask.protect(PII)


def test_repair_keeps_the_damaged_tail_and_restarts_the_chain(tmp_path: Path) -> None:
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        for _ in range(3):
            mask.protect(PII)
    damaged = corrupt_last_line(tmp_path)
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        assert mask.sinks[0].verify().verdict == "tampered"
        moved = mask.sinks[0].repair()
        assert moved is not None and moved.name.startswith("audit.jsonl.corrupt-")
        assert moved.read_bytes() == damaged
        assert mask.sinks[0].repair() is None  # nothing left to repair
        mask.protect(PII)
        result = mask.sinks[0].verify()
    assert result.verdict == "ok", result
    rows = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [r["body"]["action"] for r in rows] == ["protect", "protect", "audit_repair", "protect"]
    assert rows[2]["body"]["counts"] == {"lines_moved": 1}


def test_cli_repair(_isolated_env: Path) -> None:
    env = {"MASK_AUDIT_SINKS": "jsonl"}
    for _ in range(2):
        assert run("protect", stdin=PII, **env).returncode == 0
    corrupt_last_line(_isolated_env)
    failed = run("protect", stdin=PII, **env)
    assert failed.returncode == 1 and "AuditCorruptError" in failed.stderr and "Traceback" not in failed.stderr
    out = run("audit", "repair", **env)
    assert out.returncode == 0 and "audit.jsonl.corrupt-" in out.stdout, (out.stdout, out.stderr)
    assert run("protect", stdin=PII, **env).returncode == 0
    verified = run("audit", "verify", **env)
    assert verified.returncode == 0 and "jsonl: ok" in verified.stdout, verified.stdout


@pytest.mark.parametrize("value", ["é" * 64, "\\ud800", "x"])
def test_hashes_and_heads_holding_any_text_are_tampered_not_exceptions(tmp_path: Path, value: str) -> None:
    with Mask(config(tmp_path, ["sqlite", "jsonl"])) as mask:
        for _ in range(2):
            mask.protect(PII)
    con = sqlite3.connect(tmp_path / "audit.sqlite3")
    con.execute("UPDATE audit SET hash = ? WHERE seq = 2", (value,))
    con.execute("UPDATE keyed_head SET mac = ?, hash = ?", (value, value))
    con.commit()
    con.close()
    head = tmp_path / "audit.jsonl.head"
    data = json.loads(head.read_text())
    data.update(hash=value, mac=value)
    head.write_text(json.dumps(data))
    with Mask(config(tmp_path, ["sqlite", "jsonl"])) as mask:
        mask.protect(PII)  # writing goes on; the damage stays visible
        for sink in mask.sinks:
            assert sink.verify().verdict == "tampered", sink.name
            assert sink.verify(anchor=f"1:{'0' * 64}").verdict == "tampered"


def test_repair_does_not_launder_a_truncation(tmp_path: Path) -> None:
    """Dropping two good records and adding one bad line: repair moves one line, two are lost."""
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        for _ in range(4):
            mask.protect(PII)
    path = tmp_path / "audit.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:2]) + b"{garbage\n")
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        assert mask.sinks[0].repair() is not None
        result = mask.sinks[0].verify()
    assert result.verdict == "tampered"
    assert any("truncated" in p for p in result.problems), result.problems
