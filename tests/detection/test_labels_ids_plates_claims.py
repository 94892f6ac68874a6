"""Values that stayed in clear after labels of their type: national identifiers behind local labels
(``MyKad``, ``NID``, ``Ghana Card``, ``Thai ID``, ``Rodné číslo``, a Norwegian ``Fødselsnummer``
whose ``ø`` did not fold, ``Cédula del remitente``, a bare ``CC`` before a Colombian cédula's dotted
number); dates of birth after Norwegian, Vietnamese, Portuguese, Spanish and Czech cues;
vehicle plates after ``registration``, ``plate`` and ``reg.``; insurance claim and policy numbers;
a JSON key with a custom field's prefix; a house number under its label. Look-alikes stay."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # national identifiers
        ("MyKad 950823-14-5568", "950823-14-5568", "NATIONAL_ID"),
        ("NID 1992 2691 7730 45", "1992 2691 7730 45", "NATIONAL_ID"),
        ("LRN: 136512090045", "136512090045", "PERSONAL_ID"),
        ("NHIS No. 09182736", "09182736", "HEALTH_PLAN_ID"),
        ("CNS 898 0012 3456 7890", "898 0012 3456 7890", "HEALTH_PLAN_ID"),
        ("Ghana Card GHA-712345678-9", "GHA-712345678-9", "NATIONAL_ID"),
        ("Thai ID 1-1020-03456-78-9", "1-1020-03456-78-9", "NATIONAL_ID"),
        ("F\u00f8dselsnummer: 01129012345", "01129012345", "NATIONAL_ID"),
        ("Rodn\u00e9 \u010d\u00edslo: 855612/1234", "855612/1234", "NATIONAL_ID"),
        ("C\u00e9dula del remitente 52.778.901", "52.778.901", "NATIONAL_ID"),
        ("ID No. 8704150843087", "8704150843087", "NATIONAL_ID"),
        ("CC 1.020.345.678", "1.020.345.678", "NATIONAL_ID"),
        ("Remitente: Ana Ruiz, C.C. 52.778.901", "52.778.901", "NATIONAL_ID"),
        # dates of birth
        ("F\u00f8dselsdato: 03.11.1990", "03.11.1990", "DATE_TIME"),
        ("T\u00f4i sinh ng\u00e0y 12/05/1972", "12/05/1972", "DATE_TIME"),
        ("Ela faz anivers\u00e1rio em 08/12/1957", "08/12/1957", "DATE_TIME"),
        ("Naci\u00f3 el 14/03/1991.", "14/03/1991", "DATE_TIME"),
        ("datum narozen\u00ed 14. 7. 1979", "14. 7. 1979", "DATE_TIME"),
        ("Fecha de nacimiento del paciente: 01/02/1990", "01/02/1990", "DATE_TIME"),
        # vehicle plates
        ("registration 1XY-4ZB", "1XY-4ZB", "VEHICLE_ID"),
        ("plate KL21 ABC", "KL21 ABC", "VEHICLE_ID"),
        ("reg. CA 456-789", "CA 456-789", "VEHICLE_ID"),
        ("reg. ND 123 456", "ND 123 456", "VEHICLE_ID"),
        ("Your loaner plate is HZT-4471.", "HZT-4471", "VEHICLE_ID"),
        # insurance claims and policies
        ("Claim CLM-2024-558813 under policy HX-77120934", "CLM-2024-558813", "HEALTH_PLAN_ID"),
        ("Claim CLM-2024-558813 under policy HX-77120934", "HX-77120934", "HEALTH_PLAN_ID"),
        ("Policy no.: AAMI-HOM-00391827, claim 8827-3310", "AAMI-HOM-00391827", "HEALTH_PLAN_ID"),
        ("Policy no. AAMI-HOM-00391827, claim 8827-3310", "8827-3310", "HEALTH_PLAN_ID"),
        ("Claim number: 8827-3310", "8827-3310", "HEALTH_PLAN_ID"),
        # a custom field's key, a house number
        ('{"cf_pin_code": "560025"}', "560025", "PASSWORD"),  # a "pin code" key names a PIN
        ('{"custom_phone": "+44 20 7946 0958"}', "+44 20 7946 0958", "PHONE_NUMBER"),
        ('{"Phone__c": "+44 20 7946 0958"}', "+44 20 7946 0958", "PHONE_NUMBER"),
        ("Hausnummer: 14a", "14a", "STREET_ADDRESS"),
        ('{"house_number": "7 B"}', "7 B", "STREET_ADDRESS"),
    ],
)
def test_the_labelled_value_is_protected(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in _found(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


def test_a_payload_field_with_a_custom_prefix_or_a_house_number(pattern_mask: Mask) -> None:
    out = pattern_mask.protect({"x_studio_phone": "+44 20 7946 0958", "hausnummer": "14a", "custom_name": "Q3 board"})
    assert out["x_studio_phone"] != "+44 20 7946 0958" and out["hausnummer"] != "14a"
    assert out["custom_name"] == "Q3 board"  # a custom name is a thing's


@pytest.mark.parametrize(
    "text",
    [
        "Policy updates take effect in 2025.",
        "The claim 3 of the patent",
        "claim 2024-01-15 was filed late",  # a date after "claim"
        "the policy 2024-25 review",  # a span of years after "policy"
        "registration opens at 9:00",
        "registration 2024 opens Monday",
        "registration is open",
        "registration FEB 2024 is full",
        "reg. 2019/1148 of the EU",  # a regulation's number, no plate
        "the plate 3 of the series",
        "CC: the whole team",
        "cc 1.5 ml",
        "CC 2.5 litres",
        "ID 42 in the list",
        "Thai ID cards were reissued in 2019",
        "the NHIS 2019-2020 survey",  # the US National Health Interview Survey
        "CNS 4 mg dose",
        "NID 42 rejected",
        '{"custom_name": "My Dashboard"}',
        "address: 12",  # a house number's shape under an address label that names no house number
        "ng\u00e0y 12/05/1972",  # "day", no birth
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
