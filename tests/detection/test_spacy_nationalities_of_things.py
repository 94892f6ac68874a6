"""A nationality before a noun that names a thing's kind (``Chinese characters``, ``East Asian
width``, ``the European convention``) says nothing of a person: no ``NRP`` span. Before people
(``Chinese customers``) it is still one."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "Support for Chinese characters and East Asian width is built in.",
        "Use Sunday as the last day of the week (the European convention).",
    ],
)
def test_a_nationality_of_a_thing_stays(ner_mask: Mask, text: str) -> None:
    assert [s for s in ner_mask.scan([text])[0] if s.type == "NRP"] == []
    assert ner_mask.protect(text) == text


def test_a_nationality_of_people_is_still_found(ner_mask: Mask) -> None:
    text = "Our Chinese customers asked for refunds."
    assert "Chinese" in [text[s.start : s.end] for s in ner_mask.scan([text])[0] if s.type == "NRP"]
