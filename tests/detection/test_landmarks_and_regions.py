"""Harmless text about the world is not personal data: a natural feature or a landmark (``the
Pacific Ocean``, ``Amazon River``, ``the Eiffel Tower``), a business's sales region under a
``region`` key (``EMEA``), and a river after ``The`` (``The Nile``: both words are in the name
lists) are left as they are. A town stays a place (``Sioux Falls``, ``Green Bay``)."""

from __future__ import annotations

import pytest

from mask.core import Budget, Detector, Mask


@pytest.mark.parametrize(
    "text",
    [
        "The Pacific Ocean covers about 165 million square kilometres.",
        "The Amazon River discharges about 209,000 cubic metres of water per second.",
        "The Eiffel Tower is 330 metres tall and was completed in 1889.",
    ],
)
def test_landmarks_are_no_ones_place(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_towns_stay_places(ner_mask: Mask) -> None:
    text = "She moved from Sioux Falls to Green Bay last spring."
    found = {text[s.start : s.end] for s in ner_mask.scan([text])[0] if s.type == "LOCATION"}
    assert found & {"Sioux Falls", "Green Bay"}


@pytest.mark.parametrize("region", ["EMEA", "APAC", "LATAM"])
def test_sales_regions(pattern_mask: Mask, region: str) -> None:
    payload = {"city_count": 12, "region": region, "quarter": "Q3"}
    assert pattern_mask.protect(payload) == payload


def test_the_nile_is_no_person(rules: Detector) -> None:
    text = "The Nile flows north through eleven countries."
    assert [s for s in rules.detect([text], [[]], Budget())[0] if s.type == "PERSON"] == []
