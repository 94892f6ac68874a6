"""The hand-written probe sets of tests/data/hand_sets/ (see its README): well formed, every value
a substring of its text, every set in the README's table with its counts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SETS = Path(__file__).resolve().parents[1] / "data" / "hand_sets"
PATHS = sorted(SETS.glob("*.json"))


def test_there_are_tuning_and_held_out_sets() -> None:
    prefixes = {p.stem[0] for p in PATHS}
    assert prefixes == {"h", "x"}


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_every_value_is_in_its_text_and_the_readme_counts_the_set(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    cases, harmless = data["cases"], data["harmless"]
    assert cases and harmless
    for case in cases:
        assert case["values"], case["text"][:60]
        for value in case["values"]:
            assert value and value in case["text"], value
    assert all(isinstance(t, str) and t.strip() for t in harmless)
    row = re.search(
        rf"^\| {path.stem.split('-')[0]} \| .* \| (\d+) \| (\d+) \| (\d+) \|$",
        (SETS / "README.md").read_text(encoding="utf-8"),
        re.M,
    )
    assert row is not None, path.stem
    values = sum(len(c["values"]) for c in cases)
    assert tuple(map(int, row.groups())) == (len(cases), values, len(harmless))
