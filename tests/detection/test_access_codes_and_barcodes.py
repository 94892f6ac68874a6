"""Numbers a word names as something to key in or scan: a conference call's PIN, a meeting's ID or
passcode, a door's access code right before a number make it no phone number (``conference PIN
612 774 305#``), and a barcode, EAN, UPC or GTIN word before a number of a GTIN's length makes it no
card (``EAN 4012345678901``). The phone number or card beside them is still found."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    "text",
    [
        "Call moved to 10:00; conference PIN 612 774 305# for the board meeting.",
        "Meeting ID: 731 558 2094, passcode 448 120 963",
        "Door access code 0412 345 678 for the loading bay.",
        "Webinar ID 612 449 8810 (no registration needed).",
        "Enter participant code 307 915 228 then #.",
    ],
)
def test_access_code_is_no_phone(pattern_mask: Mask, text: str) -> None:
    assert [v for v, etype in scanned(pattern_mask, text) if etype == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Dial-in: +1 646 931 3860, PIN 7714#", "+1 646 931 3860"),
        ("Call 0412 882 519 for the access code.", "0412 882 519"),
        ("PIN 4410, phone 0207 946 0321", "0207 946 0321"),
    ],
)
def test_phone_beside_an_access_code(pattern_mask: Mask, text: str, phone: str) -> None:
    assert (phone, "PHONE_NUMBER") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Barcode 6319314170588, lot A-77, best before 03/2027.",
        "EAN-13: 5901234123457",
        "GTIN 6457249208683 on the outer carton",
        "Código de barras: 5901234123457",
    ],
)
def test_barcode_is_no_card(pattern_mask: Mask, text: str) -> None:
    assert [v for v, etype in scanned(pattern_mask, text) if etype == "CREDIT_CARD"] == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Barcode scanned, then paid by card 4539 1488 0343 6467", "4539 1488 0343 6467"),
        ("Card 5901234123457 (barcode on the receipt)", "5901234123457"),
        ("Barcode 12345, card number 4111111111111111", "4111111111111111"),
    ],
)
def test_card_beside_a_barcode_word(pattern_mask: Mask, text: str, card: str) -> None:
    assert (card, "CREDIT_CARD") in scanned(pattern_mask, text)
