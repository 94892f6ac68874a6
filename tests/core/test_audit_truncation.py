"""Deleting the newest audit records is detected: a keyed head, and an anchor kept elsewhere."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask
from mask.core.audit import GENESIS, AuditRecord, VerifyResult, chain_hash
from mask.core.keys import KeyRing, generate_key

KEY = generate_key()


def config(tmp_path: Path, sinks: list[str]) -> dict[str, Any]:
    return {
        "vault": {"backend": "memory"},
        "audit": {"sinks": sinks, "path": str(tmp_path / "audit.sqlite3"), "jsonl_path": str(tmp_path / "audit.jsonl")},
    }


def open_mask(tmp_path: Path, sink: str, key: str = KEY) -> Mask:
    return Mask(config(tmp_path, [sink]), keys=KeyRing.from_strings(key))


def write(tmp_path: Path, sink: str, n: int, key: str = KEY) -> None:
    with open_mask(tmp_path, sink, key) as mask:
        for i in range(n):
            mask.protect(f"user{i}@corp.com")


def verify(tmp_path: Path, sink: str, key: str = KEY, **kwargs: Any) -> VerifyResult:
    with open_mask(tmp_path, sink, key) as mask:
        return mask.sinks[0].verify(**kwargs)


def sql(tmp_path: Path, *statements: str) -> None:
    con = sqlite3.connect(tmp_path / "audit.sqlite3")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def drop_last_sqlite_row(tmp_path: Path) -> None:
    """The attack of the issue: delete the last row, set the unkeyed head back."""
    sql(
        tmp_path,
        "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
        "UPDATE head SET seq = (SELECT max(seq) FROM audit), hash = (SELECT hash FROM audit ORDER BY seq DESC LIMIT 1)",
    )


def drop_last_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-1]))


DROP = {"sqlite": drop_last_sqlite_row, "jsonl": drop_last_jsonl_line}


@pytest.mark.parametrize("sink", ["sqlite", "jsonl"])
def test_dropping_the_newest_record_is_tampering(tmp_path: Path, sink: str) -> None:
    write(tmp_path, sink, 3)
    assert verify(tmp_path, sink).verdict == "ok"
    DROP[sink](tmp_path)
    result = verify(tmp_path, sink)
    assert result.verdict == "tampered" and result.count == 2
    assert any("truncated" in p for p in result.problems), result.problems


@pytest.mark.parametrize("sink", ["sqlite", "jsonl"])
def test_the_next_write_does_not_launder_a_truncation(tmp_path: Path, sink: str) -> None:
    write(tmp_path, sink, 3)
    DROP[sink](tmp_path)
    write(tmp_path, sink, 1)
    result = verify(tmp_path, sink)
    assert result.verdict == "tampered", result
    assert any("missing" in p or "truncated" in p for p in result.problems), result.problems


def test_deleting_the_keyed_head_is_tampering(tmp_path: Path) -> None:
    write(tmp_path, "sqlite", 3)
    drop_last_sqlite_row(tmp_path)
    sql(tmp_path, "DELETE FROM keyed_head")
    assert verify(tmp_path, "sqlite").verdict == "tampered"
    write(tmp_path, "sqlite", 1)
    assert verify(tmp_path, "sqlite").verdict == "tampered"


def test_a_head_forged_under_an_invented_key_id_never_verifies(tmp_path: Path) -> None:
    write(tmp_path, "jsonl", 3)
    drop_last_jsonl_line(tmp_path)
    last = json.loads((tmp_path / "audit.jsonl").read_text().splitlines()[-1])
    head = tmp_path / "audit.jsonl.head"
    forged = json.loads(head.read_text())
    forged.update(seq=last["seq"], hash=last["hash"], kid="kforged0", mac="0" * 64)
    head.write_text(json.dumps(forged))
    assert verify(tmp_path, "jsonl").verdict != "ok"
    write(tmp_path, "jsonl", 1)
    result = verify(tmp_path, "jsonl")
    assert result.verdict != "ok" and "kforged0" in result.unknown_kids


@pytest.mark.parametrize("sink", ["sqlite", "jsonl"])
def test_an_anchored_head_catches_a_rollback_of_every_file(tmp_path: Path, sink: str) -> None:
    write(tmp_path, sink, 2)
    saved = tmp_path / "saved"
    saved.mkdir()
    for f in tmp_path.glob("audit*"):
        shutil.copy2(f, saved / f.name)
    write(tmp_path, sink, 2)
    with open_mask(tmp_path, sink) as mask:
        anchor = mask.sinks[0].head_digest()
    assert anchor.startswith("4:")
    assert verify(tmp_path, sink, anchor=anchor).verdict == "ok"
    for f in tmp_path.glob("audit*"):
        f.unlink()
    for f in saved.iterdir():
        shutil.copy2(f, tmp_path / f.name)
    assert verify(tmp_path, sink).verdict == "ok"  # what no local check can see (documented)
    result = verify(tmp_path, sink, anchor=anchor)
    assert result.verdict == "tampered"
    assert any("anchor" in p for p in result.problems), result.problems
    write(tmp_path, sink, 3)  # a trail that grew past the anchor still holds it
    assert verify(tmp_path, sink, anchor=anchor).verdict == "tampered"


def test_a_trail_that_extends_the_anchor_verifies(tmp_path: Path) -> None:
    write(tmp_path, "sqlite", 2)
    with open_mask(tmp_path, "sqlite") as mask:
        anchor = mask.sinks[0].head_digest()
    write(tmp_path, "sqlite", 3)
    assert verify(tmp_path, "sqlite", anchor=anchor).verdict == "ok"
    with pytest.raises(ValueError):
        verify(tmp_path, "sqlite", anchor="not a digest")


def legacy_sqlite_trail(tmp_path: Path, n: int) -> None:
    """A trail as the previous release wrote it: chained rows and an unkeyed head only."""
    keys = KeyRing.from_strings(KEY)
    mac_key = keys.derive("audit-chain", kid=keys.current)
    con = sqlite3.connect(tmp_path / "audit.sqlite3")
    con.execute(
        "CREATE TABLE audit (seq INTEGER PRIMARY KEY, body TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL)"
    )
    con.execute("CREATE TABLE head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL)")
    prev = GENESIS
    for seq in range(1, n + 1):
        body = AuditRecord("protect", "default", kid=keys.current).as_dict()
        digest = chain_hash(mac_key, prev, seq, body)
        con.execute("INSERT INTO audit VALUES (?, ?, ?, ?)", (seq, json.dumps(body, sort_keys=True), prev, digest))
        con.execute("INSERT OR REPLACE INTO head VALUES (1, ?, ?)", (seq, digest))
        prev = digest
    con.commit()
    con.close()


def test_a_trail_of_the_previous_release_migrates_on_the_next_write(tmp_path: Path) -> None:
    legacy_sqlite_trail(tmp_path, 3)
    result = verify(tmp_path, "sqlite")
    assert result.problems == [] and result.verdict == "unverifiable"
    assert any("keyed head" in n for n in result.notes), result.notes
    write(tmp_path, "sqlite", 1)
    result = verify(tmp_path, "sqlite")
    assert result.verdict == "ok" and result.count == 4, result
    drop_last_sqlite_row(tmp_path)
    assert verify(tmp_path, "sqlite").verdict == "tampered"


def test_deleting_the_whole_jsonl_file_is_tampering(tmp_path: Path) -> None:
    write(tmp_path, "jsonl", 2)
    (tmp_path / "audit.jsonl").unlink()
    result = verify(tmp_path, "jsonl")
    assert result.verdict == "tampered" and result.count == 0, result
