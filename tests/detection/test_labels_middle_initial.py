"""A labelled name with a middle initial written without its dot (``John A Smith``, a bank's
``MARIA L GARCIA``) stayed in clear: the initial read as the article ``a``. An ACH entry's
``INDN:`` (its individual's name) labels a person."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Customer: John A Smith", "John A Smith"),
        ("Beneficiary: JOHN A SMITH", "JOHN A SMITH"),
        ("Name: A Smith", "A Smith"),
        ("ACH CREDIT PAYROLL ACME CORP PPD ID: 1234567890 INDN:MARIA L GARCIA", "MARIA L GARCIA"),
        ("CO ENTRY DESCR:PAYROLL SEC:PPD IND NAME:MARIA L GARCIA", "MARIA L GARCIA"),
    ],
)
def test_the_name_is_a_person(pattern_mask: Mask, text: str, name: str) -> None:
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "PERSON"]
    assert [text[s.start : s.end] for s in spans] == [name]


@pytest.mark.parametrize("text", ["Name: A", "Status: A OK", "Customer: a smith", "Grade: A"])
def test_a_letter_alone_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Beneficiary: LIU YANG / Acct 6222 0212 3456 7890 123 / Bank of China", "6222 0212 3456 7890 123"),
        ("Account number: 0123 4567 8901 2345 67", "0123 4567 8901 2345 67"),
    ],
)
def test_a_long_account_number_in_groups(pattern_mask: Mask, text: str, value: str) -> None:
    """An account number of 18 to 30 digits in groups was cut by the phone detector, its ends in clear."""
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "US_BANK_NUMBER"]
    assert [text[s.start : s.end] for s in spans] == [value]
