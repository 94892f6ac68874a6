"""Named validators: checks that turn a pattern match into a real value (or not).

Each takes the matched text and returns a bool; separators are removed first where a
value is commonly written with them. Checksums come from python-stdnum and the
standard library (``ipaddress``, ``datetime``), never hand-rolled. A custom detector
names one in ``validator = "..."``; ``"stdnum:<module>"`` (e.g. ``"stdnum:es.nif"``)
uses any python-stdnum module's ``is_valid``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import importlib
import ipaddress
import json
import re
from collections.abc import Callable
from datetime import date

from stdnum import bitcoin, iban, luhn, numdb
from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_97_10
from stdnum.us import rtn, ssn
from stdnum.util import get_cc_module

from ..errors import MaskConfigError

__all__ = ["VALIDATORS", "AtLeastDigits", "crosses_clause", "digit_count", "digits_of", "get_validator"]

Validator = Callable[[str], bool]


_NOT_DIGITS = re.compile(r"[^0-9]+")


_DROP_DIGITS = str.maketrans("", "", "0123456789")


def digit_count(text: str) -> int:
    """How many ASCII digits ``text`` holds (one pass, not ten ``count`` calls)."""
    return len(text) - len(text.translate(_DROP_DIGITS))


class AtLeastDigits:
    """``has(text)``: ``digit_count(text) >= count``, answered by a search that stops at the
    ``count``-th digit (a count walks the whole text; a digit-heavy one has them early).

    Linear: the digit and non-digit classes are disjoint, so a start fails or succeeds
    without backtracking, and only the last ``count - 1`` digits can start a failing try.
    """

    __slots__ = ("count", "has")

    def __init__(self, count: int) -> None:
        self.count = count
        self.has = re.compile(f"[0-9](?:[^0-9]*[0-9]){{{count - 1}}}").search


_CLAUSE_END = re.compile(
    r"(?:(?<=[0-9\])\"'])|(?<=[^\W\d_]{5}))[.!?;](?=\s)"  # a sentence ends: "... is 83214174. 4850-..."
    r'|"[ ]*[,\]}]'  # a JSON or quoted CSV value ends: "Robert Case","030 767099"
    r"|(?<![0-9]),(?=[^\s,])|(?<=[0-9]),(?![0-9]{3}(?![0-9])|\s)"  # a CSV cell ends (not 1,234)
)


def crosses_clause(text: str, lo: int, hi: int) -> bool:
    """A sentence, JSON value or CSV cell ends between ``lo`` and ``hi``: a word before
    that end (``passport no is X. 4963 1920 0899 5039``, ``"Robert Case","030 767099"``)
    speaks of another value than the one at ``hi``."""
    m = _CLAUSE_END.search(text, max(0, lo), min(len(text), hi + 4))
    return m is not None and m.start() < hi


def digits_of(value: str) -> str:
    """Only the ASCII digits of ``value``."""
    return _NOT_DIGITS.sub("", value)


def is_card(value: str, shortest: int = 13) -> bool:
    """``shortest``-19 digits (13 by default; Maestro issues 12), Luhn-valid, not a single
    repeated digit."""
    digits = digits_of(value)
    return shortest <= len(digits) <= 19 and len(set(digits)) > 1 and luhn.is_valid(digits)


def is_luhn(value: str) -> bool:
    digits = digits_of(value)
    return len(digits) > 1 and luhn.is_valid(digits)


def is_ssn(value: str) -> bool:
    """Valid area (not 000, 666, 9xx), group (not 00), serial (not 0000); stdnum's blacklist."""
    digits = digits_of(value)
    return len(digits) == 9 and ssn.is_valid(digits)


def is_aba_checksum(value: str) -> bool:
    """9 digits with a valid ABA check digit, whatever the prefix (a labelled routing number)."""
    digits = digits_of(value)
    return len(digits) == 9 and len(set(digits)) > 1 and rtn.is_valid(digits)


def is_aba(value: str) -> bool:
    """ABA routing number: 9 digits, check digit, assigned Federal Reserve prefix."""
    digits = digits_of(value)
    if len(digits) != 9 or not rtn.is_valid(digits):
        return False
    prefix = int(digits[:2])
    return prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80


def is_iban(value: str) -> bool:
    """Country-specific length and format, mod-97 check digits: ``stdnum.iban.is_valid``.

    The same checks in the same order, with what depends on the country only (the BBAN
    layout from python-stdnum's IBAN registry and the country's own module) looked up
    once per country instead of once per value."""
    number = iban.compact(value)
    country = number[:2]
    if len(number) < 4 or not (country.isascii() and country.isalpha() and country.isupper()):
        return iban.is_valid(value)
    if not mod_97_10.is_valid(number[4:] + number[:4]):
        return False
    found = _iban_country(country)
    if found is None:
        return False
    layout, module = found
    if layout.match(number[4:]) is None:
        return False
    if module is not None:
        try:
            module.validate(number)
        except ValidationError:
            return False
    return True


_IBAN_CLASSES = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Za-z0-9]"}
_IBAN_PART = re.compile(r"([1-9][0-9]*)!([nac])")


@functools.lru_cache(maxsize=256)
def _iban_country(country: str) -> tuple[re.Pattern[str], object] | None:
    """The BBAN layout of an IBAN country as stdnum reads it, and the country's stdnum
    IBAN module (None when the registry does not know the country)."""
    info = numdb.get("iban").info(country)
    props = info[0][1] if info else None
    if not props:
        return None
    layout = _IBAN_PART.sub(lambda m: f"{_IBAN_CLASSES[m.group(2)]}{{{m.group(1)}}}", props.get("bban", ""))
    return re.compile(f"^{layout}$"), get_cc_module(country, "iban")


