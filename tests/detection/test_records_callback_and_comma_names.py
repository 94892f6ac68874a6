"""A call summary's ``Callback requested on``, a ``backup number`` or ``best number`` in a note
label the phone number after them; a labelled line that holds ``Last, First`` is one name."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _typed(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Callback requested on 08-334 936 05.", "08-334 936 05"),
        ("Callback requested on 74465674.", "74465674"),
        ("Callback number 0478 726 732 after six", "0478 726 732"),
        ("Prefers delivery before noon. Backup number 0660460094.", "0660460094"),
        ("The best number is 0524940694 in the evening", "0524940694"),
        ("Direct line 0294 271 2662", "0294 271 2662"),
    ],
)
def test_phone_words_of_notes_label_the_number(pattern_mask: Mask, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in _typed(pattern_mask, text)
    assert number not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "The callback queue had 12345678 entries",
        "register a callback on_event with timeout 30000000",
    ],
)
def test_a_programming_callback_labels_no_number(pattern_mask: Mask, text: str) -> None:
    assert not [v for t, v in _typed(pattern_mask, text) if t == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Employee: Brennan, Valerie\nDepartment: Logistics", "Brennan, Valerie"),
        ("Contact: O'Neill, Siobhan", "O'Neill, Siobhan"),
        ("Patient: Kowalska, Anna\nDOB: 1980-01-02", "Kowalska, Anna"),
    ],
)
def test_last_comma_first_on_a_labelled_line_is_one_name(pattern_mask: Mask, text: str, name: str) -> None:
    assert ("PERSON", name) in _typed(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert name.split(", ")[1] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer: Smith, please call back", "Smith"),
        ("Name: Smith, John. He called.", "Smith"),
        ("To: Anna, Jose Garcia", "Anna"),
    ],
)
def test_a_comma_before_more_words_still_ends_the_name(pattern_mask: Mask, text: str, name: str) -> None:
    people = [v for t, v in _typed(pattern_mask, text) if t == "PERSON"]
    assert people[0] == name
    assert people[1:] == (["Jose Garcia"] if text.startswith("To:") else [])  # "To:" lists people, one by one
