"""A qualifier in brackets between a label and its colon, as forms write it (``Date of birth
(DD/MM/YYYY): 17/09/1981``, ``Name (as on card): Anna Kowalska``): the value stayed in clear, the
label being read as ``YYYY)`` or ``card)``. A qualifier that is itself a field name names the
type (``Account number (IBAN):``); code with a colon after brackets stays as it is."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Date of birth (DD/MM/YYYY): 17/09/1981", "17/09/1981", "DATE_TIME"),
        ("Date of birth (as on file): 17/09/1981", "17/09/1981", "DATE_TIME"),
        ("Name (as on card): Anna Kowalska", "Anna Kowalska", "PERSON"),
        ("Emergency contact (spouse): Marek Nowak", "Marek Nowak", "PERSON"),
        ("Phone (mobile): 031-442-958", "031-442-958", "PHONE_NUMBER"),
        ("Account number (IBAN): DE00 3704 0044 0532 0130 00", "DE00 3704 0044 0532 0130 00", "IBAN_CODE"),
        ("Routing number (ABA) : 184027365", "184027365", "ABA_ROUTING_NUMBER"),
        ("Address (billing):\n14 Rue des Tanneurs, 69003 Lyon", "14 Rue des Tanneurs, 69003 Lyon", "STREET_ADDRESS"),
    ],
)
def test_a_qualified_label_names_its_value(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(text[s.start : s.end], s.type) for s in spans] == [(value, etype)]
    out = pattern_mask.protect(text)
    assert value not in out
    assert out.startswith(text[: text.index(")") + 2])  # the label and its qualifier stay
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "def visit_Name(self, node):\n    return Subscript(value=node.id)",
        "if (name == 'admin'):\n    return Subscript",
        "Total (EUR): 1234.56",
        "Version (latest): 4.18.0",
        "Ticket (JIRA-1234): 56000 rows",
        "Order (ref 1234): Anna Kowalska",
    ],
)
def test_code_and_other_labels_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
