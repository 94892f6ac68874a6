"""A record written on one line, its cells apart by ``|``, ``;``, ``,`` or a tab: a field name
too short or ambiguous for running text (``RG``, ``RFC``, ``plate``) names its value there when
the cell before is a key and a value, as it does on a line of its own among key-value rows.
And a date written the airlines' way (``14MAR1979``) under a date label."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        (
            "Paciente: João Pedro Santos | CPF: 123.456.789-09 | RG: 12.345.678-9 | Celular: (11) 98765-4321",
            "12.345.678-9",
            "NATIONAL_ID",
        ),
        ("CURP: GODE561231HDFRRN09, RFC: GODE561231GR8, Nombre: Ernesto González", "GODE561231GR8", "NATIONAL_ID"),
        ("name: Ana Souza\tRG: 12.345.678-9", "12.345.678-9", "NATIONAL_ID"),
        ("Driver: Carlos Mendoza; plate: 7ABC123; VIN: 1HGCM82633A004352", "7ABC123", "VEHICLE_ID"),
        ('{"plate": "7ABC123", "make": "Honda"}', "7ABC123", "VEHICLE_ID"),
    ],
)
def test_a_short_field_name_in_a_cell_of_a_record(pattern_mask: Mask, text: str, value: str, entity_type: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert (value, entity_type) in [(text[s.start : s.end], s.type) for s in spans]
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "See RFC: 2616 and RFC: 7231 for the details.",  # too short for an identifier
        "Hi there, RG: 12345678 was the code",  # the cell before holds no key and value
        "The tectonic plate 2024 report",  # no separator: "plate" is a word in running text
        "Tectonic plate: 2024 report",  # no record around it
        "We met in Lyon; RFC: 12345678 was the ticket",
    ],
)
def test_the_same_names_in_running_text_name_nothing(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Passenger: MR JAMES WALKER, DOB 14MAR1979",
        "DOB: 14MAR1979",
        "Date of birth: 04jul85",
        '{"dob": "14MAR1979"}',
    ],
)
def test_a_date_written_the_airlines_way(pattern_mask: Mask, text: str) -> None:
    out = pattern_mask.protect(text)
    assert "14MAR1979" not in out and "04jul85" not in out


@pytest.mark.parametrize("text", ["DOB: 14MARCH", "Flight BA117 LHR-JFK 12DEC", "Ref: 12MAR99X"])
def test_look_alikes_of_that_date_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Organization=Johansson & Niklasson AB Invoice=INV-2023-79514", "Johansson & Niklasson AB"),
        ("employer=Mohammed & Holm AB order_id=ORD-432492", "Mohammed & Holm AB"),
    ],
)
def test_a_blank_ampersand_is_part_of_a_value_after_an_equals_sign(pattern_mask: Mask, text: str, company: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert (company, "ORGANIZATION") in [(text[s.start : s.end], s.type) for s in spans]


def test_a_query_strings_ampersand_still_ends_a_value(pattern_mask: Mask) -> None:
    text = "https://x.io/?name=Jane%20Doe&phone=4155550199&x=1"
    found = [text[s.start : s.end] for s in pattern_mask.scan([text])[0]]
    assert "Jane%20Doe" in found and "4155550199" in found
