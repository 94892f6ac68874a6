"""Canada's provincial health cards under their labels (``OHIP: 4482719053-KT``, ``his health card
is 6123904473 version AB``) and a driving licence after ``lic no`` stayed in clear; a storage
temperature (``Store at 25 C. Protect from light``) was read as a Spanish street (``C.`` for
calle after a number: Spain writes the number after the street's name)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("OHIP: 4482719053-KT", "4482719053"),
        ("ohip=4482719053-KT refill", "4482719053"),
        ("his health card is 6123904473 version AB", "6123904473"),
        ("Health card number: 9876 543 210", "9876 543 210"),
        ("driver licence for Maria Dela Cruz, lic no N03-12-004471, address", "N03-12-004471"),
    ],
)
def test_health_cards_and_licences_under_their_labels(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Store at 25 C. Protect from light.",
        "Storage: 20-25 C. Last formulary review: 2024-03-14",
        "Keep between 2-8 C. Do not freeze.",
    ],
)
def test_a_temperature_in_celsius_is_no_street(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize("text", ["Vivo en C. Mayor 5, 28013 Madrid", "Dirección: C/ Alcalá 120, Madrid"])
def test_a_spanish_street_still_counts(pattern_mask: Mask, text: str) -> None:
    assert "Address_" in pattern_mask.protect(text)
