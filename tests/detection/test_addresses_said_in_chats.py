"""Where someone says they are, in a chat: ``im at 4 aldwych close, belfast`` stayed in clear
(``I live at`` was read, ``I'm at`` was not; a one-digit house number got no bonus after ``at``).
After ``I'm at``, ``we're at`` or ``staying at`` a street word must be in what follows: ``I'm at
5 PM``, ``i'm at the office`` say no address."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("im at 4 aldwych close, belfast", "4 aldwych close"),
        ("we're at 12 harbour view terrace", "12 harbour view terrace"),
        ("I'm at 22 Baker Street.", "22 Baker Street"),
        ("see you at 3 main st", "3 main st"),
        ("his addy is 7 birch close", "7 birch close"),
    ],
)
def test_a_street_someone_is_at_is_protected(pattern_mask: Mask, text: str, street: str) -> None:
    assert street not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    ["I'm at 5 PM meeting", "i'm at the office till 6", "I am at 3 different stores today", "we're at 2 goals each"],
)
def test_being_somewhere_without_a_street_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
