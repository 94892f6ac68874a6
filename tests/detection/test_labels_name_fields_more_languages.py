"""Name and identity field labels of Dutch, Swedish, Norwegian, Danish, Polish, Czech, Turkish,
Finnish, Hungarian, Romanian and Indonesian forms (``Achternaam:``, ``Förnamn:``, ``Imię:``,
Turkish ``Ad\u0131:``) and Turkey's ``T.C. Kimlik No``: the values under them stayed in clear without NER."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Achternaam: de Vries\nVoornaam: Sanne\nMobiel: 06-12345678", ["de Vries", "Sanne"]),
        ("Efternamn: Lindberg\nFörnamn: Maja\nPostnummer: 111 51", ["Lindberg", "Maja"]),
        ("Etternavn: Haugen\nFornavn: Ingrid", ["Haugen", "Ingrid"]),
        ("Nazwisko: Wiśniewski\nImię: Tomasz\nPESEL: 44051401359", ["Wiśniewski", "Tomasz", "44051401359"]),
        ("Příjmení: Dvořák\nJméno: Jan", ["Dvořák", "Jan"]),
        ("Soyad\u0131: Demir\nAd\u0131: Elif\nT.C. Kimlik No: 10000000146", ["Demir", "Elif", "10000000146"]),
        ("Sukunimi: Virtanen\nEtunimi: Aino", ["Virtanen", "Aino"]),
        ("Vezetéknév: Nagy\nKeresztnév: Eszter", ["Nagy", "Eszter"]),
        ("Nume: Popescu\nPrenume: Andrei", ["Popescu", "Andrei"]),
        ("Nama lengkap: Siti Rahayu\nNo HP: 0812 3456 7890", ["Siti Rahayu"]),
    ],
)
def test_the_values_under_the_labels_are_protected(pattern_mask: Mask, text: str, values: list[str]) -> None:
    out = pattern_mask.protect(text)
    assert [v for v in values if v in out] == []
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Naam van het bestand: rapport.pdf",  # a file's name
        "Kimlik do\u011frulama ba\u015far\u0131l\u0131.",  # "identity verification succeeded": no value
        "Nimi-kenttä on pakollinen.",
    ],
)
def test_the_labels_name_nothing_without_a_value(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
