"""What phone detection and phone tokens share: the default regions, the extension of a
written number and building a number."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = ["DEFAULT_PHONE_REGIONS", "EXTENSION", "phone_number", "without_extension"]

DEFAULT_PHONE_REGIONS = (
    # The four read first since the first release (a phone token is read in the first region
    # where its value is valid), then the forty most populous countries by population.
    "US", "GB", "DE", "FR",
    "CN", "IN", "ID", "PK", "NG", "BR", "BD", "RU", "ET", "MX",
    "JP", "EG", "PH", "CD", "VN", "IR", "TR", "TH", "TZ", "ZA",
    "IT", "KE", "MM", "CO", "KR", "UG", "SD", "ES", "DZ", "IQ",
    "AR", "AF", "YE", "CA", "PL", "AO",
)  # fmt: skip
"""Regions national-format phone numbers are read in (``detectors.phone_regions``)."""

EXTENSION = re.compile(r"(?:,?[ ]?(?:ext(?:ension|n)?\.?|x)[ ]?|[ ]?#[ ]?)[0-9]{1,6}$", re.IGNORECASE)
"""An extension at the end of a written number (``x1422``, ``ext. 12``, ``#12``)."""


def without_extension(value: str) -> str:
    """``value`` without its extension (itself when it has none: every marker holds an x or a #)."""
    if "x" not in value and "X" not in value and "#" not in value:
        return value
    return EXTENSION.sub("", value)


def phone_number(country_code: int, national: str) -> PhoneNumber:
    """The number ``+country_code national``, keeping leading zeros of ``national`` (Italy, ...)."""
    from phonenumbers import PhoneNumber  # loaded with the first phone number, not with mask.core

    number = PhoneNumber(country_code=country_code, national_number=int(national))
    if national[0] == "0":
        number.italian_leading_zero = True
        number.number_of_leading_zeros = len(national) - len(national.lstrip("0"))
    return number
