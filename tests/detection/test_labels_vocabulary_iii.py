"""Labels added from the document probe and a probe of common form labels: meeting minutes
(``Present:``, ``Apologies:``, ``Chair:``), more people (``Name on card``, ``Guarantor``,
``Attorney``; ``Tenant`` and ``Signed`` in text only), organizations (``Bank``, ``School``), and
towns, birth dates and account numbers in more languages. Values that are no name's shape, and
technical field names (``{"client": "Chrome"}``), label nothing."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _people(mask: Mask, text: str) -> set[str]:
    return {text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes of the board meeting\nApologies: Becker\nAction: review the budget", "Becker"),
        ("Attendees: Hertrampf, Trüb\n", "Hertrampf, Trüb"),
        ("Chair: Lindqvist\nMinutes taken by: Okafor\n", "Lindqvist"),
        ("Chair: Lindqvist\nMinutes taken by: Okafor\n", "Okafor"),
        ("Absent: Kowalska\n", "Kowalska"),
    ],
)
def test_a_minutes_label_labels_a_person(pattern_mask: Mask, text: str, name: str) -> None:
    assert name in _people(pattern_mask, text)


@pytest.mark.parametrize("text", ["Present: 5 members\nAbsent: none\n", "Apologies: 2\n"])
def test_a_minutes_label_before_no_name(pattern_mask: Mask, text: str) -> None:
    assert not _people(pattern_mask, text)


@pytest.mark.parametrize(
    "label",
    ["Name on card", "Guarantor", "Borrower", "Co-borrower", "Lessee", "Attorney", "Notary", "Sales Rep", "Kundenname"],
)
def test_more_person_labels(pattern_mask: Mask, label: str) -> None:
    assert "Marta Quixley" in _people(pattern_mask, f"Ref: A-1\n{label}: Marta Quixley\nStatus: open")


@pytest.mark.parametrize("text", ["Tenant: Marta Quixley", "Signed: Marta Quixley"])
def test_text_only_person_labels(pattern_mask: Mask, text: str) -> None:
    assert "Marta Quixley" in _people(pattern_mask, text)


@pytest.mark.parametrize("text", ['{"tenant": "Default"}', '{"signature": "Verified"}', '{"client": "Chrome"}'])
def test_no_person_under_technical_field_names(pattern_mask: Mask, text: str) -> None:
    assert not _people(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ('{"bank": "Quixley Savings"}', "Quixley Savings", "ORGANIZATION"),
        ("School: Brenford High\n", "Brenford High", "ORGANIZATION"),
        ("Woonplaats: Kerkdriel\n", "Kerkdriel", "LOCATION"),
        ("Miasto: Kalisz\n", "Kalisz", "LOCATION"),
        ("Geboortedatum: 12/03/1985\n", "12/03/1985", "DATE_TIME"),
        ("Doğum tarihi: 12/03/1985\n", "12/03/1985", "DATE_TIME"),
        ("Rekeningnummer: 004412219873\n", "004412219873", "US_BANK_NUMBER"),
    ],
)
def test_labels_of_more_types_and_languages(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in {(text[s.start : s.end], s.type) for s in pattern_mask.scan([text])[0]}


def test_reviewed_by_labels_no_place(pattern_mask: Mask) -> None:
    text = "Reviewed by: Marta Quixley"
    assert not [s for s in pattern_mask.scan([text])[0] if s.type == "LOCATION"]


def test_a_department_after_attn_is_no_person(pattern_mask: Mask) -> None:
    assert not _people(pattern_mask, "Attn: Customer Relations\n")
    assert "Marta Quixley" in _people(pattern_mask, "Attn: Marta Quixley\n")


@pytest.mark.parametrize("text", ["D.O.B.: 12/03/1985", "D.O.B: 12/03/1985", "Pt: Anna Roux, D.O.B. 12/03/1985"])
def test_a_dotted_abbreviation_is_a_label(pattern_mask: Mask, text: str) -> None:
    assert ("12/03/1985", "DATE_TIME") in {(text[s.start : s.end], s.type) for s in pattern_mask.scan([text])[0]}


@pytest.mark.parametrize("text", ["e.g.: 12/03/1985", "obj.attr.x: 5"])
def test_a_dotted_word_that_names_no_type_labels_nothing(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.scan([text])[0] == []


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Hospital number: 00123456", "00123456", "MEDICAL_RECORD_NUMBER"),
        ("Medicare: 2123 45670 1", "2123 45670 1", "NATIONAL_ID"),
        ('{"medicare": "2123 45670 1"}', "2123 45670 1", "NATIONAL_ID"),
    ],
)
def test_a_hospital_number_and_a_medicare_number(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (etype, value) in {(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]}
    assert value not in pattern_mask.protect(text)


def test_a_patient_label_still_labels_a_name(pattern_mask: Mask) -> None:
    assert _people(pattern_mask, "Patient: John Miller") == {"John Miller"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Minutes of the board meeting\nPresent: Liv Cammel, Ivy Schouten-Kuilenburg, Nina Roukes\nApologies: Boetet\n",
            {"Liv Cammel", "Ivy Schouten-Kuilenburg", "Nina Roukes", "Boetet"},
        ),
        (
            "Attendees: Jennifer Griffiths, Dr Nicole Williams, Katherine Smith\n",
            {"Jennifer Griffiths", "Katherine Smith"},
        ),
        ("To: Anna, Jose Garcia", {"Anna", "Jose Garcia"}),
    ],
)
def test_every_name_of_a_list_label(pattern_mask: Mask, text: str, names: set[str]) -> None:
    found = _people(pattern_mask, text)
    assert all(any(name in f for f in found) for name in names), found


@pytest.mark.parametrize("text", ["Present: Liv Cammel, 2 guests and the auditor\n", "Attendees: 12, all staff\n"])
def test_a_list_label_stops_at_what_is_no_name(pattern_mask: Mask, text: str) -> None:
    assert _people(pattern_mask, text) <= {"Liv Cammel"}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Nasci em 12/08/1991 em Recife.", "12/08/1991"),
        ("Urodziłam się 7 czerwca 1988 w Gdańsku.", "7 czerwca 1988"),
        ("och jag föddes 1975-03-21 i Malmö.", "1975-03-21"),
        ("Nací el 3 de mayo de 1985 en Sevilla.", "3 de mayo de 1985"),
        ("Syntynyt 12.3.1980 Helsingissä.", "12.3.1980"),
        ("My date of birth is on 12 March 1990.", "12 March 1990"),
        ("Mi fecha de nacimiento es el 3 de mayo de 1985.", "3 de mayo de 1985"),
        ("Ma date de naissance est le 14/07/1979.", "14/07/1979"),
    ],
)
def test_a_birth_date_after_i_was_born(pattern_mask: Mask, text: str, date: str) -> None:
    out = pattern_mask.protect(text)
    assert date not in out
    assert pattern_mask.reveal(out) == text


def test_a_fiscal_code_after_the_italian_copula(pattern_mask: Mask) -> None:
    text = "il mio codice fiscale è RSSMRA82D05F839X"
    assert "RSSMRA82D05F839X" not in pattern_mask.protect(text)
