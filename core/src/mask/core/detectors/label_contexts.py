"""Keys that name a value only in a context around them: too short or too common to be a label
anywhere, each is one where its text says what it is.

- a field name too short or ambiguous for running text, or a word that names no type as a field
  name, before a value in its identifier's own shape (``RUT 12.345.678-5``, ``PPS: 1234567TA``,
  ``plate 7XYZ123``, ``registration 1XY-4ZB``, ``claim 8827-3310``, ``CC 1.020.345.678``);
- ``cn`` and ``sn``, an LDAP entry's common name and surname: in an LDIF record (``cn: Rutendo
  Chikwanha`` among ``dn:``, ``objectClass:``, ``uid:`` rows), and ``cn=`` in a directory's
  distinguished name, whose domain components follow (``cn=Elspeth Gowrie,ou=people,dc=example,dc=org``);
  not a certificate's subject (``CN=R3, O=Let's Encrypt, C=US``), nor a locale's code (``cn: zh-Hans``);
- ``Middle:``, a form's middle-name field, beside a first or last name's field;
- a user name after ``=`` that holds a blank between capitalised words: a person's name, as a log
  line writes it (``user_name="Constance Ashworth-Bligh"``; a login holds no blank; a form's
  ``Username: Bob Smith`` names an account, and stays);
- ``sort`` before a UK sort code's shape on the line of an account (``acc 12345678 sort 40-11-62``);
- a plate in brackets after a driver's or a rider's name (``Your driver Budi (B 4721 KJX)``), as ride
  and delivery apps write it: :func:`driver_plates`;
- Portugal's ``CC`` (cartão de cidadão) in capitals after ``do`` (``portadora do CC 14829371``), or
  in its full shape with its check characters (``CC 14829371 4 ZZ0``): not an e-mail's ``CC``
  or a cost centre's.

:func:`context_type` gives the type such a key names at its place, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import regex

__all__ = ["CONTEXT_HEADS", "KEY_TYPE", "bracketed_state_plates", "context_type", "driver_plates"]

_REACH = 240
"""How far around a key its context is looked for."""
KEY_TYPE = ""
"""What :func:`context_type` gives for a key that names its value's type as a field name does
(``rut`` a national id's): the caller resolves the key itself."""
Check = Callable[[str, str, int, int, str], "str | None"]
"""A key's test of its context: ``(text, key, key_start, end, sep)`` -> the type it names there, or None."""

_PLATE = re.compile(
    r"[ \t]*[\"']?(?:(?![A-Z]{1,4}-(?:19|20)[0-9]{2}(?![\w/-]))"  # not a year after capitals: "EB-2024"
    r"(?=[A-Z0-9-]{5,9}(?![\w/-]))(?=[0-9-]*[A-Z][0-9-]*[A-Z])(?=[A-Z-]*[0-9][A-Z-]*[0-9])[A-Z0-9]+(?:-[A-Z0-9]+)*"
    r"|[A-Z]{2}[0-9]{2}[ ][A-Z]{3}"  # British: KL21 ABC
    r"|[A-Z]{2,3}[ ](?!(?:19|20)[0-9]{2}(?![\w/-]))[0-9]{3,4}(?:[ \-][0-9]{3})?"  # CA 456-789, ND 123 456, ABC 1234
    r"|[0-9]{2,3}-[A-Z]{1,2}-[0-9]{1,6}"  # Irish: 191-C-12345
    r"|[0-9][A-Z]{2}[ ][0-9][A-Z]{2}"  # Victoria: 1XK 4TR
    r"|[0-9]{4}[ ]?[B-DF-HJ-NP-TV-Z]{3}"  # Spain: 4829 KLM
    r"|[A-Z]{1,2}[ ][0-9]{1,4}[ ][A-Z]{1,3}"  # Indonesia: B 4721 KJT
    r"|K[A-Z]{2,3}[ ][0-9]{3}[A-Z]"  # Kenya: a car's KDA 123A, a motorbike's KMFA 412Q
    r")(?![\w/-])"
)
"""A vehicle's registration mark after a word that names one in running text: two capitals or more
and two digits or more in one piece or joined by dashes (``7XYZ123``, ``1XY-4ZB``, ``AB-123-CD``; not
``plate 3``, ``plate B12``, a hot plate's ``2000W``, ``registration EB-2024``), the British way with its
blank (``KL21 ABC``), a South African or American one, capitals then digits (``CA 456-789``, ``ND 123 456``;
not ``FEB 2024``), the Irish way (``191-C-12345``); nothing before a slash (``reg. 2019/1148``, an EU
regulation). A quote may open it: a log line's ``plate="BX21 KLO"``."""
_MORE_PLATES = re.compile(
    r"[ \t]*[\"']?(?:"
    r"(?!(?:ISO|DIN|EN|BS|IEC|NF|UNE|ANSI|ASTM)[ ])"  # a standard's number: ISO 14001
    r"[A-Z]{2,3}[ ][0-9]{5}"  # capitals and five digits: CZ 48119
    r"|[0-9][A-Z]{2}[ ][0-9][A-Z][0-9]"  # Massachusetts and other states: 7KL 2N9
    r")(?![\w/-])"
)
"""Registration marks :data:`_PLATE` leaves out, after a word that names one: two or three capitals
and five digits (``plate CZ 48119``; not a standard's ``ISO 14001``), and a digit, two capitals, a blank, a
digit, a capital and a digit (``plate 7KL 2N9``)."""
_STATE_TAG = re.compile(r"(?<![\w])[A-Z]{2}[ ]$")
"""A US state's two capitals right before ``tag`` (``FL tag 9283BT``): the word names a plate there."""


_INSURANCE_NUMBER = re.compile(
    r"[ \t]*(?=[A-Z0-9-]{6,30}(?![\w/-]))(?=(?:[A-Z-]*[0-9]){6})"
    r"(?!(?:19|20)[0-9]{2}-(?:[0-9]{1,2}-[0-9]{1,2}|(?:19|20)?[0-9]{2})(?![\w-]))[A-Z0-9]"
)
"""A policy's or a claim's number after ``policy`` or ``claim`` in running text: capitals, digits and
dashes with six digits at least (``HX-77120934``, ``CLM-2024-558813``, ``8827-3310``); not a date or a
span of years (``claim 2024-01-15``, ``policy 2024-25``), nor a short number (``the claim 3``)."""
_CEDULA = re.compile(r"[ \t]*[0-9]{1,3}(?:\.[0-9]{3}){2,3}(?![\w/-]|\.[0-9])")
"""Colombia's cédula de ciudadanía after ``CC`` or ``C.C.`` (``CC 1.020.345.678``): its dotted thousands."""
_NIK = re.compile(r"[ \t]*\d{16}(?![\w-])")
"""Indonesia's NIK: sixteen digits."""
_NIR = re.compile(
    r"[ \t]*[12][ ]?[0-9]{2}[ ]?(?:0[1-9]|1[0-2]|[2-9][0-9])[ ]?(?:[0-9]{2}|2[AB])[ ]?[0-9]{3}[ ]?[0-9]{3}"
    r"(?:[ ]?[0-9]{2})?(?![\w/-])"
)
"""France's social security number (NIR) after ``NIR`` or ``sécu``: sex, year and month of birth,
département (Corsica's ``2A``, ``2B``), commune, order, maybe its key (``2 81 06 75 114 052 36``)."""
_NSS = re.compile(r"[ \t]*[0-9]{2}[ /\-]?[0-9]{7,8}[ /\-]?[0-9]{2}(?![\w/-])")
"""Spain's social security affiliation number: the province's two digits, seven or eight more and
two check digits (``28/12345678/40``, ``28 1234567840``)."""
_LK_NIC = re.compile(r"[ \t]*(?:(?:19|20)[0-9]{2}[0-35-8][0-9]{2}[0-9]{5}|[0-9]{9}[VvXx])(?![\w/-])")
"""Sri Lanka's national identity card number: twelve digits (the year of birth, the day of the year,
500 added for a woman, a serial and a check digit: ``199012345678``), or the old card's nine digits
and ``V`` or ``X`` (``901234567V``)."""
_SG_NRIC = re.compile(r"[ \t]*[STFGM][0-9]{7}[A-Z](?![\w/-])")
"""Singapore's NRIC and FIN: S or T (a citizen's, a permanent resident's), F, G or M (a foreigner's),
seven digits and a check letter (``G1234567X``)."""
_TIN = re.compile(r"[ \t]*[0-9]{3}-[0-9]{3}-[0-9]{3}(?:-[0-9]{3,5})?(?![\w/-])")
"""A taxpayer's number in dashed groups of three, maybe a branch's code after them (the Philippines'
``123-456-789-000``)."""
_E_TICKET = re.compile(r"[ \t]*\d{3}[ -]?\d{10}(?![\w/-])")
"""An airline's e-ticket number: the carrier's three digits and ten more (``057-2418835096``); a
support desk's ticket number is shorter."""


def _shaped(pattern: re.Pattern[str], etype: str = KEY_TYPE, capitals: bool = False) -> Check:
    """A key that names its value when the value has ``pattern``'s shape (in capitals where
    ``capitals`` asks for them: an e-mail's ``Cc`` names no card): ``etype``, or the key's own
    field type."""

    def check(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
        if capitals and not key.isupper():
            return None
        return etype if pattern.match(text, end) is not None else None

    return check


def _first_of(*checks: Check) -> Check:
    """The first type one of ``checks`` names."""

    def check(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
        for one in checks:
            found = one(text, key, key_start, end, sep)
            if found is not None:
                return found
        return None

    return check


_LDIF_ROW = re.compile(
    r"(?im)^(?:dn|objectclass|changetype|uid|givenname|mail|uidnumber|gidnumber|homedirectory|loginshell"
    r"|displayname|employeenumber|userpassword|samaccountname|userprincipalname|memberof)::?[ ]"
)
"""A row of an LDIF record that only a directory's entry has (``cn`` and ``sn`` do not count: a list
of languages has ``cn`` and ``sn`` too, China's and Shona's codes)."""
_DN_DOMAIN = re.compile(r"(?i),[ ]?dc=")
"""A domain component after a ``cn=`` value: a directory's distinguished name (a certificate's
subject has an organisation and a country, no domain components)."""
_DN_VALUE = re.compile(r"[^,=\n]{1,64}")
_SERVICE_WORDS = frozenset(
    {
        "manager", "admin", "administrator", "administrators", "directory", "service", "services", "users",
        "groups", "group", "readonly", "reader", "replicator", "config", "monitor", "schema", "root", "proxy",
        "sync", "bind", "ldap", "system", "accounts", "computers", "builtin", "domain",
    }
)  # fmt: skip
"""Words of a directory entry that is no person's (``cn=Manager,dc=example,dc=com``, an OpenLDAP
root; ``CN=Users,DC=corp``)."""
_NAME_PART_LABEL = re.compile(
    r"(?i)(?<![\w])(?:(?:first|given|last|family|christian)[ _\-]?name|surname|forename|fname|lname)[ \t]*[:=]"
)
"""A first or last name's field: a ``Middle:`` near it is a middle name's."""
_FULL_NAME = regex.compile(
    r"[ \t]*[\"']?\p{Lu}[\p{L}\p{M}'\u2019\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*)+[\"']?(?![\w])"
)
"""Two capitalised words or more, maybe in quotes: a person's name, no login."""
_SORT_CODE = re.compile(r"[ \t]*[0-9]{2}-[0-9]{2}-[0-9]{2}(?![\w/-])")
_ACCOUNT = re.compile(
    r"(?i)(?<![\w/])(?:acc|acct|account|a/c)(?:[ .]?(?:no|nr|number))?\.?[ \t]*[:#]?[ \t]*[0-9]{6,10}(?![\w-])"
)
"""An account's label and its number, on the line of a bare ``sort`` before a sort code."""
_CITIZEN_CARD = re.compile(r"[ \t]*[0-9]{8}(?:[ ]?[0-9][ ]?[A-Z]{2}[0-9])?(?![\w/-])")
_FULL_CITIZEN_CARD = re.compile(r"[ \t]*[0-9]{8}[ ]?[0-9][ ]?[A-Z]{2}[0-9](?![\w/-])")
"""Portugal's citizen card number, its check digit, two letters and a digit (``14829371 4 ZZ0``)."""
_CARD_OWNER = re.compile(r"(?i)(?<![\w])(?:do|o|seu|meu|teu|nosso|vosso)[ \t]+$")
"""Portuguese words before ``CC`` that make it a card someone holds (``portadora do CC``)."""


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _directory_name(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """``cn`` or ``sn`` of a directory's entry: a row of an LDIF record (another row of the record
    only an entry has, within reach), or ``cn=`` of a distinguished name with domain components and
    a value that names no service or group."""
    line_start, line_end = _line_of(text, key_start)
    if sep == ":":
        if key_start != line_start:
            return None
        before = _LDIF_ROW.search(text, max(0, line_start - _REACH), max(0, line_start - 1))
        if before is None and _LDIF_ROW.search(text, min(len(text), line_end + 1), line_end + _REACH) is None:
            return None
        return "PERSON"
    if sep != "=" or key.casefold() != "cn":
        return None
    value = _DN_VALUE.match(text, end)
    if value is None or _DN_DOMAIN.search(text, value.end(), line_end) is None:
        return None
    if any(w.casefold() in _SERVICE_WORDS for w in value.group().split()):
        return None
    return "PERSON"


def _middle_name(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """``Middle:`` beside a first or last name's field, on its line or the lines next to it."""
    if sep != ":":
        return None
    line_start, line_end = _line_of(text, key_start)
    lo = _line_of(text, line_start - 1)[0] if line_start else 0  # the line before
    hi = _line_of(text, line_end + 1)[1] if line_end < len(text) else line_end  # the line after
    lo, hi = max(lo, key_start - _REACH), min(hi, end + _REACH)
    return "PERSON" if _NAME_PART_LABEL.search(text, lo, hi) is not None else None


def _user_full_name(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """A user name's key in a log line's ``key=value`` pair whose value is capitalised words with a
    blank between: a person's name."""
    return "PERSON" if sep == "=" and _FULL_NAME.match(text, end) is not None else None


def _sort_code(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """A bare ``sort`` before a sort code's shape, an account's number on its line."""
    if _SORT_CODE.match(text, end) is None:
        return None
    line_start, line_end = _line_of(text, key_start)
    lo, hi = max(line_start, key_start - 80), min(line_end, end + 80)
    return "BANK_CODE" if _ACCOUNT.search(text, lo, hi) is not None else None


def _citizen_card(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """Portugal's ``CC`` in capitals before its card's number: after ``do`` (``portadora do CC
    14829371``), or anywhere in its full shape (``CC 14829371 4 ZZ0``)."""
    if not key.isupper():
        return None
    if _FULL_CITIZEN_CARD.match(text, end) is not None:
        return "NATIONAL_ID"
    if _CITIZEN_CARD.match(text, end) is None:
        return None
    return "NATIONAL_ID" if _CARD_OWNER.search(text, max(0, key_start - 12), key_start) is not None else None


_RU_ACCOUNT = re.compile(r"[ \t]*(?:\u2116[ \t]?)?(?:[0-9]{20}|UA[0-9]{27})(?![\w/-])")
"""A Russian bank account's twenty digits (``40817810538290014472``), a Ukrainian IBAN."""


def _state_tag(text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """``tag`` after a US state's two capitals and before a plate's shape (``FL tag 9283BT``): a
    vehicle's registration; a bare ``tag`` (a release's, a price's) names none."""
    if _STATE_TAG.search(text, max(0, key_start - 3), key_start) is None:
        return None
    plate = _PLATE.match(text, end) or _MORE_PLATES.match(text, end)
    return "VEHICLE_ID" if plate is not None else None


_CONTEXT_KEYS: dict[tuple[str, ...], Check] = {
    ("rut",): _shaped(re.compile(r"[ \t]*\d{1,2}\.\d{3}\.\d{3}-[0-9kK](?![\w-])")),  # Chile
    ("rg",): _shaped(re.compile(r"[ \t]*\d{1,2}\.\d{3}\.\d{3}-[0-9xX](?![\w-])")),  # Brazil
    ("pps",): _shaped(re.compile(r"[ \t]*\d{7}[A-W][A-IW]?(?![\w-])")),  # Ireland
    ("rfc",): _shaped(re.compile(r"[ \t]*[A-Z&\u00d1]{3,4}\d{6}[A-Z0-9]{3}(?![\w-])")),  # Mexico
    ("sin",): _shaped(re.compile(r"[ \t]*\d{3}[ -]\d{3}[ -]\d{3}(?![\w-])")),  # Canada
    ("tfn",): _shaped(re.compile(r"[ \t]*\d{3}[ ]\d{3}[ ]\d{3}(?![\w-])")),  # Australia
    ("ic",): _shaped(re.compile(r"[ \t]*\d{6}-\d{2}-\d{4}(?![\w-])")),  # Malaysia
    ("nik",): _shaped(_NIK),  # Indonesia
    ("ktp",): _shaped(_NIK, "NATIONAL_ID"),  # the card that bears the NIK (No. KTP 3174...)
    ("cin",): _shaped(re.compile(r"[ \t]*[A-Z]{1,2}\d{5,6}(?![\w-])")),  # Morocco
    ("agencia",): _shaped(re.compile(r"[ \t]*\d{4}-[0-9xX](?![\w-])")),  # a Brazilian bank's branch and check digit
    ("reg",): _shaped(_PLATE),  # a vehicle's registration mark ("reg AB12 CDE", "reg. CA 456-789")
    ("rego",): _shaped(_PLATE, "VEHICLE_ID"),  # Australia's word for it ("rego 1XK 4TR")
    ("registration",): _shaped(_PLATE, "VEHICLE_ID"),
    ("plate",): _first_of(_shaped(_PLATE), _shaped(_MORE_PLATES)),
    ("tag",): _state_tag,
    ("policy",): _shaped(_INSURANCE_NUMBER),
    # Sri Lanka's NIC, Singapore's FIN, a TIN in dashed threes; a car's or a vehicle's plate (Car is
    # SLA4821G): short or common words, only before their value's own shape
    ("nic",): _shaped(_LK_NIC, "NATIONAL_ID"),
    ("fin",): _shaped(_SG_NRIC, "NATIONAL_ID", capitals=True),
    ("tin",): _shaped(_TIN, "NATIONAL_ID"),
    ("car",): _shaped(_PLATE, "VEHICLE_ID"),
    ("vehicle",): _shaped(_PLATE, "VEHICLE_ID"),
    ("claim",): _shaped(_INSURANCE_NUMBER, "HEALTH_PLAN_ID"),
    ("nid",): _shaped(re.compile(r"[ \t]*[0-9]{4}(?:[ ]?[0-9]){6,13}(?![\w/-])")),  # Bangladesh: 10, 13 or 17 digits
    ("cns",): _shaped(re.compile(r"[ \t]*[1-9][0-9]{2}[ ]?[0-9]{4}[ ]?[0-9]{4}[ ]?[0-9]{4}(?![\w/-])")),  # SUS card
    ("nir",): _shaped(_NIR),
    ("secu",): _shaped(_NIR),  # "N° sécu", "la sécu" (the institution) before no number
    ("ticket",): _shaped(_E_TICKET, "PERSONAL_ID"),  # an airline's e-ticket: its carrier's code and ten digits
    ("bilhete",): _shaped(_E_TICKET, "PERSONAL_ID"),
    ("billete",): _shaped(_E_TICKET, "PERSONAL_ID"),
    # Colombia's cédula in its dotted thousands (CC 1.020.345.678), Portugal's cartão de cidadão
    ("cc",): _first_of(_shaped(_CEDULA, "NATIONAL_ID", capitals=True), _citizen_card),
    ("c", "c"): _shaped(_CEDULA, "NATIONAL_ID", capitals=True),
    ("cn",): _directory_name,
    ("sn",): _directory_name,
    ("middle",): _middle_name,
    ("user", "name"): _user_full_name,
    ("username",): _user_full_name,
    ("sort",): _sort_code,
    # Spain's social security number (No afiliacion Seguridad Social: 28/12345678/40): the words
    # name the institution too, so only before the number's own shape
    ("seguridad", "social"): _shaped(_NSS, "NATIONAL_ID"),
    # Russian and Ukrainian: a bare счёт or рахунок is an invoice as often as an account, so only
    # before an account's twenty digits (Russia's) or a Ukrainian IBAN
    ("\u0441\u0447\u0435\u0442",): _shaped(_RU_ACCOUNT, "US_BANK_NUMBER"),
    ("\u0440\u0430\u0445\u0443\u043d\u043e\u043a",): _shaped(_RU_ACCOUNT, "US_BANK_NUMBER"),
}
"""Each key's words (the last one or two of its label) and what tells whether it names a value there
(:data:`KEY_TYPE`: the type the key names as a field name)."""
CONTEXT_HEADS = frozenset(words[-1] for words in _CONTEXT_KEYS)
"""The last word of each key of :data:`_CONTEXT_KEYS`: only a label ending so is looked at."""


def context_type(label: tuple[str, ...], text: str, key: str, key_start: int, end: int, sep: str) -> str | None:
    """The type a key of :data:`_CONTEXT_KEYS` names at ``key_start`` in ``text`` (``label``: its
    label's words, ``key``: the key as written, its value from ``end`` after the separator ``sep``),
    or None."""
    for n in (2, 1):
        check = _CONTEXT_KEYS.get(label[-n:]) if len(label) >= n else None
        if check is not None:
            return check(text, key, key_start, end, sep)
    return None


_STATE_BRACKET = re.compile(r"\([A-Z]{2}[ ]")
"""A bracket that opens with a US state's or a province's two capitals and a blank: a plate may follow."""
_PLATE_WORD_BEFORE = re.compile(r"(?<![\w])(?:plates?|tags?|registration|rego)(?![\w])[^()\n]{0,24}$")
"""A plate word a few words before the bracket, searched in the lower-cased stretch before it."""
_PLATE_WORD_REACH = 40


def bracketed_state_plates(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each plate written in brackets after its state's code, a plate word just
    before (``Plate still on (IL BX 84217), will be removed``): the code and a plate's shape
    (:data:`_PLATE`, :data:`_MORE_PLATES`) filling the brackets. Only each ``(`` is looked at."""
    at = text.find("(", begin)
    while at >= 0:
        if _STATE_BRACKET.match(text, at) is not None:
            before = text[max(begin, at - _PLATE_WORD_REACH) : at].lower()
            if _PLATE_WORD_BEFORE.search(before) is not None:
                plate = _PLATE.match(text, at + 4) or _MORE_PLATES.match(text, at + 4)
                if plate is not None and text.startswith(")", plate.end()):
                    yield at + 1, plate.end()
        at = text.find("(", at + 1)


_DRIVER_WORDS = ("driver", "rider", "pengemudi", "sopir", "supir", "dereva")


_DRIVER_NAME = regex.compile(
    rf"(?<![\w])(?i:{'|'.join(_DRIVER_WORDS)})[ \t]+"
    r"(?:\p{Lu}[\p{L}\p{M}'\u2019.\-]*[ \t]+){1,3}\((?=[A-Z0-9])"
)
"""A driver's or a rider's word (Indonesian ``pengemudi``, ``sopir``; Swahili ``dereva``), a name of one
to three capitalised words and an opening bracket: a plate may follow."""


def driver_plates(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each plate in brackets after a driver's name (``Your driver Budi (B 4721
    KJX) is on the way``): a plate's shape (:data:`_PLATE`) and the closing bracket."""
    lower = text.lower()
    if not any(word in lower for word in _DRIVER_WORDS):
        return  # the pattern's case-blind words would be tried at every character
    for m in _DRIVER_NAME.finditer(text, begin):
        plate = _PLATE.match(text, m.end())
        if plate is not None and text.startswith(")", plate.end()):
            yield m.end(), plate.end()
