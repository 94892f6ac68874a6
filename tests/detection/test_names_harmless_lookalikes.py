"""Words in technical text that NER or the gazetteer read as names, and that are none: a
licence's name (``the Apache License``), a docstring's first words (``Create a Marshaller``), a
key chord (``Ctrl-C``), one word in capitals (``FUNCID``), a tool before an industry word
(``Redis Software``), a document's part (``Annex A``). Names and places in the same shapes stay."""

from __future__ import annotations

import pytest

from mask.plugins.spacy.filters import is_false_entity
from mask.plugins.spacy.gazetteer import gazetteer
from mask.plugins.spacy.names import find_places
from mask.plugins.spacy.orgs import find_orgs


@pytest.mark.parametrize(
    "value",
    ["Apache License", "the MIT License", "Create a Marshaller", "Return the Value", "Ctrl-C", "FUNCID", "BITMAP"],
)
def test_a_technical_lookalike_is_no_entity(value: str) -> None:
    assert is_false_entity(value, gazetteer().is_place)


@pytest.mark.parametrize("value", ["Ybbs an der Donau", "Torre a Mare", "BERLIN", "LONDON", "Anna Kowalska"])
def test_names_and_places_of_the_same_shapes_stay(value: str) -> None:
    assert not is_false_entity(value, gazetteer().is_place)


def test_a_tool_before_an_industry_word_is_no_company() -> None:
    assert find_orgs("It is designed to work with Redis Software and Redis Cloud.") == []
    text = "It was made by Kowalski Software for us."
    assert [text[s.start : s.end] for s in find_orgs(text)] == ["Kowalski Software"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The grammar provided in Annex A of the C99 standard.", []),
        ("We met in Paris I think.", ["Paris"]),
        ("She lives in Washington D.C. now.", ["Washington D.C"]),
    ],
)
def test_a_place_before_a_lone_capital_is_a_documents_part(text: str, places: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_places(text)] == places
