"""Vocabulary of the agent evaluation set: field labels per language, locales, prose and hard negatives.

Our own wording, written for this set (no public NER/PII benchmark or template collection
was used or consulted). :mod:`evalset_agent` assembles records from these pieces.
"""

from __future__ import annotations

import hashlib
import random
import string
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from faker import Faker

__all__ = [
    "FIELD_LABELS",
    "HARD_NEGATIVES",
    "NEGATIVE_GROUPS",
    "HARMLESS_FIELDS",
    "LOCALES",
    "LOCALE_LANGUAGE",
    "LOCALE_REGION",
    "PROSE",
    "iso_timestamp",
    "label_in_style",
]

LOCALES = (
    "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_IE", "fr_FR", "fr_CA", "fr_CH", "de_DE", "de_AT",
    "de_CH", "es_ES", "es_MX", "pt_BR", "pt_PT", "it_IT", "nl_NL", "nl_BE", "pl_PL", "sv_SE", "da_DK",
    "no_NO", "fi_FI", "cs_CZ",
)  # fmt: skip
"""Faker locales (25). ``no_NO`` is Faker's Norwegian Bokmål."""

LOCALE_REGION = {loc: loc.split("_")[1] for loc in LOCALES} | {"en_GB": "GB", "no_NO": "NO", "cs_CZ": "CZ"}
"""phonenumbers region per locale."""

_OWN_LABELS = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv", "da", "no", "fi", "cs")
LOCALE_LANGUAGE = {loc: (loc[:2] if loc[:2] in _OWN_LABELS else "en") for loc in LOCALES}
"""Language of the field names: the six with a full vocabulary; Dutch, Polish, the Nordic
languages, Finnish and Czech for names, contacts, addresses and dates of birth (English field
names for the other slots)."""

