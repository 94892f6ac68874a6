"""The dashed-SSN rule scans only an ASCII text's runs of digits and dashes: the same matches
as the pattern's scan of the whole text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mask.core.detectors.identity import _SSN_DASHED, _SSN_DASHED_CHARS
from mask.core.detectors.shared import TextView, finditer_runs

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"

TEXTS = [
    "SSN 123-45-6789, x123-45-6789, 123-45-6789-1, 123-45-67891 and 123-45-6789.5 or 123-45-6789.",
    "-123-45-6789 .123-45-6789 0123-45-6789 " + "word " * 40 + "078-05-1120",
    "",
    "123-45-678",
]


def _same(text: str) -> None:
    runs = [m.span() for m in finditer_runs(_SSN_DASHED, TextView(text), _SSN_DASHED_CHARS, None)]
    assert runs == [m.span() for m in _SSN_DASHED.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_matches_as_the_whole_scan(text: str) -> None:
    _same(text)


def test_the_same_matches_over_the_corpus() -> None:
    for line in CORPUS.open(encoding="utf-8"):
        _same(json.loads(line)["text"])
