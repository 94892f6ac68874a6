"""Indian UPI payment addresses (``ramesh.yadav42@okicici``): a name or a number, ``@`` and a
payment app's or a bank's handle with no domain after it, which the e-mail pattern leaves alone."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Paid Rs 1,840 to Ramesh (ramesh.yadav42@okicici) via UPI.", "ramesh.yadav42@okicici"),
        ("Settled by UPI: farhan.sidd@okaxis", "farhan.sidd@okaxis"),
        ("pay 9876543210@ybl now", "9876543210@ybl"),
        ('{"vpa": "meena.iyer@paytm", "amount": 499}', "meena.iyer@paytm"),
    ],
)
def test_protected(pattern_mask: Mask, text: str, value: str) -> None:
    out = pattern_mask.protect(text)
    assert value not in out and "UPI_ID_" in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ["@ybl alone", "npm i lodash@upi-3", "see user@paytm.example.org", "git@upi.dev:x"])
def test_not_a_payment_address(pattern_mask: Mask, text: str) -> None:
    assert "UPI_ID_" not in pattern_mask.protect(text)