# Field names per (slot, language), snake case; label_in_style turns them into camel/kebab/Title.
# Slot -> (gold type, {language: [names]}).
FIELD_LABELS: dict[str, tuple[str, dict[str, list[str]]]] = {
    "name": ("PERSON", {
        "en": ["name", "full_name", "customer_name", "contact_name", "patient_name", "assignee", "recipient"],
        "es": ["nombre", "nombre_completo", "cliente", "titular"],
        "fr": ["nom", "nom_complet", "client", "destinataire"],
        "de": ["name", "vollstaendiger_name", "kunde", "empfaenger"],
        "pt": ["nome", "nome_completo", "cliente", "destinatario"],
        "it": ["nome", "nome_completo", "cliente", "destinatario"],
        "nl": ["naam", "volledige_naam", "klant"], "pl": ["imie_i_nazwisko", "klient", "nazwisko"],
        "sv": ["namn", "kund"], "da": ["navn", "kunde"], "no": ["navn", "kunde"], "fi": ["nimi", "asiakas"],
        "cs": ["jmeno", "zakaznik"],
    }),
    "phone": ("PHONE_NUMBER", {
        "en": ["phone", "phone_number", "mobile", "cell", "fax", "telephone", "contact_phone"],
        "es": ["telefono", "movil", "celular"],
        "fr": ["telephone", "portable", "tel"],
        "de": ["telefon", "handy", "telefonnummer", "mobilnummer"],
        "pt": ["telefone", "celular", "telemovel"],
        "it": ["telefono", "cellulare", "recapito_telefonico"],
        "nl": ["telefoon", "telefoonnummer", "mobiel"], "pl": ["telefon", "numer_telefonu"],
        "sv": ["telefon", "mobil"], "da": ["telefon", "mobil"], "no": ["telefon", "mobil"],
        "fi": ["puhelin", "puhelinnumero"], "cs": ["telefon", "mobil"],
    }),
    "email": ("EMAIL_ADDRESS", {
        "en": ["email", "email_address", "contact_email"], "es": ["correo", "correo_electronico"],
        "fr": ["courriel", "adresse_email"], "de": ["e_mail", "email_adresse"],
        "pt": ["email", "correio_eletronico"], "it": ["email", "posta_elettronica"],
        "nl": ["e_mail", "email"], "pl": ["email", "adres_email"], "sv": ["e_post", "epost"],
        "da": ["e_mail"], "no": ["e_post"], "fi": ["sahkoposti"], "cs": ["email"],
    }),
    "street": ("STREET_ADDRESS", {
        "en": ["address", "street", "street_address", "address_line1", "shipping_address"],
        "es": ["direccion", "calle", "domicilio"], "fr": ["adresse", "rue", "adresse_postale"],
        "de": ["adresse", "strasse", "anschrift"], "pt": ["endereco", "morada", "logradouro"],
        "it": ["indirizzo", "via", "domicilio"],
        "nl": ["adres", "straat"], "pl": ["adres", "ulica"], "sv": ["adress", "gatuadress"],
        "da": ["adresse"], "no": ["adresse"], "fi": ["osoite"], "cs": ["adresa", "ulice"],
    }),
    "city": ("LOCATION", {
        "en": ["city", "town"], "es": ["ciudad", "localidad"], "fr": ["ville", "commune"],
        "de": ["stadt", "ort"], "pt": ["cidade", "localidade"], "it": ["citta", "comune"],
        "nl": ["plaats", "woonplaats"], "pl": ["miasto", "miejscowosc"], "sv": ["stad", "ort"],
        "da": ["by"], "no": ["poststed", "sted"], "fi": ["kaupunki", "paikkakunta"], "cs": ["mesto", "obec"],
    }),
    "region": ("LOCATION", {
        "en": ["state", "region", "province"], "es": ["provincia", "estado"], "fr": ["region", "province"],
        "de": ["bundesland", "region"], "pt": ["estado", "distrito"], "it": ["regione", "provincia"],
    }),
    "country": ("LOCATION", {
        "en": ["country"], "es": ["pais"], "fr": ["pays"], "de": ["land"], "pt": ["pais"], "it": ["paese"],
    }),
    "zip": ("ZIP_CODE", {
        "en": ["zip", "zip_code", "postal_code", "postcode"], "es": ["codigo_postal", "cp"],
        "fr": ["code_postal", "cp"], "de": ["plz", "postleitzahl"], "pt": ["cep", "codigo_postal"],
        "it": ["cap", "codice_postale"],
        "nl": ["postcode"], "pl": ["kod_pocztowy"], "sv": ["postnummer"], "da": ["postnummer"],
        "no": ["postnummer"], "fi": ["postinumero"], "cs": ["psc"],
    }),
    "company": ("ORGANIZATION", {
        "en": ["company", "employer", "organization"], "es": ["empresa", "compania"],
        "fr": ["entreprise", "societe"], "de": ["firma", "unternehmen"], "pt": ["empresa", "companhia"],
        "it": ["azienda", "societa"],
    }),
    "dob": ("DATE_TIME", {
        "en": ["date_of_birth", "dob", "birth_date"], "es": ["fecha_nacimiento"], "fr": ["date_naissance"],
        "de": ["geburtsdatum"], "pt": ["data_nascimento"], "it": ["data_nascita"],
        "nl": ["geboortedatum"], "pl": ["data_urodzenia"], "sv": ["fodelsedatum"], "da": ["fodselsdato"],
        "no": ["fodselsdato"], "fi": ["syntymaaika"], "cs": ["datum_narozeni"],
    }),
    "iban": ("IBAN_CODE", {"en": ["iban"], "es": ["iban"], "fr": ["iban"], "de": ["iban"], "pt": ["iban"], "it": ["iban"]}),
    "card": ("CREDIT_CARD", {
        "en": ["card_number", "pan", "credit_card"], "es": ["numero_tarjeta", "tarjeta"],
        "fr": ["numero_carte", "carte_bancaire"], "de": ["kartennummer", "kreditkarte"],
        "pt": ["numero_cartao", "cartao"], "it": ["numero_carta", "carta_di_credito"],
    }),
    "ssn": ("US_SSN", {"en": ["ssn", "social_security_number"]}),
    "routing": ("ABA_ROUTING_NUMBER", {"en": ["routing_number", "aba_routing", "aba"]}),
    "account": ("US_BANK_NUMBER", {"en": ["account_number", "bank_account"]}),
    "passport": ("US_PASSPORT", {
        "en": ["passport_number", "passport"], "es": ["pasaporte"], "fr": ["passeport"], "de": ["reisepass"],
        "pt": ["passaporte"], "it": ["passaporto"],
    }),
    "license": ("US_DRIVER_LICENSE", {"en": ["drivers_license", "driver_license_number", "dl_number"]}),
}  # fmt: skip


