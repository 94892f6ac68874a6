"""``PAN`` names a card's primary account number and India's Permanent Account Number alike:
under that label (or any card label) a value of the PAN's shape is an ``IN_PAN``, a card
number is still a card, and ``pan`` in a recipe stays a pan."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask
from mask.core.detectors.label_shapes import extract_typed

PAN = "ABCPD1234E"
CARD = "4111111111111111"


def test_a_card_label_fits_a_card_first_then_a_pan() -> None:
    assert extract_typed("CREDIT_CARD", CARD, whole=True) == ("CREDIT_CARD", (0, len(CARD)))
    assert extract_typed("CREDIT_CARD", PAN, whole=True) == ("IN_PAN", (0, len(PAN)))
    assert extract_typed("CREDIT_CARD", "ABCPD12345", whole=True) is None
    assert extract_typed("US_SSN", PAN, whole=True) is None  # only the listed types have alternates


@pytest.mark.parametrize(
    "payload",
    [
        {"pan": PAN},
        {"card": {"number": PAN}},
        {"customer": {"PAN": PAN, "city": "Pune"}},
    ],
)
def test_in_fields(pattern_mask: Mask, payload: dict[str, object]) -> None:
    out = pattern_mask.protect(payload)
    assert PAN not in json.dumps(out)
    spans = pattern_mask.scan([json.dumps(payload)])[0]
    assert any(s.type == "IN_PAN" for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        f"PAN: {PAN}",
        f"Her PAN: {PAN}, Aadhaar pending.",
        f'{{\\"pan\\": \\"{PAN}\\"}}',
        f"name,pan\nAsha Rao,{PAN}\n",
    ],
)
def test_in_text(pattern_mask: Mask, text: str) -> None:
    out = pattern_mask.protect(text)
    assert PAN not in out


def test_a_card_number_under_pan_stays_a_card(pattern_mask: Mask) -> None:
    out = pattern_mask.protect(f"PAN: {CARD}")
    assert CARD not in out
    assert any(s.type == "CREDIT_CARD" for s in pattern_mask.scan([f"PAN: {CARD}"])[0])


@pytest.mark.parametrize(
    "text",
    ["Heat the pan: 2 minutes on high.", "Use a pan of 12 inches.", "pan: non-stick, 28 cm"],
)
def test_a_cooking_pan_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
