"""Meeting minutes label their people: ``Present:``, ``Attendees:``, ``Apologies:``, ``Absent:``,
``Chair:`` (a single family name after them is a person too). A value that is no name's shape
(``Present: 5 members``) is not."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _people(mask: Mask, text: str) -> set[str]:
    return {text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes of the board meeting\nApologies: Becker\nAction: review the budget", "Becker"),
        ("Attendees: Hertrampf, Trüb\n", "Hertrampf, Trüb"),
        ("Chair: Lindqvist\nMinutes taken by: Okafor\n", "Lindqvist"),
        ("Chair: Lindqvist\nMinutes taken by: Okafor\n", "Okafor"),
        ("Absent: Kowalska\n", "Kowalska"),
    ],
)
def test_a_minutes_label_labels_a_person(pattern_mask: Mask, text: str, name: str) -> None:
    assert name in _people(pattern_mask, text)


@pytest.mark.parametrize("text", ["Present: 5 members\nAbsent: none\n", "Apologies: 2\n"])
def test_a_minutes_label_before_no_name(pattern_mask: Mask, text: str) -> None:
    assert not _people(pattern_mask, text)
