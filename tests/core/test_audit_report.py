"""`mask audit report` and `mask audit export --jsonl`: counts for a window, the chain verdict,
and the records for a SIEM, with no plaintext."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask
from mask.core.audit import AuditRecord
from mask.core.audit_report import parse_since
from mask.core.cli import main
from mask.core.errors import MaskInputError

PII = ("bob@corp.com", "536-22-9841")
DAY = 86400.0


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["audit", *args])
    out = capsys.readouterr()
    return status, out.out + out.err


@pytest.fixture
def trail(_isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A week-old protect and refusal, then today's protect, reveals, a refusal and an error."""
    (_isolated_env.parent / "mask.toml").write_text('[tools.send_email]\nreveal = ["EMAIL_ADDRESS"]\n')
    with Mask() as mask:
        sink = mask.sinks[0]
        old = time.time() - 8 * DAY
        sink.write(AuditRecord("protect", "default", "crm", "api", {"US_SSN": 5}, kid=mask.keys.current, ts=old))
        sink.write(AuditRecord("reveal_refused", "default", "post", "reveal", {"US_SSN": 2}, outcome="policy",
                               kid=mask.keys.current, ts=old))  # fmt: skip
        safe = mask.protect({"email": PII[0], "ssn": PII[1]}, tool="crm")
        mask.reveal(safe, tool="send_email")
        mask.reveal(safe, tool="post")
        mask.vault.get_many = _down  # type: ignore[method-assign]
        with pytest.raises(Exception, match="vault down"):
            mask.protect("mail carol@corp.com", tool="crm")
    return _isolated_env


def _down(*_args: object) -> Any:
    from mask.core import MaskVaultError

    raise MaskVaultError("vault down")


def test_report_answers_which_types_reached_which_tools_and_what_was_refused(
    trail: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _cli(capsys, "report", "--since", "7d", "--json")
    assert status == 0, out
    report = json.loads(out)
    assert report["chain"] == {"verdict": "ok", "records": 7, "problems": []}
    assert report["records"] == 5  # the week-old two are outside the window
    tools = {(r["tool"], r["action"], r["entity_type"]): r["count"] for r in report["tools"]}
    assert tools == {
        ("crm", "protect", "EMAIL_ADDRESS"): 1,
        ("crm", "protect", "US_SSN"): 1,
        ("send_email", "reveal", "EMAIL_ADDRESS"): 1,
        ("send_email", "reveal_refused", "US_SSN"): 1,
        ("post", "reveal_refused", "EMAIL_ADDRESS"): 1,
        ("post", "reveal_refused", "US_SSN"): 1,
    }
    entities = {(r["entity_type"], r["action"]): r["count"] for r in report["entities"]}
    assert entities[("US_SSN", "reveal_refused")] == 2 and entities[("EMAIL_ADDRESS", "reveal")] == 1
    assert sum(r["count"] for r in report["detectors"]) == 2 and report["detectors"][0]["detector"]
    assert {(r["reason"], r["tool"]) for r in report["refusals"]} == {("policy", "send_email"), ("policy", "post")}
    assert report["errors"] == [{"error": "MaskVaultError", "tool": "crm", "count": 1}]
    status, everything = _cli(capsys, "report", "--json")
    assert json.loads(everything)["records"] == 7
    assert {(r["entity_type"], r["action"]): r["count"] for r in json.loads(everything)["entities"]}[
        ("US_SSN", "protect")
    ] == 6
    assert not [p for p in PII if p in out + everything]


def test_report_as_text_and_csv(trail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, text = _cli(capsys, "report", "--since", "1d")
    assert status == 0 and "chain OK (7 records)" in text and "5 records" in text
    assert "refusals:" in text and "MaskVaultError" in text and "send_email" in text
    status, out = _cli(capsys, "report", "--csv", "--since", "2026-01-01")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0] == {"sink": "sqlite", "section": "chain", "tool": "", "action": "", "entity_type": "",
                       "detector": "", "reason": "ok", "error": "", "count": "7"}  # fmt: skip
    assert {r["section"] for r in rows} == {"chain", "entities", "tools", "detectors", "refusals", "errors"}
    assert not [p for p in PII if p in text + out]


def test_report_of_a_tampered_trail_says_so_and_exits_1(trail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(trail / "audit.sqlite3")
    con.execute("UPDATE audit SET body = json_set(body, '$.counts.US_SSN', 0) WHERE seq = 3")
    assert con.total_changes == 1
    con.commit()
    con.close()
    status, out = _cli(capsys, "report", "--json")
    assert status == 1 and json.loads(out)["chain"]["verdict"] == "tampered"


def test_export_jsonl_for_a_siem(trail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _cli(capsys, "export", "--jsonl", "--since", "24h")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["action"] for r in records] == ["protect", "reveal", "reveal_refused", "reveal_refused", "error"]
    assert [r["seq"] for r in records] == [3, 4, 5, 6, 7] and all(r["sink"] == "sqlite" for r in records)
    assert records[0]["tool"] == "crm" and records[0]["counts"] == {"EMAIL_ADDRESS": 1, "US_SSN": 1}
    assert not [p for p in PII if p in out]
    status, out = _cli(capsys, "export", "--since", "24h")
    assert status == 2  # --jsonl is the one format, and it is asked for


def test_bad_since_and_sink_are_usage_errors(trail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(capsys, "report", "--since", "yesterday")[0] == 2
    assert _cli(capsys, "report", "--sink", "nope")[0] == 2
    now = 1_000_000.0
    assert parse_since("2h", now) == now - 7200 and parse_since("1w", now) == now - 604800
    assert parse_since("1970-01-02") == DAY and parse_since("1970-01-01T01:00+01:00") == 0
    with pytest.raises(MaskInputError):
        parse_since("-3d")
