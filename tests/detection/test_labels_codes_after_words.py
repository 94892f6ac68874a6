"""Labelled values that stayed in clear: a code of capitals, a dash and digits after a label
without a separator (``policy number PN-77812345``, ``MRN MR-0048291``); a one-time code after
``is`` (``your verification code is 448812``); a Vietnamese account after ``STK``; India's PAN
after ``PAN`` without a separator; Polish, Scandinavian and Czech copulas (``mój PESEL to ...``);
``bday``; a vehicle's registration mark; ``Acc`` and Mexico's ``CLABE`` before an account."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("insured Hiroshi Sato, policy number PN-77812345, DOB 03/15/1962", "PN-77812345", "HEALTH_PLAN_ID"),
        ("MRN MR-0048291 admitted", "MR-0048291", "MEDICAL_RECORD_NUMBER"),
        ('body="Hi Grace, your verification code is 448812"', "448812", "PASSWORD"),
        ("Your OTP is 448812. Do not share it.", "448812", "PASSWORD"),
        ("Vietcombank, STK 0071001234567, SĐT 0903 123 456", "0071001234567", "US_BANK_NUMBER"),
        ("Số tài khoản: 0071001234567", "0071001234567", "US_BANK_NUMBER"),
        ("PAN ABCPD1234E", "ABCPD1234E", "IN_PAN"),  # a card's label; India's Permanent Account Number
        ("PAN no. ABCPD1234E on file", "ABCPD1234E", "IN_PAN"),
        ("Cześć, mój PESEL to 44051401359.", "44051401359", "PL_PESEL"),  # Polish "to": is
        ("PESEL jest 44051401359", "44051401359", "PL_PESEL"),
        ("mitt personnummer är 19900101-1234", "19900101-1234", "NATIONAL_ID"),
        ("mitt personnummer er 010190 12345", "010190 12345", "NATIONAL_ID"),
        ("my bday is 4/12/91", "4/12/91", "DATE_TIME"),
        ("Vehicle reg: AB12 CDE, MOT due 05/2027", "AB12 CDE", "VEHICLE_ID"),
        ("BSB 062-000 Acc 12345678", "12345678", "US_BANK_NUMBER"),
        ("CLABE 002010077777777771", "002010077777777771", "US_BANK_NUMBER"),
    ],
)
def test_the_labelled_value_is_found(pattern_mask: Mask, text: str, value: str, entity_type: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert (value, entity_type) in [(text[s.start : s.end], s.type) for s in spans]
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order ORD-3262-OrRu shipped",
        "the error code is 404",
        "The pin is 13 on this board",  # a GPIO's pin after "is"
        "stk 500 units in stock",  # "STK" in capitals only
        "See section AB-12 of the policy",
        "card Visa ending 4242",
        "PAN ABCDEFGHIJ in the logs",
        "Set the timeout to 300",
        "Upgrade the account to 2 users",
        "Reg: 4 of 12 seats left",
        "Press Acc 3 to accelerate",
        "plate 3 of 4",
        "Add plate B12 to the rack",
        "Hot plate 2000W, 230V",  # "plate" alone is a field name only
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
