"""A person label in running text: ``Driver assigned:`` names a person, and a sentence after
the name ends it (``Driver: Fedele Pavone-Ferretti. Pickup tomorrow.``), while an initial
and a title that opens the name do not."""

from __future__ import annotations

import re

import pytest

from mask.core import Mask


def _people(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Driver assigned: Crystal Wise. Pickup: 12 Baker Street, London.", "Crystal Wise"),
        ("Driver assigned: Fedele Pavone-Ferretti. Pickup tomorrow.", "Fedele Pavone-Ferretti"),
        ("Driver: Fedele Pavone-Ferretti. Pickup tomorrow.", "Fedele Pavone-Ferretti"),
        ("Assigned driver: Ana Souza", "Ana Souza"),
        ("Contact: John J. Smith. Call after 5.", "John J. Smith"),
        ("Contact: Dr. Anna Huber. She answers.", "Dr. Anna Huber"),
        ("Contact: John Smith Esq. He answers.", "John Smith Esq"),
    ],
)
def test_the_name_ends_where_the_sentence_does(pattern_mask: Mask, text: str, name: str) -> None:
    assert name in _people(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert name not in out
    if f"{name}. " in text:
        assert re.search(r"_[A-Z2-7]{6}\. ", out)  # the full stop stays outside the token
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["Reply to: support", "Driver version: 4.2 installed."])
def test_other_labels_stay(pattern_mask: Mask, text: str) -> None:
    assert _people(pattern_mask, text) == []
