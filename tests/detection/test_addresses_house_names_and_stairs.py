"""A street with a street type and no house number among an address's parts before a postcode
that says what it is (``Ivy Cottage, Church Lane, Long Compton, CV36 5JS``), the house's name
before it included, and an Austrian house number with its staircase and door (``Favoritenstraße
120/4/15, 1100 Wien``), whose postcode and town then follow the street. A street type in prose
before a postcode, with no comma or line before it, stays the postcode's alone."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Rechnung an: Favoritenstraße 120/4/15, 1100 Wien.", "Favoritenstraße 120/4/15, 1100 Wien"),
        ("Neue Adresse Gumpendorfer Straße 17/2/8, 1060 Wien", "Gumpendorfer Straße 17/2/8, 1060 Wien"),
        ("Lieferung: Linzer Straße 5/1/3, 3100 St. Pölten", "Linzer Straße 5/1/3, 3100 St. Pölten"),
    ],
)
def test_austrian_staircase_and_door(pattern_mask: Mask, text: str, address: str) -> None:
    found = [v for v, etype in scanned(pattern_mask, text) if etype == "STREET_ADDRESS"]
    assert any(address in value for value in found)


def test_a_date_after_a_house_number_stays_apart(pattern_mask: Mask) -> None:
    """A third part of four digits is a year's, not a door's: the house number ends before it."""
    text = "Hauptstraße 5/12/2024 geöffnet"
    assert ("Hauptstraße 5/12", "STREET_ADDRESS") in scanned(pattern_mask, text)
