"""A number that is all of an answer (``[10:03] Customer: 0524940694``) to a question on the
line before asking for a phone number (``And the best number to reach you?``) is a phone number;
an answer to another question, or a number inside a sentence, is not read so."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "[10:03] Agent: And the best number to reach you?\n[10:03] Customer: 0524940694\n[10:04] Agent: ok",
            "0524940694",
        ),
        ("Agent: What's your phone number?\nCustomer: 94314711", "94314711"),
        ("Agent: What's your phone number?\nCustomer: 06-6/674 9027\n", "06-6/674 9027"),
        ("Bot: Which mobile number should we text?\n8718 6206", "8718 6206"),
    ],
)
def test_the_answer_to_a_phone_question(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)
    assert number not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: What is your order number?\nCustomer: 0524940694",
        "Agent: What's your phone number?\nCustomer: I think it is 94314711 or so",
        "How many units did you ship?\n94314711",
        "Agent: Call us later.\nCustomer: 94314711",
    ],
)
def test_no_phone_without_a_phone_question_and_a_bare_answer(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []
