"""A labelled value that opens with capitals and a blank before its digits, after a label with
no separator: ``NI number QQ 12 34 56 C`` stayed in clear (the label's value had to open with
capitals and a digit together: ``passport number X1234567``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NI number QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("The NI number AB 12 34 56 C is on file.", "AB 12 34 56 C"),
        ("National Insurance number JG 10 37 28 D, thanks", "JG 10 37 28 D"),
    ],
)
def test_the_value_is_protected(pattern_mask: Mask, text: str, value: str) -> None:
    protected = pattern_mask.protect(text)
    assert value not in protected and "[UK_NINO_" in protected


@pytest.mark.parametrize(
    "text", ["Flight number BA 2490 lands at 9.", "Step number A 1 done", "Room number B 12 is free"]
)
def test_capitals_and_digits_after_other_words_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
