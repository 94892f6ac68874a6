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
        (
            "the address is Ivy Cottage, Church Lane, Long Compton, CV36 5JS cheers",
            "Ivy Cottage, Church Lane, Long Compton, CV36 5JS",
        ),
        (
            "Post it to: The Old Vicarage, Station Road, Great Missenden, Bucks, HP16 0AL",
            "The Old Vicarage, Station Road, Great Missenden, Bucks, HP16 0AL",
        ),
        ("Greenacres, Orchard Way, Kidlington, OX5 1PQ", "Orchard Way, Kidlington, OX5 1PQ"),
        ("Billing:\nBeech Avenue, Harrogate, HG2 8DZ", "Beech Avenue, Harrogate, HG2 8DZ"),
        ("Mailing: Hollow Farm, Maple Drive, Springfield, IL 62704", "Hollow Farm, Maple Drive, Springfield, IL 62704"),
    ],
)
def test_unnumbered_street_in_an_address_list(pattern_mask: Mask, text: str, address: str) -> None:
    assert (address, "STREET_ADDRESS") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "We went walking in Hyde Park, London W2 2UH was the meeting point.",  # no comma or line before the street
        "Invoice, Park Lane, London, W1K 7TN",  # a word that says it is no address
    ],
)
def test_no_unnumbered_street(pattern_mask: Mask, text: str) -> None:
    assert [v for v, etype in scanned(pattern_mask, text) if etype == "STREET_ADDRESS"] == []


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
