"""examples/langchain_agent.py runs offline and shows what it promises."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "langchain_agent.py"
EMAIL = "bob.paulson@example.org"


def test_example_runs_and_only_the_right_places_show_plaintext(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    lines = capsys.readouterr().out.splitlines()
    with_email = [line.strip().split(":")[0].split(" received")[0] for line in lines if EMAIL in line]
    assert with_email == ["send_email", "end user reads", "send_email", "end user reads"]
    assert any("model received the prompt" in line for line in lines)
