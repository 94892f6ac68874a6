"""Labels a CRM or a booking writes with ``on file`` (``Card on file:``, ``Email on file:``) and
the UK's ``NI:`` before a National Insurance number: the card and the number stayed in clear (the
card fails the Luhn check, so only its label could name it)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reservation confirmed. Card on file: 5412 7534 9821 0046.", "5412 7534 9821 0046"),
        ("Email on file: ana.reyes@example.org", "ana.reyes@example.org"),
        ("Address on file: 12 Main St, Springfield", "12 Main St"),
        ("Passport on record: X1234567", "X1234567"),
        ("NI: QQ123456C", "QQ123456C"),
        ("NI: AB 12 34 56 C", "AB 12 34 56 C"),
    ],
)
def test_the_value_is_protected(pattern_mask: Mask, text: str, value: str) -> None:
    protected = pattern_mask.protect(text)
    assert value not in protected
    assert pattern_mask.reveal(protected) == text


@pytest.mark.parametrize(
    "text", ["Nothing on file: 5 items", "Is this on file: 123456789", "Card on file: none", "NI: yes", "ni: 5"]
)
def test_words_that_name_nothing_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_an_indian_pincode_is_a_postcode(pattern_mask: Mask) -> None:
    """``pincode`` is India's postal code (it was read as a card's PIN, a password); ``PIN
    code`` stays a PIN."""
    assert pattern_mask.protect({"pincode": "560095"})["pincode"].startswith("Zip_")
    assert pattern_mask.protect("Pincode - 411001").startswith("Pincode - Zip_")
    assert pattern_mask.protect("PIN code: 4821").startswith("PIN code: [PASSWORD_")


def test_on_file_in_a_field_name(pattern_mask: Mask) -> None:
    """``card_on_file`` is the card's field (``on file`` is stripped as ``number`` is); ``Card file:``
    names no card."""
    assert pattern_mask.protect({"card_on_file": "5412 7534 9821 0046"})["card_on_file"] != "5412 7534 9821 0046"
    assert pattern_mask.protect("Card file: 5412 7534 9821 0046") == "Card file: 5412 7534 9821 0046"
