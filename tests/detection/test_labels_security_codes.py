"""A card's security code, a PIN or a one-time code under its label is a secret, protected as a
`PASSWORD` (``{"cvv": "123"}``, ``PIN: 4821``, ``OTP=772910``, ``Código de seguridad: 987``);
a pin of a chip, a word under ``pin`` or a number of another length is not."""

from __future__ import annotations

import re

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"card": {"number": "4111111111111111", "cvv": "123", "exp": "04/27"}}', "123"),
        ("PIN: 4821", "4821"),
        ("OTP=772910", "772910"),
        ("Código de seguridad: 987", "987"),
        ('{"verificationCode": "48291377"}', "48291377"),
        ("Card 4111 1111 1111 1111 exp 09/27 CVV 737", "737"),  # a card's code after a blank too
        ("CVV 737.", "737"),
    ],
)
def test_codes_are_secrets(pattern_mask: Mask, text: str, value: str) -> None:
    assert ("PASSWORD", value) in _found(pattern_mask, text)
    # the code on its own, not three digits a card's token may hold (0046 7372 ...: keyed, random)
    assert re.search(rf"(?<![0-9]){value}(?![0-9])", pattern_mask.protect(text)) is None


@pytest.mark.parametrize(
    "text",
    ["connect pin 12 to ground", '{"pin": "approved"}', '{"otp": "123456789012"}', "PIN: 12"],
)
def test_not_codes(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text) if t == "PASSWORD"] == []
