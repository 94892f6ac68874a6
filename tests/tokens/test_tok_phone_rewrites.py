"""Reveal finds a phone token the model rewrote in national format, without its country code."""

from __future__ import annotations

import phonenumbers
import pytest

from mask.core import Mask
from mask.core.keys import KeyRing

from .conftest import KEY_A


def make_mask(**sections: object) -> Mask:
    cfg = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}, **sections}
    return Mask(cfg, keys=KeyRing.from_strings(KEY_A))


def _national(token: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(token, None), phonenumbers.PhoneNumberFormat.NATIONAL)


@pytest.fixture
def pmask() -> Mask:
    return make_mask()


@pytest.mark.parametrize("value", ["+1 415-867-5309", "+44 20 7946 0958", "+49 30 901820", "+33 1 42 68 53 00"])
def test_dropped_country_code_reveals(pmask: Mask, value: str) -> None:
    token = pmask.protect(f"call {value}")[len("call ") :]
    assert value not in token
    national = _national(token)
    assert not national.startswith("+")
    assert pmask.reveal(f"Ring them on {national}.") == f"Ring them on {value}."


def test_issue_example_nanp_parentheses(pmask: Mask) -> None:
    value = "+1 415 867 5309"
    token = pmask.protect(value)
    digits = "".join(ch for ch in token if ch.isdigit())
    assert digits.startswith("10")  # NANP tokens take area code 0xx
    rewritten = f"({digits[1:4]}) {digits[4:7]}-{digits[7:]}"
    assert pmask.reveal(f"Call {rewritten} now") == f"Call {value} now"


def test_national_digits_that_are_no_token_stay(pmask: Mask) -> None:
    pmask.protect("call +1 415-867-5309")
    text = "Call (099) 555-0100 or 020 7946 0000."
    assert pmask.reveal(text) == text


def test_dropped_country_code_respects_policy() -> None:
    mask = make_mask(tools={"crm": {"reveal": ["EMAIL_ADDRESS"]}})
    token = mask.protect("+1 415-867-5309")
    national = _national(token)
    assert mask.reveal(national, tool="crm") == national
    assert mask.reveal(national) == "+1 415-867-5309"