def label_in_style(snake: str, style: str) -> str:
    """``snake`` as snake, camel, kebab or Title case (for ``Key: value`` rows and table headers)."""
    words = snake.split("_")
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "kebab":
        return "-".join(words)
    if style == "title":
        return " ".join(
            w.upper()
            if len(w) <= 3 and w in ("dob", "ssn", "pan", "aba", "cp", "cep", "cap", "plz")
            else w.capitalize()
            for w in words
        )
    return snake


def _tok(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_UP = string.ascii_uppercase
_DIG = string.digits
_HEX = "0123456789abcdef"


def iso_timestamp(rng: random.Random) -> str:
    """An ISO 8601 timestamp from ``rng`` alone (Faker's date providers depend on the clock)."""
    stamp = datetime(2015, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(11 * 365 * 86400))
    return stamp.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["", "Z", f".{rng.randrange(1000):03d}Z", "+00:00"])


NegGen = Callable[[random.Random, Faker], str]
NEGATIVE_GROUPS: dict[str, list[NegGen]] = {
    "version": [
        lambda r, f: f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
        lambda r, f: f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
        lambda r, f: f"build #{r.randint(100, 99999)}",
    ],
    "code": [
        lambda r, f: f"1Z{_tok(r, _UP + _DIG, 16)}",
        lambda r, f: f"INV-{r.randint(2019, 2026)}-{r.randint(0, 99999):05d}",
        lambda r, f: f"ORD-{r.randint(100000, 999999)}",
        lambda r, f: f"TCK-{r.randint(1000, 99999)}",
        lambda r, f: f"PO-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        lambda r, f: f"SKU-{_tok(r, _UP, 3)}-{r.randint(100, 9999)}",
        lambda r, f: str(f.uuid4()),
        lambda r, f: hashlib.sha256(str(r.random()).encode()).hexdigest(),
        lambda r, f: _tok(r, _HEX, 7),
        lambda r, f: f"PR #{r.randint(10, 9999)}",
        lambda r, f: f"batch {_tok(r, _UP, 2)}{r.randint(1000, 9999)}",
        lambda r, f: f"{r.choice(['ERR', 'E', 'W'])}{r.randint(100, 9999)}",
        lambda r, f: f"lot {r.randint(10000, 99999)}-{_tok(r, _UP, 1)}",
    ],
    "time": [
        lambda r, f: iso_timestamp(r),
        lambda r, f: f"{r.randint(2019, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        lambda r, f: str(r.randint(1_600_000_000, 1_800_000_000)),
        lambda r, f: r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
        lambda r, f: r.choice(["January", "March", "April", "June", "August", "October", "December", "Q3", "FY2025"]),
        lambda r, f: f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}",
    ],
    "amount": [
        lambda r, f: f"${r.randint(1, 9999)}.{r.randint(0, 99):02d}",
        lambda r, f: f"{r.randint(1, 999)},{r.randint(0, 99):02d} EUR",
        lambda r, f: f"{r.choice(['USD', 'EUR', 'GBP', 'CHF', 'SEK', 'PLN', 'BRL'])} {r.randint(1, 5000)}.{r.randint(0, 99):02d}",
        lambda r, f: f"{r.randint(1, 99)}%",
        lambda r, f: f"{r.randint(1, 500)} {r.choice(['kg', 'km', 'ms', 'MB', 'GB', 'mm', 'lbs', 'kWh', 'px'])}",
    ],
    "word": [
        lambda r, f: r.choice(["ETA", "SKU", "ASAP", "FYI", "EOD", "KPI", "SLA", "API", "CSV", "PDF", "RMA", "QA", "HR", "TBD", "OK"]),
        lambda r, f: r.choice(["USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD"]),
        lambda r, f: f"port {r.choice([22, 80, 443, 5432, 6379, 8080, 9200])}",
        lambda r, f: f"HTTP {r.choice([200, 201, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503])}",
        lambda r, f: f"room {r.randint(100, 999)}",
    ],
    "snippet": [
        lambda r, f: r.choice(["def handle(req): return req.json()", "for (let i = 0; i < n; i++) {}", "SELECT id, status FROM orders WHERE id = 42;", "git rebase -i HEAD~3", "kubectl get pods -n default", "npm install --save-dev eslint@8"]),
    ],
}  # fmt: skip
"""Harmless values that look like something, by kind; templates ask for a kind (``{code}``...)."""

HARD_NEGATIVES: list[NegGen] = [gen for group in NEGATIVE_GROUPS.values() for gen in group]

