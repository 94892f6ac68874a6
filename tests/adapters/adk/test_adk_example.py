"""examples/adk_agent.py runs offline and shows what it promises."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "adk_agent.py"


async def test_example_runs_and_reveals_only_for_the_end_user(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MASK_DISABLE_PLUGINS", "spacy")  # emails only; no language model to load
    module = runpy.run_path(str(EXAMPLE), run_name="adk_agent_example")
    await module["main"]()

    out = capsys.readouterr().out
    real = "bob.paulson@example.org"
    lines = out.splitlines()
    assert sum(f"send_email received to={real!r}" in line for line in lines) == 2
    assert all(real not in line for line in lines if "model received" in line or "log_note" in line)
    assert all(real not in line for line in lines if "session keeps tokens" in line)
    assert sum(f"end user reads:        'Done: I emailed {real} and logged it.'" in line for line in lines) == 2
