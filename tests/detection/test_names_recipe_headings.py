"""A recipe's title and steps are no names: NER's organization over a heading of ordinary words
that ends with a common noun (``Green Pea Soup (serves 4)``) scores below the threshold, and a
cooking verb that name lists hold too opens a step, no sentence about a person (``Blanch the
peas``). A company's name at a line's start and a person acting stay found."""

from __future__ import annotations

import pytest

from mask.plugins.spacy.calibration import calibrate
from mask.plugins.spacy.names import find_names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Green Pea Soup (serves 4)\nIngredients: rice, peas.", "Green Pea Soup"),
        ("Brown Rice Salad:\n1 cup rice", "Brown Rice Salad"),
    ],
)
def test_a_heading_of_ordinary_words_is_no_organization(text: str, title: str) -> None:
    start = text.index(title)
    assert calibrate("ORG", text, start, start + len(title))[1] < 0.5


def test_a_company_heading_keeps_its_score() -> None:
    text = "Kestrel Vandermeer Holdings\n12 Harbour Road"
    assert calibrate("ORG", text, 0, len("Kestrel Vandermeer Holdings"))[1] >= 0.5


@pytest.mark.parametrize(
    "text",
    ["Method: Boil water. Blanch peas 2 min, drain.", "Sand edges lightly, then paint."],
)
def test_a_cooking_or_craft_step_names_no_one(text: str) -> None:
    assert [text[s.start : s.end] for s in find_names(text) if s.type == "PERSON"] == []


def test_a_person_acting_is_still_found() -> None:
    text = "Update: Ida sorted out my refund."
    assert "Ida" in [text[s.start : s.end] for s in find_names(text)]
