"""The built-in pattern detectors and the machinery they share.

=================== ============================================================ ==========
detector (name)     entity types                                                 plugin
=================== ============================================================ ==========
email               EMAIL_ADDRESS                                                email
phone               PHONE_NUMBER (valid for phonenumbers, or labelled)           phone
spoken_numbers      PHONE_NUMBER, CREDIT_CARD, US_SSN read out as digit words    phone
ip_address          IP_ADDRESS (v4, v6 that can name a host; ``ipaddress``)      network
url                 URL (scheme or ``www.``)                                     network
mac_address         MAC_ADDRESS                                                  network
credit_card         CREDIT_CARD (Luhn, 12-19 digits, IIN ranges, grouping)       financial
masked_card         CREDIT_CARD masked in its middle, BIN and last four shown    financial
iban                IBAN_CODE (country length and format, mod 97)                financial
us_bank             ABA_ROUTING_NUMBER (checksum, context), US_BANK_NUMBER       financial
                    (context)
crypto              CRYPTO (Base58Check, bech32/bech32m, Ethereum ``0x``)        financial
upi                 UPI_ID (an Indian payment address: ``name@okicici``)         financial
us_ssn              US_SSN (area/group/serial; undashed only with context)       identity
us_passport         US_PASSPORT (context)                                        identity
us_driver_license   US_DRIVER_LICENSE (context)                                  identity
date_of_birth       DATE_TIME (a real past date after DOB / born / birthday)     identity
national_id         IT_FISCAL_CODE, NATIONAL_ID (a written CPF): stdnum checks   identity
mrz                 PERSON, US_PASSPORT, NATIONAL_ID, DATE_TIME of a passport's  identity
                    or an ID card's machine-readable zone (ICAO 9303 checks),
                    a boarding pass's bar code, a PNR's names, SSR DOCS, FQTV
address             STREET_ADDRESS (street, unit, postcode, city: one span),     address
                    ZIP_CODE (after a label: zip, PLZ, CP, postcode; a whole UK
                    postcode; a code after ``<place>, <region code>``),
                    LOCATION (a city right after a street address)
secrets             API_KEY, PRIVATE_KEY, JWT, PASSWORD                          secrets
credentials         PASSWORD, USERNAME of ``.netrc``, ``.pgpass``, ``curl -u``,  secrets
                    a URL's userinfo
split_values        CREDIT_CARD, IBAN_CODE, US_SSN split over two strings        split-values
vcard               PERSON, STREET_ADDRESS, LOCATION, ZIP_CODE, ORGANIZATION,    labels
                    DATE_TIME, PHONE_NUMBER: the values vCard and iCalendar
                    properties name (``N``, ``ADR``, ``BDAY``, ``CN=``...)
<custom name>       ``[[detectors.custom]]`` entries                             custom-detectors
=================== ============================================================ ==========

Scores: a validated value scores 0.6-1.0; a context word (``detectors.context_window``
characters around it) adds 0.3; a negative word just before it (``order``, ``invoice``,
``version``...) subtracts 0.45, which puts it under the default threshold of 0.5.
"""

from __future__ import annotations

from .base import CONTEXT_BOOST, NEGATIVE_PENALTY, NEGATIVE_WINDOW, PatternDetector, Rule
from .context import DEFAULT_WINDOW, ContextWords
from .custom import build_custom_detectors
from .normalize import Normalized, normalize
from .validators import VALIDATORS, get_validator

__all__ = [
    "CONTEXT_BOOST",
    "DEFAULT_WINDOW",
    "NEGATIVE_PENALTY",
    "NEGATIVE_WINDOW",
    "VALIDATORS",
    "ContextWords",
    "Normalized",
    "PatternDetector",
    "Rule",
    "build_custom_detectors",
    "get_validator",
    "normalize",
]
