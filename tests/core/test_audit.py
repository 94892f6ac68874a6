"""The audit trail: every protect and reveal recorded, hash-chained, without plaintext."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask

PII = "bob@corp.com"


def config(tmp_path: Path, sinks: list[str]) -> dict[str, Any]:
    return {
        "vault": {"backend": "memory"},
        "audit": {"sinks": sinks, "path": str(tmp_path / "audit.sqlite3"), "jsonl_path": str(tmp_path / "audit.jsonl")},
        "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
    }


def exercise(mask: Mask) -> None:
    token = mask.protect(f"mail {PII}")
    mask.reveal(token, tool="send_email")
    mask.reveal(token, tool="unlisted")
    mask.reveal(token)


def test_sqlite_and_jsonl_record_every_operation_without_plaintext(tmp_path: Path) -> None:
    with Mask(config(tmp_path, ["sqlite", "jsonl"])) as mask:
        exercise(mask)
        sqlite_sink, jsonl_sink = mask.sinks
        records = sqlite_sink.records()
        assert [r["action"] for r in records] == ["protect", "reveal", "reveal_refused", "reveal"]
        assert records[1]["tool"] == "send_email" and records[2]["tool"] == "unlisted"
        assert records[0]["counts"] == {"EMAIL_ADDRESS": 1}
        assert records[0]["tokens"] == records[1]["tokens"] and len(records[0]["tokens"][0]) == 16
        assert sqlite_sink.verify().ok and jsonl_sink.verify().ok
        token = mask.protect(PII)
    raw = (tmp_path / "audit.sqlite3").read_bytes() + (tmp_path / "audit.jsonl").read_bytes()
    assert PII.encode() not in raw
    assert token.encode() not in raw  # only keyed fingerprints of tokens


def edit_row(db: Path, sql: str, *args: Any) -> None:
    con = sqlite3.connect(db)
    con.execute(sql, args)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        (
            "UPDATE audit SET body = replace(body, '\"reveal_refused\"', '\"reveal\"') WHERE seq = 3",
            "record 3: content",
        ),
        ("DELETE FROM audit WHERE seq = 2", "record 2..2 missing"),
        ("DELETE FROM audit WHERE seq = 4", "truncated"),
    ],
)
def test_sqlite_verify_detects_edited_and_deleted_rows(tmp_path: Path, sql: str, problem: str) -> None:
    with Mask(config(tmp_path, ["sqlite"])) as mask:
        exercise(mask)
    edit_row(tmp_path / "audit.sqlite3", sql)
    with Mask(config(tmp_path, ["sqlite"])) as mask:
        result = mask.sinks[0].verify()
    assert not result.ok
    assert any(problem in p for p in result.problems), result.problems


def test_jsonl_verify_detects_edits_and_deletions(tmp_path: Path) -> None:
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        exercise(mask)
        assert mask.sinks[0].verify().count == 4
    path = tmp_path / "audit.jsonl"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:1] + lines[2:]) + "\n")
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        assert not mask.sinks[0].verify().ok
    row = json.loads(lines[1])
    row["body"]["tool"] = "someone_else"
    path.write_text("\n".join([lines[0], json.dumps(row), *lines[2:]]) + "\n")
    with Mask(config(tmp_path, ["jsonl"])) as mask:
        assert any("edited" in p for p in mask.sinks[0].verify().problems)


def _writer(cfg: dict[str, Any], n: int) -> None:
    with Mask(cfg) as mask:
        for i in range(n):
            mask.protect(f"user{i}@corp.com")


def test_several_processes_share_one_chain(tmp_path: Path) -> None:
    cfg = config(tmp_path, ["sqlite", "jsonl"])
    with Mask(cfg):
        pass  # creates the key file before the workers race for it
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(cfg, 15)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with Mask(cfg) as mask:
        for sink in mask.sinks:
            result = sink.verify()
            assert result.ok and result.count == 45, (sink.name, result.problems)


def test_fingerprints_are_hmac_sha256_computed_when_read_then_the_tokens_are_dropped() -> None:
    import hmac
    import threading

    from mask.core.audit import AuditRecord, Fingerprints, fingerprint

    key, tokens = b"k" * 32, ["<EMAIL_ADDRESS:0001>", "<EMAIL_ADDRESS:0001>", "<PERSON:\ud800x>"]
    expected = tuple(
        sorted({hmac.digest(key, t.encode("utf-8", "surrogatepass"), "sha256").hex()[:16] for t in tokens})
    )
    assert fingerprint(key, tokens[0]) == hmac.new(key, tokens[0].encode(), "sha256").hexdigest()[:16]
    long_key = b"L" * 100  # longer than the SHA-256 block: hashed first, as HMAC does
    assert fingerprint(long_key, "x") == hmac.new(long_key, b"x", "sha256").hexdigest()[:16]
    prints = Fingerprints(key, tokens)
    assert prints._prints is None and prints._tokens == frozenset(tokens)  # nothing computed yet
    seen: list[tuple[str, ...]] = []
    threads = [threading.Thread(target=lambda: seen.append(tuple(prints))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [expected] * 8 and prints == expected and len(prints) == 2 and prints[0] == expected[0]
    assert prints._tokens is None  # dropped once fingerprinted
    assert "EMAIL" not in repr(prints) and "PERSON" not in repr(prints)
    record = AuditRecord("protect", "default", tokens=Fingerprints(key, tokens))
    assert record.as_dict()["tokens"] == list(expected) and "EMAIL" not in repr(record)
    pickled = pickle.dumps(AuditRecord("protect", "default", tokens=Fingerprints(key, tokens)))
    assert key not in pickled and b"EMAIL" not in pickled  # travels as the fingerprints
    assert pickle.loads(pickled).tokens == expected


def test_a_batch_chains_exactly_as_records_written_one_by_one(tmp_path: Path) -> None:
    """write_many reads the link once and chains in memory: the same rows and head as one
    write per record, also when the head was deleted before the batch (head_before)."""
    from mask.core.audit import AuditRecord
    from mask.core.builtin.audit_sinks import JSONLAuditSink, SQLiteAuditSink
    from mask.core.keys import KeyRing

    keys = KeyRing("k2", {"k1": b"1" * 32, "k2": b"2" * 32})
    records = [
        AuditRecord("protect", "s", "crm", "api", {"EMAIL_ADDRESS": n}, ("0" * 16,), kid=("k1", "k2")[n % 2], ts=n)
        for n in range(7)
    ]

    def trail(where: Path, batched: bool) -> tuple[object, ...]:
        where.mkdir()

        def sinks_at() -> list[Any]:
            return [SQLiteAuditSink(where / "a.sqlite3", keys), JSONLAuditSink(where / "a.jsonl", keys)]

        for sink in sinks_at():
            for record in records[:2]:
                sink.write(record)
            sink.close()
        edit_row(where / "a.sqlite3", "DELETE FROM keyed_head")
        (where / "a.jsonl.head").unlink()
        sinks = sinks_at()
        for sink in sinks:
            if batched:
                sink.write_many(records[2:])
            else:
                for record in records[2:]:
                    sink.write(record)
        verdicts = [(result.verdict, result.problems) for result in (sink.verify() for sink in sinks)]
        for sink in sinks:
            sink.close()
        con = sqlite3.connect(where / "a.sqlite3")
        rows = con.execute("SELECT * FROM audit ORDER BY seq").fetchall()
        heads = con.execute("SELECT * FROM keyed_head").fetchall(), con.execute("SELECT * FROM kids").fetchall()
        con.close()
        return verdicts, rows, heads, (where / "a.jsonl").read_bytes(), (where / "a.jsonl.head").read_bytes()

    one_by_one, batched = trail(tmp_path / "one", False), trail(tmp_path / "batch", True)
    assert batched == one_by_one
    assert json.loads(batched[1][2][1])["head_before"] == "missing"  # the first record of the batch
    assert all(verdict == "tampered" for verdict, _ in batched[0])  # records written after the head was deleted


def test_a_batch_larger_than_one_insert_is_chained_whole(tmp_path: Path) -> None:
    from mask.core.audit import AuditRecord
    from mask.core.builtin.audit_sinks import SQLiteAuditSink
    from mask.core.keys import KeyRing

    sink = SQLiteAuditSink(tmp_path / "a.sqlite3", KeyRing("k", {"k": b"k" * 32}))
    sink.write_many([AuditRecord("protect", "s", counts={"EMAIL_ADDRESS": n}) for n in range(450)])
    sink.write(AuditRecord("protect", "s"))
    result = sink.verify()
    assert (result.verdict, result.count) == ("ok", 451)
    assert [r["counts"].get("EMAIL_ADDRESS") for r in sink.records()][:450] == list(range(450))
    sink.close()


def test_the_stored_body_is_the_hashed_text_and_bodies_of_older_versions_still_verify(tmp_path: Path) -> None:
    """A sink stores the canonical JSON it hashed (one encoding per record); trails written
    with the older spaced formatting verify, and new records chain after them."""
    with Mask(config(tmp_path, ["sqlite", "jsonl"])) as mask:
        exercise(mask)
    con = sqlite3.connect(tmp_path / "audit.sqlite3")
    bodies = [body for (body,) in con.execute("SELECT body FROM audit ORDER BY seq")]
    assert bodies and all(b == json.dumps(json.loads(b), sort_keys=True, separators=(",", ":")) for b in bodies)
    for seq, body in enumerate(bodies, 1):  # as older versions wrote them: same record, spaced text
        con.execute("UPDATE audit SET body = ? WHERE seq = ?", (json.dumps(json.loads(body), sort_keys=True), seq))
    con.commit()
    con.close()
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()
    assert all(json.loads(line)["hash"] in line for line in lines)
    (tmp_path / "audit.jsonl").write_text(
        "".join(json.dumps(json.loads(line), sort_keys=True) + "\n" for line in lines)
    )
    with Mask(config(tmp_path, ["sqlite", "jsonl"])) as mask:
        assert [(s.verify().verdict, s.verify().count) for s in mask.sinks] == [("ok", 4), ("ok", 4)]
        exercise(mask)
        assert [(s.verify().verdict, s.verify().count) for s in mask.sinks] == [("ok", 8), ("ok", 8)]
        kept, added = (tmp_path / "audit.jsonl").read_text().splitlines()[3:5]
        assert kept.startswith('{"body": {') and added.startswith('{"body":{')  # older lines kept as they were
