"""A recipient block under ``Bill to:`` or ``Ship to:`` on its own line is one address: the name
and company lines before the street are covered with it (the company line was left in clear)."""

from __future__ import annotations

import pytest

from mask.core import Mask

INVOICE = (
    "INVOICE #3235\nBill to:\nWendy Clarke\nSmith-Johnston\n12 Baker Street\nLondon W1U 6TJ\nTotal due: 760.00 EUR\n"
)
SHIPPING = "Ship to:\nMäkinen Oy\nHämeenkatu 12\n33100 Tampere\n\nItems: 2"


def _addresses(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "block"),
    [
        (INVOICE, "Wendy Clarke\nSmith-Johnston\n12 Baker Street\nLondon W1U 6TJ"),
        (SHIPPING, "Mäkinen Oy\nHämeenkatu 12\n33100 Tampere"),
        ("Deliver to:\nAttn Anna Berg\nNordic Parts AB\nStorgatan 4\n111 51 Stockholm", None),
    ],
)
def test_the_lines_before_the_street_go_with_it(pattern_mask: Mask, text: str, block: str | None) -> None:
    block = block or text.split(":\n", 1)[1]
    assert block in _addresses(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert all(line not in out for line in block.split("\n"))
    assert "Total due: 760.00 EUR" in out or "Total due" not in text  # the line after the block stays


@pytest.mark.parametrize(
    "text",
    [
        "Bill to:\nThe account on file. See the portal for details.\n12 Baker Street\nLondon W1U 6TJ",
        "Ship to:\nWendy Clarke\n\n12 Baker Street\nLondon W1U 6TJ",
        "Bill to:\nWendy Clarke\nPO: 4471\n12 Baker Street\nLondon W1U 6TJ",
    ],
)
def test_a_sentence_blank_line_or_label_ends_the_block(pattern_mask: Mask, text: str) -> None:
    assert not any("\n" in a and a.startswith(("The account", "Wendy")) for a in _addresses(pattern_mask, text))


def test_the_street_first_reads_as_before(pattern_mask: Mask) -> None:
    text = "Ship to:\n12 Baker Street\nLondon W1U 6TJ\n"
    assert _addresses(pattern_mask, text) == ["12 Baker Street\nLondon W1U 6TJ"]
