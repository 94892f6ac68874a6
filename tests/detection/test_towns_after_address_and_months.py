"""``in`` right after a street address names a town (``lives at 12 Baker Street in Baleares``),
and a month that is also a town's name (March, Cambridgeshire) is no place after ``in`` alone."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _places(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Note from the call: customer lives at 12 Baker Street in Baleares and prefers calls.", "Baleares"),
        ("The router at Kerkstraat 5 in Hengelo keeps dropping.", "Hengelo"),
    ],
)
def test_in_after_a_street_names_a_town(ner_mask: Mask, text: str, town: str) -> None:
    assert town in _places(ner_mask, text)


@pytest.mark.parametrize(
    "text",
    ["We met in March.", "Shipped to 12 Baker Street in March.", "The release is planned in May or June."],
)
def test_a_month_after_in_is_no_place(ner_mask: Mask, text: str) -> None:
    assert not {"March", "May", "June"} & set(_places(ner_mask, text))


def test_a_month_named_town_with_its_county_is_a_place(ner_mask: Mask) -> None:
    assert "March" in _places(ner_mask, "She lives in March, Cambridgeshire.")


@pytest.mark.parametrize("town", ["Clément-les-Bains", "Aix-les-Bains"])
def test_a_french_town_linked_by_les_is_a_place(ner_mask: Mask, town: str) -> None:
    assert town in _places(ner_mask, f"Lea Roux moved from {town} to Lyon last spring.")
