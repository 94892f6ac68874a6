"""A chat's ``number`` opening a clause or after ``my`` (``mera``, Swahili ``yangu``...) right before
an unbroken, valid mobile number labels it; in the middle of a clause, or after ``order``, it stays."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mera naam Priya Nair hai, number 9812204417.", "9812204417"),
        ("ji, mera number 9812204417 hai", "9812204417"),
    ],
)
def test_a_mobile_after_number(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "PHONE_NUMBER") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "order number 9812204417 shipped",
        "ok, order number 9812204417 shipped",
        "the number 9812204417 was rejected by the parser",
        "item number 9812204417 is out of stock",
    ],
)
def test_other_numbers_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
