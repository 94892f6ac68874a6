"""What a written phone number looks like, and the look-alikes that are not one.

The candidate pattern finds runs of digit groups (spaces, dots, dashes, slashes,
parentheses between them, an optional ``+``/``00`` and an extension); the checks here
are cheap string tests run before any phonenumbers call: dates, times, SSN-shaped
groups, IPv4 addresses, ZIP+4 codes, year ranges, version strings, amounts, ranges
(``port range: 32768-60999``) and sizes (``2 147 483 648 bytes``), and the
layouts that say a number is a phone only with a phone word next to it (eight digits in
pairs or fours, the Hungarian ``06-1/234-5678``).
The word lists say when a phone-shaped number is labelled as one (``Phone:``, ``ring me
on``, ``Tel.``, ``Handy``, ``móvil``...) and when a nearby word says it is something else
(``order``, ``invoice``...).
"""

from __future__ import annotations

import re

import regex

from .base import words
from .phone_valid import NANP_LAYOUT
from .shared import UNSPACED_LETTERS
from .validators import is_ipv4

__all__ = [
    "ACCESS_CODE_REACH",
    "ACCESS_CODE_WORDS",
    "CANDIDATE",
    "CANDIDATE_ASCII",
    "CONTACT_LABELS",
    "CONTACT_WINDOW",
    "LABEL_WINDOW",
    "NOT_PHONE",
    "PHONE_CONTEXT",
    "PHONE_LABELS",
    "PHONE_VERBS",
    "area_slash",
    "data_size",
    "eight_grouped",
    "money_like",
    "not_phone",
    "odd_grouping",
    "range_like",
    "reserved_nanp",
    "tariff_like",
    "token_nanp",
    "thousands_like",
    "trim",
]


# Case is ignored in the extension words only (``(?i:...)``): the rest of the pattern holds
# no letters, and a pattern-wide IGNORECASE made every position of the scan slower. A ``:``
# may precede a number only when it starts with ``+`` (``tel:+14155552671``). A letter next to
# it makes none, unless of a script written without blanks between words (``電話番号は
# 090-1234-5678です``, ``电话13812345678``).
def _candidate_source(word: str) -> str:
    """The candidate pattern, ``word`` the class of a character that joins a number to a word."""
    return (
        rf"(?:(?<!{word}|[+.\-/:])|(?<=:)(?=\+))"
        r"(?![0-9]{4}-(?:0[0-9]|1[0-2])-[0-3][0-9]|[0-9]{1,6}\.[0-9]{1,6}(?![0-9]|[ .\-/][0-9]))(?=[+(0-9][0-9 ().\-/]{6})"
        r"(?:\+|00)?\(?[0-9]{1,15}+\)?(?:(?:[ .\-/]{1,2}\(?|\(|(?<=\)))[0-9]{1,15}+\)?){0,7}"
        r"(?:(?:,?[ ]?(?i:ext(?:ension|n)?\.?|x)[ ]?|[ ]?\#[ ]?)[0-9]{1,6}+)?"
        rf"(?!(?!_){word}|_\w|[.\-/][0-9])"  # "_" closes markdown's italics: "_Call us: +233 24 123 4567_"
    )


CANDIDATE = regex.compile(_candidate_source(f"[^\\W{UNSPACED_LETTERS}]"))

CANDIDATE_ASCII: re.Pattern[str] | None
""":data:`CANDIDATE` in the stdlib engine, for an ASCII text (where no letter of a script
written without blanks occurs, so a character that joins a word is ``\\w``): the same matches
at less than half the cost each. None before Python 3.11, whose engine has no possessive
quantifiers. A test compares both on random texts."""
try:
    CANDIDATE_ASCII = re.compile(_candidate_source(r"\w"), re.ASCII)
except re.error:  # pragma: no cover - Python 3.10
    CANDIDATE_ASCII = None

