"""A town written right after a UK postcode that follows a comma or opens a line, as the
continental order puts it (``Pickup: 12 Roberts Mill, EC1A 1BB Taylorshire.``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Pickup: 12 Roberts Mill, EC1A 1BB Taylorshire. Call on arrival.", "Taylorshire"),
        ("Deliver to Unit 4, Mill Lane, SW1A 1AA Frederickburgh, then return.", "Frederickburgh"),
        ("Roberts Mill\nEC1A 1BB Port Sarah", "Port Sarah"),
    ],
)
def test_town_after_postcode(pattern_mask: Mask, text: str, town: str) -> None:
    assert ("LOCATION", town) in _found(pattern_mask, text)
    assert town not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sent to SW1A 1AA London today.",  # no comma or line start before the postcode
        "Office, EC1A 1BB Floor 3",  # a unit word
        "Postcode SW1A 1AA Thanks.",
    ],
)
def test_no_town(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text) if t == "LOCATION"] == []


def test_a_zip_token_labels_nothing(pattern_mask: Mask) -> None:
    """``Zip_E7YZNL 1111``: the word before the digits is a token's type, not a postcode label, so
    protecting protected text changes nothing (a case the round-trip property test found)."""
    text = "ZIPCODE 4111 1111 1111 1111 "
    once = pattern_mask.protect(text)
    assert pattern_mask.protect(once) == once
    assert pattern_mask.reveal(once) == text
