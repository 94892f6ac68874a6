"""Format tokens for PHONE_NUMBER: same country code and layout, possible but not valid.

The national digits of the input are replaced, position by position, by digits drawn
from the keyed seed until ``phonenumbers`` says the result is a *possible* number of
the same country that is not a *valid* one (no assigned range). Country-code digits,
a trunk prefix and every separator stay as written. North American tokens use an
area code starting with 0, which the numbering plan never assigns.

The input is read in the first of ``regions`` (the first four of ``phone_regions``: see
``format.TOKEN_PHONE_REGIONS``) where it is a valid number (else a possible one), so
``0113 496 0249`` is a British number, not a call abroad from the US. Numbers are handled
as their country code and national significant number (no ``PhoneNumber`` is built on the
way: :func:`~.phone_parse.read`); candidates are checked as such, and only the chosen one is
parsed back from its text, to make sure it reads as the same number.
"""

from __future__ import annotations

from collections.abc import Sequence

import phonenumbers

from ..phone_numbers import DEFAULT_PHONE_REGIONS, phone_number, without_extension
from ..phone_patterns import is_valid_nsn, is_valid_nsn_for_region
from ._codec import DigitSource
from .phone_parse import read

__all__ = ["mint_phone"]

_TRIES = 256
"""Draws before giving up (the caller then falls back to an opaque token). In dense plans few
random digit strings are possible-but-invalid (France: about one in six), so 48 draws failed
about once in 10,000 numbers; 256 make it vanishingly rare, and a draw costs only on a miss."""


_POSSIBLE: dict[tuple[int, int], bool] = {}
"""``(country code, NSN length)`` -> whether such a number is *possible* (lengths only, no number)."""


def _possible(country_code: int, length: int) -> bool:
    """``phonenumbers.is_possible_number`` of a number under ``country_code`` whose national
    significant number has ``length`` digits: phonenumbers decides it from the length alone
    (the country's possible lengths), so it is asked once per code and length."""
    key = (country_code, length)
    found = _POSSIBLE.get(key)
    if found is None:
        found = _POSSIBLE[key] = bool(phonenumbers.is_possible_number(phone_number(country_code, "1" * length)))
    return found


def _read(value: str, regions: Sequence[str]) -> tuple[int, str, str, bool] | None:
    """``value`` read in the first region where it is valid, else where it is possible (else
    where it parses at all): its country code, national significant number, the region, and
    whether it is a possible number."""
    international = value.lstrip()[:1] == "+"
    possible: tuple[int, str, str, bool] | None = None
    first: tuple[int, str, str, bool] | None = None
    for region in regions:
        number = read(value, region)
        if number is None:
            continue
        cc, nsn = number
        if _possible(cc, len(nsn)):
            if international or is_valid_nsn_for_region(cc, nsn, region):
                return cc, nsn, region, True
            possible = possible or (cc, nsn, region, True)
        elif first is None:
            first = (cc, nsn, region, False)
        if international:
            break  # an international number reads the same in every region
    return possible or first


def _acceptable(cc: int, nsn: str) -> bool:
    """Whether ``+cc nsn`` is a possible number that is not a valid one (a token's digits)."""
    # all zeros: phonenumbers' significant number of it has one digit more (0 and its zeros)
    significant = nsn if nsn.strip("0") else nsn + "0"
    if not _possible(cc, len(significant)):
        return False
    if cc == 1 and nsn[0] == "0" and len(nsn) == 10:
        return True  # a NANP area code never starts with 0 (and checking all 25 regions is slow)
    return not is_valid_nsn(cc, significant)


def mint_phone(value: str, seed: bytes, attempt: int, regions: Sequence[str] = DEFAULT_PHONE_REGIONS) -> str | None:
    """A phone token for ``value``, or None when ``value`` is no possible phone number or
    has an extension (``x6167``: the caller falls back)."""
    if without_extension(value) != value:
        return None  # decided before any parse: phonenumbers would drop the extension's digits
    found = _read(value, regions)
    if found is None or not found[3]:
        return None  # no candidate of the same length can be possible either
    cc, nsn, used, _ = found
    positions = [i for i, ch in enumerate(value) if "0" <= ch <= "9"]
    written = "".join([value[i] for i in positions])
    if not nsn or not written.endswith(nsn):
        return None  # digits phonenumbers dropped: the caller falls back
    national = positions[len(written) - len(nsn) :]
    count = len(national)
    source = DigitSource(seed, attempt)
    for _ in range(_TRIES):
        new_nsn = source.take(count)
        if cc == 1:
            new_nsn = "0" + new_nsn[1:]  # area code 0xx: never assigned in NANP (1xx would read as a trunk prefix)
        if not _acceptable(cc, new_nsn):
            continue
        chars = list(value)
        for pos, digit in zip(national, new_nsn, strict=True):
            chars[pos] = digit
        candidate = "".join(chars)
        if read(candidate, used) == (cc, new_nsn):
            return candidate
    return None
