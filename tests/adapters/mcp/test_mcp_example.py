"""examples/mcp_proxy.py runs offline and shows what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "mcp_proxy.py"
EMAIL = "bob.paulson@example.org"

pytestmark = pytest.mark.timeout(180)


def test_example_runs_and_only_the_authorized_tool_sees_plaintext(tmp_path: Path) -> None:
    env = {**os.environ, "MASK_DISABLE_PLUGINS": "spacy"}
    out = subprocess.run([sys.executable, str(EXAMPLE)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0] == "tools (passed through unchanged): lookup_customer, send_email, post_to_chat"
    with_email = [line.strip().split(" received")[0] for line in lines if EMAIL in line]
    assert with_email == ["send_email"]
    assert any(
        line.startswith("what the model sees  lookup_customer -> ") and "@mask.example" in line for line in lines
    )
    assert any(line.startswith("  post_to_chat received") and "@mask.example" in line for line in lines)
    assert EMAIL not in out.stderr
