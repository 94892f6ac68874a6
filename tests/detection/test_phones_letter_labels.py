"""A signature's one-letter label (``M:``, ``T:``, ``F:``) labels the number that fills the rest
of its line or cell, also a number no configured region calls valid (a Danish ``32 26 24 61``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Best regards,\n\nAnna Holm\nAccount Manager\nM: 32 26 24 61\n", "32 26 24 61"),
        ("Anna Holm | T: 33 12-34-56 | F: 33 12 34 57", "33 12-34-56"),
        ("Anna Holm | T: 33 12-34-56 | F: 33 12 34 57", "33 12 34 57"),
        ("Lars Berg\nTlf.: 22 33 44 55", "22 33 44 55"),
        ("Lars Berg\nMob: 912 34 567", "912 34 567"),
    ],
)
def test_a_letter_label_labels_the_number_that_closes_its_line(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Order no.: 32 26 24 61",
        "D: 12 34 56 78 and more follows on this line",
        "Section M: 32 26 24 61",
        "Ratios T: 33 12 34 56",
    ],
)
def test_a_letter_not_alone_before_the_number_labels_nothing(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []
