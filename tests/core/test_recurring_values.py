"""A value found once is protected wherever it recurs in the same call (``mask.core.recurring``):
a name under a record's key repeated in its note, in a payload or in JSON text; a person's first
or last word alone; and, left alone, numbers, dates, another name's word and short values."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.core.recurring import MAX_VALUES, recurring_spans
from mask.core.spans import Span


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def test_a_labelled_name_recurring_in_a_note_of_the_same_payload(mask: Mask) -> None:
    out = mask.protect({"customer": {"full_name": "Xyzzy Bakare"}, "note": "Xyzzy Bakare called again"})
    token = out["customer"]["full_name"]
    assert token.startswith("Person_")
    assert out["note"] == f"{token} called again"


def test_a_labelled_name_recurring_in_json_text(mask: Mask) -> None:
    text = '{"name":"Xyzzy Bakare","note":"Xyzzy Bakare again"}'
    out = mask.protect(text)
    assert "Xyzzy" not in out and "Bakare" not in out


def test_a_persons_first_and_last_word_alone(mask: Mask) -> None:
    out = mask.protect({"name": "Olumide Bakare", "note": "Thanks, Olumide. Ms Bakare will call."})
    assert "Olumide" not in out["note"] and "Bakare" not in out["note"]
    assert out["note"].startswith("Thanks, Person_") and ". Ms Person_" in out["note"]


@pytest.mark.parametrize(
    "note",
    [
        "Order 536229841 shipped",  # the same digits as the SSN: another thing's number
        "Created 1987-03-12 by the import job",  # a date recurs as a timestamp's day
        "the Central Park office and Park Avenue",  # another name's word
        "Will you call?",  # a word no name holds
    ],
)
def test_what_does_not_recur(mask: Mask, note: str) -> None:
    payload = {"ssn": "536229841", "dob": "1987-03-12", "full_name": "Will Park", "note": note}
    assert mask.protect(payload)["note"] == note


def test_the_search_is_linear_and_bounded() -> None:
    texts = ["Xyzzy Bakare " * 20000, "Xyzzy Bakare"]
    found = [[], [Span(0, 12, "PERSON", 0.9, "labels")]]
    out = recurring_spans(texts, found, found, Budget())
    assert len(out[0]) == 20000 and out[1] == []
    assert MAX_VALUES >= 100


def test_recurrence_can_be_turned_off() -> None:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "detectors": {"recurring": False},
        }
    )
    try:
        out = m.protect({"full_name": "Xyzzy Bakare", "note": "Xyzzy Bakare called"})
        assert out["note"] == "Xyzzy Bakare called"
    finally:
        m.close()


def test_a_login_recurs_only_when_no_sentence_spells_it(mask: Mask) -> None:
    out = mask.protect({"username": "sunny", "note": "a sunny day, sunny said"})
    assert out["username"].startswith("[USERNAME_")
    assert out["note"] == "a sunny day, sunny said"  # a bare word is the login only where found
    out = mask.protect({"username": "k.watanabe42", "note": "k.watanabe42 logged in"})
    assert out["note"] == f"{out['username']} logged in"
