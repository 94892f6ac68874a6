"""A label and its value in brackets before a colon (``Seller (phone: 415-555-0134): ...``) is no
qualifier of the words before it: the value is protected whole, at its own offsets."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seller (phone: 415-555-0134): I shipped it Monday.", "415-555-0134"),
        ("[09:14] Buyer (user: marisol_vega22): The box was empty.", "marisol_vega22"),
        ("Guest (email: t.okafor@lagos-mail.com): checked in late", "t.okafor@lagos-mail.com"),
    ],
)
def test_the_value_in_brackets_is_protected_whole(pattern_mask: Mask, text: str, value: str) -> None:
    out = pattern_mask.protect(text)
    assert value not in out
    head, _, tail = text.partition(value)
    assert out.startswith(head) and out.endswith(tail)  # the words around stay, nothing shifted


def test_a_qualifier_that_names_the_type_still_does(pattern_mask: Mask) -> None:
    out = pattern_mask.protect("Account number (IBAN): DE89370400440532013000")
    assert out.startswith("Account number (IBAN): ") and "DE89370400440532013000" not in out
