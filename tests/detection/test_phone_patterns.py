"""mask.core.phone_patterns answers exactly as phonenumbers does.

Phone detection and phone tokens ask it instead of phonenumbers' validity functions; a
difference would change what is detected and which tokens are minted. The numbers are
built from every region's example numbers (valid ones, then the same with digits changed,
shortened and lengthened) and from random digits under random country codes.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest

from mask.core.phone_numbers import DEFAULT_PHONE_REGIONS, phone_number
from mask.core.phone_patterns import is_valid, is_valid_for_region

_TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip", "personal_number", "uan")
_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def _examples(region: str) -> list[str]:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    out = []
    for name in _TYPES:
        desc = getattr(meta, name)
        if desc is not None and desc.example_number:
            out.append(desc.example_number)
    return out


def _variants(national: str, rng: random.Random) -> list[str]:
    """The number, with its last digits changed, one digit fewer, one more."""
    changed = national[:-2] + "".join(rng.choice("0123456789") for _ in range(2))
    return [national, changed, national[:-1], national + rng.choice("0123456789")]


def _agree(number: phonenumbers.PhoneNumber, region: str) -> tuple[bool, bool]:
    ours = (is_valid_for_region(number, region), is_valid(number))
    theirs = (phonenumbers.is_valid_number_for_region(number, region), phonenumbers.is_valid_number(number))
    assert ours == theirs, (number.country_code, phonenumbers.national_significant_number(number), region)
    return theirs


def test_every_region_example_numbers_and_their_neighbours() -> None:
    rng = random.Random(7)
    answers = {True: 0, False: 0}
    for region in _REGIONS:
        code = phonenumbers.country_code_for_region(region)
        for example in _examples(region):
            for national in _variants(example, rng):
                valid, _ = _agree(phone_number(code, national), region)
                answers[valid] += 1
                # The same digits under another region of the list: a country-code mismatch.
                other = rng.choice(DEFAULT_PHONE_REGIONS)
                _agree(phone_number(code, national), other)
    assert answers[True] > 1000 and answers[False] > 1000  # both answers well represented


def test_random_numbers_under_random_codes() -> None:
    rng = random.Random(11)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    valid_seen = 0
    for _ in range(20_000):
        code = rng.choice(codes)
        region = rng.choice([*phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code], rng.choice(DEFAULT_PHONE_REGIONS)])
        national = "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 13)))
        valid_seen += _agree(phone_number(code, national), region)[1]
    assert valid_seen > 500  # 936 with this seed


@pytest.mark.parametrize("code", [800, 808, 870, 881, 882, 883, 888, 979])
def test_non_geographic_codes(code: int) -> None:
    meta = phonenumbers.PhoneMetadata.metadata_for_nongeo_region(code)
    examples = [getattr(meta, n).example_number for n in _TYPES if getattr(meta, n) and getattr(meta, n).example_number]
    assert examples
    rng = random.Random(code)
    for example in examples:
        for national in _variants(example, rng):
            _agree(phone_number(code, national), "001")


def test_unknown_region_and_no_region() -> None:
    number = phone_number(1, "2015550123")
    assert not is_valid_for_region(number, None)
    assert not is_valid_for_region(number, "ZZ")
    assert is_valid_for_region(number, "us") == phonenumbers.is_valid_number_for_region(number, "US")
    assert not is_valid(phone_number(999, "12345678"))  # a code no region uses
