"""A phone word of several words (``Callback requested on``, ``Alternative number:``) labels a
phone-shaped number right after it, although the phrase is longer than a plain ``Tel.``."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Callback requested on 3240 4020.", "3240 4020"),
        ("Router keeps dropping. Callback requested on 32 40 40 20 after 5pm.", "32 40 40 20"),
        ("alternative number is 7500 8633", "7500 8633"),
    ],
)
def test_a_long_phone_phrase_labels_the_number(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)
    assert number not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    ["Phone support closes at 18:00; order 3240 4020 ships Monday.", "Call volume rose; invoice total 3240 4020."],
)
def test_a_nearer_word_for_something_else_still_wins(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []
