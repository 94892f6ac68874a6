"""A Brazilian address ends with its neighbourhood, its town, a dash or slash and the state, then
the CEP: ``Rua das Flores, 123, apto 45, Pinheiros, São Paulo - SP, 05422-010``. Before, the address
stopped at the unit, and the town and the CEP stayed in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "customer moved to Rua das Flores, 123, apto 45, Pinheiros, São Paulo - SP, 05422-010.",
            "Rua das Flores, 123, apto 45, Pinheiros, São Paulo - SP, 05422-010",
        ),
        ("Rua das Flores, 123 - Pinheiros, São Paulo - SP, 05422-010", None),
        ("Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200, Brasil", None),
    ],
)
def test_town_state_and_cep_belong_to_the_address(pattern_mask: Mask, text: str, address: str | None) -> None:
    found = _found(pattern_mask, text)
    expected = address or text
    assert ("STREET_ADDRESS", expected) in found
    protected = pattern_mask.protect(text)
    assert "São Paulo" not in protected and not any(cep in protected for cep in ("05422-010", "01310-200"))


def test_a_labelled_cep_stays_the_labels_and_the_address_ends_before_it(pattern_mask: Mask) -> None:
    text = "Rua das Flores, 123, Pinheiros, São Paulo/SP, CEP 05422-010"
    found = _found(pattern_mask, text)
    assert ("STREET_ADDRESS", "Rua das Flores, 123, Pinheiros, São Paulo/SP") in found
    assert ("ZIP_CODE", "05422-010") in found


@pytest.mark.parametrize("text", ["Order 12 - Widgets, Total - SP", "Item 5, Blue - XL"])
def test_a_dash_and_two_capitals_alone_make_no_address(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
