"""examples/otel_agent.py runs offline and shows the spans and metrics of one agent turn."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "otel_agent.py"


def test_the_example_shows_nested_spans_and_metrics_without_plaintext() -> None:
    env = {**os.environ, "MASK_DISABLE_PLUGINS": "spacy"}  # the labels and pattern detectors suffice here
    done = subprocess.run([sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    [turn] = re.findall(r"^span agent\.turn id=(\w+)", out, re.M)
    children = re.findall(r"^span (mask\.\w+) id=\w+ parent=(\w+)", out, re.M)
    assert {name for name, _ in children} == {"mask.protect", "mask.reveal"}
    assert all(parent == turn for _, parent in children) and len(children) >= 8
    assert "metric mask.reveals value=1 mask.entity_type=EMAIL_ADDRESS mask.tool=send_email" in out
    assert (
        "metric mask.reveals.refused value=1 mask.entity_type=EMAIL_ADDRESS mask.reason=policy mask.tool=log_note"
        in out
    )
    assert re.search(r"^metric mask\.entities\.protected value=1 .*mask\.entity_type=PERSON", out, re.M)
    assert re.search(r"^metric mask\.protect\.duration count=\d+ sum=", out, re.M)
    token = re.search(r"mask\.\w+@mask\.example", out)
    assert token is not None
    telemetry = "".join(line for line in out.splitlines(keepends=True) if line.startswith(("span ", "metric ")))
    for plain in ("bob.paulson@example.org", "Robert Paulson", token.group()):
        assert plain not in telemetry
