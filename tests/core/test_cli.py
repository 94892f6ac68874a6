"""The `mask` command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mask.core.keys import parse_key

MASK = [sys.executable, "-m", "mask.core.cli"]


def run(*args: str, stdin: str | bytes = "", **env: str) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run([*MASK, *args], input=data, capture_output=True, env={**os.environ, **env})
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_protect_pipe_reveal_round_trip_across_processes() -> None:
    protected = run("protect", stdin="mail bob@corp.com\n")
    assert protected.returncode == 0, protected.stderr
    assert "bob@corp.com" not in protected.stdout
    revealed = run("reveal", stdin=protected.stdout)
    assert revealed.returncode == 0 and revealed.stdout == "mail bob@corp.com\n"


def test_shell_pipeline_from_the_issue(_isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MASK_DISABLE_PLUGINS")  # every installed plugin, NER included, as a user runs it
    # Both processes start at once and create the key file, vault and audit log together.
    out = subprocess.run(
        ["bash", "-o", "pipefail", "-c", "echo 'mail bob@corp.com' | mask protect | mask reveal"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == "mail bob@corp.com\n"


def test_scan_jsonl_contract(tmp_path: Path) -> None:
    records = [{"id": 1, "text": "a bob@corp.com b"}, {"id": "x", "text": "nothing"}, {"id": None, "text": "é c@d.io"}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = run("scan", "--jsonl", str(path))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["id"] for line in lines] == [1, "x", None]
    span = lines[0]["spans"][0]
    assert set(span) == {"start", "end", "type", "score", "detector"}
    assert (span["start"], span["end"], span["type"]) == (2, 14, "EMAIL_ADDRESS")
    assert lines[1]["spans"] == []
    assert lines[2]["spans"][0]["start"] == 2  # Python string indices, not bytes


def test_protect_and_reveal_jsonl_and_json(tmp_path: Path) -> None:
    protected = run("protect", "--jsonl", stdin='{"id": 7, "text": "to bob@corp.com"}\n')
    line = json.loads(protected.stdout)
    assert line["id"] == 7 and "bob@corp.com" not in line["text"]
    doc = run("protect", "--json", stdin='{"to": ["bob@corp.com"], "n": 1}')
    parsed = json.loads(doc.stdout)
    assert parsed["n"] == 1 and "bob@corp.com" not in doc.stdout
    back = run("reveal", "--json", stdin=doc.stdout)
    assert json.loads(back.stdout) == {"to": ["bob@corp.com"], "n": 1}


def test_reveal_respects_tool_policy(tmp_path: Path) -> None:
    config = tmp_path / "mask.toml"
    config.write_text('[tools.send_email]\nreveal = ["EMAIL_ADDRESS"]\n')
    token = run("protect", "--config", str(config), stdin="bob@corp.com").stdout
    assert run("reveal", "--config", str(config), "--tool", "send_email", stdin=token).stdout == "bob@corp.com"
    assert run("reveal", "--config", str(config), "--tool", "tweet", stdin=token).stdout == token


@pytest.mark.parametrize(
    ("args", "stdin", "code", "needle"),
    [
        (["protect", "--jsonl"], "not json\n", 1, "line 1 is not valid JSON"),
        (["protect", "--jsonl"], '{"id": 1}\n', 1, "line 1 is not a record"),
        (["protect"], b"\xff\xfe bob@corp.com", 1, "not valid UTF-8"),
        (["protect", "--json"], "{bad", 1, "not valid JSON"),
        (["protect", "/does/not/exist"], "", 2, "cannot read"),
        (["frobnicate"], "", 2, "invalid choice"),
        (["protect", "--config", "/nope.toml"], "", 2, "config file not found"),
    ],
)
def test_errors_have_exit_codes_and_no_plaintext(args: list[str], stdin: str | bytes, code: int, needle: str) -> None:
    out = run(*args, stdin=stdin)
    assert out.returncode == code, out.stderr
    assert needle in out.stderr
    assert "bob@corp.com" not in out.stderr and out.stdout == ""


def test_config_from_env_and_bad_config_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[mask]\nwhat = 1\n")
    out = run("protect", stdin="x", MASK_CONFIG=str(bad))
    assert out.returncode == 2 and "unknown key mask.what" in out.stderr


def test_policy_check(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('[tools.send_email]\nreveal = ["EMAIL_ADDRESS"]\n')
    ok = run("policy", "check", str(good))
    assert ok.returncode == 0 and "send_email" in ok.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text('[tools.send_email]\nreveals = ["EMAIL_ADDRESS"]\n')
    out = run("policy", "check", str(bad))
    assert out.returncode == 2 and "unknown key tools.send_email.reveals; allowed: reveal" in out.stderr


def test_keygen_prints_a_usable_key_last() -> None:
    out = run("keygen")
    assert out.returncode == 0
    key = out.stdout.strip().splitlines()[-1]
    _kid, material = parse_key(key)
    assert len(material) == 32
    protected = run("protect", stdin="bob@corp.com", MASK_KEY=key, MASK_STRICT_KEYS="1")
    assert protected.returncode == 0 and protected.stdout != "bob@corp.com"
    other = run("reveal", stdin=protected.stdout, MASK_KEY=run("keygen").stdout.strip().splitlines()[-1])
    assert other.stdout == protected.stdout  # another key cannot reveal it


def test_audit_verify_detects_tampering(_isolated_env: Path) -> None:
    run("protect", stdin="bob@corp.com")
    run("protect", stdin="carol@corp.com")
    ok = run("audit", "verify")
    assert ok.returncode == 0 and "sqlite: ok (2 records)" in ok.stdout
    con = sqlite3.connect(_isolated_env / "audit.sqlite3")
    con.execute("UPDATE audit SET body = replace(body, 'protect', 'reveal') WHERE seq = 1")
    con.commit()
    con.close()
    bad = run("audit", "verify")
    assert bad.returncode == 1 and "TAMPERED" in bad.stdout and "record 1" in bad.stdout


def test_plugins_lists_builtins() -> None:
    out = run("plugins")
    assert out.returncode == 0
    for name in ("email", "sqlite-vault", "audit-sinks", "key-provider"):
        assert name in out.stdout


def test_forget_scope(tmp_path: Path) -> None:
    token = run("protect", "--scope", "tenant-9", stdin="bob@corp.com").stdout
    assert run("reveal", "--scope", "tenant-9", stdin=token).stdout == "bob@corp.com"
    out = run("forget", "--scope", "tenant-9")
    assert out.returncode == 0 and "erased" in out.stdout
    assert run("reveal", "--scope", "tenant-9", stdin=token).stdout == token


def test_lone_surrogates_in_json_input_give_valid_json_out() -> None:
    out = run("protect", "--json", stdin='{"t": "\\ud800 bob@corp.com"}')
    assert out.returncode == 0, out.stderr
    assert "bob@corp.com" not in out.stdout and "\\ud800" in out.stdout
    back = run("reveal", "--json", stdin=out.stdout)
    assert json.loads(back.stdout) == {"t": "\ud800 bob@corp.com"}


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": f"u{i}@corp.com"}) + "\n" for i in range(50)))
    leader, follower = pty.openpty()
    proc = subprocess.run(
        [*MASK, "protect", "--jsonl", str(path)], stdout=subprocess.PIPE, stderr=follower, env=dict(os.environ)
    )
    os.close(follower)
    chunks = []
    try:
        while data := os.read(leader, 65536):
            chunks.append(data)
    except OSError:
        pass
    os.close(leader)
    assert proc.returncode == 0
    assert len(proc.stdout.decode().splitlines()) == 50
    assert b"records" in b"".join(chunks)  # rich drew the progress bar on the terminal


def test_forget_value_from_argument_and_stdin() -> None:
    token = run("protect", stdin="bob@corp.com").stdout
    other = run("protect", stdin="carol@corp.com").stdout
    out = run("forget", "bob@corp.com")
    assert out.returncode == 0 and out.stdout.startswith("erased 1 record")
    assert "bob@corp.com" not in out.stderr
    assert run("reveal", stdin=token).stdout == token
    assert run("reveal", stdin=other).stdout == "carol@corp.com"
    via_stdin = run("forget", "-", "--type", "EMAIL_ADDRESS", stdin="carol@corp.com\n")
    assert via_stdin.stdout.startswith("erased 1 record")
    assert run("reveal", stdin=other).stdout == other


def test_forget_needs_a_value_or_a_scope() -> None:
    out = run("forget")
    assert out.returncode == 2 and "VALUE" in out.stderr
