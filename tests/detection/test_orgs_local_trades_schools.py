"""Small organizations tied to people: a trade's or a practice's name before a trade word
(``Petridis Heating``, ``Aldous Grant Partnership``), a school's or a neighbourhood body's
(``Maple Grove Elementary``, ``Willow Bend Owners Association``), a French farm or holiday
cottage (``Ferme des Peupliers``), a German school (``Grundschule am Mühlbach``) and a Norwegian
company before ``AS`` (``Vestbygg Tømrer AS``). Ordinary phrases ending in the same words
(``Central Heating``, ``Animal Rescue``, ``the Homeowners Association``, ``SUCH AS``) stay."""

from __future__ import annotations

import pytest

from mask.plugins.spacy.orgs import find_orgs


def _orgs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_orgs(text) if s.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The boiler man from Petridis Heating came twice.", "Petridis Heating"),
        ("Ask for Tomasz, Okonkwo Home Repair, evenings.", "Okonkwo Home Repair"),
        ("Senior Planner — Aldous Grant Partnership, 2019-2023", "Aldous Grant Partnership"),
        ("Maple Grove Elementary PTA — newsletter", "Maple Grove Elementary"),
        ("Oak Ridge Middle School — Front Office", "Oak Ridge Middle School"),
        ("Letter from Willow Bend Owners Association about fences", "Willow Bend Owners Association"),
        ("Brookfield Allotment Society — minutes", "Brookfield Allotment Society"),
        ("Rendez-vous à la Ferme des Peupliers après la messe.", "Ferme des Peupliers"),
        ("Réservation au Gîte Le Vieux Moulin pour juin.", "Gîte Le Vieux Moulin"),
        ("Grundschule am Mühlbach — Elternabend", "Grundschule am Mühlbach"),
        ("Prosjektleder, Vestbygg Tømrer AS, siden 2019", "Vestbygg Tømrer AS"),
    ],
)
def test_a_local_organization(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "We had the Central Heating serviced.",
        "Call Animal Rescue if you see it.",
        "The Homeowners Association meets monthly.",
        "I went to High School in Ohio.",
        "A Strategic Partnership was announced.",
        "USE IT SUCH AS THIS",
        "Das Gymnasium ist gut.",
    ],
)
def test_ordinary_phrases_stay(text: str) -> None:
    assert _orgs(text) == []
