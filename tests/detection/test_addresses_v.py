"""Czech and Slovak possessive street names (``Štychova 5``, ``Kulhavého 12``), the rest of the
Australian street types (``Taylor Ride``, ``Ocean Reach``), and towns whose name holds two
particles (``Krimpen aan den IJssel``, ``Waidhofen an der Thaya``) in brackets."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _addresses(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Note: customer lives at Štychova 5 in Ivančice and prefers email.", "Štychova 5"),
        ("Delivery to Kulhavého 12, Rotava.", "Kulhavého 12"),
        ("She lives at Hrdličkova 8 in Košice.", "Hrdličkova 8"),
        ("Pickup: 374 Taylor Ride, 2920 Jeremymouth. Call soon.", "374 Taylor Ride, 2920 Jeremymouth"),
        ("Pickup: Unit 51 374 Taylor Ride, 2920 Jeremymouth.", "Unit 51 374 Taylor Ride, 2920 Jeremymouth"),
        ("Ship to 8 Ocean Reach, Brighton VIC 3186.", "8 Ocean Reach, Brighton VIC 3186"),
    ],
)
def test_street_is_found(pattern_mask: Mask, text: str, address: str) -> None:
    assert address in " | ".join(_addresses(pattern_mask, text))
    out = pattern_mask.protect(text)
    assert address.split(",")[0] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "The Supernova 3 release shipped in Berlin.",
        "Casanova 2 is a film.",
        "Version 3 of the Ride app is out.",
        "We reach 20 Gates on Monday.",
    ],
)
def test_ordinary_words_stay(pattern_mask: Mask, text: str) -> None:
    assert _addresses(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Forwarding the invoice from Bauer GmbH (Waidhofen an der Thaya) to Anna.", "Waidhofen an der Thaya"),
        ("Forwarding the invoice from Jan de Vries (Krimpen aan den IJssel) to Piet.", "Krimpen aan den IJssel"),
    ],
)
def test_town_with_two_particles_in_brackets(ner_mask: Mask, text: str, town: str) -> None:
    assert ("LOCATION", town) in [(s.type, text[s.start : s.end]) for s in ner_mask.scan([text])[0]]
    assert town not in ner_mask.protect(text)
