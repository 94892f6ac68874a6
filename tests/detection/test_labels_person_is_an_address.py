"""An address given under a person's label (a chat's ``Customer:`` answering an address question)
is read as the address: ``Rua Gaspar Rocha`` was a person, and the rest of the address stayed in
clear. A value that opens with a street type and has a number after its words is no name."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "[10:04] Agent: Which address is the order going to?\n[10:04] Customer: Rua Gaspar Rocha, 46, 4262-293 Rio Tinto",
            "Rua Gaspar Rocha, 46, 4262-293 Rio Tinto",
        ),
        ("Customer: Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid"),
    ],
)
def test_an_address_under_a_person_label_is_the_address(pattern_mask: Mask, text: str, address: str) -> None:
    found = [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]]
    assert ("STREET_ADDRESS", address) in found


def test_a_name_under_a_person_label_stays_a_person(pattern_mask: Mask) -> None:
    text = "Customer: Anna Kowalska, 42, from Leeds"
    found = [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]]
    assert ("PERSON", "Anna Kowalska") in found
