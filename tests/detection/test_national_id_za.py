"""A South African identity number after an ID word (``ID 8001015009087``): a date of birth, a
citizenship digit, 8 or 9 and a Luhn check, by python-stdnum's ``za.idnr``."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "Name - Sipho Ndlovu; ID 8001015009087; Cell 082 555 1234",
        "SA ID number: 8001015009087",
        "RSA ID 8001015009087 verified",
    ],
)
def test_after_an_id_word(pattern_mask: Mask, text: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert ("8001015009087", "NATIONAL_ID") in [(text[s.start : s.end], s.type) for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "8001015009087",  # no ID word
        "ID 8001015009088",  # the check digit is wrong
        "id 1701234567890",  # a timestamp in milliseconds: neither 0/1 nor 8/9 where they belong
        "ID 8013015009087",  # no 13th month
    ],
)
def test_other_numbers_stay(pattern_mask: Mask, text: str) -> None:
    assert not [s for s in pattern_mask.scan([text])[0] if s.type == "NATIONAL_ID"]
