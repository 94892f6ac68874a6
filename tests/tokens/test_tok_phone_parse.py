"""mask.core.tokens.phone_parse parses exactly as ``phonenumbers.parse`` does.

Phone tokens read their value and check each candidate with it; a difference would change
which tokens are minted. The texts are every region's example numbers in national,
international and E.164 layouts, and random digits behind the prefixes parse treats
specially (``+``, ``00``, ``011``, a country code without ``+``, a trunk ``0`` or ``8``), laid
out with random separators, read in random regions.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest

from mask.core.phone_numbers import DEFAULT_PHONE_REGIONS
from mask.core.tokens.phone_parse import _UNSURE, parse, parse_plain, read

_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
_TYPES = ("FIXED_LINE", "MOBILE", "TOLL_FREE", "PREMIUM_RATE", "VOIP")
_FORMATS = (
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
)
_LEADS = ("", "", "", "0", "00", "011", "1", "44", "0044", "+", "+", "+1", "+44", "+49", "+33", "+39", "+7", "+86", "8")
_SEPARATORS = (" ", "-", ".", "", "(", ")", "  ", " - ")


def _reference(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _agree(text: str, region: str | None) -> bool:
    """Both parse ``text`` alike (field by field); True when the fast path answered."""
    theirs = _reference(text, region)
    ours = parse(text, region)
    assert (ours is None) == (theirs is None), (text, region)
    if theirs is not None:
        assert vars(ours) == vars(theirs), (text, region)
    # what phone tokens read: the country code and national significant number, no PhoneNumber
    expected = None if theirs is None else (theirs.country_code, phonenumbers.national_significant_number(theirs))
    assert read(text, region) == expected, (text, region)
    return parse_plain(text, region) is not _UNSURE


def _random_text(rng: random.Random) -> str:
    lead = rng.choice(_LEADS)
    body = lead.lstrip("+") + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 19)))
    out = "+" if lead.startswith("+") else ""
    for i, digit in enumerate(body):
        if i and rng.random() < 0.3:
            out += rng.choice(_SEPARATORS)
        out += digit
    if rng.random() < 0.1:
        out = "(" + out
    if rng.random() < 0.05:
        out += rng.choice(")- .")
    return out


def test_example_numbers_of_every_region_in_every_layout() -> None:
    rng = random.Random(11)
    fast = 0
    for region in _REGIONS:
        for name in _TYPES:
            example = phonenumbers.example_number_for_type(region, getattr(phonenumbers.PhoneNumberType, name))
            if example is None:
                continue
            for layout in _FORMATS:
                text = phonenumbers.format_number(example, layout)
                for reading in (region, rng.choice(_REGIONS), *DEFAULT_PHONE_REGIONS[:4]):
                    fast += _agree(text, reading)
    assert fast > 5000  # the fast path is what is being compared


def test_random_digits_behind_every_special_prefix() -> None:
    rng = random.Random(5)
    fast = 0
    for _ in range(6000):
        text = _random_text(rng)
        for region in (*rng.sample(_REGIONS, 3), *DEFAULT_PHONE_REGIONS[:4]):
            fast += _agree(text, region)
    assert fast > 30000


@pytest.mark.parametrize(
    "text",
    [
        "",
        "+",
        "12",
        "+12",
        "(0)",
        "415 555 2671 x12",
        "+44 (0) 20 7946 0958",
        "٠١٢٣٤٥٦٧٨٩",
        "1-800-FLOWERS",
        "+999 123",
    ],
)
@pytest.mark.parametrize("region", ["US", "GB", "IT", None, "ZZ", "us"])
def test_other_text_goes_to_phonenumbers(text: str, region: str | None) -> None:
    _agree(text, region)


def test_possible_from_the_length_alone() -> None:
    """Phone tokens ask phonenumbers' *possible* per country code and length (tokens/phone.py)."""
    from mask.core.phone_numbers import phone_number
    from mask.core.tokens.phone import _possible

    rng = random.Random(9)
    codes = [*phonenumbers.COUNTRY_CODE_TO_REGION_CODE, 0, 2, 28, 999]
    for _ in range(20000):
        code = rng.choice(codes)
        nsn = "".join(rng.choice("0000123456789") for _ in range(rng.randint(1, 17)))
        length = len(nsn) if nsn.strip("0") else len(nsn) + 1  # as phone.py asks for all zeros
        assert _possible(code, length) == phonenumbers.is_possible_number(phone_number(code, nsn)), (code, nsn)
