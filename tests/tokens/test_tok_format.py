"""Every ``format`` token passes the validators a downstream tool would use, and is no real value."""

from __future__ import annotations

import re

import phonenumbers
import pytest
import regex
from email_validator import validate_email
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import EmailStr, TypeAdapter
from stdnum import iban, luhn
from stdnum.us import rtn, ssn

from mask.core.tokens.format import CARD_PREFIX, EMAIL_DOMAIN, ROUTING_PREFIXES, FormatScheme

SCHEME = FormatScheme()
seeds = st.binary(min_size=32, max_size=32)
attempts = st.integers(min_value=0, max_value=63)
EMAIL = TypeAdapter(EmailStr)


@given(seeds, attempts, st.from_regex(r"\A\d{3}-\d{2}-\d{4}\Z"))
def test_ssn_tokens_are_reserved_and_rejected(seed: bytes, attempt: int, value: str) -> None:
    token = SCHEME.mint(value, "US_SSN", seed, attempt)
    assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", token)
    assert token[:3] in ("000", "666")
    assert not ssn.is_valid(token)


@given(
    seeds,
    attempts,
    st.sampled_from([" ", "-", ""]),
    st.sampled_from([(4, 4, 4, 4), (4, 6, 5), (4, 4, 4, 3), (4, 4, 4, 4, 3)]),
)
def test_card_tokens_are_luhn_valid_reserved_and_keep_grouping(
    seed: bytes, attempt: int, sep: str, groups: tuple[int, ...]
) -> None:
    value = sep.join("4" * n for n in groups)
    token = SCHEME.mint(value, "CREDIT_CARD", seed, attempt)
    digits = token.replace(sep, "") if sep else token
    assert len(token) == len(value) and [len(g) for g in token.split(sep)] == list(groups) if sep else True
    assert digits.isdigit() and len(digits) == sum(groups)
    assert luhn.is_valid(digits) and digits.startswith(CARD_PREFIX)
    # Nothing of the real number is carried over: another card gives the same digits.
    other = sep.join("7" * n for n in groups)
    assert SCHEME.mint(other, "CREDIT_CARD", seed, attempt) == token


@settings(max_examples=60, deadline=None)
@given(
    seeds,
    attempts,
    st.sampled_from(
        [
            "+1 (212) 555-0134",
            "+44 20 7946 0958",
            "+49 30 901820",
            "+33 1 42 68 53 00",
            "(415) 555-2671",
            "+81 3-1234-5678",
        ]
    ),
)
def test_phone_tokens_are_possible_not_valid_same_country(seed: bytes, attempt: int, value: str) -> None:
    token = SCHEME.mint(value, "PHONE_NUMBER", seed, attempt)
    original = phonenumbers.parse(value, "US")
    parsed = phonenumbers.parse(token, "US")
    assert parsed.country_code == original.country_code
    assert phonenumbers.is_possible_number(parsed)
    assert not phonenumbers.is_valid_number(parsed)
    assert re.sub(r"\d", "0", token) == re.sub(r"\d", "0", value)  # same layout


@given(
    seeds,
    attempts,
    st.sampled_from(
        [
            ("0113 496 0249", "GB"),  # in the US, "011" would dial abroad
            ("(0118) 496 0999", "GB"),
            ("0049 30 901820", "DE"),  # "00" is Germany's international prefix
        ]
    ),
)
def test_national_phone_tokens_keep_their_region(seed: bytes, attempt: int, case: tuple[str, str]) -> None:
    # (French national numbers have no unassigned range of their length: they fall back to opaque.)
    value, region = case
    token = SCHEME.mint(value, "PHONE_NUMBER", seed, attempt)
    assert re.sub(r"\d", "0", token) == re.sub(r"\d", "0", value)  # a format token, not the opaque fallback
    original, parsed = phonenumbers.parse(value, region), phonenumbers.parse(token, region)
    assert parsed.country_code == original.country_code
    assert phonenumbers.is_possible_number(parsed)
    assert not phonenumbers.is_valid_number(parsed)


@given(
    seeds, attempts, st.sampled_from(["069.842", "0113 496 0249", "+49 30 901820", "(212) 456-7890", "0049 30 901820"])
)
def test_every_phone_token_has_a_shape_the_finder_knows(seed: bytes, attempt: int, value: str) -> None:
    # A format token the finder cannot see would never be revealed (a 6-digit German
    # number is a possible phone number but too short for the phone token shape).
    token = SCHEME.mint(value, "PHONE_NUMBER", seed, attempt)
    found = [m.group() for pattern in SCHEME.patterns() for m in regex.finditer(pattern.source, f"x {token} y")]
    assert token in found


@given(seeds, attempts, st.emails())
def test_email_tokens_validate_and_drop_the_domain(seed: bytes, attempt: int, value: str) -> None:
    token = SCHEME.mint(value, "EMAIL_ADDRESS", seed, attempt)
    validate_email(token, check_deliverability=False)
    assert EMAIL.validate_python(token) == token
    assert token.endswith("@" + EMAIL_DOMAIN) and token.startswith("mask.")
    assert SCHEME.mint("someone.else@other.org", "EMAIL_ADDRESS", seed, attempt) == token  # nothing carried over


def test_email_tokens_keep_the_domain_when_policy_says_so() -> None:
    keep = FormatScheme(keep_domain=True)
    token = keep.mint("ann.lee@Corp.com", "EMAIL_ADDRESS", b"s" * 32, 0)
    assert token.endswith("@corp.com") and "ann" not in token
    validate_email(token, check_deliverability=False)


@given(
    seeds,
    attempts,
    st.sampled_from(
        [
            "DE89 3704 0044 0532 0130 00",
            "GB29NWBK60161331926819",
            "FR1420041010050500013M02606",
            "NL91ABNA0417164300",
            "ES9121000418450200051332",
            "BE68539007547034",
        ]
    ),
)
def test_iban_tokens_keep_country_and_length_with_valid_check_digits(seed: bytes, attempt: int, value: str) -> None:
    token = SCHEME.mint(value, "IBAN_CODE", seed, attempt)
    assert iban.is_valid(token)
    assert token[:2] == value[:2] and len(token) == len(value)
    assert iban.compact(token) != iban.compact(value)


@given(seeds, attempts)
def test_routing_tokens_have_a_valid_checksum_in_an_unassigned_range(seed: bytes, attempt: int) -> None:
    token = SCHEME.mint("011000015", "ABA_ROUTING_NUMBER", seed, attempt)
    assert rtn.is_valid(token) and token[:2] in ROUTING_PREFIXES
    assert SCHEME.mint("011000015", "US_BANK_NUMBER", seed, attempt) == token


@given(seeds, attempts, st.sampled_from(["PERSON", "LOCATION", "ORGANIZATION", "NRP"]))
def test_readable_typed_tokens(seed: bytes, attempt: int, etype: str) -> None:
    token = SCHEME.mint("Ann Lee", etype, seed, attempt)
    assert re.fullmatch(r"(Person|Location|Organization|Group)_[A-Z2-7]{6}", token)
    assert SCHEME.entity_type_of(SCHEME.normalize(token.lower())) == etype


@pytest.mark.parametrize(
    ("etype", "value"),
    [("PHONE_NUMBER", "not a phone"), ("CREDIT_CARD", "12 34"), ("US_BANK_NUMBER", "12345678"), ("IBAN_CODE", "XX")],
)
def test_values_without_the_shape_get_opaque_shaped_tokens(etype: str, value: str) -> None:
    token = SCHEME.mint(value, etype, b"k" * 32, 0)
    assert re.fullmatch(r"\[[A-Z]+_[A-Z2-7]{6}\]", token)


def test_types_without_a_format_rule_are_not_supported() -> None:
    assert not SCHEME.supports("URL") and SCHEME.supports("US_SSN") and SCHEME.supports("PERSON")


def test_short_phone_numbers_get_opaque_tokens() -> None:
    # A 7-digit format token would turn up by chance in long digit runs (and be revealed there).
    for value in ("456-7890", "069.842", "12 34 56 78"):
        assert SCHEME.mint(value, "PHONE_NUMBER", b"s" * 32, 0).startswith("[PHONE_")
