"""The phone detector's line readers stay within reach of the number on text without line breaks.

A signature letter (``M: ...``), a contact line's cells (``· 0425706040 ·``) and the question
before an answer are read on the number's line; where no line break came within reach, the
line was read from the start of the text, once per candidate: quadratic. 78 KB of a Thai
address repeated with blanks took 1.15 s, twice that 4.6 s.
"""

from __future__ import annotations

import time

import pytest

from mask.core import Mask

_THAI = "97/9 ถ.ศรีอุ่น ต.วัดโนนสูง อ.ภูเขียว สงขลา 98760 "


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "hostile",
    [
        _THAI * 8_000,
        "a · 0425706040 · b " * 50_000,
        "And the best number to reach you? " * 20_000 + "\nCustomer: 0524940694\n",
    ],
    ids=["thai-addresses", "contact-cells", "long-question"],
)
def test_no_line_break_keeps_the_phone_detector_linear(pattern_mask: Mask, hostile: str) -> None:
    started = time.perf_counter()
    spans = pattern_mask.scan([hostile])[0]
    assert time.perf_counter() - started < 20  # read from the text's start per number: minutes
    assert spans  # the numbers and addresses are still found


def test_the_line_readers_still_read_their_labels(pattern_mask: Mask) -> None:
    assert "0425706040" not in pattern_mask.protect("Jättiläisentie 9 · Huittinen · 0425706040")
    assert "32 26 24 61" not in pattern_mask.protect("Anna Berg\nM: 32 26 24 61")
    long_line = "x" * 500 + " | M: 32 26 24 61"  # no line break within reach: a cell's label still counts
    assert "32 26 24 61" not in pattern_mask.protect(long_line)
    asked = "And the best number to reach you? " * 20 + "\nCustomer: 0524940694"  # a question longer than the reach
    assert "0524940694" not in pattern_mask.protect(asked)
