"""The payee or payer of a transfer in a bank statement's description, written in capitals
(``ZELLE TO KOWALSKI ANNA``): a person, while accounts, businesses and headings stay."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('{"name": "ZELLE TO KOWALSKI ANNA", "amount": 120.0}', "KOWALSKI ANNA"),
        ('{"name": "VENMO PAYMENT 1023874 FROM DEREK CHO"}', "DEREK CHO"),
        ("TFR TO S WHITFIELD REF 8821", "S WHITFIELD"),
        ("ZELLE PAYMENT FROM MARIA L GARCIA CONF# 9XK2L ON 12/03", "MARIA L GARCIA"),
        ("12/03 WIRE TRANSFER FROM JOHN SMITH 1,200.00", "JOHN SMITH"),
        ("2024-01-02,CASH APP TO JAMAL WRIGHT,-35.00", "JAMAL WRIGHT"),
    ],
)
def test_the_party_is_a_person(pattern_mask: Mask, text: str, name: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "PERSON"]
    assert [text[s.start : s.end] for s in spans] == [name]
    assert name not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "ONLINE TRANSFER TO SAVINGS XXXXXX1234",
        "2024-01-02,ONLINE TRANSFER FROM CHK ...4421,-50.00",
        "ZELLE TO ACME PLUMBING LLC 250.00",
        "HOW TO TRANSFER TO A NEW PHONE",
        "DATA TRANSFER FROM SOURCE SYSTEM",  # a heading: no digit on its line
        "Zelle to Anna",  # not a statement's capitals; NER reads mixed case
        "ZELLE TO ANNA",  # one word: no name to tell from a nickname or a business
        "WIRE TRANSFER FROM THE MAIN ACCOUNT ON 12/03 FOR 1,000 USD TODAY PLEASE",
    ],
)
def test_accounts_businesses_and_headings_stay(pattern_mask: Mask, text: str) -> None:
    assert not [s for s in pattern_mask.scan([text])[0] if s.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "ZELLE TO " + "A" * 50 + " " + "VENMO FROM 1 " * 20_000,
        "ZELLE " + "1" * 100_000 + " X",  # a confirmation number that never ends
        "TRANSFER TO AB CD " * 20_000,  # a long line without a digit: looked at once
    ],
)
def test_long_lines_of_near_matches_name_no_one(pattern_mask: Mask, text: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert not [s for s in spans if s.type == "PERSON"]
