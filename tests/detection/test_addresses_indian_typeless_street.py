"""An Indian street named without a street type (a family name or a locality alone: ``82, Rattan``)
before ``Town-PIN`` is an address, its house number on the line before too (``H.No. 857`` over
``Gaba, Vellore-418968``); an order, a chapter or a build before such a shape is none."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Your parcel will be delivered to Amit at 82, Rattan, Sagar-101538 tomorrow.", "82, Rattan, Sagar-101538"),
        ("Ship it to 12, Kumar, Sagar-999999 please", "12, Kumar, Sagar-999999"),
        (
            "Thanks for your help.\n\nBest regards,\n\nKunda Date\nH.No. 857\nGaba, Vellore-418968\n",
            "H.No. 857\nGaba, Vellore-418968",
        ),
    ],
)
def test_a_typeless_street_before_town_pin(pattern_mask: Mask, text: str, address: str) -> None:
    assert any(address in street for street in _streets(pattern_mask, text))
    out = pattern_mask.protect(text)
    assert address.split("\n")[-1] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Order 82, Rattan, Sagar-101538 shipped",
        "Chapter 5, Intro, Part-123456",
        "python-3.11.7, build 12, Release-202401",
        "Step 3, Widgets, v2-100200 costs 12.50 EUR",
        "Batch 2024-11-30, item 7, SKU-100200",
    ],
)
def test_orders_and_versions_stay_untouched(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []
