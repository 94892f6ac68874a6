"""Verifying while another process writes never reports a false `tampered`."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask
from mask.core.keys import KeyRing, generate_key

KEY = generate_key()


def config(tmp_path: Path, sink: str) -> dict[str, Any]:
    return {
        "vault": {"backend": "memory"},
        "audit": {
            "sinks": [sink],
            "path": str(tmp_path / "audit.sqlite3"),
            "jsonl_path": str(tmp_path / "audit.jsonl"),
        },
    }


def _writer(cfg: dict[str, Any], n: int, key: str) -> None:
    with Mask(cfg, keys=KeyRing.from_strings(key)) as mask:
        for i in range(n):
            mask.protect(f"user{i}@corp.com")


@pytest.mark.parametrize("sink", ["sqlite", "jsonl"])
def test_verify_during_writes_is_ok(tmp_path: Path, sink: str) -> None:
    cfg = config(tmp_path, sink)
    _writer(cfg, 1, KEY)
    proc = multiprocessing.get_context("spawn").Process(target=_writer, args=(cfg, 300, KEY))
    proc.start()
    verdicts = []
    with Mask(cfg, keys=KeyRing.from_strings(KEY)) as mask:
        for _ in range(400):
            result = mask.sinks[0].verify()
            verdicts.append((result.verdict, result.problems))
            if not proc.is_alive():
                break
        proc.join(120)
        final = mask.sinks[0].verify()
    assert proc.exitcode == 0
    assert {v for v, _ in verdicts} == {"ok"}, [v for v in verdicts if v[0] != "ok"][:3]
    assert final.verdict == "ok" and final.count == 301
