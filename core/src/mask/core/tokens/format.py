"""The ``format`` scheme: tokens that pass the validators a tool would use for the type.

============== =========================================================================
US_SSN         area 000 or 666 (never issued; python-stdnum rejects them), ``ddd-dd-dddd``
               or the input's own separators; 2,000,000 tokens per scope and key. Nine bare
               digits stay bare, in area 666 unless the value starts with 0 (read as a
               number, the token keeps its nine digits): 1,000,000 tokens. A masked SSN
               (``***-**-5519``) gets an opaque token.
CREDIT_CARD    reserved prefix ``00`` (ISO/IEC 7812 major industry identifier 0, issued
               to no card network), Luhn-valid, same length (12-19 digits) and grouping
               (spaces, dashes or dots) as the input;
               no digit of the real number (BIN, last four) is carried over.
PHONE_NUMBER   same country code and layout, possible but not valid (see ``phone.py``).
EMAIL_ADDRESS  ``mask.<8 base32>@mask.example`` (``.example`` is reserved by RFC 2606 and
               passes email-validator and pydantic ``EmailStr``); with
               ``[entities.EMAIL_ADDRESS] keep_domain = true`` the domain is kept.
IBAN_CODE      same country, length and BBAN structure, valid check digits (python-stdnum);
               an IBAN token can look like a real account: it counts only if it verifies.
ABA_ROUTING_NUMBER / US_BANK_NUMBER (9-digit routing numbers)
               valid ABA checksum, first two digits in an unassigned range (13-20, 33-60,
               73-79, 81-99).
PERSON, LOCATION, ORGANIZATION, NRP, STREET_ADDRESS, ZIP_CODE
               readable typed tokens the model can refer to: ``Person_7QK2FA``,
               ``Address_7QK2FA`` (a whole address is one token), ``Zip_7QK2FA``. A postal
               code gets no format-preserving token: every short digit string is a real
               code somewhere (``00184`` is in Rome, ``01000`` in France), so no reserved
               range exists across countries, and a US-only one (``00000``-``00500``) holds
               too few values per scope.
============== =========================================================================

A value that does not fit its type's shape (a phone number that does not parse, a bank
account that is no routing number) gets an opaque-shaped token ``[ALIAS_XXXXXX]``.
Every format token is vaulted: it counts as a token only if its vault record decrypts.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

import regex

from ..phone_numbers import DEFAULT_PHONE_REGIONS
from ._codec import B32, digits, draw, symbols
from .opaque import OpaqueScheme
from .scheme import TokenPattern, TokenScheme, token_start

__all__ = ["CARD_PREFIX", "EMAIL_DOMAIN", "EMAIL_LOCAL_PREFIX", "ROUTING_PREFIXES", "TYPED", "FormatScheme"]

CARD_PREFIX = "00"
EMAIL_DOMAIN = "mask.example"
EMAIL_LOCAL_PREFIX = "mask."
ROUTING_PREFIXES = tuple(f"{p:02d}" for p in (*range(13, 21), *range(33, 61), *range(73, 80), *range(81, 100)))
TYPED = {
    "PERSON": "Person",
    "LOCATION": "Location",
    "ORGANIZATION": "Organization",
    "NRP": "Group",
    "STREET_ADDRESS": "Address",
    "ZIP_CODE": "Zip",
}
_TYPED_REVERSE = {word.upper(): etype for etype, word in TYPED.items()}
_STRUCTURED = {"US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "ABA_ROUTING_NUMBER"}
_LOWER_B32 = B32.lower()
_SUFFIX = 6
_IBAN_TRIES = 4000
_IBAN_PART = re.compile(r"(\d+)!?([nac])")
_NON_DIGIT = re.compile(r"[^0-9]")
_SEPARATORS = str.maketrans("", "", " ()./-+")
_PHONE_TOKEN = token_start("A-Za-z0-9+") + r"\+?(?:\((?=\d{1,5}\)))?\d(?:[ ().-]{0,2}\d){6,16}(?![A-Za-z0-9])"
_PHONE_TOKEN_RE = regex.compile(_PHONE_TOKEN)
TOKEN_PHONE_REGIONS = 4
"""Phone tokens use the first this many of ``phone_regions`` (the user's own; by default the
four read since the first release, so a value keeps the token it had while detection reads
forty regions): a national value is read in them, and reveal tries a phone token written
without its country code under their codes (each code is one more vault key per
phone-shaped run of an answer)."""
MIN_PHONE_TOKEN_DIGITS = 9
"""Shorter phone numbers get opaque tokens: a phone token is not reserved (it looks like any
digit run), and a 7-digit one would turn up by chance in a long run of digits and be
revealed there; at 9 digits that is 100 times rarer, and most full numbers have 9 or more."""
_PHONE_MODULE = f"{__package__}.phone"
_SSN_DASHED = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_IBAN_CHARS = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
_LUHN_PLAIN = {str(d): d for d in range(10)}
_LUHN_DOUBLED = {str(d): sum(divmod(2 * d, 10)) for d in range(10)}
_BASE36 = str.maketrans({ch: str(int(ch, 36)) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})


def _luhn_digit(body: str) -> str:
    """``stdnum.luhn.calc_check_digit(body)`` for ASCII digits: the digit that makes
    ``body + digit`` pass Luhn (from the right, the check digit's neighbour is doubled)."""
    backwards = body[::-1]
    total = sum(map(_LUHN_DOUBLED.__getitem__, backwards[::2])) + sum(map(_LUHN_PLAIN.__getitem__, backwards[1::2]))
    return str(-total % 10)


def _mod97_digits(number: str) -> str:
    """``stdnum.iso7064.mod_97_10.calc_check_digits(number)`` for ASCII letters and digits:
    each letter read as its base-36 value, the two digits that make the whole 1 modulo 97."""
    return f"{98 - int((number + '00').translate(_BASE36)) % 97:02d}"


@functools.cache
def _lazy(module: str) -> Any:
    """``module``, imported on first use (python-stdnum imports ssl and pydoc, phonenumbers
    its metadata: neither loads with mask.core), then at the cost of a cached call."""
    return importlib.import_module(module)


_ROUTING_WRITTEN = re.compile(r"[0-9]+(?:[ .\-][0-9]+)*")
"""A routing number as a format-preserving token may stand for it: digits, maybe grouped."""


def _template(value: str, digits: str, expected: int) -> str:
    """``digits`` laid into the digit positions of ``value`` (its separators kept)."""
    if len(value) == expected and value.isdigit():
        return digits
    if expected == 9 and _SSN_DASHED.fullmatch(value):  # the common case, fast
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    positions = [i for i, ch in enumerate(value) if "0" <= ch <= "9"]
    if len(positions) != expected:
        return digits
    chars = list(value)
    for pos, digit in zip(positions, digits, strict=True):
        chars[pos] = digit
    return "".join(chars)


@functools.lru_cache(maxsize=256)
def _iban_structure(country: str) -> tuple[tuple[int, str], ...] | None:
    """The BBAN layout of a country, e.g. ``[(8, "n"), (10, "n")]`` for DE (None if unknown)."""
    if not country.isalpha():
        return None
    from stdnum import numdb

    info = numdb.get("iban").info(country)
    bban = info[0][1].get("bban") if info and info[0][1] else None
    if not bban:
        return None
    return tuple((int(count), kind) for count, kind in _IBAN_PART.findall(bban))


@functools.lru_cache(maxsize=256)
def _iban_national_check(country: str) -> Callable[[str], bool] | None:
    """python-stdnum's country-specific IBAN check (BE, ES, FR...), if the country has one."""
    from stdnum.util import get_cc_module

    module = get_cc_module(country.lower(), "iban")
    return None if module is None else module.is_valid


@functools.lru_cache(maxsize=256)
def _iban_plan(country: str) -> tuple[int, tuple[tuple[int, int, bytes], ...]] | None:
    """How a BBAN is drawn from a SHA-512 block: ``(start, end, table)`` per part of the
    layout, ``table`` mapping a byte ``b`` to ``chars[b % len(chars)]`` of the part's kind;
    character ``k`` reads byte ``k % 64`` (the block repeated this many times)."""
    structure = _iban_structure(country)
    if structure is None:
        return None
    plan = []
    k = 0
    for count, kind in structure:
        chars = _IBAN_CHARS[kind]
        plan.append((k, k + count, bytes(ord(chars[b % len(chars)]) for b in range(256))))
        k += count
    return -(-k // 64), tuple(plan)


def _iban_length(country: str) -> int | None:
    structure = _iban_structure(country.upper())
    return None if structure is None else 4 + sum(count for count, _ in structure)


def _iban_ranges(text: str) -> Sequence[tuple[int, int]]:
    """A greedy IBAN match cut to its country's length (trailing words dropped)."""
    length = _iban_length(text[:2])
    if length is None:
        return ()
    seen = 0
    for i, ch in enumerate(text):
        if ch.isalnum():
            seen += 1
            if seen == length:
                return [(0, i + 1)] if i + 1 < len(text) else ()
    return ()


@functools.lru_cache(maxsize=16)
def _national_lengths(regions: tuple[str, ...]) -> tuple[tuple[str, frozenset[int]], ...]:
    """Each country code of ``regions`` with the national number lengths its plan allows."""
    import phonenumbers  # loaded with the first phone-shaped reveal, not with mask.core

    out: dict[str, frozenset[int]] = {}
    for region in regions:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
        if metadata is None or metadata.country_code is None:
            continue
        lengths = frozenset(metadata.general_desc.possible_length or ())
        cc = str(metadata.country_code)
        out[cc] = out.get(cc, frozenset()) | lengths
    return tuple(out.items())


def _digits(text: str) -> str:
    if text.isascii() and text.isdigit():
        return text  # digits only: what the translation below would give
    stripped = text.translate(_SEPARATORS)  # the common case (digits and separators), fast
    return stripped if (stripped.isascii() and stripped.isdigit()) or not stripped else _NON_DIGIT.sub("", stripped)


class FormatScheme(TokenScheme):
    """Format-preserving, vaulted tokens; see the module docstring for each type."""

    name = "format"
    max_token_length = 128

    def __init__(self, keep_domain: bool = False, phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS) -> None:
        self.keep_domain = keep_domain
        self.phone_regions = tuple(phone_regions)
        self._opaque = OpaqueScheme()

    def supports(self, entity_type: str) -> bool:
        return entity_type in _STRUCTURED or entity_type in TYPED or entity_type == "US_BANK_NUMBER"

    # -- minting ----------------------------------------------------------------------

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        token = self._mint(value, entity_type, seed, attempt)
        return token if token is not None else self._opaque.mint(value, entity_type, seed, attempt)

    def _mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str | None:
        if entity_type in TYPED:
            return f"{TYPED[entity_type]}_{symbols(seed, attempt, B32, _SUFFIX)}"
        if entity_type == "US_SSN":
            if sum(ch.isdecimal() for ch in value) != 9:
                return None  # a masked SSN's last four (***-**-5519): an opaque token, no SSN made up around them
            n = draw(seed, attempt, 2_000_000)
            bare = len(value) == 9 and value.isascii() and value.isdigit()
            # nine bare digits stay so (a number in SQL or JSON, a strict schema); one that does not
            # start with 0 gets area 666, so that read as a number the token keeps its nine digits
            area = "666" if n >= 1_000_000 or (bare and value[0] != "0") else "000"
            digits = f"{area}{n % 1_000_000:06d}"
            token = _template(value, digits, 9)
            return token if len(token) == 11 or bare else f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
        if entity_type == "CREDIT_CARD":
            return self._card(value, seed, attempt)
        if entity_type == "PHONE_NUMBER":
            if len(_digits(value)) < MIN_PHONE_TOKEN_DIGITS:
                return None  # the opaque fallback: see MIN_PHONE_TOKEN_DIGITS
            # phonenumbers loads with the first phone token
            token = _lazy(_PHONE_MODULE).mint_phone(value, seed, attempt, self.phone_regions[:TOKEN_PHONE_REGIONS])
            # Only a shape the finder knows can be revealed.
            return token if token is not None and _PHONE_TOKEN_RE.fullmatch(token) else None
        if entity_type == "EMAIL_ADDRESS":
            return self._email(value, seed, attempt)
        if entity_type == "IBAN_CODE":
            return self._iban(value, seed, attempt)
        if entity_type in ("ABA_ROUTING_NUMBER", "US_BANK_NUMBER"):
            return self._routing(value, seed, attempt)
        return None

    @staticmethod
    def _card(value: str, seed: bytes, attempt: int) -> str | None:
        length = len(_digits(value))
        if not 12 <= length <= 19:
            return None
        body = CARD_PREFIX + digits(seed, attempt, length - len(CARD_PREFIX) - 1)
        return _template(value, body + _luhn_digit(body), length)

    def _email(self, value: str, seed: bytes, attempt: int) -> str | None:
        local, at, domain = value.rpartition("@")
        if not at or not local:
            return None
        domain = domain.lower() if self.keep_domain else EMAIL_DOMAIN
        return f"{EMAIL_LOCAL_PREFIX}{symbols(seed, attempt, _LOWER_B32, 8)}@{domain}"

    @staticmethod
    def _iban(value: str, seed: bytes, attempt: int) -> str | None:
        compact = value.upper() if value.isalnum() else "".join(ch for ch in value if ch.isalnum()).upper()
        plan = _iban_plan(compact[:2]) if len(compact) > 4 else None
        if plan is None:
            return None
        country = compact[:2]
        national_check = _iban_national_check(country)
        repeat, parts = plan
        base = seed + attempt.to_bytes(4, "big")
        # Countries with a national check (BE, ES, FR...) accept about 1 BBAN in 100.
        for sub in range(_IBAN_TRIES):
            draws = hashlib.sha512(base + sub.to_bytes(4, "big")).digest() * repeat
            body = b"".join([draws[start:end].translate(table) for start, end, table in parts]).decode("ascii")
            token = country + _mod97_digits(body + country) + body
            # Length, layout and check digits hold by construction; only a national check can fail.
            if national_check is None or national_check(token):
                if value.isalnum():
                    return token  # no separators to keep (or another length: the token as it is)
                positions = [i for i, ch in enumerate(value) if ch.isalnum()]
                if len(positions) != len(token):
                    return token
                chars = list(value)
                for pos, ch in zip(positions, token, strict=True):
                    chars[pos] = ch
                return "".join(chars)
        return None

    @staticmethod
    def _routing(value: str, seed: bytes, attempt: int) -> str | None:
        rtn = _lazy("stdnum.us.rtn")
        written = _digits(value)  # ASCII digits only: rtn.is_valid comes down to the check digit
        if len(written) != 9 or rtn.calc_check_digit(written[:8]) != written[8]:
            return None
        if _ROUTING_WRITTEN.fullmatch(value) is None:
            # an account's value with a word in it ("x 011000015" under an "a/c" key): its letters
            # kept around new digits would make a token the finder does not read (the opaque one)
            return None
        n = draw(seed, attempt, len(ROUTING_PREFIXES) * 1_000_000)
        body = ROUTING_PREFIXES[n // 1_000_000] + f"{n % 1_000_000:06d}"
        return _template(value, body + rtn.calc_check_digit(body), 9)

    # -- finding ----------------------------------------------------------------------

    def patterns(self) -> Sequence[TokenPattern]:
        words = "|".join(TYPED.values())
        label = r"[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?"
        domain = rf"(?:{label}\.)+[A-Z]{{2,63}}" if self.keep_domain else regex.escape(EMAIL_DOMAIN)
        routing = r"1[3-9]|20|3[3-9]|[45]\d|60|7[3-9]|8[1-9]|9\d"  # ROUTING_PREFIXES
        local = regex.escape(EMAIL_LOCAL_PREFIX)
        return [
            TokenPattern(
                rf"{token_start()}(?:{words})_[{B32}]{{{_SUFFIX}}}(?![A-Za-z0-9])",
                reserved=True,
                hint="_",
            ),
            TokenPattern(
                rf"{token_start('A-Za-z0-9.+-')}{local}[{B32}]{{8}}@{domain}(?![A-Za-z0-9-])",
                "EMAIL_ADDRESS",
                reserved=True,
                carries_data=self.keep_domain,
                hint="@",
            ),
            TokenPattern(  # with a separator: no real value has this shape (area 000 or 666); not after
                # a bracket, where it is the rest of a phone number ("+31 (0)666-176031")
                r"(?<![\d)-])(?:000|666)(?:[ -]\d\d[ -]?|\d\d[ -])\d{4}(?![\d-])",
                "US_SSN",
                reserved=True,
                numeric=True,
                min_length=10,
            ),
            TokenPattern(  # nine bare digits: a routing, passport or account number can look so
                r"(?<![\d-])(?:000|666)\d{6}(?![\d-])",
                "US_SSN",
                reserved=False,
                carries_data=True,
                numeric=True,
                min_length=9,
            ),
            TokenPattern(
                rf"(?<![\d-]){CARD_PREFIX}\d(?:[ .-]?\d){{9,16}}(?![\d])",
                "CREDIT_CARD",
                reserved=True,
                carries_data=True,
                numeric=True,
                min_length=12,
            ),
            TokenPattern(
                rf"(?<![\d-])(?:{routing})\d{{7}}(?![\d-])",
                "ABA_ROUTING_NUMBER",
                reserved=True,
                carries_data=True,
                numeric=True,
                min_length=10,
            ),
            TokenPattern(
                r"\b[A-Z]{2}\d\d(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![A-Z0-9])",
                "IBAN_CODE",
                reserved=False,
                carries_data=True,
                split=_iban_ranges,
                # two letters and two digits at a word start (nothing word-like before them)
                starts=(rb"aa00(?<![a0_]aa00)", 0),
            ),
            TokenPattern(
                _PHONE_TOKEN,
                "PHONE_NUMBER",
                reserved=False,
                carries_data=True,
                numeric=True,
                min_length=7,
            ),
            *self._opaque.patterns(),
        ]

    def normalize(self, text: str) -> str:
        if text.startswith("["):
            return text.upper()
        if "@" in text:
            return text.lower()
        if "_" in text:
            word, _, suffix = text.partition("_")
            return f"{word[:1].upper()}{word[1:].lower()}_{suffix.upper()}"
        if text[:2].isalpha():
            return text.upper() if text.isalnum() else "".join(ch for ch in text if ch.isalnum()).upper()
        return _digits(text)

    def alternatives(self, token: str, entity_type: str | None) -> Sequence[str]:
        """A phone token the model wrote without its country code (``(011) 011-2798`` for
        ``+1 011 011 2798``, ``020 ...`` for ``+44 20 ...``): the digits under each country
        code of the first :data:`TOKEN_PHONE_REGIONS` of ``phone_regions`` whose numbers can
        have that many digits, with and without a trunk prefix 0."""
        if entity_type != "PHONE_NUMBER" or not 7 <= len(token) <= 13 or not token.isdigit():
            return ()
        out = []
        for cc, lengths in _national_lengths(self.phone_regions[:TOKEN_PHONE_REGIONS]):
            if len(token) in lengths:
                out.append(cc + token)
            if token[0] == "0" and len(token) - 1 in lengths:
                out.append(cc + token[1:])
        return [alt for alt in out if MIN_PHONE_TOKEN_DIGITS <= len(alt) <= 15]

    def entity_type_of(self, token: str) -> str | None:
        if token.startswith("["):
            return self._opaque.entity_type_of(token)
        if "_" in token:
            return _TYPED_REVERSE.get(token.partition("_")[0].upper())
        return None
