"""Names written short (:mod:`mask.plugins.spacy.short_names`): an initial and a Mac/Mc family
name in a results table, a first name and an initial signing a review. And what stays: a Mac
word without an initial, a product after a dash, a sign-off that is an ordinary word."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.short_names import short_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Twos: H. MacAulay (4th), K. Ramsay (12th)", ["H. MacAulay"]),
        ("Runner-up: D. McIlwraith-Ross", ["D. McIlwraith-Ross"]),
        ("Lovely too.\n- Bronwyn T, verified buyer", ["Bronwyn T"]),
        ("Great!\n— Sam K., Local Guide", ["Sam K."]),
    ],
)
def test_short_names(text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in short_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Install it on a MacBook or on macOS.",
        "Runs on Mac OS X. McDonald's opened.",
        "Fast delivery.\n- Great Value, verified buyer",
        "see section A.MacroExpand for details",
    ],
)
def test_not_short_names(text: str) -> None:
    assert short_names(text) == []


def test_protected(ner_mask: Mask) -> None:
    out = ner_mask.protect("Brilliant service, on time.\n- Bronwyn T, verified buyer")
    assert "Bronwyn" not in out, out
