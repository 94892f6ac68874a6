"""Gold values of the agent evaluation set: one generator per field slot, in the record's locale.

Structured values come from :mod:`evalset` (real-shaped: Luhn, numbering plans, ABA
checksums); people, places, companies, addresses and postcodes from Faker in the record's
locale; phones from Faker's own per-locale formats and from phonenumbers (national,
international, E.164, extensions) plus short local numbers that only a label identifies.
Some values deliberately fail validators but sit under a label that names their type:
12-digit Luhn-valid cards, ABA numbers with a valid checksum outside the Fed table,
7-8 digit local phones.
"""

from __future__ import annotations

import json
import random
import string

import evalset
import phonenumbers
from evalset_vocab import FIELD_LABELS
from faker import Faker
from stdnum import luhn
from stdnum.us import rtn

__all__ = ["SLOT_TYPE", "full_address", "gen_value", "local_phone", "phone_number", "region_name"]

SLOT_TYPE = {slot: etype for slot, (etype, _labels) in FIELD_LABELS.items()}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def local_phone(rng: random.Random) -> str:
    """A 7-8 digit local number; only a label says it is a phone."""
    return rng.choice(
        [
            lambda: f"0{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"6{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 3)}",
            lambda: f"{rng.randint(2, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}",
            lambda: f"{rng.randint(2, 9)}{_digits(rng, 3)} {_digits(rng, 4)}",
        ]
    )()


def phone_number(rng: random.Random, fake: Faker, region: str) -> str:
    """Faker's per-locale phone, or a valid number of ``region`` formatted by phonenumbers."""
    pick = rng.random()
    if pick < 0.4:
        return fake.phone_number()
    example = phonenumbers.example_number_for_type(
        region, rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    ) or phonenumbers.example_number(region)
    national = str(example.national_number)
    for _ in range(50):
        keep = rng.randint(2, 4)
        digits = national[:keep] + _digits(rng, len(national) - keep)
        number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(digits))
        if phonenumbers.is_valid_number(number):
            break
    else:
        number = example
    style = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    text = phonenumbers.format_number(number, style)
    if pick > 0.9:
        text += rng.choice(
            [f" x{rng.randint(10, 9999)}", f" ext. {rng.randint(1, 999)}", f" ext {rng.randint(10, 99)}"]
        )
    elif pick > 0.85:
        text = text.replace(" ", ".") if style != phonenumbers.PhoneNumberFormat.E164 else text
    return text


def region_name(fake: Faker) -> str:
    for attr in ("state", "administrative_unit", "region", "province", "county"):
        if hasattr(fake, attr):
            return str(getattr(fake, attr)())
    return fake.city()


def full_address(rng: random.Random, fake: Faker, locale: str) -> str:
    """One line: street, then postcode and city in the locale's order."""
    street = fake.street_address().replace("\n", ", ")
    if locale in ("en_US", "en_CA", "en_AU", "en_IN", "fr_CA", "es_MX"):
        return f"{street}, {fake.city()}, {region_name(fake)} {fake.postcode()}"
    if locale in ("en_GB", "en_IE"):
        return f"{street}, {fake.city()} {fake.postcode()}"
    return f"{street}, {fake.postcode()} {fake.city()}"


def _routing(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return evalset._routing(rng)
    prefix = rng.choice([*range(13, 21), *range(33, 61), *range(73, 80), *range(81, 100)])  # outside the Fed table
    body = f"{prefix:02d}" + _digits(rng, 6)
    return body + rtn.calc_check_digit(body)


def _card(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return evalset._card(rng)
    body = rng.choice(["5", "6", "4"]) + _digits(rng, 10)  # 12 digits, Luhn-valid, card only by its label
    return body + luhn.calc_check_digit(body)


def _iban(rng: random.Random, fake: Faker) -> str:
    try:
        value = fake.iban()
    except AttributeError:
        value = ""
    return value or Faker("de_DE").iban()


def _gen(slot: str, rng: random.Random, fake: Faker, locale: str, region: str) -> str:
    if slot == "name":
        return fake.name()
    if slot == "phone":
        return local_phone(rng) if rng.random() < 0.15 else phone_number(rng, fake, region)
    if slot == "email":
        return fake.email()
    if slot == "street":
        return fake.street_address().replace("\n", ", ")
    if slot == "city":
        return fake.city()
    if slot == "region":
        return region_name(fake)
    if slot == "country":
        return fake.country()
    if slot == "zip":
        return fake.postcode()
    if slot == "company":
        return fake.company()
    if slot == "dob":
        return evalset._dob(rng)
    if slot == "iban":
        return _iban(rng, fake)
    if slot == "card":
        return _card(rng)
    if slot == "ssn":
        return evalset._ssn(rng)
    if slot == "routing":
        return _routing(rng)
    if slot == "account":
        return _digits(rng, rng.randint(10, 14))
    if slot == "passport":
        return rng.choice(string.ascii_uppercase) + _digits(rng, 8) if rng.random() < 0.5 else _digits(rng, 9)
    if slot == "license":
        return rng.choice(string.ascii_uppercase) + _digits(rng, 7)
    raise KeyError(slot)


def gen_value(slot: str, rng: random.Random, fake: Faker, locale: str, region: str) -> str:
    """A value for ``slot`` that survives JSON escaping unchanged (so offsets hold in serialized JSON)."""
    for _ in range(20):
        value = _gen(slot, rng, fake, locale, region).strip()
        if value and json.dumps(value, ensure_ascii=False)[1:-1] == value:
            return value
    raise RuntimeError(f"no JSON-safe value for slot {slot}")