_DATE_LIKE = re.compile(
    r"(?<![0-9])(?:([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{2,4})(?![0-9]))"
)
_SSN_SHAPE = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_ZIP_PLUS_FOUR = re.compile(r"[0-9]{5}-[0-9]{4}|[0-9]{5}-[0-9]{3}")
"""US ZIP+4 and Brazilian CEP postal codes."""
_YEARS = re.compile(r"(?:1[89]|20)[0-9]{2} ?[-/] ?(?:1[89]|20)[0-9]{2}")
_MARKS = frozenset("-./")
_RATIO = re.compile(r"[1-9][0-9]*/[0-9]+")
"""A count or a ratio (``15327/15327``, ``120/340``): a slash after an area code follows a trunk ``0``."""
_AREA_SLASH = re.compile(r"(?:\(06\)|06-)?\(?[0-9]{1,2}\)?/[0-9]{3}[- ][0-9]{4}")
"""The Hungarian layout: an area code, a slash, then the number."""
_GROUPS = re.compile(r"[0-9]+")
_SINGLE_DIGITS = re.compile(r"(?<![0-9])[0-9](?![0-9])")
_SHORT_DOTTED = re.compile(r"(?:^|\.)[0-9](?:\.|$)")
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:([ .])[0-9]{3})(?:\1[0-9]{3})*")
_TARIFF = re.compile(r"[1-9][0-9]{3}\.[0-9]{2}\.[0-9]{2}(?:[0-9]{2})?")
_MONEY_BEFORE = re.compile(
    r"[$€£¥₹₽₩₺₦][ ]?$|\b(?:usd|eur|gbp|inr|brl|rs\.?|r\$|price|total|amount|paid|cost|fee)[ :]*$", re.IGNORECASE
)
_MONEY_AFTER = re.compile(r"^(?:,[0-9]{2}(?![0-9])|[ ]?(?:[$€£¥₹₽]|usd|eur|gbp|inr|brl|pln|zł|kr)\b)", re.IGNORECASE)
_EIGHT_GROUPED = re.compile(
    r"[0-9]{2}([ .\-])[0-9]{2}(?:\1[0-9]{2}){2}|[0-9]{4}[ \-][0-9]{4}|[0-9]{3} [0-9]{2} [0-9]{3}"
)
"""Eight digits in pairs, two fours or 3-2-3 (``82 28 42 01``, ``7500 8633``, ``963 92 332``): how
Danish and Norwegian numbers are written."""

LABEL_WINDOW = 26
"""A phone-shaped number counts as labelled when a phone word is this close to it."""

