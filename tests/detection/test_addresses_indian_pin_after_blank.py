"""An Indian address whose parts carry no street type, its PIN after the town and a blank, a comma
or a spaced hyphen (``42/7 Koramangala 5th Block, Bengaluru 560095``): each stayed in clear but the
town. It counts with a word of an Indian address in its parts (Block, Nagar, Sector, Residency...)
or a locality written as one word (``Indiranagar``), or an Indian town or state before the PIN."""

from __future__ import annotations

import random

import pytest

from mask.core import Mask
from mask.core.detectors.postcodes import _SIX_DIGITS_ALONE, six_digits


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Please send the replacement part to 42/7 Koramangala 5th Block, Bengaluru 560095",
            "42/7 Koramangala 5th Block, Bengaluru 560095",
        ),
        (
            "Deliver to Flat 302, Sai Residency, Sector 15, Navi Mumbai 400614.",
            "Flat 302, Sai Residency, Sector 15, Navi Mumbai 400614",
        ),
        ("B-14, Lajpat Nagar II, New Delhi - 110024", "B-14, Lajpat Nagar II, New Delhi - 110024"),
        (
            "Office: No. 12, 3rd Cross, 5th Main, Indiranagar, Bangalore 560038 (near the metro)",
            "No. 12, 3rd Cross, 5th Main, Indiranagar, Bangalore 560038",
        ),
        ("> 17, Gandhi Road, Anna Salai\n> Chennai, Tamil Nadu 600002\n", "17, Gandhi Road, Anna Salai\n> Chennai"),
        ("Ship to #45, Jayanagar 4th Block, Bengaluru, Karnataka 560011", "45, Jayanagar 4th Block"),
    ],
)
def test_an_indian_address_with_its_pin_after_a_blank(pattern_mask: Mask, text: str, address: str) -> None:
    found = _streets(pattern_mask, text)
    assert any(address in street or (street in address and len(street) > 20) for street in found), found
    out = pattern_mask.protect(text)
    assert text[text.index(address) : text.index(address) + 8] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Order 12, Main Menu, Sector 7, Pune 411001",  # an order before it
        "Build 12, Release Notes, Version 202401",  # no word of an address, no Indian town
        "Step 3, Widgets, Gadgets 100200",
        "Room 4, Floor 2, Batch 123456",
        "Seats 12, Rows 30, Capacity 450000",
    ],
)
def test_numbers_and_lists_before_six_digits_stay(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []
    assert pattern_mask.protect(text) == text


def test_the_six_digit_prescan_finds_what_the_pattern_finds() -> None:
    # an ASCII text is read in a copy whose digits are all 0 (the engine skips to the literal)
    rng = random.Random(2)
    checked = 0
    for _ in range(30000):
        text = "".join(rng.choice("0123456789 -_aZ,") for _ in range(rng.randint(0, 30)))
        expected = [m.span() for m in _SIX_DIGITS_ALONE.finditer(text)]
        assert list(six_digits(text)) == expected, text
        checked += len(expected)
    assert checked > 500
