"""Labels in running text: ``NI number:`` labels a UK National Insurance number as well as a
field does, while ``ni`` alone (Spanish and French for "nor") labels nothing; and the words of
an earlier sentence are no part of a label (``Updated record. Passport number: ...``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NI number: QQ 12 34 56 C", "QQ 12 34 56 C"),
        ("NI number: JG103759A", "JG103759A"),
        ("Payroll details - NI number: QQ123456C, start date pending.", "QQ123456C"),
    ],
)
def test_labelled_in_text(pattern_mask: Mask, text: str, value: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(s.type, text[s.start : s.end]) for s in spans] == [("UK_NINO", value)]
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    ["ni number: 3", "No hay ni number ni nada", "NI number: pending", "ni: QQ123456C is the example"],
)
def test_not_a_value(pattern_mask: Mask, text: str) -> None:
    assert [s for s in pattern_mask.scan([text])[0] if s.type == "UK_NINO"] == []


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("Updated record. Passport number: X1234567", "US_PASSPORT", "X1234567"),
        ("Employee record. NI number: QQ123456C", "UK_NINO", "QQ123456C"),
        ("File updated. Name: Jana Horakova", "PERSON", "Jana Horakova"),
        ("Cust. phone: 031-442-958", "PHONE_NUMBER", "031-442-958"),  # an abbreviation stays in the label
    ],
)
def test_a_label_after_a_sentence_end(pattern_mask: Mask, text: str, etype: str, value: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(s.type, text[s.start : s.end]) for s in spans] == [(etype, value)]


def test_a_thing_word_in_the_same_sentence_still_blocks_a_name(pattern_mask: Mask) -> None:
    text = "Open the file name: Quarterly Report"
    assert [s for s in pattern_mask.scan([text])[0] if s.type == "PERSON"] == []
