"""phonenumbers' validity checks, each answered by one or two regular expressions.

``phonenumbers.is_valid_number_for_region`` matches a national number against the region's
general pattern and then against each number type's pattern in turn: up to eleven regular
expressions, and the most frequent call of phone detection and phone tokens.
:func:`is_valid_for_region` gives the same answer from two: the general pattern and the
alternation of every type pattern that admits the number's length, built once per region and
length from phonenumbers' own metadata. :func:`is_valid` does the same for
``is_valid_number`` (the region of a shared country code is picked as phonenumbers picks
it). A test compares both with phonenumbers on many numbers of every configured region.

The cache holds patterns only, never a number. Import this module only where phonenumbers
is wanted (it loads it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumber

__all__ = ["is_valid", "is_valid_for_region", "is_valid_nsn", "is_valid_nsn_for_region", "warm"]

_NON_GEO = "001"
_TYPES = (
    # phonenumbers' order (_number_type_helper); the order does not change whether one matches.
    "premium_rate", "toll_free", "shared_cost", "voip", "personal_number",
    "pager", "uan", "voicemail", "fixed_line", "mobile",
)  # fmt: skip


class _Check(NamedTuple):
    general: re.Pattern[str]
    typed: re.Pattern[str]


def _admits(desc: object, length: int) -> bool:
    lengths = desc.possible_length  # type: ignore[attr-defined]
    return not lengths or length in lengths


def _metadata(region: str, country_code: int) -> PhoneMetadata | None:
    if region == _NON_GEO:
        return PhoneMetadata.metadata_for_nongeo_region(country_code, None)
    return PhoneMetadata.metadata_for_region(region, None)


@functools.lru_cache(maxsize=4096)
def _check(region: str, country_code: int, length: int) -> _Check | None:
    """The patterns a national number of ``length`` digits must match to be valid in
    ``region`` (None: no number of that length is). ``country_code`` picks a non-geographic
    entity's metadata (region 001)."""
    meta = _metadata(region, country_code)
    if meta is None:
        return None
    general = meta.general_desc
    if general is None or not general.national_number_pattern or not _admits(general, length):
        return None
    typed = []
    for name in _TYPES:
        if name == "mobile" and meta.same_mobile_and_fixed_line_pattern:
            continue  # phonenumbers does not try the mobile pattern then
        desc = getattr(meta, name)
        if desc is not None and desc.national_number_pattern and _admits(desc, length):
            typed.append(f"(?:{desc.national_number_pattern})")
    if not typed:
        return None
    return _Check(re.compile(general.national_number_pattern), re.compile("|".join(typed)))


def _nsn(number: PhoneNumber) -> str:
    """``phonenumbers.national_significant_number``."""
    national = str(number.national_number)
    if number.italian_leading_zero:
        zeros = 1 if number.number_of_leading_zeros is None else number.number_of_leading_zeros
        if zeros > 0:
            return "0" * zeros + national
    return national


def _matches(region: str, country_code: int, nsn: str) -> bool:
    check = _check(region, country_code, len(nsn))
    return check is not None and check.general.fullmatch(nsn) is not None and check.typed.fullmatch(nsn) is not None


def is_valid_for_region(number: PhoneNumber, region: str | None) -> bool:
    """``phonenumbers.is_valid_number_for_region(number, region)``."""
    return is_valid_nsn_for_region(number.country_code, _nsn(number), region)


def is_valid(number: PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number(number)``."""
    return is_valid_nsn(number.country_code, _nsn(number))


def is_valid_nsn_for_region(country_code: int, nsn: str, region: str | None) -> bool:
    """:func:`is_valid_for_region` of the number ``+country_code nsn`` (``nsn`` its national
    significant number, as ``phonenumbers.national_significant_number`` writes it): phone
    tokens have these at hand, and build no ``PhoneNumber``."""
    if region is None:
        return False
    region = region.upper()
    if region == _NON_GEO:
        return _matches(region, country_code, nsn)
    meta = _metadata(region, country_code)
    return meta is not None and meta.country_code == country_code and _matches(region, country_code, nsn)


def is_valid_nsn(country_code: int, nsn: str) -> bool:
    """:func:`is_valid` of the number ``+country_code nsn`` (see :func:`is_valid_nsn_for_region`)."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return False
    if len(regions) == 1:
        return is_valid_nsn_for_region(country_code, nsn, regions[0])
    for region, leading, same_code in _sharing(country_code):
        # the first region whose leading digits (else patterns) fit decides
        if leading is not None:
            if leading.match(nsn):
                return same_code and _matches(region, country_code, nsn)
        elif _matches(region, country_code, nsn):
            return same_code  # is_valid_nsn_for_region: its patterns just matched
    return False


@functools.lru_cache(maxsize=512)
def _sharing(country_code: int) -> tuple[tuple[str, re.Pattern[str] | None, bool], ...]:
    """The regions of a shared country code, in phonenumbers' order, each with its leading
    digits' pattern (None: it has none) and whether its metadata is that code's (what
    :func:`is_valid_nsn_for_region` checks besides the patterns). Regions without metadata
    are left out."""
    out = []
    for region in COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        meta = PhoneMetadata.metadata_for_region(region.upper(), None)
        if meta is None:
            continue
        leading = _leading(meta.leading_digits) if meta.leading_digits is not None else None
        out.append((region.upper(), leading, meta.country_code == country_code))
    return tuple(out)


@functools.lru_cache(maxsize=512)
def _leading(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def warm(regions: Sequence[str]) -> None:
    """Load the metadata of ``regions`` and of the other regions of their country codes, and
    build their patterns for every possible length, now rather than on the first numbers
    (``Mask.warm_up``): phonenumbers loads a region's metadata module on first use, and the
    patterns here compile on first use."""
    for region in regions:
        meta = _metadata(region, 0)
        if meta is None or not meta.country_code:
            continue
        for shared in COUNTRY_CODE_TO_REGION_CODE.get(meta.country_code, (region,)):
            shared_meta = _metadata(shared, meta.country_code)
            general = shared_meta.general_desc if shared_meta is not None else None
            for length in (general.possible_length or ()) if general is not None else ():
                _check(shared, meta.country_code, length)
