"""The IBAN detector matches its pattern only where a stdlib pre-scan says it may start:
the same matches as the pattern's own search, from any position."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mask.core.detectors.financial import _IBAN, _iban_from

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"

TEXTS = [
    "IBAN DE89 3704 0044 0532 0130 00; IT60X0542811101000000123456 and xDE89370400440532013000",
    "\u00e9GB29NWBK60161331926819 9GB29NWBK60161331926819 GB29 NWBK 6016 1331 9268 19 words after",
    "FR14 2004 1010 0505 0001 3M02 606, NL91ABNA0417164300.",
    "",
    "DE89",
]


def _spans_from_every_position(text: str) -> tuple[list[tuple[int, int] | None], list[tuple[int, int] | None]]:
    searched, guided = [], []
    for at in range(len(text) + 1):
        a, b = _IBAN.search(text, at), _iban_from(text, at, None)
        searched.append(None if a is None else a.span())
        guided.append(None if b is None else b.span())
    return searched, guided


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_match_as_the_pattern_search(text: str) -> None:
    searched, guided = _spans_from_every_position(text)
    assert guided == searched


def test_the_same_matches_over_the_corpus() -> None:
    for line in CORPUS.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        assert [m.span() for m in _IBAN.finditer(text)] == _guided_all(text)


def _guided_all(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    while (m := _iban_from(text, at, None)) is not None:
        out.append(m.span())
        at = m.end()
    return out
