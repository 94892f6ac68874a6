"""Tool outputs without personal data come back unchanged: a weather report's ``12°C. Wind NW 15``
is no ``C.`` (calle) street and its ``Wind SE`` no company, a product's ``Model 3 Long Range`` no
house number and street, a meeting room (``the Lincoln Room``) no person or place, a
sales region (``EMEA North``) or a shoe size (``US 10``) no place.
Every harmless tool output of the probe's generator (a few per template) is checked whole."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from harmless_tool_outputs import tool_outputs

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "Weather for today: Partly cloudy, high of 21°C, low of 12°C. Wind NW 15 km/h. UV index 5.",
        "Tesla Model 3 Long Range: 0-100 km/h in 4.4 s",
        "Season 2 Episode 4 Harbor Road premieres tonight.",
        "Wind SE 7 km/h, gusts SW 30 km/h.",
        "SKU AB-1234-XL in stock: 42 units at warehouse WH-3.",
        "Reminder: standup at 9:30 in the Blue Room.",
        "Meet in the Lincoln Room at noon.",
        "Status: Pending Review\nPlan: Enterprise Annual\nTier: Gold Member\nRegion: EMEA North",
        "Product: Ultra Boost 22 Running Shoes\nColor: Core Black\nSize: US 10\nSKU: GX5591",
        "Sizes: UK 8.5 / EU 42",
        "Release notes v1.27.9: Added Dark Mode. Improved Smart Filters on large workspaces. Fixed a crash.",
    ],
)
def test_no_street_address_or_company_in_a_report_or_a_product_name(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Address line 1: 12 High Street",
        "line1: 12 High Street",
        "Row 3: 55 Elm Road",
        "Please ship part 2 to 14 Oak Avenue, Springfield",
        "Calle Mayor 5, 28013 Madrid",
    ],
)
def test_street_addresses_beside_such_words_are_still_found(pattern_mask: Mask, text: str) -> None:
    out = pattern_mask.protect(text)
    assert out != text and pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Invoice from Siemens SE, Munich.", "Siemens SE"),
        ("Contract with Perrot SA signed.", "Perrot SA"),
        ("Invoice from Volvo Cars AB, Göteborg.", "Volvo Cars AB"),
    ],
)
def test_a_company_with_such_a_form_is_still_one(ner_mask: Mask, text: str, company: str) -> None:
    assert company not in ner_mask.protect(text)


def test_the_harmless_tool_outputs_come_back_unchanged(ner_mask: Mask) -> None:
    texts = tool_outputs(63, seed=11)  # three of each template
    assert [t for t in texts if ner_mask.protect(t) != t] == []
