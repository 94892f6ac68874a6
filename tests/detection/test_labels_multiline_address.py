"""An address after a label goes on over its next lines as far as the address pattern reads
(``Ship to:\\n12 Baker Street\\nLondon NW1 6XE``): the label's span used to end with its first
line and, found first, hid the postcode line from the address detector."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _addresses(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ship to:\n12 Baker Street\nLondon NW1 6XE", "12 Baker Street\nLondon NW1 6XE"),
        ("Address: 12 Baker Street\nLondon NW1 6XE\nThanks", "12 Baker Street\nLondon NW1 6XE"),
        ("Delivery address:\n221 Main St\nSpringfield, IL 62701\n\nNotes: none", "221 Main St\nSpringfield, IL 62701"),
    ],
)
def test_address_over_its_lines(pattern_mask: Mask, text: str, address: str) -> None:
    assert _addresses(pattern_mask, text) == [address]
    out = pattern_mask.protect(text)
    assert address.split("\n")[-1] not in out


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: 12 Baker Street\nPhone: 555-0100", "12 Baker Street"),  # the next key ends it
        ("Ship to:\n12 Baker Street\nPlease call before delivery.", "12 Baker Street"),
    ],
)
def test_next_line_that_is_no_address(pattern_mask: Mask, text: str, address: str) -> None:
    assert _addresses(pattern_mask, text) == [address]
