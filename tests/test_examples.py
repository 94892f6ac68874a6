"""The offline demo is the README's main command: it must keep working."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from mask.core import Mask
from mask.core.config import load_config
from mask.core.keys import generate_key

ROOT = Path(__file__).parents[1]
DEMO = str(ROOT / "examples" / "demo.py")


def _audit_count(data_dir: Path, key: str) -> int:
    mask = Mask(load_config(environ={"MASK_DATA_DIR": str(data_dir), "MASK_KEY": key}))
    try:
        return sum(sink.verify().count for sink in mask.sinks)
    finally:
        mask.close()


def test_demo_runs_and_checks_itself() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "demo.py")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "what the model sees" in out.stdout
    assert "chain ok" in out.stdout


def test_demo_ignores_a_data_folder_written_under_another_key(tmp_path: Path) -> None:
    # The user's default folder (and MASK_DATA_DIR) hold records written under one key,
    # and MASK_KEY now names another: the demo neither reads nor writes that state.
    home = tmp_path / "home"
    user_dir = home / ".local" / "share" / "mask"
    old_key = generate_key()
    mask = Mask(load_config(environ={"MASK_DATA_DIR": str(user_dir), "MASK_KEY": old_key}))
    mask.protect("mail bob.paulson@example.org, SSN 123-45-6789")
    mask.close()
    before = _audit_count(user_dir, old_key)
    files = sorted(p.name for p in user_dir.iterdir())
    assert before > 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("MASK_") and k != "XDG_DATA_HOME"}
    env.update(HOME=str(home), MASK_DATA_DIR=str(user_dir), MASK_KEY=generate_key())
    env.update(MASK_AUDIT_SINKS="jsonl", MASK_VAULT_BACKEND="redis", MASK_VAULT_URL="redis://127.0.0.1:1/0")
    out = subprocess.run([sys.executable, DEMO], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "chain ok" in out.stdout and "BROKEN" not in out.stdout
    assert _audit_count(user_dir, old_key) == before  # nothing written into the user's folder
    assert sorted(p.name for p in user_dir.iterdir()) == files  # no key file or log added there


def test_demo_keeps_its_data_where_asked_and_reruns(tmp_path: Path) -> None:
    data = tmp_path / "demo-data"
    counts = []
    for _ in range(2):  # the second run reads the first run's records with the kept key
        out = subprocess.run([sys.executable, DEMO, "--data-dir", str(data)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
        found = re.search(r"audit sink sqlite: (\d+) records, chain ok", out.stdout)
        assert found, out.stdout[-2000:]
        counts.append(int(found.group(1)))
    assert (data / "key.json").exists() and (data / "audit.sqlite3").exists()
    assert counts[0] > 0 and counts[1] == 2 * counts[0]
