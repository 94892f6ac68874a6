"""An officer's badge number, the last four digits of an SSN kept under their own key, and England's
Unique Pupil Number (``UPN``, trusted in running text only in capitals) are a person's numbers."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Arresting officer: Cpl. Dana Whitby, badge 5820", "5820"),
        ('patient:\n  ssn_last4: "3307"\n', "3307"),
        ('{"ssnLast4": "9140"}', "9140"),
        ("Pupil: Ama Boateng (UPN H204400118233)", "H204400118233"),
    ],
)
def test_the_number_is_protected(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "PERSONAL_ID") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "the badge 2024 edition ships in May",
        "earned a badge for 3 years of service",
        "wore the badge proudly since 1998",
        "the upn 12345 here is lower case",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
