"""NER's place that is an ordinary word naming some town too (``Name``, ``Reading``, ``Nice``)
counts only with a place word around it, as the gazetteer's own rule asks. Before, the small
English model read ``Name`` in German text as a place (``mein Name ist Katharina Schneider`` became
``mein Location_... ist``), kept because a town is called so."""

from __future__ import annotations

import pytest

from mask.core import Mask


def test_an_ordinary_word_alone_is_no_place(ner_mask: Mask) -> None:
    text = "Guten Tag, mein Name ist Katharina Schneider."
    protected = ner_mask.protect(text)
    assert "mein Name ist" in protected
    assert "Katharina Schneider" not in protected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We met in Nice in June.", "Nice"),
        ("She lives in Bath, England.", "Bath"),
        ("I moved to Reading last year.", "Reading"),
    ],
)
def test_with_a_place_word_it_is_one(ner_mask: Mask, text: str, place: str) -> None:
    found = [(s.type, text[s.start : s.end]) for s in ner_mask.scan([text])[0]]
    assert ("LOCATION", place) in found
