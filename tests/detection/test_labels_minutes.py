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


@pytest.mark.parametrize(
    "label",
    ["Name on card", "Guarantor", "Borrower", "Co-borrower", "Lessee", "Attorney", "Notary", "Sales Rep", "Kundenname"],
)
def test_more_person_labels(pattern_mask: Mask, label: str) -> None:
    assert "Marta Quixley" in _people(pattern_mask, f"Ref: A-1\n{label}: Marta Quixley\nStatus: open")


@pytest.mark.parametrize("text", ["Tenant: Marta Quixley", "Signed: Marta Quixley"])
def test_text_only_person_labels(pattern_mask: Mask, text: str) -> None:
    assert "Marta Quixley" in _people(pattern_mask, text)


@pytest.mark.parametrize("text", ['{"tenant": "Default"}', '{"signature": "Verified"}', '{"client": "Chrome"}'])
def test_no_person_under_technical_field_names(pattern_mask: Mask, text: str) -> None:
    assert not _people(pattern_mask, text)
