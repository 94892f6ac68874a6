"""Phone numbers in chat: after ``in case, its``, after someone's ``no is``, a bare mobile after
``pls, or``; and dotted versions on a firmware's line and a serial's code that stay in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("can you change my phone just in case, its 07700 900 461", "07700 900 461"),
        ("ok noted. Priya's no is 9123 4471, she is downstairs", "9123 4471"),
        ("Tue 10:02  Which number?\nTue 10:03  020 7946 0018 pls, or 07911123488 if busy", "07911123488"),
    ],
)
def test_chat_phone_numbers_are_masked(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Release notes\nv2.0.4  bootloader 06.61.0812 -> 06.61.0840, fixes charging",
        "Firmware reads 07.70.0900 — current is 07.71.0418, please update.",
        "CALLER: The label says SN 0412-555-019-B on the back.",
        "Case 2024-118 closed; my order no is 8733 2106",
    ],
)
def test_versions_and_codes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_dotted_number_without_version_words_stays_a_phone(pattern_mask: Mask) -> None:
    assert "06.12.34.56.78" not in pattern_mask.protect("Appelez-moi au 06.12.34.56.78 demain")
