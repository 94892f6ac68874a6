"""No traceback from any `mask` command on any input.

Every subcommand gets hostile input: JSON nested deeper than the interpreter parses, input
over ``mask.max_input_chars``, invalid UTF-8, malformed JSON and JSON lines, an empty file,
a missing file. Each error must be one line on stderr, carry no plaintext (a canary value
planted in the input never reaches stderr) and use the documented exit status: 0 ok,
1 runtime error, 2 usage or configuration error. Most cases run ``main()`` in-process with
a replaced stdin; a few run the installed ``mask`` entry point.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mask.core.cli import main

CANARY = "zq.canary.7731@example.org"
CANARY_PARTS = ("zq.canary", "7731@example")
DEEP = ("[" * 10_000 + '"' + CANARY + '"' + "]" * 10_000).encode()
BINARY = b"\xff\xfe\x00" + CANARY.encode() + b"\x80\xc3\x28"
MALFORMED_JSON = ('{"email": "' + CANARY + '", "n": [1, 2,').encode()
MALFORMED_JSONL = ('{"id": 1, "text": "' + CANARY + '"}\n' + '["' + CANARY + '"]\n').encode()
LONG_NUMBER = ("[" + "7" * 5_000 + ', "' + CANARY + '"]').encode()
SMALL_LIMIT = 1_000
HUGE_TEXT = ("mail " + CANARY + " ") * 60  # over SMALL_LIMIT


def run(argv: list[str], stdin: bytes, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capfd.readouterr()
    return code, out, err


def assert_clean(code: int, err: str, expected: int) -> None:
    assert code == expected, err
    assert "Traceback" not in err
    assert not any(part in err for part in CANARY_PARTS), err
    if expected == 0:
        assert all(line.startswith("mask: warning: ") for line in err.splitlines()), err
    else:
        assert err.count("\n") == 1 and err.endswith("\n") and err.startswith("mask: "), err


@pytest.fixture
def small_config(tmp_path: Path) -> str:
    path = tmp_path / "small.toml"
    path.write_text(f"[mask]\nmax_input_chars = {SMALL_LIMIT}\n", encoding="utf-8")
    return str(path)


TRANSFORMS = ["scan", "protect", "reveal"]
MODES = [[], ["--json"], ["--jsonl"]]


def _expected(command: str, mode: list[str], payload: str) -> int:
    """The exit status of ``command`` in ``mode`` on ``payload``."""
    if command == "scan" and mode == ["--json"]:
        return 2  # scan takes text or --jsonl records
    if payload == "empty":
        return 1 if mode == ["--json"] else 0
    if payload in ("deep", "long-number", "malformed-json", "malformed-jsonl"):
        return 0 if mode == [] else 1  # as text, they are only text
    return 1  # binary


PAYLOADS = {
    "deep": DEEP,
    "binary": BINARY,
    "malformed-json": MALFORMED_JSON,
    "malformed-jsonl": MALFORMED_JSONL,
    "long-number": LONG_NUMBER,
    "empty": b"",
}


@pytest.mark.parametrize("payload", sorted(PAYLOADS))
@pytest.mark.parametrize("mode", MODES, ids=["text", "json", "jsonl"])
@pytest.mark.parametrize("command", TRANSFORMS)
def test_transforms_on_hostile_stdin(
    command: str, mode: list[str], payload: str, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run([command, *mode], PAYLOADS[payload], capfd, monkeypatch)
    assert_clean(code, err, _expected(command, mode, payload))
    if command == "protect" and code == 0:
        assert CANARY not in out  # protected, never passed through


@pytest.mark.parametrize("payload", sorted(PAYLOADS))
@pytest.mark.parametrize("mode", MODES, ids=["text", "json", "jsonl"])
@pytest.mark.parametrize("command", TRANSFORMS)
def test_transforms_on_hostile_files(
    command: str,
    mode: list[str],
    payload: str,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "input"
    path.write_bytes(PAYLOADS[payload])
    code, _, err = run([command, *mode, str(path)], b"", capfd, monkeypatch)
    assert_clean(code, err, _expected(command, mode, payload))


@pytest.mark.parametrize("mode", MODES, ids=["text", "json", "jsonl"])
@pytest.mark.parametrize("command", TRANSFORMS)
def test_transforms_on_input_over_max_input_chars(
    command: str, mode: list[str], small_config: str, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    if mode == ["--json"]:
        data = json.dumps({"note": HUGE_TEXT})
    elif mode == ["--jsonl"]:
        data = json.dumps({"id": 1, "text": HUGE_TEXT}) + "\n"
    else:
        data = HUGE_TEXT
    code, out, err = run([command, *mode, "--config", small_config], data.encode(), capfd, monkeypatch)
    assert_clean(code, err, 2 if command == "scan" and mode == ["--json"] else 1)
    assert CANARY not in out
    if code == 1:
        assert "max_input_chars" in err


@pytest.mark.parametrize("command", TRANSFORMS)
@pytest.mark.parametrize("target", ["missing", "directory"])
def test_transforms_on_a_file_that_cannot_be_read(
    command: str, target: str, tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / CANARY if target == "missing" else tmp_path
    code, _, err = run([command, str(path)], b"", capfd, monkeypatch)
    assert_clean(code, err, 2)  # the file name is not echoed either


def test_the_issue_repro_in_process(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    deep = ("[" * 10_000 + "1" + "]" * 10_000 + "\n").encode()
    for mode in ("--json", "--jsonl"):
        code, _, err = run(["protect", mode], deep, capfd, monkeypatch)
        assert_clean(code, err, 1)
        assert "nested too deeply" in err


def test_nesting_the_parser_accepts_but_the_engine_refuses(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(["protect", "--json"], ("[" * 300 + "1" + "]" * 300).encode(), capfd, monkeypatch)
    assert_clean(code, err, 1)
    assert "max_depth" in err


HOSTILE_CONFIGS = {
    "deep": ("a = " + "[" * 5_000 + "]" * 5_000 + "\n").encode(),
    "binary": BINARY,
    "malformed": b'[mask]\nscope = "' + CANARY.encode() + b"\n[[[",
    "unknown-key": b'[mask]\nno_such_key = "' + CANARY.encode() + b'"\n',
}


@pytest.mark.parametrize("config", sorted(HOSTILE_CONFIGS))
@pytest.mark.parametrize(
    "argv",
    [["plugins"], ["protect"], ["scan"], ["reveal"], ["audit", "verify"], ["forget", "--scope", "s"]],
    ids=lambda a: "-".join(a),
)
def test_every_config_reading_command_on_a_hostile_config(
    argv: list[str], config: str, tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hostile.toml"
    path.write_bytes(HOSTILE_CONFIGS[config])
    code, _, err = run([*argv, "--config", str(path)], b"mail " + CANARY.encode(), capfd, monkeypatch)
    assert_clean(code, err, 2)


@pytest.mark.parametrize("config", sorted(HOSTILE_CONFIGS))
def test_policy_check_on_a_hostile_file(
    config: str, tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hostile.toml"
    path.write_bytes(HOSTILE_CONFIGS[config])
    code, _, err = run(["policy", "check", str(path)], b"", capfd, monkeypatch)
    assert_clean(code, err, 2)


def test_policy_check_on_an_empty_and_a_missing_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.toml"
    empty.write_bytes(b"")
    code, out, err = run(["policy", "check", str(empty)], b"", capfd, monkeypatch)
    assert_clean(code, err, 0)
    assert out.startswith("ok: ")
    code, _, err = run(["policy", "check", str(tmp_path / "missing.toml")], b"", capfd, monkeypatch)
    assert_clean(code, err, 2)


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [(BINARY, 1), (b"", 2), (b"\n", 2), (DEEP, 0), (HUGE_TEXT.encode(), 0), (CANARY.encode() + b"\n", 0)],
    ids=["binary", "empty", "blank-line", "deep", "huge", "canary"],
)
def test_forget_reads_hostile_values_from_stdin(
    stdin: bytes, expected: int, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["forget", "-"], stdin, capfd, monkeypatch)
    assert_clean(code, err, expected)
    assert CANARY not in out


def test_forget_with_a_value_argument_does_not_echo_it(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["forget", CANARY], b"", capfd, monkeypatch)
    assert_clean(code, err, 0)
    assert CANARY not in out and out.startswith("erased ")
    code, _, err = run(["forget"], b"", capfd, monkeypatch)
    assert_clean(code, err, 2)


@pytest.mark.parametrize("stdin", [BINARY, DEEP, b""], ids=["binary", "deep", "empty"])
def test_keygen_and_plugins_ignore_stdin(
    stdin: bytes, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["keygen"], stdin, capfd, monkeypatch)
    assert_clean(code, err, 0)
    assert ":" in out.splitlines()[-1]
    code, out, err = run(["plugins"], stdin, capfd, monkeypatch)
    assert_clean(code, err, 0)
    assert "plugin" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        [CANARY],
        ["protect", "--bogus", CANARY],
        ["keygen", CANARY],
        ["policy"],
        ["policy", "check"],
        ["audit"],
        ["audit", CANARY],
        ["scan", "--json", "--jsonl"],
        ["reveal", "--tool"],
    ],
    ids=lambda a: " ".join(a).replace(CANARY, "CANARY") or "none",
)
def test_argument_errors_are_one_line_without_the_arguments(
    argv: list[str], capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(argv, b"", capfd, monkeypatch)
    assert_clean(code, err, 2)


@pytest.mark.parametrize("name", ["vault.sqlite3", "audit.sqlite3"])
def test_a_corrupt_data_file_is_one_line(
    name: str, _isolated_env: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MASK_KEY", "ktest:" + "A" * 43)
    _isolated_env.mkdir(parents=True, exist_ok=True)
    (_isolated_env / name).write_bytes(b"not a database " * 400)
    for argv in (["protect"], ["reveal"], ["audit", "verify"], ["forget", CANARY]):
        code, _, err = run(argv, ("mail " + CANARY).encode(), capfd, monkeypatch)
        assert_clean(code, err, code)  # a command that does not read the file may succeed
        if argv == ["protect"]:
            assert code == 1


def test_an_unexpected_exception_is_one_line_naming_its_type_only(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mask.core import engine

    def explode(self: object, obj: object, **kwargs: object) -> object:
        raise RuntimeError(f"the message holds {obj!r}")

    monkeypatch.setattr(engine.Mask, "protect", explode)
    code, _, err = run(["protect"], ("mail " + CANARY).encode(), capfd, monkeypatch)
    assert_clean(code, err, 1)
    assert "RuntimeError" in err and "MASK_DEBUG" in err
    monkeypatch.setenv("MASK_DEBUG", "1")
    with pytest.raises(RuntimeError):  # MASK_DEBUG=1 lets the traceback through
        run(["protect"], b"mail x", capfd, monkeypatch)


def test_warnings_are_held_back_on_error_and_printed_on_success(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # No key configured: the first run creates a key file and logs a warning about it.
    code, _, err = run(["protect"], b"mail bob@corp.com", capfd, monkeypatch)
    assert_clean(code, err, 0)
    assert err.startswith("mask: warning: no key configured")
    code, _, err = run(["protect", "--json"], DEEP, capfd, monkeypatch)
    assert_clean(code, err, 1)


# -- the real entry point ----------------------------------------------------------


def _entry_point() -> list[str]:
    script = Path(sys.executable).parent / "mask"
    return [str(script)] if script.exists() else [sys.executable, "-m", "mask.core.cli"]


@pytest.mark.parametrize("mode", ["--json", "--jsonl"])
def test_the_issue_repro_through_the_installed_command(mode: str) -> None:
    deep = ("[" * 10_000 + "1" + "]" * 10_000 + "\n").encode()
    env = {**os.environ, "MASK_KEY": "ktest:" + "A" * 43}
    proc = subprocess.run([*_entry_point(), "protect", mode], input=deep, capture_output=True, env=env)
    err = proc.stderr.decode()
    assert_clean(proc.returncode, err, 1)
    assert "nested too deeply" in err and proc.stdout == b""


def test_binary_and_deep_input_through_the_installed_command(tmp_path: Path) -> None:
    env = {**os.environ, "MASK_KEY": "ktest:" + "A" * 43}
    for argv, data, expected in (
        (["scan", "--jsonl"], DEEP, 1),
        (["reveal"], BINARY, 1),
        (["forget", "-"], BINARY, 1),
        (["policy", "check", str(tmp_path / "missing.toml")], b"", 2),
    ):
        proc = subprocess.run([*_entry_point(), *argv], input=data, capture_output=True, env=env)
        assert_clean(proc.returncode, proc.stderr.decode(errors="replace"), expected)