HARMLESS_FIELDS: list[tuple[str, NegGen]] = [
    ("id", lambda r, f: str(r.randint(1, 10**7))),
    ("order_id", lambda r, f: f"ORD-{r.randint(100000, 999999)}"),
    ("invoice", lambda r, f: f"INV-{r.randint(2019, 2026)}-{r.randint(0, 99999):05d}"),
    ("status", lambda r, f: r.choice(["open", "pending", "shipped", "closed", "refunded", "active"])),
    ("created_at", lambda r, f: iso_timestamp(r)),
    ("updated_at", lambda r, f: iso_timestamp(r)),
    ("amount", lambda r, f: f"{r.randint(1, 9999)}.{r.randint(0, 99):02d}"),
    ("currency", lambda r, f: r.choice(["USD", "EUR", "GBP", "CHF", "SEK", "PLN", "BRL", "MXN"])),
    ("sku", lambda r, f: f"SKU-{_tok(r, _UP, 3)}-{r.randint(100, 9999)}"),
    ("version", lambda r, f: f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}"),
    ("tracking_number", lambda r, f: f"1Z{_tok(r, _UP + _DIG, 16)}"),
    ("request_id", lambda r, f: str(f.uuid4())),
    ("checksum", lambda r, f: hashlib.md5(str(r.random()).encode()).hexdigest()),
    ("priority", lambda r, f: r.choice(["low", "normal", "high", "urgent"])),
    ("eta", lambda r, f: f"{r.randint(1, 9)} days"),
    ("weight", lambda r, f: f"{r.randint(1, 90)} kg"),
    ("weekday", lambda r, f: r.choice(["Monday", "Wednesday", "Friday"])),
    ("plan", lambda r, f: r.choice(["free", "pro", "enterprise", "team"])),
    ("region_code", lambda r, f: r.choice(["us-east-1", "eu-west-3", "ap-south-1"])),
    ("retry_count", lambda r, f: str(r.randint(0, 5))),
]  # fmt: skip
"""(field name, generator) pairs for the harmless parts of records; never PII."""

PROSE = {
    "greeting": ["Dear {title}{name},", "Hi {name},", "Hello {name},", "Good morning {name},"],
    "body": [
        "Thanks for getting back to us about order {code}.",
        "Your parcel {code} left the depot; ETA is {time}.",
        "We could not process invoice {code} yet.",
        "The upgrade to {version} is scheduled for {time}.",
        "As discussed, the refund of {amount} was approved.",
        "Please find the report attached (ref {code}, {word}).",
    ],
    "pii_line": [
        "You can reach me on {phone} any time.",
        "Please ring me on {phone} tomorrow.",
        "Call me back at {phone}, please.",
        "My new address is {address}.",
        "Ship to {address}, please.",
        "I moved to {city} last month.",
        "I am travelling to {country} next week.",
        "I work at {company} now.",
        "My colleague {name} will follow up.",
    ],
    "closing": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Sincerely,"],
    "ticket_issue": [
        "Customer cannot log in after the {version} release.",
        "Refund requested for {code} ({amount}); item arrived damaged.",
        "Payment failed with error {code} at {time}.",
        "Wrong item shipped, tracking {code}.",
        "Asks to update the delivery address.",
        "Stack trace points at `{snippet}`.",
    ],
    "labelled": [
        "Paid with card {card} yesterday.",
        "Please update the routing number {routing} on file.",
        "Phone: {phone}",
        "Customer {name} called about {code}.",
        "Postcode: {zip}",
        "Deliver to {address} before {time}.",
        "Account holder {name}, IBAN {iban}.",
        "Contact {name} at {company} about {code}.",
        "Based in {city}, {region}.",
    ],
    "harmless_sentence": [
        "Deployment {version} finished in {amount}.",
        "Cache hit rate is {amount} for {version}.",
        "Invoice {code} covers items 1-9.",
        "Shipment {code} is on its way; {word} {time}.",
        "Upgraded from {version} to {version}.",
        "The nightly job ran on {time} and returned {word}.",
        "Ticket {code} closed as duplicate of {code}.",
        "Retry after {amount}; quota resets on {time}.",
        "Ran `{snippet}` on {time}, {word} for {code}.",
    ],
}
"""Prose pieces; ``{neg}`` (any kind) or a :data:`NEGATIVE_GROUPS` kind take a hard negative, other fields a gold value."""
