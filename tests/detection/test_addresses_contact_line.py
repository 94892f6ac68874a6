"""A street with a weak street word (``Elinring 35``, ``Jättiläisentie 9``) counts when the next
cell of a contact line names its town (``Elinring 35 · Lexmond · +31 ...``), as a town after a
comma does; the town is reported with it. Cells without a street shape stay."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in mask.scan([text])[0]}


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("Elinring 35 · Lexmond · +31(0)88 4937230", "Elinring 35", "Lexmond"),
        ("JOËL PEETERS\nJättiläisentie 9 · Huittinen · 0425706040\n", "Jättiläisentie 9", "Huittinen"),
        ("Bernd-Pärtzelt-Ring 552 • Havelberg • (08589) 95262", "Bernd-Pärtzelt-Ring 552", "Havelberg"),
    ],
)
def test_a_weak_street_before_a_contact_lines_town(pattern_mask: Mask, text: str, street: str, town: str) -> None:
    found = _found(pattern_mask, text)
    assert (street, "STREET_ADDRESS") in found
    assert (town, "LOCATION") in found


@pytest.mark.parametrize("text", ["Version 35 · Release · Notes", "Build 12 · Passed · 3 min"])
def test_no_street_in_a_separated_line_of_ordinary_words(pattern_mask: Mask, text: str) -> None:
    assert not {t for _, t in _found(pattern_mask, text)} & {"STREET_ADDRESS", "LOCATION"}


def test_an_age_and_a_town_after_a_name_are_no_street_and_city(ner_mask: Mask) -> None:
    text = "Simona Machová, 45, of Bystřice nad Pernštejnem, was named the winner on Saturday."
    found = _found(ner_mask, text)
    assert ("Simona Machová", "PERSON") in found
    assert not {t for _, t in found} & {"STREET_ADDRESS"}


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Sie wohnt in der Schleichring 5/2.", "Schleichring 5/2"),
        ("Ze woont aan de Lukepad 491.", "Lukepad 491"),
        ("Abita in Strada Diana, 524.", "Strada Diana, 524"),
        ("Mora na Jardim Luna Moreira, 72.", "Jardim Luna Moreira, 72"),
        ("Elle habite avenue de Vuille 53.", "avenue de Vuille 53"),
        ("Elle habite chemin des Vignes 12.", "chemin des Vignes 12"),
    ],
)
def test_a_weak_street_after_a_locative_of_another_language(pattern_mask: Mask, text: str, street: str) -> None:
    assert (street, "STREET_ADDRESS") in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["see the table in Chapter 11", "fixed in Version 35", "in Release 12 of the app"])
def test_no_street_after_in_without_a_street_word(pattern_mask: Mask, text: str) -> None:
    assert not {t for _, t in _found(pattern_mask, text)} & {"STREET_ADDRESS"}
