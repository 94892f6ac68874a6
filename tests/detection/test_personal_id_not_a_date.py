"""A date under a label of a number given to one person (a reservation's, a booking's) says when,
not whose: it stays; an identifier that holds a date among other characters is still protected."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "Your reservation 2024-05-03 is confirmed.",
        "reservation: 03/05/2024",
        '{"reservation": "2024-05-03T19:00", "party_size": 4}',
    ],
)
def test_a_date_under_a_reservation_label_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"reservation": "RX-2024-05-03-118"}', "RX-2024-05-03-118"),
        ("Reservation 58-22071 for two", "58-22071"),
    ],
)
def test_an_identifier_holding_a_date_is_protected(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)
