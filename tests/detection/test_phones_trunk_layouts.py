"""National numbers whose layout another kind of value shares: a trunk prefix 0 in the North
American 3-3-4 layout (South Africa, Thailand, Ethiopia, Tanzania, Sudan), the French and
Algerian pairs joined by dots or dashes (``06.12.34.56.78``, ``0551-23-45-67``), which read as a
date followed by more groups, and ``+27-10-123-4567``. Dates, ISO dates and Mask's own North
American tokens stay what they are."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My number is 071-123-4567.", "071-123-4567"),  # South Africa, mobile
        ("Call 010-123-4567 to confirm.", "010-123-4567"),  # South Africa, Johannesburg
        ("You can reach me at 081-234-5678 after 5pm.", "081-234-5678"),  # Thailand
        ("Contact: 091-123-4567", "091-123-4567"),  # Ethiopia
        ("Please ring me on 022-234-5678 tomorrow.", "022-234-5678"),  # Tanzania
        ("Call 06.12.34.56.78 to confirm.", "06.12.34.56.78"),
        ("My number is 06-12-34-56-78.", "06-12-34-56-78"),
        ("(mobile 01.23.45.67.89)", "01.23.45.67.89"),
        ("Contact: +27-10-123-4567", "+27-10-123-4567"),
        ("You can reach me at 0551-23-45-67 after 5pm.", "0551-23-45-67"),  # Algeria
    ],
)
def test_national_layouts_are_phones(pattern_mask: Mask, text: str, value: str) -> None:
    assert _phones(pattern_mask, text) == [value]
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "The contract starts 12.03.2024 and ends 2025-01-15.",
        "Build 2024-13-45 failed.",
        "Report of 06.12.34 attached.",
        "Served from 10.12.34.56 today.",
    ],
)
def test_dates_and_addresses_stay(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []


def test_a_north_american_token_in_another_layout_stays_a_token(pattern_mask: Mask) -> None:
    protected = pattern_mask.protect("Call me at (415) 555-2671.")
    token = protected[len("Call me at ") : -1]
    assert token.startswith("(0")
    dashed = token.replace("(", "").replace(") ", "-")
    assert pattern_mask.protect(f"Call me at {dashed}.") == f"Call me at {dashed}."
    assert pattern_mask.reveal(f"Call me at {dashed}.") == "Call me at (415) 555-2671."  # as it was written
