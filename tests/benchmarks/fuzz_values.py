"""Random, valid canary values of every structured type Mask detects, for fuzz_canaries.py.

Each generator returns a :class:`Canary`: the value as it is written into the payload, its
entity type, a variant name (issuer, country, format...) and the label words a context-gated
type needs (``passport number``, ``routing number``...). Values are valid where a validator
exists: phone numbers pass ``phonenumbers.is_valid_number``, cards the Luhn check, IBANs,
SSNs and routing numbers python-stdnum's checks.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.us import rtn, ssn

__all__ = ["GENERATORS", "Canary", "CanaryFactory"]


@dataclass(frozen=True)
class Canary:
    value: str
    entity_type: str
    variant: str
    label: str = ""
    """Words that name the value (``passport number``); empty when the value needs none."""
    needs_label: bool = False


_CARD_ISSUERS: list[tuple[str, tuple[str, ...], tuple[int, ...], tuple[tuple[int, ...], ...]]] = [
    # issuer, prefixes, lengths, groupings (each sums to the length)
    ("visa", ("4",), (16,), ((4, 4, 4, 4),)),
    ("visa13", ("4",), (13,), ()),  # no common grouping: written compact
    ("mastercard", ("51", "52", "53", "54", "55", "2221", "2500", "2720"), (16,), ((4, 4, 4, 4),)),
    ("amex", ("34", "37"), (15,), ((4, 6, 5),)),
    ("discover", ("6011", "65", "644"), (16,), ((4, 4, 4, 4),)),
    ("diners", ("36", "300", "305"), (14,), ((4, 6, 4),)),
    ("jcb", ("3528", "3550", "3589"), (16,), ((4, 4, 4, 4),)),
    ("unionpay", ("62",), (16, 19), ((4, 4, 4, 4), (6, 13))),
    ("maestro", ("5018", "6304", "6759"), (16, 19), ((4, 4, 4, 4), (4, 4, 4, 4, 3))),
]
_IBAN_LOCALES = ("de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "nl_NL", "nl_BE", "de_AT", "de_CH", "pl_PL", "pt_PT")
_PHONE_NATIONAL = ("US", "GB", "DE", "FR")  # Mask's default phone_regions: national formats count there
_PHONE_INTERNATIONAL = ("US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ES", "IT", "NL", "CA", "MX", "ZA", "SG")
_PHONE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
_B62 = string.ascii_letters + string.digits


class CanaryFactory:
    """Draws canaries from one seeded random source (Faker seeded from it too)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in ("en_US", *_IBAN_LOCALES)}
        for n, fk in enumerate(self.fakers.values()):
            fk.seed_instance(seed * 131 + n)
        self.fake = self.fakers["en_US"]
        self._phone_examples: dict[tuple[str, int], str] = {}

    def _chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def email(self) -> Canary:
        r = self.rng.random()
        if r < 0.4:
            value, variant = self.fake.email(), "faker"
        elif r < 0.6:
            value, variant = self.fake.company_email(), "company"
        elif r < 0.8:
            user = self.fake.user_name()
            value, variant = f"{user}+{self._chars(string.ascii_lowercase, 5)}@{self.fake.domain_name()}", "plus-tag"
        else:
            first, last = self.fake.first_name().lower(), self.fake.last_name().lower()
            value, variant = (
                f"{first}.{last}@{self.fake.domain_word()}.co.{self.rng.choice(['uk', 'jp', 'nz'])}",
                "co-tld",
            )
        return Canary(value, "EMAIL_ADDRESS", variant, "email")

    def _phone_number(self, region: str) -> phonenumbers.PhoneNumber:
        ptype = self.rng.choice(_PHONE_TYPES)
        example = phonenumbers.example_number_for_type(region, ptype)
        national = str(example.national_number)
        for _ in range(50):
            keep = max(1, len(national) - self.rng.randint(4, 6))
            digits = national[:keep] + self._chars(string.digits, len(national) - keep)
            number = phonenumbers.parse("+" + str(example.country_code) + digits)
            if phonenumbers.is_valid_number(number):
                return number
        return example

    def phone(self) -> Canary:
        if self.rng.random() < 0.5:
            region = self.rng.choice(_PHONE_NATIONAL)
            number = self._phone_number(region)
            if region == "US" and self.rng.random() < 0.5:
                d = str(number.national_number)
                fmt = self.rng.choice(["({a}) {b}-{c}", "{a}.{b}.{c}", "{a}-{b}-{c}", "1-{a}-{b}-{c}"])
                value = fmt.format(a=d[:3], b=d[3:6], c=d[6:])
            else:
                value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            return Canary(value, "PHONE_NUMBER", f"{region}-national", "phone")
        region = self.rng.choice(_PHONE_INTERNATIONAL)
        number = self._phone_number(region)
        style = self.rng.choice(["intl", "e164", "00"])
        value = phonenumbers.format_number(
            number,
            phonenumbers.PhoneNumberFormat.E164 if style == "e164" else phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        )
        if style == "00":
            value = "00" + value[1:]
        return Canary(value, "PHONE_NUMBER", f"{region}-{style}", "phone")

    def card(self) -> Canary:
        issuer, prefixes, lengths, groupings = self.rng.choice(_CARD_ISSUERS)
        length = self.rng.choice(lengths)
        body = self.rng.choice(prefixes)
        body += self._chars(string.digits, length - 1 - len(body))
        number = body + luhn.calc_check_digit(body)
        style = self.rng.choice(["compact", "spaces", "dashes"])
        fitting = [g for g in groupings if sum(g) == length]
        if style == "compact" or not fitting:
            return Canary(number, "CREDIT_CARD", f"{issuer}-{length}-compact", "card number")
        groups, at = [], 0
        for size in self.rng.choice(fitting):
            groups.append(number[at : at + size])
            at += size
        sep = " " if style == "spaces" else "-"
        return Canary(sep.join(groups), "CREDIT_CARD", f"{issuer}-{length}-{style}", "card number")

    def iban(self) -> Canary:
        locale = self.rng.choice(_IBAN_LOCALES)
        for _ in range(20):
            value = self.fakers[locale].iban()
            if std_iban.is_valid(value):
                break
        else:
            raise RuntimeError(f"no valid IBAN from Faker {locale}")
        if self.rng.random() < 0.5:
            return Canary(std_iban.format(value), "IBAN_CODE", f"{value[:2]}-grouped", "IBAN")
        return Canary(value, "IBAN_CODE", f"{value[:2]}-compact", "IBAN")

    def ssn(self) -> Canary:
        while True:
            value = self.fake.ssn()
            if ssn.is_valid(value):
                break
        style = self.rng.choice(["dashed", "dashed", "compact", "spaces"])
        if style == "dashed":
            return Canary(value, "US_SSN", "dashed", "SSN")
        digits = value.replace("-", "")
        if style == "spaces":
            digits = f"{digits[:3]} {digits[3:5]} {digits[5:]}"
        return Canary(digits, "US_SSN", style, self.rng.choice(["SSN", "social security number"]), True)

    def routing(self) -> Canary:
        prefix = self.rng.choice(["0", "1", "2", "3", "6", "7"])
        first = {"0": "123456789", "1": "012", "2": "123456789", "3": "012", "6": "123456789", "7": "012"}[prefix]
        while True:
            body = prefix + self.rng.choice(first) + self._chars(string.digits, 6)
            value = body + rtn.calc_check_digit(body)
            if rtn.is_valid(value):
                break
        label = self.rng.choice(["routing number", "ABA", "routing no", "RTN"])
        return Canary(value, "ABA_ROUTING_NUMBER", "aba", label, True)

    def account(self) -> Canary:
        value = self.rng.choice("123456789") + self._chars(string.digits, self.rng.randint(7, 16))
        label = self.rng.choice(["account number", "acct #", "checking account", "account no", "bank account"])
        return Canary(value, "US_BANK_NUMBER", f"{len(value)}-digits", label, True)

    def ip(self) -> Canary:
        r = self.rng.random()
        if r < 0.5:
            return Canary(self.fake.ipv4_public(), "IP_ADDRESS", "ipv4", "IP")
        if r < 0.6:
            return Canary(self.fake.ipv4_private(), "IP_ADDRESS", "ipv4-private", "IP")
        import ipaddress

        full = self.fake.ipv6()
        value = str(ipaddress.IPv6Address(full)) if self.rng.random() < 0.5 else full
        return Canary(value, "IP_ADDRESS", "ipv6" if value == full else "ipv6-compressed", "IP")

    def passport(self) -> Canary:
        if self.rng.random() < 0.5:
            value = self.rng.choice(string.ascii_uppercase) + self._chars(string.digits, 8)
            variant = "letter+8"
        else:
            value = self.rng.choice("123456789") + self._chars(string.digits, 8)
            variant = "9-digits"
        label = self.rng.choice(["passport number", "passport no", "passport #", "passport"])
        return Canary(value, "US_PASSPORT", variant, label, True)

    def licence(self) -> Canary:
        shapes = {
            "CA": lambda: self.rng.choice(string.ascii_uppercase) + self._chars(string.digits, 7),
            "FL": lambda: self.rng.choice(string.ascii_uppercase) + self._chars(string.digits, 12),
            "NY": lambda: self._chars(string.digits, 9),
            "TX": lambda: self._chars(string.digits, 8),
            "WA": lambda: "WDL" + self._chars(string.ascii_uppercase + string.digits, 9),
            "IL": lambda: (
                self.rng.choice(string.ascii_uppercase) + "-".join(self._chars(string.digits, n) for n in (3, 4, 4))
            ),
        }
        state = self.rng.choice(sorted(shapes))
        label = self.rng.choice(
            ["driver's license", "driver license number", "DL#", "driving licence", "license number"]
        )
        return Canary(shapes[state](), "US_DRIVER_LICENSE", state, label, True)

    def api_key(self) -> Canary:
        kinds: dict[str, Callable[[], str]] = {
            "aws": lambda: self.rng.choice(["AKIA", "ASIA"]) + self._chars(string.ascii_uppercase + string.digits, 16),
            "github": lambda: self.rng.choice(["ghp_", "gho_", "ghs_"]) + self._chars(_B62, 36),
            "github-pat": lambda: "github_pat_" + self._chars(_B62, 22) + "_" + self._chars(_B62, 59),
            "slack": lambda: (
                "xoxb-" + "-".join(self._chars(string.digits, n) for n in (11, 13)) + "-" + self._chars(_B62, 24)
            ),
            "stripe": lambda: self.rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + self._chars(_B62, 24),
            "openai": lambda: self.rng.choice(["sk-", "sk-proj-"]) + self._chars(_B62 + "_-", 48),
            "google": lambda: "AIza" + self._chars(_B62 + "_-", 35),
        }
        kind = self.rng.choice(sorted(kinds))
        return Canary(kinds[kind](), "API_KEY", kind, "api key")

    def jwt(self) -> Canary:
        def b64(data: bytes) -> str:
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

        header = {"alg": self.rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        claims = {
            "sub": str(self.rng.randint(1, 10**9)),
            "name": self.fake.name(),
            "iat": self.rng.randint(1.5e9, 1.8e9),
        }
        sig = bytes(self.rng.getrandbits(8) for _ in range(self.rng.choice([32, 64])))
        value = ".".join(b64(json.dumps(p, separators=(",", ":")).encode()) for p in (header, claims)) + "." + b64(sig)
        return Canary(value, "JWT", header["alg"], "token")


GENERATORS: dict[str, Callable[[CanaryFactory], Canary]] = {
    "EMAIL_ADDRESS": CanaryFactory.email,
    "PHONE_NUMBER": CanaryFactory.phone,
    "CREDIT_CARD": CanaryFactory.card,
    "IBAN_CODE": CanaryFactory.iban,
    "US_SSN": CanaryFactory.ssn,
    "ABA_ROUTING_NUMBER": CanaryFactory.routing,
    "US_BANK_NUMBER": CanaryFactory.account,
    "IP_ADDRESS": CanaryFactory.ip,
    "US_PASSPORT": CanaryFactory.passport,
    "US_DRIVER_LICENSE": CanaryFactory.licence,
    "API_KEY": CanaryFactory.api_key,
    "JWT": CanaryFactory.jwt,
}