PHONE_LABELS = words(
    # English
    "phone", "telephone", "tel", "mobile", "cell", "cellphone", "cell phone", "fax", "whatsapp", "sms",
    "landline", "hotline", "ph", "mob", "phone number", "contact number", "ring me on", "ring me at",
    "reach me at", "reach me on", "call me at", "call me on", "call me", "text me at", "text me on",
    "call us at", "call us on", "my number", "new number", "dial", "called from", "calling from", "back on",
    "caller id", "whatsapp id", "callback requested", "callback number", "callback on", "backup number",
    "alternate number", "alternative number", "best number", "other number", "direct line", "direct dial",
    "switchboard", "reachable on", "reachable at", "his number", "her number", "their number", "your number",
    "reach him at", "reach him on", "reach her at", "reach her on", "reach them at", "reach them on",
    "my no is", "my new no is", "new no is", "my num is", "my new num is", "whatsapp me on", "whatsapp me at",
    # a telephone's or a mobile's sign in a signature or a contact card
    "\U0001f4de", "\U0001f4f1", "\u260e", "\u260f", "\u2706",
    # Spanish, Portuguese, Italian
    "teléfono", "telefono", "tfno", "móvil", "movil", "celular", "llámame al", "llamame al", "mi número",
    "telefone", "telemóvel", "telemovel", "ligue para", "meu número", "cellulare", "chiamami al", "il mio numero",
    # French
    "téléphone", "tél", "portable", "appelez-moi au", "numéro de téléphone", "mon numéro",
    # German
    "telefon", "telefonnummer", "rufnummer", "handy", "handynummer", "mobil", "mobilnummer", "festnetz",
    "erreichbar unter", "anrufen unter", "meine nummer",
    # Nordic call notes: "ring tilbage på 57141113"
    "ring tilbage på", "ring tilbake på", "ring tillbaka på", "ring meg tilbake på", "ring mig tillbaka på",
    # Chinese, Japanese, Korean, Russian, Ukrainian, Arabic, Hindi, Vietnamese, Thai
    "电话", "手机", "手机号", "联系电话", "電話", "電話番号", "携帯", "携帯電話", "전화", "전화번호", "휴대폰", "연락처",
    "座机", "座機", "固话", "固話", "固定电话", "固定電話",
    "телефон", "тел", "моб", "мобильный", "номер телефона", "телефону", "هاتف", "هاتفي", "الهاتف", "جوال", "جوالي",
    "फोन", "फ़ोन", "मोबाइल", "điện thoại", "số điện thoại", "sđt", "โทร", "เบอร์โทร",
    # "my number", "mobile number" in Hindi, Arabic, Persian, Urdu, Bengali; Indonesian and Turkish mobiles
    "मेरा नंबर", "मोबाइल नंबर", "फोन नंबर", "फ़ोन नंबर", "संपर्क नंबर", "رقمي", "رقم الهاتف", "رقم الجوال",
    "رقم الموبايل", "شماره تماس", "شماره موبایل", "شماره تلفن", "موبایل", "موبائل", "فون نمبر", "মোবাইল",
    "মোবাইল নম্বর", "ফোন নম্বর", "no hp", "nomor hp", "no. hp", "hp", "no telp", "nomor telepon", "cep",
    "cep telefonu", "gsm",
    # Singapore's PayNow pays to a mobile's number (PayNow $6 to 9782 1143)
    "paynow", "paynow to",
)  # fmt: skip
"""Words that label the number next to them as a phone number (in Chinese, Japanese and Thai,
written against the words around them: see :class:`.context.ContextWords`)."""

CONTACT_LABELS = words(
    "emergency contact", "next of kin", "contact person", "in case of emergency", "notfallkontakt",
    "contacto de emergencia", "contact d urgence", "contatto di emergenza", "contato de emergência",
    "nok",
)  # fmt: skip
"""Labels of a person whose phone number follows the name on the same line (``Emergency contact:
Jane Doe - 0396037582``): they label a number up to :data:`CONTACT_WINDOW` characters after them."""
CONTACT_WINDOW = 64

PHONE_CONTEXT = words(
    PHONE_LABELS.words, "call", "contact", "reach", "reached", "reachable", "ring", "text", "prefer", "prefers",
    "calling", "called", "phoned", "phoning", "texting", "texted", "dialing", "dialling", "dialed", "dialled",
    "ringing", "rang",
    "llamar", "appeler", "anrufen",
    # calling back, as call notes write it
    "rappeler", "rappeler au", "rappelez", "richiamare", "richiamare al", "richiamami", "terugbellen", "bellen",
    "ligar de volta para", "devolver la llamada al", "volver a llamar", "zurückrufen", "ring tilbage",
    "ring tillbaka", "oddzwonić", "oddzwonić pod",
    # calling in other scripts and languages: Arabic, Persian, Urdu, Russian, Indonesian, Hindi, Bengali, Turkish
    "اتصل", "اتصل على", "اتصلوا", "اتصل بي", "تواصل", "تماس", "تلفن", "فون", "позвоните", "звоните",
    "позвонить", "перезвоните", "hubungi", "telepon", "telp", "कॉल", "कॉल करें", "ফোন", "aray\u0131n", "arayin",
)  # fmt: skip
"""Words that make a valid number more likely a phone number (labels and looser verbs:
``prefers 0493822842 after 6pm`` in a call note)."""

PHONE_VERBS = words(
    "call", "ring", "text", "phone", "dial", "prefer", "prefers", "contact", "calling", "called", "phoned", "phoning",
    "texting", "texted", "dialing", "dialling", "dialed", "dialled", "ringing", "rang",
)  # fmt: skip
"""Verbs that make a bare, ungrouped eight-digit number right after them a phone number
(``call 48116391``, ``prefers 93533740 after 6pm``, ``I tried calling 96252760``): Danish and
Norwegian numbers are written so, in regions phone detection may not read."""

NOT_PHONE = words(
    "order", "invoice", "inv", "id", "ticket", "case", "ref", "reference", "tracking", "shipment", "awb", "sku",
    "serial", "imei", "iban", "account", "acct", "routing", "version", "ver", "build", "isbn", "po",
    "transaction", "txn", "confirmation", "booking", "policy", "claim", "zip", "postcode", "postal code",
    "price", "total", "amount", "balance", "card", "passport", "license", "licence", "ssn", "pedido",
    "factura", "commande", "facture", "bestellung", "rechnung", "fattura", "ordine", "fatura",
    "заказ", "заказа", "счет", "счёт", "pesanan", "faktur", "sipariş", "siparis", "طلب", "فاتورة",
    # a customs tariff's (HS, HTS) heading: 8413.70.2004 is a pump's, no phone
    "hs", "hts", "hscode", "htscode", "hs code", "hts code", "htsus", "tariff", "harmonized", "commodity code",
    # a till's receipt number (Receipt No. 0412-03-88127: the store's, the till's and the sale's)
    "receipt no", "receipt number", "receipt nr", "receipt id", "quittungsnummer", "quittung nr", "belegnummer",
    "belegnr", "beleg nr", "bonnummer", "bonnr", "bon nr", "numero de recibo", "recibo no", "recibo nro",
    "numero scontrino", "scontrino n", "ricevuta n", "kvittonummer", "kvitto nr", "kvitteringsnummer",
)  # fmt: skip
"""Words that, just before a number and nearer than any phone word, say it is something else."""


ACCESS_CODE_WORDS = words(
    "pin", "pin code", "pin number", "passcode", "pass code", "access code", "meeting id", "meeting number",
    "meeting code", "conference id", "conference code", "participant code", "participant id", "attendee id",
    "webinar id",
)  # fmt: skip
"""Words that name the number right after them a code to key in (a conference call's PIN, a
meeting's ID, a door's access code), never a number to call: ``conference PIN 612 774 305#``."""
ACCESS_CODE_REACH = 4
"""How far before a number such a word may end (``PIN: ``, ``passcode is ``), looked for within
:data:`LABEL_WINDOW` characters."""


def trim(value: str) -> tuple[int, int]:
    """How many characters to drop at each end: an unbalanced ``(`` or ``)`` (``(mobile
    +1 415-867-5309)``) and a pair of parentheses around the whole number."""
    head = tail = 0
    opened, closed = value.count("("), value.count(")")
    if value.endswith(")") and closed > opened:
        tail = 1
    elif value.startswith("(") and opened > closed:
        head = 1
    elif value.startswith("(") and value.endswith(")") and opened == closed == 1:
        head = tail = 1
    return head, tail


def _is_date(match: re.Match[str]) -> bool:
    parts = [int(p) for p in match.groups() if p is not None]
    if match.group(1) is not None:  # year first
        return 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31
    first, second, _ = parts
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _chained(value: str, match: re.Match[str]) -> bool:
    """The date-like groups go on with the same mark (``06.12.34.56.78``, ``+27-10-123-4567``):
    a chain of digit groups, as a phone number is written, not a date."""
    start, end = match.span()
    mark = value[start + (4 if match.group(1) is not None else len(match.group(4)))]
    return value[end : end + 1] == mark or (start > 0 and value[start - 1] == mark)


def not_phone(value: str) -> bool:
    """Dates, SSN-shaped groups (3-2-4), ZIP+4 and CEP codes, year ranges, counts and ratios
    (``15327/15327``), IPv4 addresses, version
    strings with one-digit parts, runs of one-digit groups and numbers that mix dashes, dots
    and slashes are not phone numbers (see :func:`area_slash` for the exception)."""
    if len(set(value) & _MARKS) > 1 or len(_SINGLE_DIGITS.findall(value)) > 2:
        return True
    if (
        _SSN_SHAPE.fullmatch(value)
        or _ZIP_PLUS_FOUR.fullmatch(value)
        or _YEARS.fullmatch(value)
        or _RATIO.fullmatch(value)
    ):
        return True
    if ("-" in value or "/" in value or "." in value) and any(
        _is_date(m) and not _chained(value, m) for m in _DATE_LIKE.finditer(value)
    ):
        return True
    if value.startswith("+"):
        return False  # a country code says phone: +61.2.3044.5371 is no version string
    return "." in value and bool(_SHORT_DOTTED.search(value) or (value.count(".") == 3 and is_ipv4(value)))


def area_slash(value: str) -> bool:
    """Written in the Hungarian layout (``06-1/234-5678``, ``(06)30/123-4567``, ``72/787-8580``):
    the one mix of marks a phone number is written in, which :func:`not_phone` rejects; a
    phone word next to it makes it one."""
    return "/" in value and _AREA_SLASH.fullmatch(value) is not None


_SWEDISH = regex.compile(r"(?:\+46[ ]?\(0\)[ ]?\d{1,3}[ ]|0\d{1,3}-)\d{2,3}(?:[ ]\d{2,3}){1,3}")
"""Sweden's layout, whose last group may be a pair after three (``0586-248 17``, ``+46 (0)8 715 463 12``)."""


_DIN_EXTENSION = re.compile(r"(?:\+4[139][ ]?|\(?0)[1-9][0-9]{0,4}\)?[ ][0-9]{3,8}-[0-9]{1,5}")
"""The German, Austrian and Swiss layout of a number with its extension (DIN 5008): area code, a
blank, the subscriber's number, a hyphen and the extension (``0211 87654-32``, ``+43 1 58801-0``)."""


def odd_grouping(value: str) -> bool:
    """Digit groups no phone number is written in: a one-digit last group, or a two-digit
    last group after a longer one (``9401 6674 07``; ``56 78`` pairs are fine), except in
    Sweden's layout (``0586-248 17``) and after an extension's hyphen (``0211 87654-32``)."""
    groups = _GROUPS.findall(value)
    if len(groups) < 2:
        return False
    last = len(groups[-1])
    if last > 2 or (last == 2 and len(groups[-2]) == 2):
        return False
    return _SWEDISH.fullmatch(value) is None and _DIN_EXTENSION.fullmatch(value) is None


def thousands_like(value: str) -> bool:
    """Grouped in threes the way a large amount is (``694 772 860``, ``12.345.678``)."""
    return _THOUSANDS.fullmatch(value) is not None


def tariff_like(value: str) -> bool:
    """Written as a customs tariff's heading (HS, HTS) is, four digits and dotted pairs
    (``8413.70.2004``, ``8481.80.10``): no phone number's layout."""
    return _TARIFF.fullmatch(value) is not None


def eight_grouped(value: str) -> bool:
    """Eight digits in pairs, two groups of four or 3-2-3 (``82 28 42 01``, ``7500 8633``, ``963 92 332``)."""
    return _EIGHT_GROUPED.fullmatch(value) is not None


def money_like(text: str, start: int, end: int, value: str) -> bool:
    """A thousands-grouped number (``1 234 567``, ``12.345.678``) next to a currency or amount word."""
    if not thousands_like(value):
        return False
    return bool(_MONEY_BEFORE.search(text, max(0, start - 8), start) or _MONEY_AFTER.search(text[end : end + 5]))


_DATA_SIZE = re.compile(r"[ ]?(?:[KMGTPE]i?B|kB|[Bb]ytes?|BYTES|octets?)(?=$|[\s.,;:)\]/])")
"""A unit of data size right after a number (``2 147 483 648 bytes``, ``4096 KiB``)."""
_BYTES = re.compile(r"[ ]?B(?=$|[\s,;:)\]/]|\.(?!\w))")


def data_size(text: str, end: int, value: str) -> bool:
    """The number ``value`` ending at ``end`` is a quantity of data: a unit of size follows it
    (``peak RSS 2 147 483 648 bytes``). A count is no phone number, whatever its grouping
    or a phone word (``phone storage``) near it. A lone ``B`` only after a number grouped in
    thousands (``2 147 483 648 B``): after a phone number it is as often a name's initial
    (``020 7946 0958 B. Jones``)."""
    if _DATA_SIZE.match(text, end, end + 8) is not None:
        return True
    return text[end : end + 1] in (" ", "B") and _BYTES.match(text, end) is not None and thousands_like(value)


_TWO_JOINED = re.compile(r"([0-9]+)-[0-9]+")
_RANGE_BEFORE = re.compile(r"\b(?:ranges?|ports|bytes)\b[^\n.;,]{0,24}$", re.IGNORECASE)
"""A word that says the numbers after it bound a range (``port range: 32768-60999``, ``Range:
bytes=0-1048575``), then at most a few characters of its clause."""


def range_like(text: str, start: int, value: str) -> bool:
    """``value`` (at ``start``) is two numbers joined by one hyphen that bound a range, not a
    phone number: a range word just before it on its line (``Ephemeral port range:
    32768-60999``), or a lone ``0`` opening it (``0-1048575``: a trunk prefix is never written
    alone before a hyphen and the whole rest of the number)."""
    m = _TWO_JOINED.fullmatch(value)
    if m is None:
        return False
    if m.group(1) == "0":
        return True
    return _RANGE_BEFORE.search(text, max(0, start - 40), start) is not None


def reserved_nanp(digits: str, value: str) -> bool:
    """A North American number (``+1``, ``1``, ten digits, or a North American layout) with
    an area code or exchange that starts with 0 or 1: no such number is assigned (Mask's
    phone tokens use area codes 0xx: :func:`token_nanp`)."""
    if value.startswith(("+", "00")):
        if not value.startswith(("+1", "001")):
            return False
    elif (
        not NANP_LAYOUT.fullmatch(value)
        and not (len(digits) == 11 and digits[0] == "1")
        and (len(digits) != 10 or digits[0] == "0")
    ):
        return False  # not North American, or a national number with a trunk prefix 0
    national = digits[-10:]
    return len(national) == 10 and (national[0] in "01" or national[3] in "01")


def token_nanp(digits: str, value: str) -> bool:
    """A reserved North American number (see :func:`reserved_nanp`) whose area code starts
    with 0: the shape of Mask's own North American phone tokens, never read as a number (a
    model may write a token back in another layout, which no vault read would verify). Other
    reserved numbers (area code 1xx, or an exchange of 0 or 1: ``(154) 138-4472``, ``(727)
    103-7466``) are assigned to no one either, but mistyped and made-up numbers are written
    so: a phone word must label them."""
    return reserved_nanp(digits, value) and digits[-10] == "0"


_VERSION_LINE = regex.compile(
    r"(?<![\w])(?i:firmware|bootloader|boot[ ]loader|bios|baseband|kernel|fw|build|version|revision|changelog)"
    r"(?![\w])"
)
"""Words that make the dotted numbers of their line versions (``bootloader 07.70.0900 -> 07.70.0912``,
``Firmware shows 07.70.0900 — we're on 07.71.0418 now``)."""
VERSION_REACH = 80
"""How far back on its line a dotted number's version word is looked for."""


def version_dotted(text: str, start: int, value: str) -> bool:
    """``value`` (at ``start``) is written with dots only, as versions are, and a word of
    :data:`_VERSION_LINE` comes before it on its line: a version, not a French or Belgian number
    (``06.12.34.56.78`` with no such word stays a phone number)."""
    if "." not in value or not value.replace(".", "").isdigit():
        return False
    lo = text.rfind("\n", max(0, start - VERSION_REACH), start) + 1
    lo = max(lo, start - VERSION_REACH)
    return _VERSION_LINE.search(text, lo, start) is not None


def glued_code(text: str, end: int) -> bool:
    """A dash and a letter follow the number at ``end`` (``SN 0412-555-019-A``): the number is
    part of a serial's or a part's code, not a phone number."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
