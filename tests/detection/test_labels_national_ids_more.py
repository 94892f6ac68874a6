"""National identifiers of populous countries under their labels: Nigeria's NIN and BVN,
Pakistan's CNIC, Argentina's CUIT/CUIL, Ireland's PPSN, the Emirates ID (each stayed in clear);
``pps`` (packets per second) counts only as a field name."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("release to our clearing agent (NIN 12345678901).", "12345678901"),
        ("BVN 22123456789", "22123456789"),
        ("CNIC: 35202-1234567-1", "35202-1234567-1"),
        ("CUIT 20-12345678-3", "20-12345678-3"),
        ("PPSN: 1234567TA", "1234567TA"),
        ("Emirates ID 784-1985-1234567-1", "784-1985-1234567-1"),
        ('{"pps": "1234567TA"}', "1234567TA"),
    ],
)
def test_a_labelled_national_id(pattern_mask: Mask, text: str, value: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(text[s.start : s.end], s.type) for s in spans] == [(value, "NATIONAL_ID")]
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["rate limit pps 10000", "the nin of them", "pps: 250000 at peak"])
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
