"""Format tokens for PHONE_NUMBER: same country code and layout, possible but not valid.

The national digits of the input are replaced, position by position, by digits drawn
from the keyed seed until ``phonenumbers`` says the result is a *possible* number of
the same country that is not a *valid* one (no assigned range). Country-code digits,
a trunk prefix and every separator stay as written. North American tokens use an
area code starting with 0 or 1, which the numbering plan never assigns.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException

from ._codec import digit_stream

__all__ = ["DEFAULT_REGION", "mint_phone"]

DEFAULT_REGION = "US"
_TRIES = 48


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        return None


def mint_phone(value: str, seed: bytes, attempt: int, region: str = DEFAULT_REGION) -> str | None:
    """A phone token for ``value``, or None when ``value`` is no phone number."""
    number = _parse(value, region)
    if number is None:
        return None
    nsn = phonenumbers.national_significant_number(number)
    positions = [i for i, ch in enumerate(value) if "0" <= ch <= "9"]
    written = "".join(value[i] for i in positions)
    if not nsn or not written.endswith(nsn):
        return None
    national = positions[len(written) - len(nsn) :]
    cc = number.country_code
    stream = digit_stream(seed, attempt)
    for _ in range(_TRIES):
        digits = [next(stream) for _ in national]
        if cc == 1:
            digits[0] = digits[0] % 2  # area code 0xx / 1xx: never assigned in NANP
        chars = list(value)
        for pos, digit in zip(national, digits, strict=True):
            chars[pos] = str(digit)
        candidate = "".join(chars)
        parsed = _parse(candidate, region)
        if (
            parsed is not None
            and parsed.country_code == cc
            and phonenumbers.is_possible_number(parsed)
            and not phonenumbers.is_valid_number(parsed)
        ):
            return candidate
    return None
