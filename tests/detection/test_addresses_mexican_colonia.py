"""A Mexican address names its neighbourhood after the street (``Col.``, ``Colonia``, ``Fracc.``),
then the postal code and the town. Before, ``Col`` was read as the town after the street, the
neighbourhood and the postal code stayed in clear (``Av. Insurgentes Sur 1602, Col. Crédito
Constructor, 03940 Ciudad de México``), and without the postal code the street was too weak alone."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "address", "town"),
    [
        (
            "Send it c/o Maria Gonzalez, Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX.",
            "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940",
            "Ciudad de México, CDMX",  # the capital's abbreviation after the town comes along
        ),
        (
            "Calle Durango 200, Col. Roma Norte, 06700 Ciudad de México",
            "Calle Durango 200, Col. Roma Norte, 06700",
            "Ciudad de México",
        ),
        (
            "Av. Reforma 222, Colonia Juárez, C.P. 06600, CDMX",
            "Av. Reforma 222, Colonia Juárez, C.P. 06600, CDMX",
            None,
        ),
        ("Calle Kukulcán 12, Col. Centro", "Calle Kukulcán 12, Col. Centro", None),
    ],
)
def test_the_neighbourhood_and_postal_code_belong_to_the_address(
    pattern_mask: Mask, text: str, address: str, town: str | None
) -> None:
    found = _found(pattern_mask, text)
    assert ("STREET_ADDRESS", address) in found
    assert ("LOCATION", "Col") not in found
    if town is not None:
        assert ("LOCATION", town) in found
    protected = pattern_mask.protect(text)
    assert "Constructor" not in protected and "Roma Norte" not in protected and "Juárez" not in protected
    assert not any(code in protected for code in ("03940", "06700", "06600"))


def test_a_column_word_is_no_neighbourhood(pattern_mask: Mask) -> None:
    text = "See table 4, Col. B for the totals."
    assert not [f for f in _found(pattern_mask, text) if f[0] == "STREET_ADDRESS"]
