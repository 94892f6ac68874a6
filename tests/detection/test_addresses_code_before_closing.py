"""A closing or a weekday on the line or part after a postal code is no town: the address ends
with the code (``Hauptstraße 5`` over ``10115`` then ``Thanks,``), which stays protected."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Hauptstraße 5\n10115\nThanks, Anna", "Hauptstraße 5\n10115"),
        ("Hauptstraße 5, 10115, Regards", "Hauptstraße 5, 10115"),
        ("Kerkstraat 5, 1234 AB, Monday works", "Kerkstraat 5, 1234 AB"),
    ],
)
def test_the_address_ends_with_the_code(pattern_mask: Mask, text: str, street: str) -> None:
    assert _streets(pattern_mask, text) == [street]
    out = pattern_mask.protect(text)
    assert text.split(street)[1] in out


def test_a_town_after_the_code_still_counts(pattern_mask: Mask) -> None:
    assert _streets(pattern_mask, "Kerkstraat 5, 1234 AB, Maastricht") == ["Kerkstraat 5, 1234 AB, Maastricht"]
