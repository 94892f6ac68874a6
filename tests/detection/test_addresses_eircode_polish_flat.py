"""Two address parts that stayed in clear: an Irish Eircode (under its label, or after the county
or Dublin district that precedes it), and a Polish flat number (``m. 15``, ``lok. 3``) between
the house number and the postal code, which cut the address's tail off."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Eircode: D02 X285", "D02 X285"),
        ("eircode D02X285", "D02X285"),
        ("has lived at 7 Glenview Heights, Ballincollig, Co. Cork P31 X2K5 since 2015.", "P31 X2K5"),
        ("14 Merrion Square, Dublin 2 D02 X285", "D02 X285"),
        ("Kinsale, County Cork, P17 WR26", "P17 WR26"),
    ],
)
def test_eircodes(pattern_mask: Mask, text: str, code: str) -> None:
    assert ("ZIP_CODE", code) in _found(pattern_mask, text)
    assert code not in pattern_mask.protect(text)


@pytest.mark.parametrize("text", ["Model D02 X285 ships Monday", "part no A65 F4E2 in stock"])
def test_an_eircode_shape_without_label_or_county_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Shipping to: Wojciech Kowalczyk, ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
            "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
        ),
        ("ul. Długa 7 lok. 3, 80-827 Gdańsk", "ul. Długa 7 lok. 3, 80-827 Gdańsk"),
    ],
)
def test_a_polish_flat_number_keeps_the_postal_code_in_the_address(pattern_mask: Mask, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(pattern_mask, text)


def test_a_time_is_no_flat(pattern_mask: Mask) -> None:
    text = "meet at 5 p.m. 15 people"
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Home: 3 Ashgrove Terrace, Cork T12 X2Y3 | Salary: €64,000", "T12 X2Y3"),
        ("Galway, H91 E2K3", "H91 E2K3"),
        ("Shipping to Killarney V93 A0X4.", "V93 A0X4"),
    ],
)
def test_an_eircode_after_an_irish_town(pattern_mask: Mask, text: str, code: str) -> None:
    """Only ``Co. Cork`` or a Dublin district before an Eircode made it one: ``Cork T12 X2Y3`` (the
    city, without ``Co.``) stayed in clear."""
    spans = [text[s.start : s.end] for s in pattern_mask.scan([text])[0]]
    assert code in spans


@pytest.mark.parametrize("text", ["Model A12 B345 in stock", "Order: Cork board, K12 AB34X", "Paris T12 X2Y3"])
def test_the_same_shape_elsewhere_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
