"""Values given as the answer to a question that asks for them, on the next line (a support
chat's, a call transcript's): the question's last words name the type, the answer line holds the
value after its time stamp and speaker, in the type's shape."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        (
            "[2026-12-01 10:00] Agent: Could you confirm your date of birth?\n[2026-12-01 10:01] Customer: 14/02/1990",
            "14/02/1990",
            "DATE_TIME",
        ),
        ("Agent: And your postcode please?\nCustomer: SW1A 2AA", "SW1A 2AA", "ZIP_CODE"),
        ("Agent: Can I have your full name?\nCustomer: Rahul Verma", "Rahul Verma", "PERSON"),
        ("Agent: and the account number?\nCustomer: 12345678", "12345678", "US_BANK_NUMBER"),
        ("Agent: Could I get the name on the card?\nCustomer: MR JOHN SMITH", "MR JOHN SMITH", "PERSON"),
    ],
)
def test_an_answer_to_a_question_that_asks_for_it(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    found = _found(pattern_mask, text)
    assert any(etype == t and value.endswith(v) for v, t in found), found
    assert value.split()[-1] not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bot: What's your name?\nUser: I don't know",
        "Agent: What is your email?\nCustomer: sure one sec",
        "Q: Which file?\nA: config.yaml",
        "Agent: and the account number?\nCustomer: the savings one",
        "Is this the right address?\nYes, thanks.",
    ],
)
def test_no_answer_in(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_phone_answering_its_question_after_a_dated_stamp_and_a_named_speaker(pattern_mask: Mask) -> None:
    # the answer line's head is the one the phone detector's answered question reads too
    text = (
        "[2026-12-01 10:02] Agent: And the best number to reach you?\n"
        "[2026-12-01 10:03] Customer (Rahul Verma): 0524940694"
    )
    assert ("0524940694", "PHONE_NUMBER") in _found(pattern_mask, text)
