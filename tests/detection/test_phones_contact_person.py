"""A contact person's label (``Emergency contact:``, ``Next of kin:``, ``Contact person:``) labels
the phone number after the name on its line: ``Emergency contact: Jane Doe - 0396037582``."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Emergency contact: Monika Müller-Schmidt - 0396037582", "0396037582"),
        ("Emergency contact: Hildegard Wagner-Sommer - 3158 1563\nDepartment: Logistics", "3158 1563"),
        ("Emergency contact: Dr. Sven Kristiansen - (06)20/165-6527", "(06)20/165-6527"),
        ("Contact person: Aleksandra Wiśniewska-Kowal (mobile) 71 571 46 97", "71 571 46 97"),
    ],
)
def test_the_number_after_a_contact_persons_name(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)
    assert number not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Emergency contact: Jane Doe. Order 12345678 shipped.",
        "Emergency contact: Jane Doe\nTicket 12345678",
    ],
)
def test_only_on_the_same_line_and_sentence(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []
