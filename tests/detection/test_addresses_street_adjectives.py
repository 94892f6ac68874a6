"""A word written apart before a one-word street (old, new, great, little, north...) is part of its
name: ``Große Bergstraße 12`` lost ``Große``, ``Store Kongensgade 40`` lost ``Store``."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "address",
    [
        "Große Bergstraße 12, 22767 Hamburg",
        "Alte Landstraße 3, 85521 Ottobrunn",
        "Store Kongensgade 40, 1264 København",
        "Ny Østergade 5, 1101 København K",
        "Oude Gracht 12, 3511 AR Utrecht",
    ],
)
def test_the_word_before_the_street_goes_with_it(pattern_mask: Mask, address: str) -> None:
    text = f"Lieferadresse: {address}"
    found = [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]]
    assert ("STREET_ADDRESS", address) in found


def test_an_ordinary_word_before_the_street_stays_out(pattern_mask: Mask) -> None:
    text = "Visit Hauptstraße 5, 10115 Berlin"
    found = [text[s.start : s.end] for s in pattern_mask.scan([text])[0]]
    assert "Hauptstraße 5, 10115 Berlin" in found


def test_danish_directions_before_a_one_word_street(pattern_mask: Mask) -> None:
    text = "Levering: Østre Landevej 12, 9000 Aalborg"
    found = [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]]
    assert ("STREET_ADDRESS", "Østre Landevej 12, 9000 Aalborg") in found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Osoite: Mäkelän polku 3 B, 02100 Espoo", "Mäkelän polku 3 B, 02100 Espoo"),
        ("your driver is 5 min away from Bertha Pauligin katu 6. Questions?", "Bertha Pauligin katu 6"),
    ],
)
def test_finnish_street_words_written_apart(pattern_mask: Mask, text: str, address: str) -> None:
    found = [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]]
    assert ("STREET_ADDRESS", address) in found
