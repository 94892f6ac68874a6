"""A key change is not tampering: records under a key the ring lacks are `unverifiable`."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask
from mask.core.keys import KeyRing, generate_key

PII = "bob@corp.com"
MASK = [sys.executable, "-m", "mask.core.cli"]


def config(tmp_path: Path, sinks: list[str]) -> dict[str, Any]:
    return {
        "vault": {"backend": "memory"},
        "audit": {"sinks": sinks, "path": str(tmp_path / "audit.sqlite3"), "jsonl_path": str(tmp_path / "audit.jsonl")},
    }


def run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MASK, *args], input=stdin, capture_output=True, text=True, env={**os.environ, **env})


@pytest.mark.parametrize("sink", ["sqlite", "jsonl"])
def test_records_under_an_unknown_key_are_unverifiable_not_tampered(tmp_path: Path, sink: str) -> None:
    old, new = generate_key(), generate_key()
    old_kid, new_kid = old.partition(":")[0], new.partition(":")[0]
    with Mask(config(tmp_path, [sink]), keys=KeyRing.from_strings(old)) as mask:
        mask.protect(f"mail {PII}")
    with Mask(config(tmp_path, [sink]), keys=KeyRing.from_strings(new)) as mask:
        mask.protect(f"mail {PII}")
        result = mask.sinks[0].verify()
    assert result.verdict == "unverifiable" and not result.ok
    assert result.problems == []
    assert old_kid in result.unknown_kids and new_kid not in result.unknown_kids
    with Mask(config(tmp_path, [sink]), keys=KeyRing.from_strings(old)) as mask:
        assert new_kid in mask.sinks[0].verify().unknown_kids
    with Mask(config(tmp_path, [sink]), keys=KeyRing.from_strings(new, [old])) as mask:
        result = mask.sinks[0].verify()
    assert result.verdict == "ok" and result.ok and result.count == 2, result


def test_an_edit_is_still_tampered_when_other_records_are_unverifiable(tmp_path: Path) -> None:
    old, new = generate_key(), generate_key()
    with Mask(config(tmp_path, ["sqlite"]), keys=KeyRing.from_strings(old)) as mask:
        mask.protect(PII)
    with Mask(config(tmp_path, ["sqlite"]), keys=KeyRing.from_strings(new)) as mask:
        mask.protect(PII)
    con = sqlite3.connect(tmp_path / "audit.sqlite3")
    con.execute("UPDATE audit SET body = replace(body, 'protect', 'reveal') WHERE seq = 2")
    con.commit()
    con.close()
    with Mask(config(tmp_path, ["sqlite"]), keys=KeyRing.from_strings(new)) as mask:
        result = mask.sinks[0].verify()
    assert result.verdict == "tampered"
    assert any("record 2" in p for p in result.problems)


def test_a_key_change_without_old_keys_warns_once_without_plaintext(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    old, new = generate_key(), generate_key()
    with Mask(config(tmp_path, ["sqlite", "jsonl"]), keys=KeyRing.from_strings(old)) as mask:
        mask.protect(PII)
    caplog.set_level(logging.WARNING)
    with Mask(config(tmp_path, ["sqlite", "jsonl"]), keys=KeyRing.from_strings(new, [old])) as mask:
        mask.protect(PII)
    assert not [r for r in caplog.records if "MASK_OLD_KEYS" in r.getMessage()]
    with Mask(config(tmp_path, ["sqlite", "jsonl"]), keys=KeyRing.from_strings(new)) as mask:
        mask.protect(PII)
        mask.protect("carol@corp.com")
    warnings = [r.getMessage() for r in caplog.records if "MASK_OLD_KEYS" in r.getMessage()]
    assert len(warnings) == 2  # one per sink, not one per write
    old_kid = old.partition(":")[0]
    assert all(old_kid in w and PII not in w and old.partition(":")[2] not in w for w in warnings)


def test_cli_key_file_then_mask_key_is_unverifiable_with_the_fix(_isolated_env: Path) -> None:
    assert run("protect", stdin=f"mail {PII}").returncode == 0  # creates the key file
    new = run("keygen").stdout.strip().splitlines()[-1]
    assert run("protect", stdin=f"mail {PII}", MASK_KEY=new).returncode == 0
    for env in ({}, {"MASK_KEY": new}):
        out = run("audit", "verify", **env)
        assert out.returncode == 3, (out.stdout, out.stderr)
        assert "UNVERIFIABLE" in out.stdout and "TAMPERED" not in out.stdout
        assert "MASK_OLD_KEYS" in out.stdout and "Traceback" not in out.stderr
    stored = json.loads((_isolated_env / "key.json").read_text())
    old = f"{stored['current']}:{stored['keys'][stored['current']]}"
    out = run("audit", "verify", MASK_KEY=new, MASK_OLD_KEYS=old)
    assert out.returncode == 0 and "sqlite: ok (2 records)" in out.stdout, out.stdout
