"""A labelled evaluation set for the detectors: injected values with types and offsets, plus hard negatives.

Every record is a short tool-output-like document built from templates. Each injected
value is recorded as ``{"start", "end", "type", "value"}`` (Python string offsets).
Values are *real-shaped*: checksums, numbering plans and IIN ranges hold (a card that
fails Luhn is not a card; a phone number its numbering plan does not allow is not a
phone number) — those invalid ones go in as hard negatives instead, together with order
numbers, timestamps, version strings, prices, UUIDs, ISBNs, tracking numbers, hashes and
Mask-token shapes. Deterministic for a seed.

    python tests/benchmarks/evalset.py 300 > evalset.jsonl
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

import phonenumbers
from faker import Faker
from stdnum import luhn
from stdnum.us import rtn

from mask.core.detectors.phone_valid import PhoneValidity
from mask.core.phone_numbers import DEFAULT_PHONE_REGIONS

__all__ = ["STRUCTURED_TYPES", "Record", "make_evalset"]

_PHONES = PhoneValidity(DEFAULT_PHONE_REGIONS)

STRUCTURED_TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IBAN_CODE",
    "ABA_ROUTING_NUMBER",
    "US_BANK_NUMBER",
    "IP_ADDRESS",
    "URL",
    "MAC_ADDRESS",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "DATE_TIME",
    "CRYPTO",
    "API_KEY",
    "PRIVATE_KEY",
    "JWT",
    "PASSWORD",
)
"""Types the pattern detectors own (targets: recall >= 0.99, precision >= 0.98)."""

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


@dataclass
class Record:
    id: int
    text: str = ""
    spans: list[dict[str, object]] = field(default_factory=list)

    def add(self, piece: str, etype: str | None = None) -> None:
        if etype is not None:
            self.spans.append(
                {"start": len(self.text), "end": len(self.text) + len(piece), "type": etype, "value": piece}
            )
        self.text += piece


# -- value generators (real-shaped) -------------------------------------------------------


_FIXED_END = datetime(2026, 1, 1)
"""The latest timestamp Faker may draw: its default end is now, so the records changed with the clock."""


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15), ("37", 15),
         ("6011", 16), ("65", 16), ("3530", 16), ("3589", 16), ("36", 14), ("300", 14), ("62", 16), ("4", 19)]
    )  # fmt: skip
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = body + luhn.calc_check_digit(body)
    layout = rng.randrange(3)
    if layout == 0 or length not in (15, 16):
        return digits
    sep = " " if layout == 1 else "-"
    groups = [digits[:4], digits[4:10], digits[10:]] if length == 15 else [digits[i : i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _phone(rng: random.Random) -> str:
    while True:
        region = rng.choice(["US", "US", "US", "GB", "FR", "DE"])
        example = phonenumbers.example_number(region)
        national = str(example.national_number)
        keep = rng.randint(1, 3)
        digits = national[:keep] + "".join(rng.choice(string.digits) for _ in range(len(national) - keep))
        number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(digits))
        if not phonenumbers.is_valid_number(number):
            continue
        style = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
        text = phonenumbers.format_number(number, style)
        if region == "US" and rng.random() < 0.3:
            text = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        return text


def _routing(rng: random.Random) -> str:
    prefix = rng.choice([*range(1, 13), *range(21, 33), *range(61, 73), 80])
    body = f"{prefix:02d}" + "".join(rng.choice(string.digits) for _ in range(6))
    return body + rtn.calc_check_digit(body)


def _base58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _segwit(program: bytes) -> str:
    """A BIP-173 bech32 v0 address (the published reference algorithm)."""
    acc, bits, data = 0, 0, [0]
    for byte in program:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    poly = _bech32_polymod(hrp + data + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_BECH32[d] for d in data + checksum)


def _crypto(rng: random.Random) -> str:
    kind = rng.randrange(4)
    raw = bytes(rng.randrange(256) for _ in range(20))
    if kind == 0:
        return _base58check(b"\0" + raw)
    if kind == 1:
        return _base58check(b"\x05" + raw)
    if kind == 2:
        return _segwit(raw)
    return "0x" + raw.hex()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(rng: random.Random) -> str:
    header = _b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"sub": str(rng.randint(1, 10**9)), "iat": rng.randint(10**9, 2 * 10**9)}).encode())
    return f"{header}.{payload}.{_b64url(bytes(rng.randrange(256) for _ in range(32)))}"


def _token(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _api_key(rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    return rng.choice(
        [
            lambda: "AKIA" + _token(rng, string.ascii_uppercase + string.digits, 16),
            lambda: "ghp_" + _token(rng, alnum, 36),
            lambda: "xoxb-" + _token(rng, string.digits, 12) + "-" + _token(rng, alnum, 24),
            lambda: "sk_live_" + _token(rng, alnum, 24),
            lambda: "sk-proj-" + _token(rng, alnum, 40),
            lambda: "AIza" + _token(rng, alnum + "-_", 35),
        ]
    )()


def _private_key(rng: random.Random) -> str:
    kind = rng.choice(["", "RSA ", "EC ", "OPENSSH "])
    body = "\n".join(_token(rng, string.ascii_letters + string.digits + "+/", 64) for _ in range(rng.randint(3, 6)))
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----"


def _password(rng: random.Random) -> str:
    return _token(rng, string.ascii_letters + string.digits + "!#%&*+-?@^_~", rng.randint(8, 20))


def _dob(rng: random.Random) -> str:
    d = date(rng.randint(1935, 2005), rng.randint(1, 12), rng.randint(1, 28))
    return rng.choice([d.isoformat(), d.strftime("%m/%d/%Y"), d.strftime("%B %d, %Y"), d.strftime("%d %b %Y")])


# -- templates: (prefix, type, generator, suffix) ---------------------------------------------

Gen = Callable[[random.Random, Faker], str]
TEMPLATES: list[tuple[str, str, Gen, str]] = [
    ("Contact: ", "EMAIL_ADDRESS", lambda r, f: f.email(), ". "),
    ("Reply-To <", "EMAIL_ADDRESS", lambda r, f: f.free_email(), "> "),
    ("Call ", "PHONE_NUMBER", lambda r, f: _phone(r), " after 5pm. "),
    ("phone: ", "PHONE_NUMBER", lambda r, f: _phone(r), "; "),
    ("Paid with card ", "CREDIT_CARD", lambda r, f: _card(r), " today. "),
    ('{"pan": "', "CREDIT_CARD", lambda r, f: _card(r), '"} '),
    ("SSN ", "US_SSN", lambda r, f: _ssn(r), ". "),
    ("Applicant ", "US_SSN", lambda r, f: _ssn(r), " was verified. "),
    ("ssn: ", "US_SSN", lambda r, f: _ssn(r).replace("-", ""), " "),
    ("IBAN ", "IBAN_CODE", lambda r, f: f["de_DE"].iban(), ", "),
    ("Transfer to ", "IBAN_CODE", lambda r, f: f[r.choice(["fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT"])].iban(), ". "),
    ("routing number ", "ABA_ROUTING_NUMBER", lambda r, f: _routing(r), ", "),
    ("account number ", "US_BANK_NUMBER", lambda r, f: _token(r, string.digits, r.randint(10, 14)), ". "),
    ("Login from ", "IP_ADDRESS", lambda r, f: f.ipv4(), " at noon. "),
    ("client ", "IP_ADDRESS", lambda r, f: f.ipv6(), " connected. "),
    ("See ", "URL", lambda r, f: f.url() + r.choice(["", "account?id=42", "docs/index.html"]), " for details. "),
    ("device ", "MAC_ADDRESS", lambda r, f: f.mac_address(), " online. "),
    (
        "Passport ",
        "US_PASSPORT",
        lambda r, f: r.choice(string.ascii_uppercase) + _token(r, string.digits, 8),
        " expires. ",
    ),
    (
        "driver's license ",
        "US_DRIVER_LICENSE",
        lambda r, f: r.choice(string.ascii_uppercase) + _token(r, string.digits, 7),
        ". ",
    ),
    ("DOB: ", "DATE_TIME", lambda r, f: _dob(r), ". "),
    ("born on ", "DATE_TIME", lambda r, f: _dob(r), " in Ohio. "),
    ("wallet ", "CRYPTO", lambda r, f: _crypto(r), " funded. "),
    ("export AWS_KEY=", "API_KEY", lambda r, f: _api_key(r), "\n"),
    ("key file:\n", "PRIVATE_KEY", lambda r, f: _private_key(r), "\n"),
    ("Authorization: Bearer ", "JWT", lambda r, f: _jwt(r), "\n"),
    ("db password=", "PASSWORD", lambda r, f: _password(r), " host=db1 "),
    ('{"password": "', "PASSWORD", lambda r, f: _password(r), '"} '),
]


def _bad_luhn(rng: random.Random) -> str:
    body = "4" + _token(rng, string.digits, 14)
    good = luhn.calc_check_digit(body)
    return body + str((int(good) + rng.randint(1, 9)) % 10)


def _isbn(rng: random.Random) -> str:
    body = "978" + _token(rng, string.digits, 9)
    check = (10 - sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def _phone_token_negative(rng: random.Random) -> str:
    """A sentence holding the shape of Mask's North American phone tokens, area code 0xx, where
    no configured region reads that shape as a real number; else nothing. South Africa,
    Thailand or Ethiopia write their own numbers so (``(083) 495-1662``, a trunk prefix 0): such
    a string is their number until a vault read says it is a token (a shape alone decides
    nothing), so it is no hard negative. (1xx was a token shape before any release; its draw is
    kept so that the records after it stay the same.)"""
    rng.choice("01")
    shape = f"(0{_token(rng, string.digits, 2)}) {_token(rng, string.digits, 3)}-{_token(rng, string.digits, 4)}"
    return "" if _PHONES.valid(shape) else f"token phone {shape}. "


def _reserved_card(rng: random.Random) -> str:
    body = "00" + _token(rng, string.digits, 13)
    return body + luhn.calc_check_digit(body)


HARD_NEGATIVES: list[Callable[[random.Random, Faker], str]] = [
    lambda r, f: f"Order #{r.randint(10**7, 10**8)} shipped. ",
    lambda r, f: f"Order ORD-{r.randint(2019, 2025)}-{r.randint(0, 999999):06d} confirmed. ",
    lambda r, f: f"Updated {f.iso8601(end_datetime=_FIXED_END)} by the scheduler. ",
    lambda r, f: f"epoch {r.randint(1_600_000_000_000, 1_800_000_000_000)} ms. ",
    lambda r, f: (
        f"Running v{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 200)} (build {r.randint(1000, 99999)}). "
    ),
    lambda r, f: f"Version {r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 999)} released. ",
    lambda r, f: f"Total ${r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(10, 99)} due. ",
    lambda r, f: f"Request {f.uuid4()} failed. ",
    lambda r, f: f"Reference {_bad_luhn(r)} is pending. ",
    lambda r, f: f"ISBN {_isbn(r)} in stock. ",
    lambda r, f: (
        f"UPS 1Z{_token(r, string.ascii_uppercase + string.digits, 16)}, USPS 9400{_token(r, string.digits, 18)}. "
    ),
    lambda r, f: f"FedEx {_token(r, string.digits, 12)} delivered. ",
    lambda r, f: f"SKU {_token(r, string.digits, 12)} x{r.randint(1, 9)}. ",
    lambda r, f: f"commit {hashlib.sha1(str(r.random()).encode()).hexdigest()} merged. ",
    lambda r, f: f"Shipped {f.date_this_decade()} to the warehouse. ",
    lambda r, f: f"ticket {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)} opened. ",
    lambda r, f: (
        f"token 666-{r.randint(10, 99)}-{r.randint(1000, 9999)} and 000-{r.randint(10, 99)}-{r.randint(1000, 9999)}. "
    ),
    lambda r, f: f"token card {_reserved_card(r)}. ",
    lambda r, f: _phone_token_negative(r),
    lambda r, f: f"token mail mask.{_token(r, string.ascii_lowercase + '234567', 8)}@mask.example. ",
    lambda r, f: f"Invoice INV-{r.randint(0, 999999):06d}, qty {r.randint(1, 500)}, {r.randint(1, 100)}% off. ",
    lambda r, f: f"Meeting at {r.randint(1, 12)}:{r.randint(10, 59)} in room {r.randint(100, 999)}. ",
]


def make_evalset(n: int = 300, seed: int = 11) -> list[Record]:
    """``n`` labelled records: every template about ``n / 9`` times, hard negatives in between."""
    rng = random.Random(seed)
    fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"])
    Faker.seed(seed)
    records = []
    for i in range(n):
        rec = Record(i)
        for _ in range(rng.randint(2, 4)):
            prefix, etype, gen, suffix = rng.choice(TEMPLATES)
            rec.add(prefix)
            rec.add(gen(rng, fake), etype)
            rec.add(suffix)
            rec.add(rng.choice(HARD_NEGATIVES)(rng, fake))
            if rng.random() < 0.5:
                rec.add(fake["en_US"].sentence(nb_words=10) + " ")
        records.append(rec)
    return records


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 300
    for rec in make_evalset(n):
        print(json.dumps({"id": rec.id, "text": rec.text, "spans": rec.spans}))


if __name__ == "__main__":
    main(sys.argv)
