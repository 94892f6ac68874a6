"""A phone number read out in groups with ``hundred`` (``oh-seven-seven-hundred, nine hundred, ...``)
and a date of birth said with a two-digit year (``fourth of November, seventy-eight``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "AGENT: Best number?\nCALLER: my mobile, oh-seven-nine-hundred, three hundred, four-one-two.",
            "oh-seven-nine-hundred, three hundred, four-one-two",
        ),
        (
            "AGENT: Date of birth for security?\nCALLER: Ruth Okafor, ninth of March, sixty-four.",
            "ninth of March, sixty-four",
        ),
    ],
)
def test_spoken_numbers_and_birthdays_are_masked(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "We sold one hundred, two hundred, three hundred, four hundred units this week.",
        "The meeting is on the fourth of November, seventy-eight people came.",
    ],
)
def test_counts_and_dates_without_a_birth_word_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
