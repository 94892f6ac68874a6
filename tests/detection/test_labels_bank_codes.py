"""The codes that route a payment to a bank or branch outside the US, under their labels: a UK
sort code, an Australian BSB, a Canadian transit or institution number, a German BLZ, a
Brazilian agência, an Indian IFSC (``BANK_CODE``), and a SWIFT/BIC (``SWIFT_CODE``). Before,
only the US routing number had labels: ``{"sort_code": "200000"}`` stayed in clear beside its
account's token."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ('{"sort_code": "200000", "account_number": "31926819"}', "BANK_CODE", "200000"),
        ("bank details: sort code 60-16-13 acc 31926819", "BANK_CODE", "60-16-13"),
        ("BSB 062-000 account 12345678", "BANK_CODE", "062-000"),
        ('{"bsb": "062000"}', "BANK_CODE", "062000"),
        ("IFSC code HDFC0000123", "BANK_CODE", "HDFC0000123"),
        ("Institution number: 003", "BANK_CODE", "003"),
        ("BLZ: 370 400 44", "BANK_CODE", "370 400 44"),
        ("Code banque : 30004 / Code guichet : 00823", "BANK_CODE", "00823"),
        ('{"agencia": "1234-5", "conta": "98765-4"}', "BANK_CODE", "1234-5"),
        ("SWIFT/BIC: DEUTDEFF500", "SWIFT_CODE", "DEUTDEFF500"),
        ('{"bank": {"bic": "NWBKGB2L", "sort_code": "60-16-13"}}', "SWIFT_CODE", "NWBKGB2L"),
        ('{"swift_code": "CHASUS33"}', "SWIFT_CODE", "CHASUS33"),
        ("transit routing: 184 027 365", "ABA_ROUTING_NUMBER", "184 027 365"),  # in threes
    ],
)
def test_labelled_bank_codes(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Swift: 5.9",
        "swift 5.10 toolchain",
        "sort code: asc",
        '{"bic": "pending"}',
        '{"swift": "SwiftUI"}',
        "BSB: n/a",
        "BIC is required",
        "the agencia 2024 report",  # a label of a field only, not of running text
    ],
)
def test_not_bank_codes(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text) if t in ("BANK_CODE", "SWIFT_CODE")] == []


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE00 3704 0044 0532 0130 00",  # check digits 00: no IBAN passes them
        "iban DE00370400440532013000 please",
        "IBAN GB00 NWBK 6016 1331 9268 19 for the refund",
    ],
)
def test_an_iban_with_wrong_check_digits_after_its_label_and_a_blank(pattern_mask: Mask, text: str) -> None:
    """The label decides: the IBAN detector leaves a value whose check digits fail, and before,
    only ``IBAN:`` with a colon labelled it."""
    value = text.split(" ", 1)[1].removesuffix(" please").removesuffix(" for the refund")
    assert ("IBAN_CODE", value) in _found(pattern_mask, text)
    assert value not in pattern_mask.protect(text)


def test_a_short_code_after_iban_is_no_iban(pattern_mask: Mask) -> None:
    text = "The IBAN FR12 is short"
    assert _found(pattern_mask, text) == []
