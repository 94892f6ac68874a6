"""An Indian city joined to its PIN code by a hyphen ends the address in running text too
(``12 Sharma Street, Nellore-170364``), not only after an address label; the house number may
stand on its own line after ``H.No.`` (``H.No. 779`` then ``Sharma Street, Nellore-170364``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ship 816, Gala Road, Pune-621564.", "816, Gala Road, Pune-621564"),
        (
            "delivered to Rayaan Saraf at H.No. 20, Sandal Chowk, Bhiwandi-542619 tomorrow.",
            "H.No. 20, Sandal Chowk, Bhiwandi-542619",
        ),
        (
            "Bill to:\nBorah-Natt\nH.No. 779\nSharma Street, Nellore-170364\nTotal due",
            "H.No. 779\nSharma Street, Nellore-170364",
        ),
        ("Pickup point\nH.No. 08\nChada Circle, Varanasi-221001", "H.No. 08\nChada Circle, Varanasi-221001"),
    ],
)
def test_indian_addresses_in_text(pattern_mask: Mask, text: str, address: str) -> None:
    assert address in _streets(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert address not in out
    assert pattern_mask.reveal(out) == text


def test_a_number_after_other_words_on_its_line_opens_no_street(pattern_mask: Mask) -> None:
    assert "Order 779\nSharma Street" not in _streets(pattern_mask, "Order 779\nSharma Street is closed")
