"""``phonenumbers.parse`` of a plainly written number, without its per-character normalization.

``phonenumbers.parse`` normalizes its input character by character through Unicode digit
lookups (twice), which is most of its cost (about 30 µs a number); a phone token parses its
value in up to four regions and its candidate once more. :func:`parse_plain` follows
``parse`` step by step, with phonenumbers' own helpers and metadata, for text made of ASCII
digits, spaces, ``()-.`` and one leading ``+`` (what a written phone number mostly is): there
normalizing is keeping the ASCII digits. Any other text, and the rare paths of ``parse``
(a number after ``+`` whose country code is unknown), go to ``phonenumbers.parse`` itself.
A test compares both on many numbers of every configured region and layout.

Nothing is cached here (patterns are, by phonenumbers); no number outlives the call.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumber
from phonenumbers import phonenumberutil as _util
from phonenumbers.re_util import re_compile

__all__ = ["parse", "parse_plain"]

_PLAIN = frozenset("0123456789 ()-.")
_DIGITS = "0123456789"
_NOT_DIGITS = str.maketrans("", "", " ()-.+")
_UNSURE = object()
_TOO_SHORT = _util.ValidationResult.TOO_SHORT
_LOCAL_ONLY = _util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY
_INVALID_LENGTH = _util.ValidationResult.INVALID_LENGTH
_TOO_LONG = _util.ValidationResult.TOO_LONG
_SUPPORTED = phonenumbers.SUPPORTED_REGIONS
_CODES = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
_strip_prefix = _util._maybe_strip_national_prefix_carrier_code
_match_national = _util._match_national_number
_test_length = _util._test_number_length
_extract_country_code = _util._extract_country_code


def parse(text: str, region: str | None) -> PhoneNumber | None:
    """``phonenumbers.parse(text, region)``, or None where it raises ``NumberParseException``."""
    found = parse_plain(text, region)
    if found is not _UNSURE:
        return found  # type: ignore[return-value]
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        return None


def parse_plain(text: str, region: str | None) -> PhoneNumber | object | None:
    """:func:`parse` for plainly written text; ``_UNSURE`` where ``phonenumbers.parse`` must decide."""
    if region is None or region not in _SUPPORTED or len(text) > 250:
        return _UNSURE
    plus = text[:1] == "+"
    if not _PLAIN.issuperset(text[1:] if plus else text):
        return _UNSURE
    digits = text.translate(_NOT_DIGITS)
    if len(digits) < 3:
        return _UNSURE  # parse's viability check decides (two digits are viable)
    # What parse extracts runs from the first digit (or the +) to the last digit: viable, and
    # with no extension (ASCII digits, spaces and ()-. hold none); normalized, its digits.
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None:
        return _UNSURE
    number = PhoneNumber()
    # _maybe_extract_country_code
    if plus:
        if len(digits) <= 2:
            return None  # TOO_SHORT_AFTER_IDD
        country_code, national = _extract_country_code(digits)
        if country_code == 0:
            return _UNSURE  # parse tries again without the plus
    else:
        idd = metadata.international_prefix
        full = digits
        match = re_compile(idd if idd is not None else "NonMatch").match(full)
        if match is not None and full[match.end() : match.end() + 1] != "0":
            full = full[match.end() :]  # an international call prefix (011, 00)
            if len(full) <= 2:
                return None  # TOO_SHORT_AFTER_IDD
            country_code, national = _extract_country_code(full)
            if country_code == 0:
                return None  # INVALID_COUNTRY_CODE, no plus to strip
        else:
            country_code, national = 0, ""
            code = str(metadata.country_code)
            if full.startswith(code):
                general = metadata.general_desc
                _, potential, _ = _strip_prefix(full[len(code) :], metadata)
                if (not _match_national(full, general, False) and _match_national(potential, general, False)) or (
                    _test_length(full, metadata) == _TOO_LONG
                ):
                    country_code, national = metadata.country_code, potential
    if country_code != 0:
        number_region = _util.region_code_for_country_code(country_code)
        if number_region != region:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, number_region)
    else:
        national = digits
        country_code = metadata.country_code
    number.country_code = country_code
    if len(national) < 2:
        return None  # TOO_SHORT_NSN
    if metadata is not None:
        _, potential, _ = _strip_prefix(national, metadata)
        if _test_length(potential, metadata) not in (_TOO_SHORT, _LOCAL_ONLY, _INVALID_LENGTH):
            national = potential
    if len(national) > 17:
        return None  # TOO_LONG
    if len(national) > 1 and national[0] == "0":
        number.italian_leading_zero = True
        zeros = 1
        while zeros < len(national) - 1 and national[zeros] == "0":
            zeros += 1
        if zeros != 1:
            number.number_of_leading_zeros = zeros
    number.national_number = int(national)
    return number
