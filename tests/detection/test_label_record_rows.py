"""A field name too short or ambiguous for running text (``CAP``, ``rut``, ``born``) names its
value where it opens a line among key-value rows: that text is a record, not prose. Only types
whose value holds a digit are read so; a postcode needs its key in capitals (``cap: 5000`` in a
config file is a limit)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ticket: 4411\npriority: low\nCAP: 00185\n", "00185"),
        ("Cap: 20121\nCittà: Milano", "20121"),
        ("name: x\nrut: 12.345.678-5\n", "12.345.678-5"),
        ("born: 1985-03-02\nname: x", "1985-03-02"),
    ],
)
def test_a_field_name_among_record_rows_names_its_value(pattern_mask: Mask, text: str, value: str) -> None:
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "CAP: 00185",  # one line: no record
        "The CAP: 00185 is the new ceiling.",  # prose
        "cap: 5000\nlimit: 300",  # a limit in a config file
        "status: ok\nstate: Active\nmode: fast",  # a type whose value holds no digit
        "see below\nCAP: 00185\nthanks",  # no key-value row next to it
    ],
)
def test_the_same_names_elsewhere_name_nothing(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
