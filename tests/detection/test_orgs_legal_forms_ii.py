"""Legal forms of more locales (``Gallo SPA``, ``Kivelä ry``, ``Virtanen Ky``, ``Lindqvist HB``,
``Hansen og Sønner``, ``Servicios Españolas S.C.P``, ``Schmid OG``), and a town in brackets
after a name the NER model found (``Microsoft (Redmond)`` style senders)."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.orgs import find_orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Invoice from Gallo SPA today.", "Gallo SPA"),
        ("Servicios Españolas S.C.P contact: Ana", "Servicios Españolas S.C.P"),
        ("Membership fee to Kivelä ry is due.", "Kivelä ry"),
        ("Virtanen Ky delivered the parts.", "Virtanen Ky"),
        ("Lindqvist HB sent the offer.", "Lindqvist HB"),
        ("Hansen og Sønner replied.", "Hansen og Sønner"),
        ("Bakken & co. sent it.", "Bakken & co."),
        ("Schmid OG in Graz.", "Schmid OG"),
        ("Fundación Pérez A.C. signed.", "Fundación Pérez A.C."),
        ("Kaya San. ve Tic. called.", "Kaya San."),
        ("Wijaya Tbk reported.", "Wijaya Tbk"),
    ],
)
def test_legal_form(text: str, org: str) -> None:
    assert org in [text[s.start : s.end] for s in find_orgs(text)]


@pytest.mark.parametrize(
    "text",
    ["We met at the SPA yesterday.", "Open the OG file.", "SUCH AS THIS ONE", "see the hb pencil"],
)
def test_no_org(text: str) -> None:
    assert find_orgs(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Peter Jensen (Gadstrup) called about the order.", "Gadstrup"),
        ("Maria Lopez (Huittinen) wrote back.", "Huittinen"),
    ],
)
def test_town_in_brackets_after_an_ner_entity(ner_mask: Mask, text: str, town: str) -> None:
    """Only the NER model finds the name before the brackets: the town after it is a LOCATION."""
    assert ("LOCATION", town) in [(s.type, text[s.start : s.end]) for s in ner_mask.scan([text])[0]]
    out = ner_mask.protect(text)
    assert town not in out
    assert ner_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["John Smith (Manager) approved it.", "Ask Anna Weber (CEO) first."])
def test_role_in_brackets_is_no_town(ner_mask: Mask, text: str) -> None:
    assert [s for s in ner_mask.scan([text])[0] if s.type == "LOCATION"] == []
