"""Numbers an organization gives one person (``PERSONAL_ID``): a student's, an employee's, a badge,
a frequent flyer's, a booking's reference, after their labels in text and under their keys; and
a name as an airline writes it (``SMITH/JOHN MR``)."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Student ID: S10293847, Name: Liu Yang", "S10293847"),
        ("Employee No.: 004821", "004821"),
        ("Badge number: B7731 (visitor)", "B7731"),
        ("Frequent flyer number: BA12345678", "BA12345678"),
        ("Booking reference: X7KQ2M", "X7KQ2M"),
        ("Passenger: SMITH/JOHN MR  PNR: X7KQ2M  Seat 14C", "X7KQ2M"),
        ("Matrikelnummer: 4711234", "4711234"),
        ("matricola: 123456", "123456"),
        ('{"employee_id": "E-48213", "department": "Finance"}', "E-48213"),
        ("I'm Chidi Okafor, employee #40213, requesting PTO.", "40213"),  # a person's label and "#"
        ("Patient # 4821 seen today", "4821"),
    ],
)
def test_a_personal_number_after_its_label(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "PERSONAL_ID") in _found(pattern_mask, text)
    assert value not in pattern_mask.protect(text)


def test_a_personal_number_held_as_an_integer(pattern_mask: Mask) -> None:
    out = pattern_mask.protect({"employee_number": 48213, "headcount": 12})
    assert out["employee_number"] != 48213 and out["headcount"] == 12


@pytest.mark.parametrize(
    "text",
    [
        "Student: Liu Yang",  # a student is a person, not a number
        '{"student_count": 42, "employee_count": 310}',
        "Staff meeting at 10:00 in room 4B.",
        "Booking confirmed for 2 guests.",
        "Issue #4821 assigned to the on-call.",
        "Posted to #team-42 by the bot",  # a channel after a person's label
    ],
)
def test_no_personal_number_without_one(pattern_mask: Mask, text: str) -> None:
    assert "PERSONAL_ID" not in [t for _, t in _found(pattern_mask, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Passenger: SMITH/JOHN MR  PNR: X7KQ2M", "SMITH/JOHN MR"),
        ("Passenger name: DOE/JANE MS, seat 3A", "DOE/JANE MS"),
        ('{"passenger_name": "GARCIA LOPEZ/MARIA JOSE MRS"}', "GARCIA LOPEZ/MARIA JOSE MRS"),
        ("Traveler: NGUYEN/THI LAN", "NGUYEN/THI LAN"),
    ],
)
def test_a_name_as_an_airline_writes_it(pattern_mask: Mask, text: str, name: str) -> None:
    assert (name, "PERSON") in _found(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert name.split("/")[1].split()[0] not in out  # the given name too, not only the family name
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["Name: TCP/IP", "Customer: N/A", "Passenger: 2/3 boarded"])
def test_no_airline_name_in_a_pair_of_abbreviations(pattern_mask: Mask, text: str) -> None:
    assert all("/" not in value for value, _ in _found(pattern_mask, text))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('{"cvv": 737, "exp": "08/27"}', ["737"]),
        ('{"dob": 19620714, "visits": 3}', ["19620714"]),
        ('{"member_id": 48213123}', ["48213123"]),
        ('{"patient": {"mrn": 4821312, "age": 64}}', ["4821312"]),
        ('[{"phones": [4155550199, 4155550123]}]', ["4155550199", "4155550123"]),
    ],
)
def test_a_labelled_bare_number_in_json_text(pattern_mask: Mask, text: str, values: list[str]) -> None:
    out = pattern_mask.protect(text)
    assert [v for v in values if v in out] == []
    json.loads(out)  # still JSON: a token replacing a number is quoted
    assert pattern_mask.reveal(out) != out


@pytest.mark.parametrize(
    "text",
    [
        '{"code": 200, "count": 3, "page": 2, "total": 1290}',
        '{"status_code": 404, "retry_after": 30, "items": [1, 2, 3]}',
        '{"area_code": 415, "country_code": 44, "version": 3}',
    ],
)
def test_other_bare_numbers_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_json_leaves_give_bare_numbers_with_their_key_and_parent() -> None:
    from mask.core.detectors.label_json import json_leaves
    from mask.core.detectors.label_words import THING_KEYS, TYPE_KEYS

    text = '{"patient": {"mrn": 4821312, "age": -64.5e0}, "phones": [4155550199, 4155550123], "ok": true}'
    leaves = [(text[lo:hi], path.key, path.parent) for lo, hi, path in json_leaves(text, TYPE_KEYS, THING_KEYS)]
    assert leaves == [
        ("4821312", "mrn", "patient"),
        ("-64.5e0", "age", "patient"),
        ("4155550199", "phones", None),
        ("4155550123", "phones", None),
    ]
    once = json.dumps({"body": '{"cvv": 737}'})
    assert ("737", "cvv") in [(once[lo:hi], p.key) for lo, hi, p in json_leaves(once, TYPE_KEYS, THING_KEYS)]
    twice = json.dumps({"a": json.dumps({"body": '{"cvv": 737}'})})
    inner = [twice[lo:hi] for lo, hi, _ in json_leaves(twice, TYPE_KEYS, THING_KEYS)]
    assert "737" not in inner  # JSON escaped twice: no quoting of its token is written
