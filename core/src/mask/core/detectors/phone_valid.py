"""Whether a written phone number is *valid* (an assigned range) somewhere it could be read.

International numbers (``+`` or ``00``) are read under their country code; national ones
in each configured region, cheapest checks first: the region's possible lengths (a set
lookup) before phonenumbers' number patterns, which :mod:`..phone_patterns` matches with one
regular expression per region and length. Results are kept in the detection call's
memo, so a number repeated in one payload is validated once per region.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import phonenumbers

from ..phone_numbers import phone_number
from ..phone_patterns import is_valid, is_valid_for_region
from .validators import digits_of

__all__ = ["PhoneValidity", "possible_international", "valid_international"]

Memo = dict[object, object]

LEADING_ZERO_REGIONS = frozenset({"IT", "VA", "SM", "CI", "GA", "TG", "CG"})
"""Regions whose national numbers keep their leading 0 (it is no trunk prefix)."""
WRITTEN_WITHOUT_TRUNK = frozenset({"CN", "IN", "BR", "CO"})
"""Regions with a trunk prefix whose numbers are commonly written without it (Chinese and
Indian mobiles, Brazilian ``(11) 96123-4567``, Colombian mobiles)."""
NANP_REGIONS = frozenset({"US", "CA"})
NANP_LAYOUT = re.compile(r"\([0-9]{3}\) ?[0-9]{3}[.\-][0-9]{4}|[0-9]{3}([.\-])[0-9]{3}\1[0-9]{4}")
"""``(415) 555-2671``, ``415-555-2671``, ``415.555.2671``: North American layouts, validated as such."""
NANP_PARENS = re.compile(r"\([0-9]{3}\) ?[0-9]{3}-[0-9]{4}")


class RegionInfo(NamedTuple):
    code: int
    trunk: str
    lengths: frozenset[int]


class PhoneValidity:
    """``valid(value, memo)`` for the national numbers of ``regions`` and every international one."""

    def __init__(self, regions: Sequence[str]) -> None:
        self.regions = tuple(regions)
        self._info: dict[str, RegionInfo | None] = {}

    def valid(self, value: str, memo: Memo | None = None) -> bool:
        """Valid (not merely possible) in a configured region, or anywhere when international."""
        key = ("phone-valid", value)
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = self._valid(value, memo)
            if memo is not None:
                memo[key] = found
        return bool(found)

    def laid_out(self, value: str, memo: Memo | None = None) -> bool:
        """A valid ``value`` is written the way phone numbers are, so that a word such as
        ``order`` or ``price`` before it does not make it something else: international
        (``+``), in the North American ``(415) 555-2671`` layout, or grouped exactly as
        phonenumbers formats it (``0121 234 4167``, ``0034 612 34 51 74``)."""
        if value[0] == "+" or NANP_PARENS.fullmatch(value):
            return True
        if " " not in value and "-" not in value and "." not in value:
            return False  # one group: the layout says nothing
        key = ("phone-laid-out", value)
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = self._laid_out(value)
            if memo is not None:
                memo[key] = found
        return bool(found)

    def _laid_out(self, value: str) -> bool:
        if value.startswith("00"):
            try:
                number = phonenumbers.parse("+" + value[2:])
            except phonenumbers.NumberParseException:
                return False
            written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return written == "+" + value[2:]
        for region in self.regions:
            try:
                number = phonenumbers.parse(value, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL) == value:
                return True
        return False

    def _valid(self, value: str, memo: Memo | None) -> bool:
        if value.startswith(("+", "00")):
            digits = digits_of(value.replace("(0)", ""))  # the value is ASCII: isdigit() is 0-9
            return valid_international(digits[2:] if value.startswith("00") else digits)
        digits = digits_of(value)
        if digits[0] == "0":
            # No North American area code starts with 0, so a trunk prefix it is, whatever the
            # layout: South Africa's, Thailand's, Ethiopia's 071-123-4567 is written 3-3-4 too.
            return self._valid_somewhere(digits, memo, nanp=False)
        if len(digits) == 10 or (len(digits) == 11 and digits[0] == "1"):
            national = digits[-10:]
            if self._valid_somewhere(national, memo, nanp=True):
                return True
            # When US was tried with the same national number (no trunk prefix to strip), the
            # international check need not try it again.
            if valid_international("1" + national, main_tried="US" in self.regions and national[0] != "1"):
                return True
            if NANP_LAYOUT.fullmatch(value):
                return False  # written the North American way: read it that way only
        return self._valid_somewhere(digits, memo, nanp=False)

    def _valid_somewhere(self, digits: str, memo: Memo | None, nanp: bool) -> bool:
        return any(
            self.valid_national(digits, region, memo) for region in self.regions if (region in NANP_REGIONS) == nanp
        )

    def valid_national(self, digits: str, region: str, memo: Memo | None = None) -> bool:
        """``digits`` (national format, trunk prefix included) valid in ``region``."""
        info = self.region(region)
        nsn = _significant(digits, region, info)
        if info is None or nsn is None:
            return False
        key = ("phone-national", nsn, region)
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = is_valid_for_region(phone_number(info.code, nsn), region)
            if memo is not None:
                memo[key] = found
        return bool(found)

    def mobile(self, digits: str, memo: Memo | None = None) -> bool:
        """``digits``, a run written without ``+`` or separators, are a valid mobile number: a
        national one of a configured region (``01712345689``, ``0712345678``) or one written
        with its country code but no ``+`` (``254722118907``, as M-Pesa writes a payer's number).

        A mobile, not any valid number: the rules that ask (a payment's party, a name before the
        number) have no phone word, and a landline's shape is shared by more ids and counts. Not a
        North American number either: phonenumbers tells its mobiles from its landlines by no
        pattern, and many a ten-digit account number is valid there.
        """
        for region in self.regions:
            if self.valid_national(digits, region, memo):
                info = self.region(region)
                nsn = _significant(digits, region, info)
                if info is not None and nsn is not None and _is_mobile(phone_number(info.code, nsn)):
                    return True
        if digits[0] == "0" or not valid_international(digits):
            return False
        split = _country_split(digits)
        return split is not None and _is_mobile(phone_number(split[0], split[2]))

    def region(self, region: str) -> RegionInfo | None:
        """The calling code, trunk prefix and possible lengths of ``region`` (None: unknown)."""
        if region not in self._info:
            code = phonenumbers.country_code_for_region(region)
            meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
            if not code or meta is None or meta.general_desc is None:
                self._info[region] = None
            else:
                lengths = frozenset(meta.general_desc.possible_length or ())
                self._info[region] = RegionInfo(code, meta.national_prefix or "", lengths)
        return self._info[region]


def _significant(digits: str, region: str, info: RegionInfo | None) -> str | None:
    """The national significant number of ``digits`` (national format) in ``region``: without
    the region's trunk prefix, when the length is one the region has; else None."""
    if info is None:
        return None
    nsn = digits
    if info.trunk and region not in LEADING_ZERO_REGIONS:
        if digits.startswith(info.trunk):
            nsn = digits[len(info.trunk) :]
        elif region not in WRITTEN_WITHOUT_TRUNK and region not in NANP_REGIONS:
            return None  # a national number written without the region's trunk prefix
    return nsn if len(nsn) in info.lengths else None


def _is_mobile(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers types ``number`` as a mobile's (not as either, where one pattern serves both)."""
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


def _country_split(digits: str) -> tuple[int, list[str], str] | None:
    """``digits`` (country code first) as ``(code, its regions, national number)``, or None
    when no number can be read: a trunk ``0`` written after the code by mistake (``+44 0161
    ...``) is dropped; North American area codes and exchanges start with 2-9 (Mask's phone
    tokens use 0 and 1)."""
    for size in (1, 2, 3):
        code = int(digits[:size] or 0)
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
        if regions:
            break
    else:
        return None
    national = digits[size:]
    if national[:1] == "0" and not LEADING_ZERO_REGIONS.intersection(regions):
        national = national[1:]
    if not national or len(national) > 17:
        return None
    if code == 1 and (len(national) != 10 or national[0] in "01" or national[3] in "01"):
        return None
    return code, regions, national


def possible_international(value: str) -> bool:
    """``value``, written with ``+``, has a country code and a length a number of that
    country can have (phonenumbers' *possible*, not *valid*)."""
    split = _country_split(digits_of(value.replace("(0)", "")))
    if split is None:
        return False
    code, _, national = split
    return bool(phonenumbers.is_possible_number(phone_number(code, national)))


def valid_international(digits: str, main_tried: bool = False) -> bool:
    """``digits`` = country code + national number, valid in one of the code's regions.

    ``main_tried``: the caller found the number (same national digits) invalid in the
    code's main region already.
    """
    split = _country_split(digits)
    if split is None:
        return False
    code, regions, national = split
    number = phone_number(code, national)
    # Valid in the code's main region (listed first: US for +1, GB for +44) means valid; else
    # phonenumbers' walk over the code's regions decides (25 for +1).
    if not main_tried and is_valid_for_region(number, regions[0]):
        return True
    return len(regions) > 1 and is_valid(number)