@functools.lru_cache(maxsize=256)
def iban_length(country: str) -> int | None:
    """Characters in an IBAN of ``country`` (``DE``: 22) by python-stdnum's registry (None: unknown)."""
    info = numdb.get("iban").info(country)
    props = info[0][1] if info else None
    if not props or not props.get("bban"):
        return None
    return 4 + sum(int(count) for count, _ in _IBAN_PART.findall(props["bban"]))


def ipv4_octets(value: str) -> tuple[int, int, int, int] | None:
    """The four numbers of a dotted IPv4 address as ``ipaddress.IPv4Address`` reads one (ASCII
    digits, 0-255, no leading zero), or None: the same answer without building the address
    and its exception, which cost most of an IP address's detection (a test compares both on
    random strings)."""
    parts = value.split(".")
    if len(parts) != 4:
        return None
    a, b, c, d = parts
    for part in parts:
        if not 0 < len(part) <= 3 or not part.isdigit() or not part.isascii() or (part[0] == "0" and len(part) > 1):
            return None
    octets = int(a), int(b), int(c), int(d)
    return None if max(octets) > 255 else octets


def is_ipv4(value: str) -> bool:
    return ipv4_octets(value) is not None


def is_ipv6(value: str) -> bool:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


def is_ip(value: str) -> bool:
    return is_ipv4(value) or is_ipv6(value)


def is_host_ipv4(value: str) -> bool:
    """An IPv4 address that can name a host: not ``0.0.0.0``, nor in ``0.0.0.0/8`` (hostmasks
    such as ``0.0.0.255``), loopback (``127.0.0.1``), multicast or ``240.0.0.0/4`` (netmasks
    such as ``255.255.255.0``)."""
    octets = ipv4_octets(value)
    if octets is None:
        return False
    first = octets[0]
    return not (first == 0 or first == 127 or first >= 224)  # 127/8 loopback, 224/4 multicast, 240/4 reserved


def is_host_ipv6(value: str) -> bool:
    """An IPv6 address that can name a host: not ``::`` nor the loopback ``::1``."""
    try:
        address = ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return not (address.is_unspecified or address.is_loopback)


def is_bitcoin(value: str) -> bool:
    """Base58Check (P2PKH/P2SH) or bech32/bech32m (segwit) checksum (python-stdnum)."""
    return bitcoin.is_valid(value)


def is_ethereum(value: str) -> bool:
    """``0x`` and 40 hex digits, not all one digit (EIP-55 needs Keccak, not in the stdlib)."""
    body = value[2:] if value[:2].lower() == "0x" else value
    return len(body) == 40 and len(set(body.lower())) > 2 and all(c in "0123456789abcdefABCDEF" for c in body)


def is_crypto(value: str) -> bool:
    return is_ethereum(value) if value[:2].lower() == "0x" else is_bitcoin(value)


def is_jwt(value: str) -> bool:
    """Three base64url parts whose header decodes to a JSON object with ``alg``."""
    parts = value.split(".")
    if len(parts) != 3 or not parts[0] or not parts[1]:
        return False
    try:
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    return isinstance(header, dict) and "alg" in header


def is_mac(value: str) -> bool:
    digits = "".join(c for c in value.lower() if c in "0123456789abcdef")
    return len(digits) == 12 and digits not in ("000000000000", "ffffffffffff")


def is_birth_date(value: str) -> bool:
    """A real calendar date between 1900 and today (ISO, US, European or month-name forms)."""
    from .dates import parse_date  # a sibling module; imported here to keep this one flat

    parsed = parse_date(value)
    return parsed is not None and date(1900, 1, 1) <= parsed <= date.today()


VALIDATORS: dict[str, Validator] = {
    "luhn": is_luhn,
    "credit_card": is_card,
    "iban": is_iban,
    "aba": is_aba,
    "aba_checksum": is_aba_checksum,
    "ssn": is_ssn,
    "ipv4": is_ipv4,
    "ipv6": is_ipv6,
    "ip": is_ip,
    "bitcoin": is_bitcoin,
    "ethereum": is_ethereum,
    "crypto": is_crypto,
    "jwt": is_jwt,
    "mac": is_mac,
    "date_of_birth": is_birth_date,
}
"""Validators by the name a custom detector uses."""


def _stdnum_check(check: Callable[[str], object], value: str) -> bool:
    """``check(value)``, False where it raises: python-stdnum's ``is_valid`` is meant to catch its
    own errors, but some raise on input they do not know (``cn.ric`` a ``KeyError`` for a
    region code missing from its table), and a detector must not fail on a value's digits."""
    try:
        return bool(check(value))
    except Exception:  # a validator's bug is no valid value
        return False


def get_validator(name: str) -> Validator:
    """The validator called ``name``; raises :class:`MaskConfigError` for an unknown one."""
    if name in VALIDATORS:
        return VALIDATORS[name]
    if name.startswith("stdnum:"):
        module_name = name.partition(":")[2]
        try:
            module = importlib.import_module(f"stdnum.{module_name}")
        except ImportError:
            raise MaskConfigError(f"validator {name!r}: python-stdnum has no module {module_name!r}") from None
        check = getattr(module, "is_valid", None)
        if not callable(check):
            raise MaskConfigError(f"validator {name!r}: stdnum.{module_name} has no is_valid()")
        return functools.partial(_stdnum_check, check)
    allowed = ", ".join(sorted(VALIDATORS))
    raise MaskConfigError(f"unknown validator {name!r}; allowed: {allowed}, or stdnum:<module>")
