"""``phonenumbers.parse`` of a plainly written number, without its per-character normalization.

``phonenumbers.parse`` normalizes its input character by character through Unicode digit
lookups (twice), which is most of its cost (about 30 µs a number); a phone token parses its
value in up to four regions and its candidate once more. :func:`read_plain` follows
``parse`` step by step, with phonenumbers' own helpers and metadata, for text made of ASCII
digits, spaces, ``()-.`` and one leading ``+`` (what a written phone number mostly is): there
normalizing is keeping the ASCII digits. Any other text, and the rare paths of ``parse``
(a number after ``+`` whose country code is unknown), go to ``phonenumbers.parse`` itself.
A test compares both on many numbers of every configured region and layout.

A phone token needs only the country code and the national significant number of what it
parses (:func:`read`), so the fast path builds no ``PhoneNumber``; :func:`parse` builds one
from them for the comparison with phonenumbers. What a region's parse reads from its metadata
(its prefixes' patterns, the answer of the length check per length) is kept per region.

Nothing is cached here but metadata and patterns (phonenumbers' own, and what they answer
for a length); no number outlives the call.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumber
from phonenumbers import phonenumberutil as _util

__all__ = ["parse", "parse_plain", "read", "read_plain"]

_PLAIN = b"0123456789 ()-."
_SEPARATORS = b" ()-.+"
_LITERALS = re.compile(r"[0-9]+(?:\|[0-9]+)*")
"""A prefix pattern that is a list of digit strings (``011``, ``0|180020``): most are."""
_UNSURE = object()
_TOO_SHORT = _util.ValidationResult.TOO_SHORT
_LOCAL_ONLY = _util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY
_INVALID_LENGTH = _util.ValidationResult.INVALID_LENGTH
_TOO_LONG = _util.ValidationResult.TOO_LONG
_KEEP_PREFIX = (_TOO_SHORT, _LOCAL_ONLY, _INVALID_LENGTH)
"""Length checks after which parse keeps a national prefix it could strip."""
_SUPPORTED = phonenumbers.SUPPORTED_REGIONS
_strip_prefix = _util._maybe_strip_national_prefix_carrier_code
_match_national = _util._match_national_number
_test_length = _util._test_number_length
_extract_country_code = _util._extract_country_code
_region_code_for_country_code = _util.region_code_for_country_code


class _Prefix:
    """A prefix pattern of the metadata, matched at the start of a number as ``re.match``
    does: by ``str.startswith`` where it is a list of digit strings (the first that fits
    wins, as the regex's alternation tries them in order), else by the regex."""

    __slots__ = ("literals", "pattern")

    def __init__(self, source: str) -> None:
        self.literals = tuple(source.split("|")) if _LITERALS.fullmatch(source) else None
        self.pattern = None if self.literals is not None else re.compile(source)

    def end(self, number: str) -> int:
        """Where the match at the start of ``number`` ends (-1: no match)."""
        if self.literals is None:
            match = self.pattern.match(number)  # type: ignore[union-attr]
            return -1 if match is None else match.end()
        for literal in self.literals:
            if number.startswith(literal):
                return len(literal)
        return -1

    def matches(self, number: str) -> bool:
        """Whether it matches at the start of ``number``."""
        if self.literals is None:
            return self.pattern.match(number) is not None  # type: ignore[union-attr]
        return number.startswith(self.literals)


_NO_PREFIX = _Prefix("NonMatch")
"""What parse matches when a region has no international prefix."""


class _Plan(NamedTuple):
    """What parse reads from one region's metadata, looked up once."""

    metadata: PhoneMetadata
    country_code: int
    code: str
    """``country_code`` as written."""
    international: _Prefix
    """The region's international call prefix (``011``, ``00``)."""
    prefix: _Prefix | None
    """The region's national prefix for parsing (None: it has none)."""
    lengths: dict[int, object]
    """``_test_number_length`` by length of the national number: it reads the length alone."""


_PLANS: dict[tuple[str, int], _Plan] = {}
"""The :class:`_Plan` of each metadata, by its id and country code (a non-geographic entity's
id is ``001`` for every code)."""
_REGION_PLANS: dict[str, _Plan] = {}
"""The :class:`_Plan` of each region's metadata, by region code."""


def _plan(metadata: PhoneMetadata) -> _Plan:
    key = (metadata.id, metadata.country_code)
    plan = _PLANS.get(key)
    if plan is None:
        idd = metadata.international_prefix
        prefix = metadata.national_prefix_for_parsing
        plan = _PLANS[key] = _Plan(
            metadata,
            metadata.country_code,
            str(metadata.country_code),
            _Prefix(idd) if idd is not None else _NO_PREFIX,
            _Prefix(prefix) if prefix else None,
            {},
        )
    return plan


def _region_plan(region: str) -> _Plan | None:
    plan = _REGION_PLANS.get(region)
    if plan is None:
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            return None
        plan = _REGION_PLANS[region] = _plan(metadata)
    return plan


def _length_check(national: str, plan: _Plan) -> object:
    """``_test_number_length(national, metadata)``: a function of the length alone."""
    length = len(national)
    found = plan.lengths.get(length)
    if found is None:
        found = plan.lengths[length] = _test_length(national, plan.metadata)
    return found


def _without_prefix(national: str, plan: _Plan) -> str:
    """The number ``_maybe_strip_national_prefix_carrier_code`` returns: ``national`` itself
    where the national prefix pattern does not match its start (the common case), without
    the call."""
    if plan.prefix is None or not national or not plan.prefix.matches(national):
        return national
    return _strip_prefix(national, plan.metadata)[1]


def read(text: str, region: str | None) -> tuple[int, str] | None:
    """The country code and national significant number of ``phonenumbers.parse(text,
    region)``, or None where it raises ``NumberParseException``."""
    found = read_plain(text, region)
    if found is not _UNSURE:
        return found  # type: ignore[return-value]
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    return number.country_code, _util.national_significant_number(number)


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
    found = read_plain(text, region)
    if found is None or found is _UNSURE:
        return found
    country_code, national = found  # type: ignore[misc]
    number = PhoneNumber()
    number.country_code = country_code
    if national[0] == "0":  # parse keeps leading zeros so (national has two digits or more)
        number.italian_leading_zero = True
        zeros = 1
        while zeros < len(national) - 1 and national[zeros] == "0":
            zeros += 1
        if zeros != 1:
            number.number_of_leading_zeros = zeros
    number.national_number = int(national)
    return number


def read_plain(text: str, region: str | None) -> tuple[int, str] | object | None:
    """:func:`read` for plainly written text; ``_UNSURE`` where ``phonenumbers.parse`` must decide.

    The national significant number is the national number parse keeps, as written: its
    leading zeros are the ones ``PhoneNumber`` records (``italian_leading_zero``)."""
    if region is None or region not in _SUPPORTED or len(text) > 250 or not text.isascii():
        return _UNSURE
    raw = text.encode("ascii")
    plus = text[:1] == "+"
    if (raw[1:] if plus else raw).translate(None, _PLAIN):
        return _UNSURE  # a character other than ASCII digits, spaces and ()-.
    digits = raw.translate(None, _SEPARATORS).decode("ascii")
    if len(digits) < 3:
        return _UNSURE  # parse's viability check decides (two digits are viable)
    # What parse extracts runs from the first digit (or the +) to the last digit: viable, and
    # with no extension (ASCII digits, spaces and ()-. hold none); normalized, its digits.
    plan = _region_plan(region)
    if plan is None:
        return _UNSURE
    # _maybe_extract_country_code
    if plus:
        country_code, national = _extract_country_code(digits)
        if country_code == 0:
            return _UNSURE  # parse tries again without the plus
    else:
        full = digits
        idd_end = plan.international.end(full)
        if idd_end >= 0 and full[idd_end : idd_end + 1] != "0":
            full = full[idd_end:]  # an international call prefix (011, 00)
            if len(full) <= 2:
                return None  # TOO_SHORT_AFTER_IDD
            country_code, national = _extract_country_code(full)
            if country_code == 0:
                return None  # INVALID_COUNTRY_CODE, no plus to strip
        else:
            country_code, national = 0, ""
            code = plan.code
            if full.startswith(code):
                general = plan.metadata.general_desc
                potential = _without_prefix(full[len(code) :], plan)
                if (not _match_national(full, general, False) and _match_national(potential, general, False)) or (
                    _length_check(full, plan) == _TOO_LONG
                ):
                    country_code, national = plan.country_code, potential
    if country_code != 0:
        number_region = _region_code_for_country_code(country_code)
        if number_region != region:
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, number_region)
            plan = None if metadata is None else _plan(metadata)  # type: ignore[assignment]
    else:
        national = digits
        country_code = plan.country_code
    if len(national) < 2:
        return None  # TOO_SHORT_NSN
    if plan is not None:
        potential = _without_prefix(national, plan)
        if potential is not national and _length_check(potential, plan) not in _KEEP_PREFIX:
            national = potential
    if len(national) > 17:
        return None  # TOO_LONG
    return country_code, national
