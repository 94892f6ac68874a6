"""A second number to call, after a first one: joined by ``or`` or a slash when the first is
labelled, by ``pls, or`` when the first is a valid number; one mechanism reads both."""

from __future__ import annotations

from mask.core import Mask

from .conftest import scanned


def test_or_after_a_labelled_number(pattern_mask: Mask) -> None:
    found = scanned(pattern_mask, "Reach Ms Tan at 6234 5678 or 9345 6789 after noon")
    assert ("9345 6789", "PHONE_NUMBER") in found


def test_pls_or_after_a_valid_number(pattern_mask: Mask) -> None:
    found = scanned(pattern_mask, "try 07700 900 461 pls, or 07700900377 if no answer")
    assert ("07700900377", "PHONE_NUMBER") in found


def test_or_between_figures_stays(pattern_mask: Mask) -> None:
    text = "a value between 1000000 or 9123 4567 is rejected"
    assert pattern_mask.protect(text) == text
