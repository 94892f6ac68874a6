"""A number written without separators after a call verb in Arabic, Russian, Indonesian, Bengali or
Turkish (``اتصل على 0501234567``) is a phone number, as after ``call`` (it stayed in clear: only
the labels ``هاتف``, ``телефон``... were known); an order number after the same words stays."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("\u0627\u062a\u0635\u0644 \u0639\u0644\u0649 0501234567", "0501234567"),
        ("позвоните 89161234567 после обеда", "89161234567"),
        ("silakan hubungi 081234567890", "081234567890"),
        ("\u09a4\u09be\u09b0 \u09ab\u09cb\u09a8 01712345678", "01712345678"),
        ("lütfen aray\u0131n 05321234567", "05321234567"),
    ],
)
def test_a_number_after_a_call_word(pattern_mask: Mask, text: str, number: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(text[s.start : s.end], s.type) for s in spans] == [(number, "PHONE_NUMBER")]
    out = pattern_mask.protect(text)
    assert number not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["hubungi order 081234567890", "позвоните, заказ 89161234567"])
def test_an_order_number_after_the_word_stays(pattern_mask: Mask, text: str) -> None:
    assert [s for s in pattern_mask.scan([text])[0] if s.type == "PHONE_NUMBER"] == []
