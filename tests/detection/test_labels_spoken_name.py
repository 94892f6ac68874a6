"""A chat reply that gives a name after its speaker label (``Customer: sure, it's April
Carroll-Corr``): the words before the name (``sure, it's``, ``this is``, ``my name is``) are no
part of it. Before, the value did not read as a name, and the small NER model took ``April`` for
a month, so the name stayed in clear; ``Customer: it's Oskar Lindqvist`` gave ``it's`` to the name's token."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "[10:02] Agent: Could I have your full name please?\n[10:02] Customer: sure, it's April Carroll-Corr\n"
            "[10:03] Agent: And the best number to reach you?",
            "April Carroll-Corr",
        ),
        ("Agent: What's your full name?\nCustomer: it's Oskar Lindqvist", "Oskar Lindqvist"),
        ("Caller: Yes, my name is Zofia Nowak", "Zofia Nowak"),
        ("Customer: this is Jean Dupont", "Jean Dupont"),
    ],
)
def test_the_name_after_the_words_that_give_it(pattern_mask: Mask, text: str, name: str) -> None:
    found = [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]]
    assert ("PERSON", name) in found
    protected = pattern_mask.protect(text)
    assert name not in protected
    assert protected.count("Person_") == 1


@pytest.mark.parametrize("text", ["Customer: it's broken again", "Customer: sure, it's fine now"])
def test_a_reply_without_a_name_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
