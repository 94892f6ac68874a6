"""A UK National Insurance number in a sentence, its label a few words before it (``please
confirm the NI number we have on file is JT 48 29 15 C``): no label sits right before the
value, so it stayed in clear. The number's own shape (an allowed two-letter prefix, six digits,
a suffix A to D) counts with ``NI number``, ``national insurance`` or ``NINO`` near."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("please confirm the NI number we have on file is JT 48 29 15 C. Thanks", "JT 48 29 15 C"),
        ("her national insurance, if you need it, is AB123456C", "AB123456C"),
        ("NINO on the P45 reads JT482915C", "JT482915C"),
    ],
)
def test_a_nino_near_its_words_is_protected(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "part AB 12 34 56 C in stock",
        "the NI office is closed; order GB 12 34 56 A shipped",
        "NINO format check: QQ 12 34 56 E fails",
    ],
)
def test_lookalikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
