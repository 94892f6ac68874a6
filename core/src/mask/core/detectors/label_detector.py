"""The ``labels`` detector: a value under a label that names a type is protected when its
shape fits (DESIGN invariant 8: labels decide, validators never veto them).

Label forms it reads:

- a payload's field (the engine resolves a leaf's key, parent key or type-naming sibling
  and passes the type per text: :data:`FIELD_LABELS`);
- ``"key": "value"`` pairs of JSON that arrives as text, double-encoded too
  (``{\\"phone\\": \\"(415)555-0199\\"}``): only the value between its quotes is replaced,
  so the JSON still parses and keeps its escaping;
- ``Key: value`` and ``key=value`` in text (several ``k=v`` pairs on one log line too);
- tables: a header row naming types (``name,phone,city`` or ``| Name | Phone |``) labels
  the cells of the rows under it;
- layouts without a separator (:mod:`.label_layouts`): aligned columns, dot leaders, a key in
  square brackets (``[Phone] 031-442-958``), a label in brackets after its value
  (``Anna Kowalska (customer)``);
- SQL ``INSERT`` statements: the column list labels each row's values (:mod:`.label_sql`).
- an SSH server's log line, whose login needs no label (:mod:`.label_logins`: ``Accepted
  publickey for dkaminski from 10.0.0.5``), nor does the login of a ``passwd``, ``last``,
  ``sudo`` or web server's access log line or of an IAM user's ARN.
- keys that name a value only in their context (:mod:`.label_contexts`): an LDIF record's ``cn``
  and ``sn``, a directory's ``cn=``, ``Middle:`` beside a first name's field, a bare ``sort``
  before a sort code on an account's line.

It runs before the other pattern detectors, so a labelled value is one span of its
labelled type. Every pattern is linear (possessive, bounded) and runs under the call's
time budget.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import ClassVar

import regex

from ..detection import FIELDS_MEMO, VIEWS_MEMO, FieldLabel
from ..detector import STAGE_EXACT, Budget, Detector
from ..errors import MaskDetectionTimeout
from ..escapes import Unescaped
from ..spans import Span, coverage_of
from ..walk import POSTAL_KEYS
from .address import ADDRESS_PATTERN
from .address_data import COUNTRIES, REGION_CODES, REGION_NAMES
from .label_address_lines import address_line_values, may_hold_address_lines
from .label_answers import answered_values, may_hold_answers
from .label_bank_files import bank_file_values, may_hold_bank_files
from .label_changes import changed_values, may_hold_changes
from .label_columns import column_cells, may_hold_columns
from .label_contexts import CONTEXT_HEADS, KEY_TYPE, bracketed_state_plates, context_type, driver_plates
from .label_hl7 import hl7_values, may_hold_hl7
from .label_json import json_leaves
from .label_layouts import aligned_pairs, bracketed_keys, labels_after, may_hold_aligned_pairs
from .label_logins import layout_logins, may_hold_logins, sshd_users
from .label_payments import (
    cbu_aliases,
    may_hold_cbu_aliases,
    may_hold_mobile_money,
    may_hold_payments,
    mobile_money_parties,
    msisdn_party_ids,
    party_accounts,
    payment_parties,
)
from .label_queries import query_table_ids
from .label_shapes import ALSO_FITS, DATE_ARTICLES, extract, extract_typed, house_number, name_in_any_case
from .label_sql import Insert, copied_values, inserted_values, may_hold_inserts
from .label_words import (
    ACCOUNT_HOLDERS,
    ATTESTED,
    CAPITALS_ONLY,
    GOODS_KEYS,
    HOLDERS,
    HOUSE_NUMBER_LABELS,
    INSTRUMENTS,
    LIST_LABELS,
    NOT_IN_LOWER_NAMES,
    NUMERIC_TYPES,
    POSTPOSED_OWNERS,
    QUALIFIERS,
    THING_KEYS,
    TYPE_KEYS,
)
from .label_xml import html_cells, xml_attributes, xml_leaves, xml_parent
from .labels import (
    GENERIC_NAME_KEYS,
    NAME_KEYS,
    NAME_PARTS,
    FieldPath,
    LabelVocabulary,
    key_words,
    unspaced_ending,
)
from .phone_shapes import not_phone
from .shared import normalized_of

__all__ = ["FIELD_LABELS", "FieldLabel", "LabelDetector"]

FIELD_LABELS = FIELDS_MEMO
"""Key of :attr:`Budget.memo <mask.core.detector.Budget.memo>` under which the engine puts
one :class:`FieldLabel` (or None) per text of a structured payload."""
_AMBIGUOUS_ELEMENTS = NAME_KEYS
"""Element names that name things as often as people (``<name>Apache Commons</name>`` in a
build file): without the JSON walker's view of the siblings, not a label."""

_NAME_PART_ELEMENT = re.compile(r"<(?:\w+:)?(?i:first|last|given|family|sur|fore)[_-]?(?i:name)?[ >]")
"""An element that holds a part of a person's name (``<firstName>``, ``<crm:lastName>``, ``<surname>``)."""
_NAME_PART_REACH = 400
"""How far around a ``<Name>`` element its record's name parts are looked for."""

STAGE_LABELS = STAGE_EXACT - 10
"""Before the pattern detectors: what a label names is decided first."""

FIELD_SCORE = 0.97
TEXT_SCORE = 0.95

_KEY_LOOKBEHIND = r"(?<![\w'\-])"
_KEY_BODY = (
    r"(?=(\w\.\w\.(?:\w\.){0,2}\w?|\w[\w'\-]{0,40}))\1\.?(?=[ \t]*[:=#+(0-9A-Zieéètjälwnrb])"
    r"(?:[ \t]{0,4}(:(?![:/])|=(?!=)|\#[ \t]{0,2}:?)"
    r"|[ \t]{1,4}(?=[+(0-9]|[A-Z]{1,5}(?:-[A-Z]{1,5}){0,2}[ \-/]?[0-9]|[A-Z]{6}[A-Z0-9]{2})"
    r"|[ \t]{1,2}(is|es|est|ist|lautet|é|è|to|jest|är|er|je|was|will[ \t]be|na"
    r"|reste|remains|bleibt|blijft|rimane|resta)[ \t]{1,2}"
    rf"(?=(?:(?:{DATE_ARTICLES})[ \t])?[+(0-9]|[A-Z]{{1,6}}(?:-[A-Z]{{1,6}}){{0,2}}[ \-/]?[0-9]"
    r"|[a-z][\w\-]{0,39}(?:[_0-9]|\.\w)))"
)
_MARKED = "\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff"
"""Blocks whose words hold combining marks ``\\w`` does not take (Arabic's vowel marks and shadda,
Devanagari to Sinhala, Thai, Myanmar, Khmer; accents written apart): a key there (``नाम``, ``मोबाइल``) is one word, not its last letters."""


def _with_marks(source: str) -> str:
    """``source`` with every ``\\w`` also taking the characters of :data:`_MARKED`."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            pair = source[i : i + 2]
            out.append(pair if pair != r"\w" else (r"\w" + _MARKED if in_class else rf"[\w{_MARKED}]"))
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class and source[i - 1] not in "[^":
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


_KEY_VALUE = re.compile(_with_marks(_KEY_LOOKBEHIND + _KEY_BODY))
"""A key (a word, or an abbreviation with a dot after each letter: ``D.O.B.``) and its separator (``:``, ``=``, ``#``; none before a digit, or capitals and a digit:
``routing number 184027365``, ``passport number X1234567``, ``policy number PN-77812345``, or a SWIFT code's eight capitals: ``BIC DEUTDEFF``; or ``is`` and its Spanish, French, German, Portuguese and Italian forms before a
value that starts with a digit or capitals and a digit, a blank, a dash or a slash between them too, and up to two
more dashed groups of capitals before the digit: ``my Aadhaar number is 2345 ...``,
``the plate is HZT-4471``, ``your employee code will be EMP-IN-22871``, ``staff ID card no. STF/2019/0457``;
``was`` and ``will be`` too, and a verb for "remains" (``Mon num\u00e9ro de contrat reste le 7842-A-55910``),
``mi DNI es 12345678Z``, ``il mio codice fiscale è RSSMRA82D05F839X``, Polish ``mój PESEL to ...``, Swedish,
Norwegian, Danish and Czech forms: up to six capitals after a copula;
Nigerian Pidgin's ``na`` before digits only (``My BVN na 22184537961``; elsewhere a preposition);
a date after the copula and an article, ``mi fecha de nacimiento es el 3 de mayo de 1985``; a login,
lower-case letters with a digit, an underscore or an inner dot, ``My username is jarceneaux_nola``). The stdlib engine (faster per match; the budget is checked between
matches instead of a regex timeout): the pattern is linear, as a key starts only at a
word start, has at most 41 characters and is taken whole (the lookahead and
backreference make it atomic: no backtracking into it). Opening with the look-behind is
15% faster than with a ``(?=\\w)`` before it (Python 3.11; the same matches). An abbreviation
is spelled ``\\w\\.\\w\\.(?:\\w\\.){0,2}`` (``(?:\\w\\.){2,4}``: a word fails it at its second
character, without entering a repeat), and a look-ahead after the key asks for the character
every separator starts with after its blanks (most words are followed by a blank and a
lower-case word: no separator is tried there); the same matches, 1.5% fewer instructions per
corpus document for the whole protect call."""
_KEY_VALUE_AFTER = re.compile(_with_marks(r"[^\w'\-]" + _KEY_BODY))
""":data:`_KEY_VALUE` from the character before its key (what its look-behind reads), taken as
the match's first character: a pattern that opens with a character set lets the engine skip
ahead over the word characters, where no key starts, instead of trying its look-behind at
each of them (see :func:`_key_value_matches`)."""
_KEY_VALUE_ASCII = re.compile(_KEY_LOOKBEHIND + _KEY_BODY, re.ASCII)
_KEY_VALUE_AFTER_ASCII = re.compile(r"[^\w'\-]" + _KEY_BODY, re.ASCII)
"""The two patterns for an ASCII text, where ``\\w`` means the same in both modes: the same
matches, without a Unicode category lookup per character (a fifth of the scan's instructions)."""
_DIGIT_TYPES = frozenset(
    {
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "US_ITIN",
        "ABA_ROUTING_NUMBER",
        "US_BANK_NUMBER",
        "IBAN_CODE",
        "BANK_CODE",
        "SWIFT_CODE",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "ZIP_CODE",
        "DATE_TIME",
        "UK_NHS",
        "ES_NIF",
        "ES_NIE",
        "IN_AADHAAR",
        "IN_PAN",
        "IT_FISCAL_CODE",
        "UK_NINO",
        "PL_PESEL",
        "NATIONAL_ID",
        "MEDICAL_RECORD_NUMBER",
        "HEALTH_PLAN_ID",
        "VEHICLE_ID",
        "PERSONAL_ID",
    }
)
"""Types whose value holds a digit: only these follow a label without a separator."""
_CAPITAL_TYPES = _DIGIT_TYPES - {
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "US_ITIN",
    "ABA_ROUTING_NUMBER",
    "DATE_TIME",
    "ZIP_CODE",
}
"""Of those, the types whose value may start with capitals and a digit after a label without a
separator (``passport number X1234567``, ``IBAN DE00 3704 ...``: an IBAN with wrong check digits,
which the IBAN detector leaves, still fits the label's shape)."""
_DIGIT_AFTER = re.compile(r"[ \t]*[0-9]")
_CODED_ADDRESS = re.compile(r"[A-Z]{2}-[0-9]{3,4}-[0-9]{3,4}(?![\w-])")
"""An address written as a code after ``is`` (Ghana's digital address: ``my digital address is
GA-183-4472``); a street's address after ``is`` is prose's to read."""
_PIDGIN_NUMBER = re.compile(r"[0-9](?:[ \-]?[0-9]){6}")
"""Seven digits at least after Nigerian Pidgin's ``na`` (is): an identity's, an account's or a phone's
number (``My BVN na 22184537961``), not an amount (Polish ``konto na 5000 z\u0142``)."""
_COPULA_ARTICLE = re.compile(rf"(?i:{DATE_ARTICLES})[ \t]{{1,2}}(?=[0-9])")
"""An article between a copula and a number (``est le 7842-A-55910``, ``\u00e9 o 234567890``), which
the key's pattern lets a date's value open with."""
_BRACKETED = re.compile(r"\(([^()\n]{3,40})\)")
"""A value in brackets right after its label (``PAN (AQRPD8812K)``, ``Aadhaar (7734 2219 5502)``)."""
_BRACKETED_TYPES = _DIGIT_TYPES - {"PHONE_NUMBER"}
"""Types whose value a label may hold in brackets; a phone number opens with its area code's
(``(415) 555-0199``)."""
_ID_AFTER_NAME = re.compile(
    r"[ \t]*\((?:ID|Id|I\.D\.|No\.?|Nr\.?|\#)[ \t]*[:#.]?[ \t]*"
    r"(?P<id>(?=(?:[A-Z/\-]*[0-9]){3})[A-Z0-9][A-Z0-9/\-]{2,23})\)"
)
"""A person's number in brackets after their name (``Employee: Rahul Venkataraman (ID 88213)``)."""
_HOUSE_KEYS = frozenset({"No", "Nr", "Daire", "Kat"})
"""Keys inside a street address after its name (Turkish ``Atatürk Cad. No: 15 Daire 3``): they end
no value before them."""
_CAPITAL_FITS = _CAPITAL_TYPES | {
    etype for etype, fits in ALSO_FITS.items() if any(o in _CAPITAL_TYPES for o, _ in fits)
}
""":data:`_CAPITAL_TYPES`, and the types a label names whose value may be of one of them
(``PAN ABCPD1234E``: a card's label, India's Permanent Account Number)."""
_REGIONS = (
    frozenset(REGION_NAMES)
    | frozenset(COUNTRIES)
    | (frozenset(REGION_CODES) - {"OK", "IN", "ON", "OR", "ME", "AS", "HI", "ACT", "SA"})
)
"""The values a field-only place label takes in running text (``State: Illinois``, ``State: IL``,
``Land: Deutschland``): a country's name or a state's, province's or territory's name or code,
not a code that is also a word (``State: OK``)."""
_CARD_CODES = frozenset({"cvv", "cvv2", "cvc", "cvc2", "csc"})
"""Keys of a card's security code, which follows them after a blank too (``exp 09/27 CVV 737``)."""
_SIX_CAPITALS = re.compile(r"[A-Z]{6}")
_BIC = re.compile(r"(?P<code>[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?!\w)(?:[ \t]+(?P<next>[A-Z]{2,}+)(?!\w))?")
"""A SWIFT code's shape, and the next word when it is written in capitals."""


def _names_bic(text: str) -> bool:
    """A cheap test: ``text`` names a SWIFT code in capitals (``BIC DEUTDEFF`` needs no digit, colon or ``=``)."""
    return "BIC" in text or "SWIFT" in text


def _bare_bic(key: str, text: str, at: int, resolve: Callable[[str], str | None]) -> bool:
    """A SWIFT code after its label and a blank (``BIC DEUTDEFF``, ``SWIFT COBADEFFXXX``): its shape,
    a country's code in its fifth and sixth letters; after ``swift`` only when written in capitals
    (``a swift DECISION`` is no label), and not among words in capitals unless the next one is a
    label (``SWIFT MESSAGES AND ...`` is a heading; ``BIC DEUTDEFF IBAN DE89 ...`` a bank's details)."""
    if key.casefold() == "swift" and not key.isupper():
        return False
    m = _BIC.match(text, at)
    if m is None or (m.group("next") is not None and resolve(m.group("next")) is None):
        return False
    from stdnum import bic  # the country codes, loaded with the first bare SWIFT code

    return bool(bic.is_valid(m.group("code")))


_DIGIT_RUN = re.compile(r"[0-9]{3}")
_CALLING = regex.compile(r"(?i:call|ring|dial|whatsapp)")
"""A verb of calling in a phone's label (``Call 3708.6229``): a date after it is none (``the call 2023-05-01``)."""
_LOWER_ROW_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})
"""Types whose value a record's row may write in lower case (see ``LabelDetector._value_after``)."""
_YEAR_VALUE = re.compile(r"(?:19|20)[0-9]{2}(?![\w\-/.])")
"""A year after a label without a separator: no identifier's value."""
_POSTAL_ROW = re.compile(
    r"(?im)^[ \t]*(?:" + "|".join(k.replace("_", "[ _]") + r"\.?" for k in sorted(POSTAL_KEYS)) + r")[ \t]*:[ \t]*\S"
)
"""A record's row of a Nordic postal address part (a key of :data:`~mask.core.walk.POSTAL_KEYS`:
``postnummer: 8000``, ``Post nr.: 0150``), for :func:`_postal_rows_near`."""
_POSTAL_REACH = 240
_POSTCODE_SHAPED = re.compile(r"[ \t]*(?:\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{4}|0\d{3,4})(?![\w\-.,])")
"""A value in a postcode's own shape (``273 51``, ``00-514``, ``00184``), not a plain number."""
_PAIR_CELL = re.compile(r"[^\W\d][\w.\-]{0,40}=\S+")
"""A ``key=value`` pair before a blank: the cell before another one in a line of pairs."""
_ROWS_OPEN = re.compile(r'\[\s*\[\s*\\*"')
"""A JSON list of rows, which may hold no key: ``[["Name", "Phone"], ["Ewa Lis", ...]]``."""
_ASCII_DIGITS = "0123456789"
_LOGIN_MARK = regex.compile(r"[ \t]*+[\p{L}\p{N}][\p{L}\-]{0,40}+[\p{N}_.]")
"""A value that holds a login's mark, a digit, an underscore or a dot (``kayla_m_rivers``,
``jdoe42``, ``j.doe``): what a login under ``user:`` or ``login:`` in running text holds (a chat's
``User: hello`` holds none)."""
_PREV_WORD = regex.compile(r"[\p{L}](?:[\p{L}\p{M}'\-]{0,30}|[\p{L}\p{M}'\-]{0,3}\.|[\p{L}\p{M}'.\-]{0,26}(?i:nr)\.)")
"""A word that may belong to the label before a key. A full stop may follow an abbreviation
of up to four letters (``Tel.``, ``Cust.``) or a word that ends with the Nordic and German
abbreviation of number (``Postnr. og by:``, ``Reg.nr.``); after another word it ends a sentence,
and the label starts after it (``Updated record. Passport number: ...``)."""
_UNRESOLVED = object()
_PYTHON_DICT = re.compile(r"[{,][ ]?'[^'\n]{1,64}':[ ]")
"""A key of a Python dict's repr: ``{'city': `` or ``, 'zip': ``."""
_PYTHON_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")


_PYTHON_CALL = re.compile(
    r"(?<=[:,\[] )(?P<callee>[A-Za-z_][\w.]{0,40}\()"
    r"(?:(?P<args>[^()'\"\n]{0,64})|(?P<literal>'[^'\\\n]{0,64}'|\"[^\"\\\n]{0,64}\"))\)(?=[,}\]])"
)
"""A value of a dict's repr that is a call: ``datetime.date(1984, 5, 19)``, ``Decimal('10.50')``."""
_PYTHON_CONSTANT = re.compile(r"(?<=[:,\[] )(?:None|True|False)(?=[,}\]])")
_JSON_CONSTANTS = {"None": "null", "True": "true", "False": "false"}


def _python_call_as_string(m: re.Match[str]) -> str:
    """A call as a JSON string at the same offsets: its arguments between quotes where the callee
    and the brackets were (``datetime.date(1984, 5, 19)`` -> blanks, ``"1984, 5, 19"``), or its one
    string literal alone (``Decimal('10.50')`` -> blanks, ``'10.50'``, a blank)."""
    callee = m.group("callee")
    if m.group("literal") is not None:
        return " " * len(callee) + m.group("literal") + " "
    return " " * (len(callee) - 1) + '"' + m.group("args") + '"'


def _python_quotes_as_json(text: str) -> str:
    """``text`` with each Python string literal between double quotes and the double quotes
    inside it made single ones (``'Vannes'``, ``"O'Neil"`` -> ``"Vannes"``, ``"O'Neil"``), a call
    a string (:func:`_python_call_as_string`) and ``None``, ``True``, ``False`` JSON's constants
    of the same length: JSON's quoting, at the same offsets, for the JSON walk (a value it cannot
    read, ``datetime.date(...)``, would end the walk of the whole dict)."""
    if "(" in text:
        text = _PYTHON_CALL.sub(_python_call_as_string, text)
    text = _PYTHON_CONSTANT.sub(lambda m: _JSON_CONSTANTS[m.group()], text)
    return _PYTHON_STRING.sub(lambda m: '"' + m.group()[1:-1].replace('"', "'") + '"', text)


_HARD_END = re.compile(r"[;|\t\r\n]")
_KV_ROW = re.compile(r"[ \t]*[^\W\d][\w .'\-]{0,40}?[ \t]*[:=][ \t]*\S")
"""A line holding a key and a value (``priority: low``): a record's row."""
_AMP_END = re.compile(r"&(?![ ])|[;|\t\r\n]")
"""Where a value after ``=`` ends: a query string's ``&`` (not a blank one: ``employer=Holm & Co``)."""
_QUERY_END = re.compile(r"[&#\"'<>\t\r\n]|[ ]HTTP/")
"""Where a query string's value ends: the next parameter, the fragment, a quote, or the protocol
after a request's path (``GET /p?tin=123-456-789-000 HTTP/1.1``); a blank alone does not end it
(the text is read with ``+`` decoded to a blank: ``name=Anna+Kowalska``)."""
_DIGIT = re.compile(r"\d")
_GAP = re.compile(r"[ \t]{2,}")
_MAX_VALUE = 240
_PLACES_LINE = regex.compile(
    r",[ \t]*\r?\n[ \t]*\p{Lu}[\p{L}\p{M}'.\- ]{1,40}(?:,[ ]?\p{Lu}[\p{L}\p{M}'.\- ]{1,40}){0,3}(?=[ \t]*(?:\r?\n|$))"
)
"""After an address line that ends with a comma, the next line of capitalised places (``Ikoyi, Lagos``)."""
_POSTAL_LINE = regex.compile(
    r"[ \t]*\.?[ \t]*\r?\n[ \t]*(?=[^\r\n:]{4,70}(?:\r?\n|$))"
    r"(?:(?:[A-Z]{1,2}-)?[0-9]{4,6}[ ]\p{Lu}[\p{L}\p{M}'\- ]{1,40}"
    r"|\p{Lu}[\p{L}\p{M}'\- ]{1,40},[ ](?:\p{Lu}[\p{L}\p{M}'\- ]{0,30}[ ])?(?:[0-9]{4,6}|[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9])"
    r"|\p{L}[\p{L}\p{M} ]{1,40}-[0-9]{6})"
    r"(?=[ \t]*(?:\r?\n|$))"
)
"""The line after a labelled street that holds only a postal code and a town, in the orders the
address pattern does not read (``2146 Allinge``, ``H-9145 Szerbmártonháza``, ``La Rioja, 05786``,
``Baie Victor, NS A4A 1J8``, ``खडगपुर-840191``): the address goes on over it."""
_TOWN_AFTER_ZIP = regex.compile(
    r"(?:[ \t]{1,2}|,[ ])(?P<town>\p{Lu}[\p{L}\p{M}'\-]{1,30}(?:[ ](?:\p{Lu}[\p{L}\p{M}'\-]{0,30}|[0-9]{1,2}(?![0-9]))){0,3})"
    r"(?:/[A-Z]{2}(?![\p{L}\d]))?(?=\.?[ \t]*(?:[\r\n,;|]|$)|\.[ \t]+\p{Lu})"
)
"""After a postcode under its label, the rest of the line when it is a town's capitalised words (a
district's number too), a full stop after it left out: ``Postnr. og by: 2200 K\u00f8benhavn N``,
``C\u00f3digo Postal: 4000-447 Porto``; after a comma too, a Brazilian state after a slash left out:
``CEP 80020-000, Curitiba/PR``; a full stop and a new sentence after it."""
_CHECK_EVERY = 4096
_MAX_RECORD_LINES = 8
"""Lines a CSV record may run over when a quoted cell holds line breaks."""
_MAX_TABLE_CELLS = 32
_DELIMITERS = ("|", "\t", ";", ",")
_MARKDOWN_RULE = regex.compile(r"[\s|:+\-]+")
_HEADER_CELL = regex.compile(r"[\p{L}\p{M}\p{N}\p{Sc} _.'/#()%&\u00b0\u00ba\u2116-]*")
"""What a column name is made of (letters, digits, a currency sign, ``N\u00b0``): a cell with quotes,
brackets or other code inside is data, not a header (``File "a.py", line 1, in <module>`` is a traceback line, not columns named ``line 1``...)."""
_COUNTED_KEY = regex.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
"""A snake-case column name with a count or a period in it (``sessions_last_30d``, ``p99_latency_ms``,
``top_10``): a header's cell, though it holds more than one digit, as no value's cell does."""
_COUNTED_KEY_DIGITS = 3


def _header_digits(name: str) -> bool:
    """``name`` holds no more digits than a column's name does: one, or a few in a snake-case key
    (:data:`_COUNTED_KEY`); a cell with more (``MBR-009381``, ``2024-10-01``, ``usr_0f9a21``) is data."""
    digits = sum(ch.isdigit() for ch in name)
    return digits <= 1 or (digits <= _COUNTED_KEY_DIGITS and _COUNTED_KEY.fullmatch(name) is not None)


_QUALIFIED_REACH = 80
"""How far before a key a label and its qualifier are looked for (see ``LabelDetector._qualified``)."""
_PIECE = re.compile(r"\S+")
_QUALIFIER_FORMS = frozenset(
    form for word in (*QUALIFIERS, "f\u00fcr") for form in (word, word.capitalize(), word.upper())
)
"""The prepositions of :data:`~.label_words.QUALIFIERS` as a text writes them (``de``, ``De``, ``F\u00fcr``)."""
_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})

_QUALIFIER = re.compile(
    r"(?<=[^\W_]|\.)[ \t]\((?P<inner>[^()\n,=\"':]{1,40})\)[ \t]?:(?=[ \t\r\n]|\Z)"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\((?P<glued>[^()\n,=\"':]{1,40})\)[ \t]?:"
)
"""A qualifier in brackets between a label and its colon (``Date of birth (DD/MM/YYYY):``, ``Phone
(mobile):``, ``Name (as on card):``, ``Account number (IBAN):``): after a blank, and holding no
comma, ``=``, quote or colon (``def visit_Name(self, node):`` is code; ``Seller (phone: 415 555 0134):``
holds a label and its value); after an abbreviation's dot
(``Vehicle No. (parking sticker):``); right after a label in a script without blanks, where the value
follows the colon without one too (``\u6c0f\u540d\uff08\u6f22\u5b57\uff09\uff1a``, full-width brackets
and colon read as ASCII)."""


_SPEAKER = regex.compile(
    r"(?m)^[ \t>*-]*(?:\[[^\]\n]{1,25}\][ \t]*)?(?P<role>[^\W\d_][\w'\-]{1,20})[ \t]*"
    r"\((?P<name>\p{Lu}[\p{L}\p{M}'\u2019\-]+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019.\-]*){0,2})\)[ \t]*:"
)
"""A chat line's speaker: a role, the person's name in brackets, a colon (``Agent (Keisha):``)."""
_CHAT_EXPORT_LINE = regex.compile(
    r"(?m)^[ \t]*(?:\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?\]"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?[ ][-\u2013])"
    r"[ ](?P<name>[^\W\d_][^:\n\[\]]{0,39}?):[ ]"
)
"""A line of an exported chat (WhatsApp, Signal): the date and time, then the sender and a colon."""
_LOG_LEVELS = frozenset({
    "trace", "debug", "info", "notice", "warn", "warning", "error", "err", "fatal", "critical", "crit", "alert",
    "emergency", "severe", "system", "status", "note", "event",
})  # fmt: skip
"""What a log line writes where a chat has its sender."""
_SPEAKER_ROLES = frozenset({
    "agent", "agente", "agents", "support", "soporte", "suporte", "rep", "representative", "operator",
    "operador", "operadora", "host", "speaker", "assistant", "asistente", "moderator", "staff", "tech",
    "technician", "dispatcher", "driver", "courier", "nurse", "doctor", "dr", "admin", "advisor", "adviser",
    "consultant", "sales", "manager",
})  # fmt: skip
"""Roles that name who speaks (besides the person labels of the vocabulary: customer, caller...)."""
_NO_SPEAKER = frozenset(
    {"bot", "auto", "automated", "automatic", "system", "human", "live", "virtual", "online", "chat", "team"}
)
"""What brackets after a role say when they name no one (``Agent (Bot):``)."""


def _without_qualifiers(text: str, resolve: Callable[[str], str | None]) -> str:
    """``text`` with each :data:`_QUALIFIER` written as if the colon followed the label, blanks
    standing for the qualifier (the same offsets): ``Date of birth:`` and blanks. A qualifier
    that is itself a field name names the type (``Account number (IBAN):`` reads as
    ``Account number IBAN:``)."""

    def plain(m: re.Match[str]) -> str:
        group = "inner" if m.group("inner") is not None else "glued"
        inner = m.group(group)
        if len(inner.strip()) <= 24 and resolve(inner.strip()) is not None:
            # the inner words where they were (offsets kept), the colon right after them
            return (" " * (m.start(group) - m.start()) + inner + ":").ljust(m.end() - m.start())
        return ":".ljust(m.end() - m.start())

    return _QUALIFIER.sub(plain, text)


def _key_value_matches(text: str, begin: int) -> Iterator[re.Match[str]]:
    """The matches of ``_KEY_VALUE.finditer(text, begin)``, each key starting at its match's
    group 1 (the key): the next match is searched for with :data:`_KEY_VALUE_AFTER` from the
    character before where the previous one ended (the character its look-behind read), and
    a key at the very start of the text with :data:`_KEY_VALUE` itself (no character before
    it)."""
    at = begin - 1
    ascii_text = text.isascii()
    if begin <= 0:
        first = (_KEY_VALUE_ASCII if ascii_text else _KEY_VALUE).match(text, 0)
        if first is not None:
            yield first
            at = first.end() - 1
        else:
            at = 0
    search = (_KEY_VALUE_AFTER_ASCII if ascii_text else _KEY_VALUE_AFTER).search
    while (m := search(text, at)) is not None:
        yield m
        at = m.end() - 1


_DOTTED_COMPOUND = re.compile(r"(?<=\w)\.-(?=\w)")
"""An abbreviation's full stop and the hyphen of a German compound (``Kd.-Nr.``, ``Konz.-Nr.``, ``Pers.-Nr.``)."""


def _dotted_compounds(text: str) -> str:
    """``text`` with each abbreviation's ``.-`` inside a compound written ``--`` (the same length:
    offsets hold), so that ``Kd.-Nr.:`` is one key as ``Kunden-Nr.:`` is; ``text`` itself when it
    holds none."""
    return _DOTTED_COMPOUND.sub("--", text) if ".-" in text else text


_NUMBER_ABBREVIATIONS = frozenset({"no.", "nr.", "nro.", "num.", "cod.", "c\u00f3d."})
"""Abbreviations of number, and of code, that open a label (``(cod. cliente 7788123)``)."""
_NUMBER_SIGN = re.compile(r"[Nn]\.?[\u00b0\u00ba]\.?")
"""The word "number" written with a degree or an ordinal sign: ``N\u00b0``, ``N\u00ba``, ``N.\u00ba``
(``N\u00b0 adh\u00e9rent``, ``N.\u00ba de cliente``)."""


def _after_number_word(text: str, pos: int) -> bool:
    """An abbreviation of number and a blank come right before ``pos`` (``no. kereta``, ``Nr. rejestracyjny``,
    ``N\u00b0 adh\u00e9rent``): it opens the label; another word's full stop ends a sentence (``you city. phone:``)."""
    before = text[max(0, pos - 6) : pos - 1].split()
    return bool(before) and (
        before[-1].lstrip("([").lower() in _NUMBER_ABBREVIATIONS or _NUMBER_SIGN.fullmatch(before[-1]) is not None
    )


def _bare_value_type(etype: str, word: str, copula: str | None) -> bool:
    """Whether a value of ``etype`` may follow its label (whose last word is ``word``) without
    ``:`` or ``=``: a type whose value holds a digit; a card's security code after its key (``CVV
    737``); a one-time code after ``is`` (``your verification code is 448812``). A ``PIN`` or a
    ``code`` needs a separator otherwise (``The pin 220 header``), a ``PIN`` even after ``is``
    (``the pin is 13``: a GPIO's)."""
    if etype in _DIGIT_TYPES:
        return True
    if etype == "USERNAME":
        return copula is not None  # My username is jarceneaux_nola
    if etype != "PASSWORD":
        return False
    return word in _CARD_CODES or (copula is not None and word != "pin")


def _bracketed_value(text: str, at: int, etype: str) -> tuple[int, int, str] | None:
    """All of what the brackets at ``at`` hold as a value of ``etype``, no year (``Employee ID (2019)``)."""
    m = _BRACKETED.match(text, at)
    if m is None or _YEAR_VALUE.fullmatch(m.group(1)) is not None:
        return None
    typed = extract_typed(etype, m.group(1), whole=True)
    return None if typed is None else (m.start(1) + typed[1][0], m.start(1) + typed[1][1], typed[0])


def _postal_rows_near(text: str, key_start: int) -> bool:
    """A line of the record around ``key_start`` (a ``by:`` key opening its line) is a postcode's
    or an address's key and value (``postnummer: 8000``, ``adresse: ...``)."""
    if key_start and text[key_start - 1] != "\n":
        return False
    return _POSTAL_ROW.search(text, max(0, key_start - _POSTAL_REACH), key_start + _POSTAL_REACH) is not None


_PARENT_KEY_LINE = regex.compile(r"([ ]*)(?:-[ ]+)?([\p{L}][\p{L}\p{M}\p{N}_.\-]{0,40}):[ \t]*\r?$")
"""A line that holds only a key and its colon: an indented block's parent (``apolice:``)."""
_PARENT_REACH = 12


def _indented_parent(text: str, key_start: int) -> str | None:
    """The key of the block an indented key (at ``key_start``, opening its line) sits in, as YAML
    and indented records nest them (``apolice:`` / ``  numero: AU-45-0098123``), up to
    :data:`_PARENT_REACH` lines above: the first line indented less, when it holds only a key."""
    line_start = text.rfind("\n", 0, key_start) + 1
    lead = text[line_start:key_start]
    indent = len(lead) - len(lead.lstrip(" "))
    if not indent or lead.strip(" -"):
        return None
    end = line_start - 1
    for _ in range(_PARENT_REACH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        depth = len(line) - len(line.lstrip(" "))
        if line.strip() and depth < indent:
            m = _PARENT_KEY_LINE.fullmatch(line)
            return None if m is None else m.group(2)
        end = start - 1
    return None


_LABEL_WORDS_AFTER_GAP = regex.compile(r"[ \t]{2,}(?:\p{L}[\p{L}'\-]*[ \t]){1,2}[ \t]*$")


def _before_label_words(text: str, at: int, stop: int) -> int:
    """Where a value that runs up to the next key (at ``stop``) ends when a gap of blanks and one
    or two words come before that key: the words open the next label (``Surname: ADEYEMI  First
    name: ...``, whose key is ``name``), they are no part of the value."""
    gap = _LABEL_WORDS_AFTER_GAP.search(text, at, stop)
    return gap.start() if gap is not None and gap.start() > at else stop


def _query_key(text: str, key_start: int) -> bool:
    """The key at ``key_start`` is a URL query's parameter: ``?`` or ``&`` right before it."""
    return key_start > 0 and text[key_start - 1] in "?&"


def _row_of_record(text: str, key_start: int, value_start: int, sep: str = ":") -> bool:
    """The key opens its line and a line next to it holds a key and a value too: ``CAP: 00185``
    among ``priority: low`` and ``city: Roma``; or the key opens a cell of a one-line record
    whose cell before is a key and a value (``CPF: 123.456.789-09 | RG: 12.345.678-9``), for
    ``key=value`` pairs a blank between cells too (``telefono=+39... cap=00184``); or a query
    string's parameter (:func:`_query_key`). A field name
    too short or ambiguous for running text (:data:`~.label_words.FIELD_ONLY`) names its value
    there. A key indented under its parent opens its line too (YAML's ``  cdl: P41907733``)."""
    line_start = key_start
    while line_start and text[line_start - 1] in " \t":
        line_start -= 1
    if line_start and text[line_start - 1] != "\n":
        if sep == "=" and _query_key(text, key_start):
            return True  # a query string's parameter (``?employee=...&tin=123-456-789-000``)
        if sep == "=" and text[key_start - 1] == " ":
            cell_start = text.rfind(" ", max(0, key_start - 1 - _MAX_VALUE), key_start - 1) + 1
            return _PAIR_CELL.fullmatch(text, cell_start, key_start - 1) is not None
        return _cell_of_record(text, key_start)
    prev_end = line_start - 1
    prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
    if prev_end > 0 and _KV_ROW.match(text, prev_start, prev_end) is not None:
        return True
    next_start = text.find("\n", value_start) + 1
    return next_start > 0 and _KV_ROW.match(text, next_start) is not None


def _cell_of_record(text: str, key_start: int) -> bool:
    """The key follows a cell separator (``|``, ``;``, ``,`` or a tab) on its line, and the cell
    before opens with a key and a value (``Paciente: Ana Souza | RG: ...``)."""
    sep = key_start
    while sep > 0 and text[sep - 1] == " " and key_start - sep < 3:
        sep -= 1
    if sep == 0 or text[sep - 1] not in "|;,\t":
        return False
    sep -= 1
    line_start = text.rfind("\n", max(0, sep - _MAX_VALUE), sep) + 1
    cell_start = max(text.rfind(ch, line_start, sep) for ch in "|;,\t") + 1
    return _KV_ROW.match(text, max(cell_start, line_start), sep) is not None


@dataclass
class LabelDetector(Detector):
    """Labelled values of every type in :class:`LabelVocabulary`."""

    inline_safe: ClassVar[bool] = True

    vocabulary: LabelVocabulary
    name: str = "labels"
    stage: int = STAGE_LABELS

    def __post_init__(self) -> None:
        self.entity_types = frozenset(self.vocabulary.phrases.values())

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"<LabelDetector {self.name!r}>"

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        fields = budget.memo.get(FIELD_LABELS)
        if not isinstance(fields, list | tuple) or len(fields) != len(texts):
            fields = None
        views = budget.memo.get(VIEWS_MEMO)
        if not isinstance(views, list) or len(views) != len(texts):
            views = None
        out: list[list[Span]] = []
        try:
            for i, text in enumerate(texts):
                budget.check(self.name)
                label = fields[i] if fields is not None else None
                cover = covered[i] if i < len(covered) else ()
                spans = self._spans(text, label if isinstance(label, FieldLabel) else None, cover, budget)
                written = views[i] if views is not None else None
                raw = text if written is None else written[0]
                if "</" in raw or "/>" in raw:
                    spans = self._with_xml(spans, text, written, cover, budget)
                out.append(spans)
        except TimeoutError:
            raise MaskDetectionTimeout(f"detector {self.name!r} exceeded its time budget") from None
        return out

    def _spans(self, text: str, label: FieldLabel | None, covered: Sequence[Span], budget: Budget) -> list[Span]:
        if not text:
            return []
        norm = normalized_of(text, budget)
        hay = norm.text
        hits: list[tuple[int, int, str, float]] = []
        begin = 0
        if label is not None and 0 <= label.start <= len(hay):
            begin = label.start
            if label.entity_type is not None:
                key = hay[: begin - 2] if hay.endswith(": ", 0, begin) else None  # the engine's "key: " prefix
                hit = self._whole_value(label.entity_type, hay, begin, len(hay), FIELD_SCORE, key, label.any_case)
                if hit is not None:
                    hits.append(hit)
        if ":" in hay or "=" in hay or ("[" in hay and _ROWS_OPEN.search(hay) is not None):
            hits.extend(self._json_pairs(hay, begin, budget))
            if "'" in hay and _PYTHON_DICT.search(hay, begin) is not None:
                # Python's repr of a dict ({'city': 'Vannes'}, what str() of a tool's result
                # gives): walked as JSON in a copy quoted the JSON way (the same offsets)
                hits.extend(self._json_pairs(_python_quotes_as_json(hay), begin, budget))
        if (
            ":" in hay
            or "=" in hay
            or "#" in hay
            or "_" in hay  # My username is jarceneaux_nola
            or _DIGIT.search(hay, begin) is not None
            or _names_bic(hay)
        ):
            # Markdown's bold around a label (**Full name:** Anna, **City**: Vannes) read as blanks
            pairs = hay.replace("**", "  ") if "**" in hay else hay
            if "):" in pairs or ") :" in pairs:
                pairs = _without_qualifiers(pairs, self.vocabulary.resolve_key)  # Date of birth (DD/MM/YYYY):
            hits.extend(self._key_values(pairs, begin, budget))
        if "\n" in hay or "\t" in hay or "|" in hay:  # a table, or one row of key-value pairs
            hits.extend(self._tables(hay, begin))
        if may_hold_aligned_pairs(hay):
            hits.extend(self._aligned(hay, begin))
        if may_hold_columns(hay):
            hits.extend(self._columns(hay, begin))
        if "]" in hay:
            hits.extend(self._bracketed(hay, begin))
        if "):" in hay or ") :" in hay:
            hits.extend(self._speakers(hay, begin))
        if ": " in hay and ("] " in hay or " - " in hay or " \u2013 " in hay):
            hits.extend(self._chat_export_senders(hay, begin))
        if may_hold_answers(hay):  # "Could you confirm your date of birth?\n[10:01] Customer: 14/02/1990"
            hits.extend(self._answers(hay, begin))
        if may_hold_changes(hay):  # "field 'dob' changed from 1990-01-02 to 1990-02-01"
            hits.extend(self._changes(hay, begin))
        if may_hold_hl7(hay):
            hits.extend(self._hl7(hay, begin))
        if may_hold_payments(hay):  # ZELLE TO KOWALSKI ANNA
            hits.extend((lo, hi, "PERSON", TEXT_SCORE) for lo, hi in payment_parties(hay, begin))
            hits.extend((lo, hi, "US_BANK_NUMBER", TEXT_SCORE) for lo, hi in party_accounts(hay, begin))
        if may_hold_bank_files(hay):  # a NACHA entry's columns, an MT103's :59: beneficiary
            hits.extend((lo, hi, etype, TEXT_SCORE) for lo, hi, etype in bank_file_values(hay, begin))
        if '"MSISDN"' in hay:  # "partyIdType": "MSISDN", "partyId": "256772123456"
            hits.extend((lo, hi, "PHONE_NUMBER", TEXT_SCORE) for lo, hi in msisdn_party_ids(hay, begin))
        if may_hold_cbu_aliases(hay):  # "cbu": "0170...", "alias": "PERRO.MESA.TANGO"
            hits.extend((lo, hi, "USERNAME", TEXT_SCORE) for lo, hi in cbu_aliases(hay, begin))
        if may_hold_mobile_money(hay):  # received UGX 150,000 from NAKATO SARAH (256772481906)
            hits.extend((lo, hi, "PERSON", TEXT_SCORE) for lo, hi in mobile_money_parties(hay, begin))
        if may_hold_address_lines(hay):  # address_line_2: Moycullen
            hits.extend((lo, hi, "STREET_ADDRESS", TEXT_SCORE) for lo, hi in address_line_values(hay, begin))
        if "(" in hay:  # Your driver Budi (B 4721 KJX)
            hits.extend((lo, hi, "VEHICLE_ID", TEXT_SCORE) for lo, hi in driver_plates(hay, begin))
            # Plate still on (IL BX 84217)
            hits.extend((lo, hi, "VEHICLE_ID", TEXT_SCORE) for lo, hi in bracketed_state_plates(hay, begin))
        if may_hold_logins(hay):  # Accepted publickey for dkaminski from 10.0.0.5
            hits.extend((lo, hi, "USERNAME", TEXT_SCORE) for lo, hi in sshd_users(hay, begin))
            # passwd, last, sudo, access log lines and IAM users' ARNs
            hits.extend((lo, hi, etype, TEXT_SCORE) for lo, hi, etype in layout_logins(hay, begin))
        if ")" in hay:
            hits.extend(self._labelled_after(hay, begin))
            if may_hold_inserts(hay):
                hits.extend(self._inserts(hay, begin, budget))
                if "stdin" in hay:
                    hits.extend(self._inserts(hay, begin, budget, copied_values))
        spans = []
        coverage = coverage_of(covered, budget.memo) if covered and hits else None
        for start, end, etype, score in hits:
            start, end = norm.span(start, end)
            span = Span(start, end, etype, score, self.name)
            if coverage is not None and coverage.overlaps(start, end):
                continue
            spans.append(span)
        return spans

    # -- <key>value</key> in XML ---------------------------------------------------------

    def _with_xml(
        self,
        spans: list[Span],
        text: str,
        written: tuple[str, Unescaped] | None,
        covered: Sequence[Span],
        budget: Budget,
    ) -> list[Span]:
        """``spans`` with the values of XML elements and attributes whose name labels them (the
        element's name the parent of its attributes') and of HTML cells that a field name labels
        (:mod:`.label_xml`), read in the text as written and placed in ``text`` (its view)."""
        raw, view = written if written is not None else (text, None)
        found: list[Span] = []
        leaves: Iterator[tuple[int, int, str, bool]] = ((lo, hi, name, False) for lo, hi, name in xml_leaves(raw))
        if "</t" in raw or "</d" in raw or "</T" in raw or "</D" in raw:
            leaves = chain(leaves, ((lo, hi, key, True) for lo, hi, key in self._labelled_cells(raw)))
        for n, (lo, hi, name, cell) in enumerate(leaves):
            if not n % _CHECK_EVERY:
                budget.check(self.name)
            parent = None
            if not cell:  # an element's name; <name> alone may name anything
                words = key_words(name)
                if not words:
                    continue
                if words in _AMBIGUOUS_ELEMENTS:
                    parent = xml_parent(raw, lo)
                    if (
                        parent is None
                        or self.vocabulary.resolve_key(parent) != "PERSON"
                        or _NAME_PART_ELEMENT.search(raw, max(0, lo - _NAME_PART_REACH), lo + _NAME_PART_REACH)
                    ):
                        # <Customer><Name>: a person's name; <project><name>: a thing's; beside
                        # <firstName> and <lastName>, the person's name is theirs (<name>Gold plan</name>)
                        continue
                elif self.vocabulary.is_generic(name) or words[0] in NAME_PARTS:
                    parent = xml_parent(raw, lo)  # <Address><Line>, <Name><Given>
                    if parent is None:
                        continue
            if parent is not None:
                etype = self.vocabulary.resolve_path(FieldPath(key=name, parent=parent))
            else:
                etype = self.vocabulary.resolve_key(name)
            if etype is None:
                continue
            start, end = (lo, hi) if view is None else (view.decoded(lo), view.decoded(hi))
            hit = self._whole_value(etype, text, start, end, FIELD_SCORE)
            if hit is not None:
                found.append(Span(*hit, self.name))
        for n, (lo, hi, element, attribute) in enumerate(xml_attributes(raw)):
            if not n % _CHECK_EVERY:
                budget.check(self.name)
            etype = self.vocabulary.resolve_path(FieldPath(key=attribute, parent=element))
            if etype is None or (etype == "PERSONAL_ID" and attribute.casefold() == "id"):
                continue  # <name first="Kwabena" last="Asante"/>; <customer id="C-1042">: the record's own id
            start, end = (lo, hi) if view is None else (view.decoded(lo), view.decoded(hi))
            hit = self._whole_value(etype, text, start, end, FIELD_SCORE)
            if hit is not None:
                found.append(Span(*hit, self.name))
        if not found:
            return spans
        taken = coverage_of([*covered, *spans], {})
        return spans + [s for s in found if not taken.overlaps(s.start, s.end)]

    def _labelled_cells(self, raw: str) -> Iterator[tuple[int, int, str]]:
        """The cells of HTML tables and definition lists that a field name labels, with it:
        the cell before in its row, or its column's header (:func:`.label_xml.html_cells`)."""
        resolve = self.vocabulary.resolve_key
        typed: tuple[list[str | None], list[str | None]] | None = None  # a header row and its column types
        for lo, hi, before, headers, column in html_cells(raw):
            if before is not None and len(before) <= 40 and resolve(before) is not None:
                yield lo, hi, before
            elif column < len(headers) and headers[column] is not None:
                if typed is None or typed[0] is not headers:  # once per header row
                    names = [h or "" for h in headers]
                    column_type = self.vocabulary.resolve_column
                    typed = headers, _table_evidence(names, [column_type(n) if len(n) <= 40 else None for n in names])
                if typed[1][column] is not None:
                    yield lo, hi, headers[column]

    def _whole_value(
        self,
        etype: str,
        text: str,
        start: int,
        end: int,
        score: float,
        key: str | None = None,
        any_case: bool = False,
    ) -> tuple[int, int, str, float] | None:
        """The hit of ``text[start:end]`` as a value of ``etype`` (all of it fits the type's
        shape), or None; a value that is itself a field name is none. Under a ``key`` that only
        a name fills, a name in lower case is one too (``{"full_name": "john smith"}``), and so
        are two words or more where ``any_case`` says so (a ``name`` in a person's object:
        ``{"requester": {"name": "kevin o'brien"}}``); under a label whose value may be its
        holder's account (:data:`~.label_words.ACCOUNT_HOLDERS`), a login in lower case is a
        ``USERNAME``."""
        value = text[start:end]
        if self._is_label_word(value):
            return None
        typed = extract_typed(etype, value, whole=True)
        if typed is None and key and (self.vocabulary.in_any_case(etype, key) or (any_case and " " in value.strip())):
            found = name_in_any_case(value)
            typed = None if found is None else (etype, found)
        if typed is None and key and etype == "STREET_ADDRESS" and _names_house_number(key_words(key)):
            found = extract(etype, value, True, house_number)  # {"hausnummer": "14a"}
            typed = None if found is None else (etype, found)
        if (
            typed is None
            and key
            and etype == "PERSON"
            and value.islower()
            and key_words(key) in ACCOUNT_HOLDERS
            and value.strip() not in NOT_IN_LOWER_NAMES  # {"reviewer": "approved"}: a status
        ):
            found = extract("USERNAME", value, True)  # {"displayName": "mateus"}: a login, no name
            typed = None if found is None else ("USERNAME", found)
        if typed is None:
            return None
        fitted, (a, b) = typed
        return start + a, start + b, fitted, score

    def _is_label_word(self, value: str) -> bool:
        """A value that is itself a field name (``{"name": "Phone", "value": ...}``); an id with a
        run of digits is a value even when it starts like one (``MRN-00482913``)."""
        stripped = value.strip()
        vocabulary = self.vocabulary
        return (
            len(stripped) <= 40
            and _DIGIT_RUN.search(stripped) is None
            and vocabulary.may_be_key(stripped)
            and vocabulary.resolve_key(stripped) is not None
        )

    # -- "key": "value" in JSON text ------------------------------------------------------

    def _json_pairs(self, text: str, begin: int, budget: Budget) -> Iterator[tuple[int, int, str, float]]:
        if '"' not in text or ("{" not in text and "[" not in text):
            return
        for n, (lo, hi, path) in enumerate(json_leaves(text, TYPE_KEYS, THING_KEYS, begin, labels=self._is_label_word)):
            if not n % _CHECK_EVERY:
                budget.check(self.name)
            etype = self.vocabulary.resolve_path(path)
            if etype is None or (text[lo - 1] != '"' and etype not in NUMERIC_TYPES):
                continue  # a bare number only where the type's values may be numbers
            any_case = etype == "PERSON" and self.vocabulary.person_named_by_parent(path)
            hit = self._whole_value(etype, text, lo, hi, FIELD_SCORE, path.key, any_case)
            if hit is not None:
                yield hit

    # -- Key: value and key=value ---------------------------------------------------------

    def _key_values(self, text: str, begin: int, budget: Budget) -> Iterator[tuple[int, int, str, float]]:
        heads = self.vocabulary.heads
        # key start, value start, type, separator, block, region, a house number's label
        labelled: list[tuple[int, int, str, str, bool, bool, bool]] = []
        bounds: list[int] = []
        house: set[int] = set()  # the bounds that are a house number's key (_HOUSE_KEYS)
        resolved: dict[tuple[str, ...], str | None] = {}  # this call's label words -> type
        size = len(text)
        for n, m in enumerate(_key_value_matches(_dotted_compounds(text), begin)):
            if not n % _CHECK_EVERY:
                budget.check(self.name)  # one long text: the budget still holds
            key, sep, copula = m.groups()
            if copula == "na" and _PIDGIN_NUMBER.match(text, m.end()) is None:
                continue  # Pidgin's "is" before a long number only: "na" is a preposition in many languages
            sep = "" if sep is None else sep[0]  # "#:" and "#" read as ":"
            numbered = sep == "#"
            if numbered:
                sep = ":"
            key_start, end = m.start(1), m.end()
            if (
                key == "\u00ba"
                and text[max(0, key_start - 2) : key_start] in ("n.", "N.")
                and (key_start == 2 or not text[key_start - 3].isalnum())
            ):
                key_start -= 2  # "contrato n.\u00ba 4500217863": the number sign is the key
                key = text[key_start : m.end(1)]
            # Where a value ends: at the next key that looks like one (a word, then ``:``
            # and a blank, or ``=``), whether or not it is a label.
            if copula is None and not key[0].isdigit() and (sep == "=" or end >= size or text[end] in " \t\r\n"):
                bounds.append(key_start)
                if key in _HOUSE_KEYS and key_start and text[key_start - 1] == " ":
                    house.add(key_start)
            if key.isascii() and key.isalpha() and (key.islower() or key.isupper() or key[1:].islower()):
                # key_words of one ASCII word in one case or capitalized, without the call
                word = key if key.islower() else key.lower()
                if word in CAPITALS_ONLY and not key.isupper():
                    continue
                words: tuple[str, ...] = (word,) if word in heads or word in CONTEXT_HEADS else ()
            else:
                if key[-1] in _ASCII_DIGITS and key.isascii() and key[len(key.rstrip(_ASCII_DIGITS)) :] not in heads:
                    continue  # the last of an ASCII key's words is its trailing digits (a time: 23:03:05)
                words = key_words(key)
                if not words:
                    continue
                if words[-1] not in heads and words[-1] not in CONTEXT_HEADS and words != ("n", "o"):
                    ending = unspaced_ending(words[-1], heads)  # 客户姓名 (customer name): 姓名
                    words = () if ending is None else (*words[:-1], ending)
            if not words:
                # not a label's last word: the end of a qualifier after one (Geburtsdatum zur Verifizierung:)
                if sep != ":" or numbered or key_start < 4 or text[key_start - 1] not in " \t":
                    continue
                qualified = self._attested(text, key_start, key, resolved) or self._qualified(
                    text, key_start, key, sep, resolved
                )
                if qualified is None:
                    continue
                etype, label = qualified
                words = label
            else:
                label = self._label_words(text, key_start, words)
                etype = self._label_type(label, resolved)
                if (
                    (etype is None and sep == ":" and not numbered)
                    or (etype == "PERSON" and len(label) >= 4 and not QUALIFIERS.isdisjoint(label[1:-1]))
                    or (etype != "PERSON" and not HOLDERS.isdisjoint(label))
                ):
                    # a qualifier a label's word ends (Date of birth for verification:), a value's label
                    # before a person's out of reach (Date of birth of the patient:), a holder's before
                    # what they hold (Nom du titulaire de la carte:)
                    qualified = self._qualified(text, key_start, key, sep, resolved)
                    if qualified is not None and (sep or qualified[0] != "PERSON"):
                        # no name follows its label without a separator: "titular del contrato n.\u00ba
                        # 4500217863" is the contract's number
                        etype = qualified[0]
                if (
                    etype == "PERSON"
                    and words[-1] in POSTPOSED_OWNERS
                    and len(label) >= 2
                    and label[-2] in CONTEXT_HEADS
                ):
                    etype = self._postposed_context(text, key_start, end, sep, label)  # NIK pengirim 3174...
            if etype in (None, "USERNAME") and words[-1] in CONTEXT_HEADS:
                # "RUT 12.345.678-5", "plate 7XYZ123" (a value in its own shape), "cn: Rutendo Chikwanha"
                # in an LDIF record, "acc 12345678 sort 40-11-62": a key its context names;
                # user_name="Constance Ashworth-Bligh": a person's name where a login was asked for
                named = context_type(label, text, key, key_start, end, sep)
                if named == KEY_TYPE:
                    named = self.vocabulary.resolve_key(key)
                etype = named or etype
            if etype is None and sep == ":" and words == ("by",) and _postal_rows_near(text, key_start):
                etype = "LOCATION"  # "postnummer: 8000" / "by: Aarhus": the Danish town in a record
            if etype is None and sep == ":" and self.vocabulary.is_generic(key):
                parent = _indented_parent(text, key_start)
                if parent is not None:  # "apolice:" / "  numero: AU-45-0098123": the block's key names it
                    etype = self.vocabulary.resolve_path(FieldPath(key, parent))
            region = False
            if etype is None and sep:
                field = self.vocabulary.resolve_key(key)
                if field == "LOCATION":
                    etype = field
                    region = True  # State: Illinois: a field-only place label, for a region's name
                elif field == "USERNAME":
                    marked = _LOGIN_MARK.match(text, end) is not None
                    if not marked and (sep != "=" or not _row_of_record(text, key_start, end, sep)):
                        continue  # "User: hello", a chat's speaker; "Last login: Mon Jan 5"
                    etype = field  # (user: kayla_m_rivers), a log line's user=jdoe
                elif _row_of_record(text, key_start, end, sep):
                    etype = field  # CAP: 00185 among key-value rows: a field
                    if etype not in _DIGIT_TYPES or (
                        etype == "ZIP_CODE" and key.islower() and _POSTCODE_SHAPED.match(text, end) is None
                    ):
                        # a number, a date or an id; a postcode under a key in capitals or in a
                        # postcode's own shape (cap: 5000 is a limit; psc: 273 51, cap=00184 are not)
                        continue
            if etype is None:
                continue
            if copula is not None and etype != "DATE_TIME":
                article = _COPULA_ARTICLE.match(text, end)
                if article is not None:
                    end = article.end()  # "est le 7842-A-55910": the article is no part of the number
            if numbered and etype == "PERSON":
                if not _DIGIT_AFTER.match(text, end):
                    continue  # "posted to #team-42": a channel
                etype = "PERSONAL_ID"  # Employee #40213, Patient #4821: a person's number, not a name
            if not sep and etype == "PERSONAL_ID" and _YEAR_VALUE.match(text, end) is not None:
                continue  # "the DEA 2023 report", "our PNR 2024 rollout": a year, no one's number
            coded_address = etype == "STREET_ADDRESS" and copula is not None and _CODED_ADDRESS.match(text, end)
            if (
                not sep
                and not coded_address
                and (
                    not _bare_value_type(etype, words[-1], copula)
                    or (copula is None and end < size and text[end].isalpha() and etype not in _CAPITAL_FITS)
                )
            ):
                continue  # no separator: a type whose value holds a digit (capitals first: see _CAPITAL_TYPES)
            if (
                not sep
                and copula is None
                and etype != "IT_FISCAL_CODE"  # "Codice fiscale RSSMRA85T10A562S" opens with six letters
                and _SIX_CAPITALS.match(text, end) is not None
                and (etype != "SWIFT_CODE" or not _bare_bic(key, text, end, self.vocabulary.resolve_key))
            ):
                continue  # eight capitals after a blank: only a SWIFT code (BIC DEUTDEFF)
            block = etype == "STREET_ADDRESS" and key.lower() == "to"  # Ship to:, Bill to:, Deliver to:
            numbered_house = etype == "STREET_ADDRESS" and _names_house_number(label)
            labelled.append((key_start, end, etype, sep, block, region, numbered_house))
        at = 0
        for key_start, end, etype, sep, block, region, numbered_house in labelled:
            while at < len(bounds) and bounds[at] <= key_start:
                at += 1
            limit_at = at
            if etype == "STREET_ADDRESS":
                while limit_at < len(bounds) and bounds[limit_at] in house:
                    limit_at += 1  # Atatürk Cad. No: 15 Daire 3: the house number's key is the address's
            limit = bounds[limit_at] if limit_at < len(bounds) else size
            found = self._value_after(text, end, limit, sep, etype, block, key_start, numbered_house)
            if found is not None and region and text[found[0] : found[1]] not in _REGIONS:
                continue
            if (
                found is not None
                and found[2] == "PHONE_NUMBER"
                and _CALLING.search(text, key_start, end) is not None
                and not_phone(text[found[0] : found[1]])
            ):
                continue  # "the call 2023-05-01 12:00", "lastCall: 2024-01-15": a date after a verb of calling
            if found is not None:
                listed = found[2] == "PERSON" and sep == ":" and _LIST_LABEL.search(text, key_start, end)
                if not (listed and _office(text[found[0] : found[1]])):
                    yield found[0], found[1], found[2], TEXT_SCORE  # "Present: Chair, ...": an office
                if found[2] == "PERSON":
                    number = _ID_AFTER_NAME.match(text, found[1], min(size, found[1] + 48))
                    if number is not None:  # "Rahul Venkataraman (ID 88213)": the person's number
                        yield number.start("id"), number.end("id"), "PERSONAL_ID", TEXT_SCORE
                if listed:
                    for lo, hi in _more_values(text, found[1], limit, "PERSON"):  # "Present: Liv Cammel, Ivy Schouten"
                        if not _office(text[lo:hi]):
                            yield lo, hi, "PERSON", TEXT_SCORE
                elif found[2] == "PHONE_NUMBER":
                    for lo, hi in _more_values(text, found[1], limit, "PHONE_NUMBER"):  # "Tel: 604..., 604..."
                        yield lo, hi, "PHONE_NUMBER", TEXT_SCORE
                elif found[2] == "ZIP_CODE":
                    town = _TOWN_AFTER_ZIP.match(text, found[1], limit)
                    if town is not None:  # "Código Postal: 4000-447 Porto", "Postnr. og by: 2200 København N"
                        yield town.start("town"), town.end("town"), "LOCATION", TEXT_SCORE

    def _label_type(
        self, words: tuple[str, ...], resolved: dict[tuple[str, ...], str | None] | None = None
    ) -> str | None:
        """The type a label's words name (:meth:`_label_words`: the key's, with up to four words
        before it on its line); ``resolved``: the call's memo of label words already resolved (a
        template repeats)."""
        if resolved is None:
            return self._text_type(words)
        etype = resolved.get(words, _UNRESOLVED)
        if etype is _UNRESOLVED:
            etype = resolved[words] = self._text_type(words)
        return etype  # type: ignore[return-value]

    def _text_type(self, words: tuple[str, ...]) -> str | None:
        """The type a label in running text names; a person's label after a preposition says whose
        value the label before names (``Cédula del remitente``, ``Fecha de nacimiento del paciente``,
        ``passport number of the applicant``: the sender's identity number, the patient's date of birth)."""
        etype = self.vocabulary.resolve_text(words)
        if etype is None and len(words) >= 2:
            return self.vocabulary.resolve_numbered(words)  # contrato n.\u00ba 4500217863
        if etype != "PERSON" or len(words) < 2:
            return etype
        if words[-1] in POSTPOSED_OWNERS:  # Indonesian: "Nomor HP penerima", the recipient's phone number
            owned = self.vocabulary.resolve_text(words[:-1])
            return etype if owned is None else owned
        for i in range(len(words) - 2, 0, -1):
            if words[i] in QUALIFIERS:
                owned = self.vocabulary.resolve_text(words[:i])
                if owned is not None and self.vocabulary.resolve_text(words[i + 1 :]) == "PERSON":
                    return owned
        return etype

    def _qualified(
        self, text: str, key_start: int, key: str, sep: str, resolved: dict[tuple[str, ...], str | None]
    ) -> tuple[str, tuple[str, ...]] | None:
        """The type and the words of a label that a qualifier follows, the key (at ``key_start``) its
        last word: a preposition, up to two more words and the key (``Matr\u00edcula de la furgoneta:``,
        ``Geburtsdatum zur Verifizierung:``, ``Date of birth of the patient:``), or None.

        A person's qualifier says whose value the label names, whatever it names and whatever
        separator follows; another qualifier only before a colon, and not after a label of a name (a
        name qualified by a thing is the thing's: ``Der Name des Projekts:``) but a holder's of what
        they hold (``Nom du titulaire de la carte:``, ``Intestatario del conto:``)."""
        if _QUALIFIER_FORMS.isdisjoint(text[max(0, key_start - 32) : key_start].split()[-3:]):
            return None  # no preposition in the three words before the key (the most keys: one set test)
        line_start = text.rfind("\n", max(0, key_start - _QUALIFIED_REACH), key_start) + 1 or max(
            0, key_start - _QUALIFIED_REACH
        )
        pieces = text[line_start:key_start].split()
        count = len(pieces)
        at = 0
        for back in range(1, min(count, 4)):
            piece = pieces[-back]
            if (piece.lower() if piece.isascii() else "".join(key_words(piece))) in QUALIFIERS:
                at = count - back
                break
        if not at:
            return None
        places = [m.start() for m in _PIECE.finditer(text, line_start, key_start)]
        if len(places) != count:
            return None
        qualifier: list[str] = []
        for piece in pieces[at:]:
            if _PREV_WORD.fullmatch(piece) is None:
                return None
            qualifier.extend(key_words(piece))
        qualifier.extend(key_words(key))
        last = pieces[at - 1]
        if _PREV_WORD.fullmatch(last) is None or last.endswith("."):
            return None
        label = self._label_words(text, places[at - 1], key_words(last))
        etype = self._label_type(label, resolved)
        if etype is None:
            return None
        if self._names_person(tuple(qualifier[1:])):
            return etype, label  # Fecha de nacimiento de la asegurada, Name des Karteninhabers
        if etype == "PERSON":
            holds = label[-1] in HOLDERS and not INSTRUMENTS.isdisjoint(qualifier)
            return (etype, label) if holds else None
        if sep != ":" or etype in _NAME_TYPES:
            return None
        return etype, label

    def _attested(
        self, text: str, key_start: int, key: str, resolved: dict[tuple[str, ...], str | None]
    ) -> tuple[str, tuple[str, ...]] | None:
        """The type and the words of the label before ``key`` when the key is a participle a note
        writes after a label (:data:`~.label_words.ATTESTED`: ``Fecha de nacimiento verificada:``,
        ``Date of birth confirmed:``), or None: the label names the value as without it."""
        if "".join(key_words(key)) not in ATTESTED:
            return None
        prev_end = key_start
        while prev_end and text[prev_end - 1] in " \t":
            prev_end -= 1
        pieces = text[max(0, prev_end - 32) : prev_end].split()
        last = pieces[-1] if pieces and prev_end < key_start else ""
        if _PREV_WORD.fullmatch(last) is None or last.endswith("."):
            return None
        label = self._label_words(text, prev_end - len(last), key_words(last))
        etype = self._label_type(label, resolved)
        return None if etype is None else (etype, label)

    def _names_person(self, words: tuple[str, ...]) -> bool:
        """``words`` (after a preposition) name a person, a German noun's genitive too (``des
        Patienten``, ``des Karteninhabers``)."""
        if not words:
            return False
        resolve = self.vocabulary.resolve_text
        if resolve(words) == "PERSON":
            return True
        last = words[-1]
        if len(last) > 5 and last[-1] in "ns":
            for cut in (1, 2) if last.endswith("en") else (1,):
                if resolve((*words[:-1], last[:-cut])) == "PERSON":
                    return True
        return False

    def _postposed_context(self, text: str, key_start: int, end: int, sep: str, label: tuple[str, ...]) -> str | None:
        """The type a key its context names gives before a person's label that follows it in
        Indonesian (``NIK pengirim 3174...``: the sender's NIK), or PERSON."""
        lo = max(0, key_start - 24)
        before = text[lo:key_start].rstrip(" \t")
        owner_start = lo + len(before.rstrip(string.ascii_letters))
        owner = text[owner_start : lo + len(before)]
        etype = context_type(label[:-1], text, owner, owner_start, end, sep) if owner else None
        if etype == KEY_TYPE:
            etype = self.vocabulary.resolve_key(owner)
        return "PERSON" if etype is None else etype

    @staticmethod
    def _label_words(text: str, pos: int, words: tuple[str, ...]) -> tuple[str, ...]:
        """The key's words, after up to four words before it on its line that may be part of its label."""
        if pos >= 2 and text[pos - 1] == "/" and text[pos - 2].isalpha() and (pos == 2 or not text[pos - 3].isalnum()):
            words = (text[pos - 2].lower(), *words)  # "R/T 063100277", "A/C: ...": one letter, a slash, the key
        elif (
            pos >= 2
            and text[pos - 1] in " \t"
            and (text[pos - 2].isalpha() or (text[pos - 2] in ".\u00b0\u00ba" and _after_number_word(text, pos)))
        ):
            # Up to four words before the key on its line may be part of a longer label
            # (``Date of birth:``, ``Social Security Number:``, ``no. kereta``) or say it names a
            # thing (``File name:``).
            line_start = text.rfind("\n", max(0, pos - 48), pos) + 1 or max(0, pos - 48)
            taken: list[str] = []
            for piece in reversed(text[line_start:pos].split()[-4:]):
                opened = len(piece) > 1 and piece[0] in "([{"  # "(employee no. 77812)": the label opens a bracket
                if opened:
                    piece = piece[1:]
                if piece.isalpha() and piece.isascii():
                    if len(piece) > 31:  # what _PREV_WORD allows of ASCII letters
                        break
                elif _NUMBER_SIGN.fullmatch(piece) is not None:
                    taken.append(piece)  # "N\u00b0 adh\u00e9rent": the number sign opens the label
                    break
                elif _PREV_WORD.fullmatch(piece) is None:
                    after = piece.rpartition("/")[2]  # "CCCD/Can cuoc:": the label after the slash
                    if after and _PREV_WORD.fullmatch(after) is not None:
                        taken.append(after)
                    break
                taken.append(piece)
                if opened:
                    break
            before: list[str] = []
            for piece in reversed(taken):
                if piece.isalpha() and piece.isascii() and (piece.islower() or piece.isupper() or piece[1:].islower()):
                    before.append(piece.lower())  # key_words of one ASCII word in one case or capitalized
                else:
                    before.extend(key_words(piece))
            words = (*before, *words)
        return words

    def _value_after(
        self,
        text: str,
        at: int,
        limit: int,
        sep: str,
        etype: str,
        block: bool = False,
        key_start: int | None = None,
        numbered_house: bool = False,
    ) -> tuple[int, int, str] | None:
        """The value after a label's separator at ``at``, up to ``limit`` (the next key); where the
        label (at ``key_start``) opens a row of a record, the rest of the row is its whole value (a
        name or a place written in lower case there is one, as under a JSON key: ``city: new york``
        among ``state: ny``); a house number alone after a label that names one (``numbered_house``:
        ``Hausnummer: 14a``)."""
        end_re = _AMP_END if sep == "=" else _HARD_END
        if sep == "=" and key_start is not None and _query_key(text, key_start):
            end_re = _QUERY_END  # a query string's value (``?tin=123-456-789-000 HTTP/1.1``)
        whole_quoted = sep != ""
        while at < len(text) and text[at] in " \t":
            at += 1
        if whole_quoted and at < len(text) and text[at] in "\"'" and not text.startswith("'s-", at):
            quote = text[at]
            close = text.find(quote, at + 1, at + 1 + _MAX_VALUE)
            if close < 0:
                return None
            typed = extract_typed(etype, text[at + 1 : close], whole=True)
            return None if typed is None else (at + 1 + typed[1][0], at + 1 + typed[1][1], typed[0])
        if at < len(text) and text[at] == "(" and etype in _BRACKETED_TYPES:
            bracketed = _bracketed_value(text, at, etype)
            if bracketed is not None:
                return bracketed
        if sep == ":" and text.startswith(("\r\n", "\n"), at):
            # ``Address:`` on its own line: the value is the next line.
            at = text.find("\n", at) + 1
            limit = len(text) if limit <= at else limit
            if block:
                recipient = _recipient_block(text, at, limit)
                if recipient is not None:
                    return recipient
        hard = end_re.search(text, at, min(len(text), at + _MAX_VALUE))
        stop = min(limit, hard.start() if hard is not None else min(len(text), at + _MAX_VALUE))
        if stop <= at:
            return None
        if stop == limit:
            stop = _before_label_words(text, at, stop)
        value = text[at:stop]
        if self._is_label_word(value) or _CALL.match(value):
            return None  # a field's name; code: "person = Person('lidatong')", "name: Annotated[str, ...]"
        typed = extract_typed(etype, value, whole=False)
        if typed is None and key_start is not None and self._fills_row(text, key_start, at, stop, sep, etype):
            typed = extract_typed(etype, value, whole=True)
        if typed is None and numbered_house:
            extent = extract(etype, value, False, house_number)
            typed = None if extent is None else (etype, extent)
        if typed is None:
            return None
        start, end = at + typed[1][0], at + typed[1][1]
        if etype == "STREET_ADDRESS" and end == stop and stop < limit:
            # The label's line ends the value; an address may go on over its next lines
            # ("Ship to:\n12 Baker Street\nLondon NW1 6XE"): as far as the address pattern reads.
            more = ADDRESS_PATTERN.match(text, start, min(limit, start + _MAX_VALUE))
            if more is not None and more.end() > end:
                end = more.end()
        if etype == "STREET_ADDRESS" and end < limit and not text[end:stop].strip(" \t."):
            postal = _POSTAL_LINE.match(text, end, min(limit, end + _MAX_VALUE))
            if postal is not None:  # Overn Oven Vandetstræde 219 / 2146 Allinge
                end = postal.end()
        if etype == "STREET_ADDRESS" and end < limit:
            places = _PLACES_LINE.match(text, end, min(limit, end + _MAX_VALUE))
            if places is not None:  # "3 Awolowo Rd,\nIkoyi, Lagos": the comma says the address goes on
                end = places.end()
        return start, end, typed[0]

    @staticmethod
    def _fills_row(text: str, key_start: int, at: int, stop: int, sep: str, etype: str) -> bool:
        """The value from ``at`` to ``stop`` is the rest of a record's row that its key opens
        (checked only once the value failed its capitalised shapes)."""
        if etype not in _LOWER_ROW_TYPES or sep != ":" or (key_start and text[key_start - 1] != "\n"):
            return False
        line_end = text.find("\n", stop)
        if text[stop : len(text) if line_end < 0 else line_end].strip():
            return False
        return _row_of_record(text, key_start, at, sep)

    # -- tables ---------------------------------------------------------------------------

    def _tables(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Rows under a header line whose cells name types (CSV-like or markdown)."""
        lines = _lines(text, begin)
        i = 0
        while i < len(lines):
            lo, hi = lines[i]
            header = self._header(text[lo:hi])
            if header is None:
                i += 1
                continue
            delimiter, names, types = header
            types = query_table_ids(text, lo, names, types)  # SELECT id, ... FROM customers
            if (
                len(types) == 2
                and types[0] is not None
                and types[1] is None
                and self._pairs_follow(text, lines, i, delimiter)
            ):
                i = yield from self._pair_rows(text, lines, i, delimiter)
                continue
            typed_by = self._typed_by_column(names, types)
            i += 1
            while i < len(lines):
                lo, hi = lines[i]
                last = i
                if delimiter != "|":
                    # a quoted cell may hold line breaks (a multi-line address): the record goes
                    # on until its quotes close
                    while text.count('"', lo, hi) % 2 and last + 1 < len(lines) and last - i < _MAX_RECORD_LINES:
                        last += 1
                        hi = lines[last][1]
                line = text[lo:hi]
                if delimiter == "|" and _MARKDOWN_RULE.fullmatch(line):
                    i += 1
                    continue
                cells = _cells(line, delimiter)
                if len(cells) != len(types):
                    break
                row_types = types
                if typed_by:
                    row_types = list(types)
                    for column, kind in typed_by:
                        sibling = line[cells[kind][0] : cells[kind][1]].strip()
                        path = FieldPath(key=names[column], sibling=sibling)
                        row_types[column] = self.vocabulary.resolve_path(path)
                for (start, end), etype in zip(cells, row_types, strict=True):
                    if etype is None:
                        continue
                    value = line[start:end]
                    typed = extract_typed(etype, value, whole=True)
                    if typed is not None:
                        fitted, found = typed
                        yield lo + start + found[0], lo + start + found[1], fitted, TEXT_SCORE
                i = last + 1

    def _aligned(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Values of keys in aligned columns or before a dot leader (:mod:`.label_layouts`)."""
        resolve = self.vocabulary.resolve_column
        for key, start, end in aligned_pairs(text, begin):
            etype = resolve(key)
            if etype is None and " " in text[start:end] and text.startswith(":", start - 2, start):
                etype = self._aligned_party(key)  # two words at least: "From   : USD" is a currency
            if etype is None or _GAP.search(text, start, end):
                continue  # a gap after the value too: a table's line (NAME    PHONE    STATUS), not a pair
            hit = self._whole_value(etype, text, start, end, TEXT_SCORE)
            if hit is not None:
                yield hit

    def _aligned_party(self, key: str) -> str | None:
        """A receipt's ``From``/``To`` before a colon in an aligned column (``To             : ANNA
        KOWALSKA``): the person labels running text trusts (an e-mail header's) and no field name does
        (``{"from": "USD"}``), trusted here too where a colon marks the label and the value has two
        words."""
        etype = self.vocabulary.resolve_text(key_words(key))
        return etype if etype == "PERSON" else None

    def _answers(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Values answering a question that asks for them (:mod:`.label_answers`), in their type's shape."""
        for start, end, etype in answered_values(text, begin, self.vocabulary.resolve_text):
            hit = self._whole_value(etype, text, start, end, TEXT_SCORE)
            if hit is not None:
                yield hit

    def _changes(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """The old and the new value of a field's change (:mod:`.label_changes`), in their type's shape."""
        for start, end, etype in changed_values(text, begin, self.vocabulary.resolve_key):
            hit = self._whole_value(etype, text, start, end, TEXT_SCORE)
            if hit is not None:
                yield hit

    def _speakers(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """A chat speaker's name in brackets after their role (``[09:14] Agente (Lucía): claro``)."""
        for m in _SPEAKER.finditer(text, begin):
            role = m.group("role")
            if role.lower() not in _SPEAKER_ROLES and self.vocabulary.resolve_key(role) != "PERSON":
                continue  # "Settings (Advanced):", "Step (Optional):"
            name = m.group("name")
            if name.lower() in _NO_SPEAKER or (name.isupper() and len(name) <= 3):
                continue  # "Agent (Bot):", "Agent (AI):"
            hit = self._whole_value("PERSON", text, m.start("name"), m.end("name"), TEXT_SCORE)
            if hit is not None:
                yield hit

    def _chat_export_senders(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """The sender of each line of an exported chat (``[14/03/2024, 09:15] Ana: perfecto``,
        ``3/14/24, 9:12 AM - Carlos Mendoza: hola``): a contact's name."""
        for m in _CHAT_EXPORT_LINE.finditer(text, begin):
            if m.group("name").lower() in _LOG_LEVELS:
                continue  # "[01/02/2024, 10:00] Warning: low memory": a log line
            hit = self._whole_value("PERSON", text, m.start("name"), m.end("name"), TEXT_SCORE)
            if hit is not None:
                yield hit

    def _hl7(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Components of HL7 v2 segments that hold personal data, by their position (:mod:`.label_hl7`)."""
        for start, end, etype in hl7_values(text, begin):
            hit = self._whole_value(etype, text, start, end, FIELD_SCORE)
            if hit is not None:
                yield hit

    def _columns(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Cells of fixed-width tables under a column a field name labels (:mod:`.label_columns`)."""
        for etype, start, end in column_cells(text, begin, self._column_types):
            hit = self._whole_value(etype, text, start, end, TEXT_SCORE)
            if hit is not None:
                yield hit

    def _column_types(self, names: Sequence[str]) -> list[str | None] | None:
        """The entity type of each column of a table's header; None when no column has one."""
        types = [self.vocabulary.resolve_column(name) for name in names]
        return _table_evidence(names, types) if any(types) else None

    def _layout_type(self, key: str) -> str | None:
        """The type a key written without a separator names as a field name, but not a label
        trusted only as a JSON key or only in running text (``[State] Running``, ``Running (state)``)."""
        if self.vocabulary.resolve_key(key) is None:
            return None
        return self.vocabulary.resolve_words(key_words(key), strict=True, in_text=True)

    def _bracketed(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Values after a key in square brackets (``[City] Vannes``), read as after ``City:``: a
        key that opens its line or item, or follows another bracketed key's value on its line
        (``[Name] Anna Kowalska [City] Vannes``); a value ends before the next bracketed key."""
        keys = list(bracketed_keys(text, begin))
        chained = -1  # where the value of the last key that named a type starts
        types: dict[str, str | None] = {}
        for n, (key, key_start, value_start, opens) in enumerate(keys):
            if not opens and (chained < 0 or text.find("\n", chained, key_start) >= 0):
                continue
            etype = types[key] if key in types else types.setdefault(key, self._layout_type(key))
            if etype is None:
                continue
            chained = value_start
            limit = keys[n + 1][1] if n + 1 < len(keys) else len(text)
            found = self._value_after(text, value_start, limit, ":", etype)
            if found is not None:
                yield found[0], found[1], found[2], TEXT_SCORE

    def _labelled_after(self, text: str, begin: int) -> Iterator[tuple[int, int, str, float]]:
        """Values that are all of their item before a label in brackets (``Vannes (city)``)."""
        types: dict[str, str | None] = {}
        for key, start, end in labels_after(text, begin):
            etype = types[key] if key in types else types.setdefault(key, self._layout_type(key))
            if etype is None or key_words(key) in _AMBIGUOUS_ELEMENTS:
                continue  # "Settings (name)": a name of anything
            value = text[start:end]
            typed = extract_typed(etype, value, whole=False)
            if typed is not None and not value[typed[1][1] :].strip() and not self._is_label_word(value):
                fitted, (a, b) = typed
                yield start + a, start + b, fitted, TEXT_SCORE

    def _inserts(
        self,
        text: str,
        begin: int,
        budget: Budget,
        statements: Callable[[str, int], Iterator[Insert]] = inserted_values,
    ) -> Iterator[tuple[int, int, str, float]]:
        """String values of SQL ``INSERT`` rows (or ``COPY`` rows) whose column names a type (:mod:`.label_sql`)."""
        resolve = self.vocabulary.resolve_path
        for statement in statements(text, begin):
            budget.check(self.name)
            columns = statement.columns
            named = [resolve(FieldPath(key=c, parent=statement.table)) if len(c) <= 40 else None for c in columns]
            types = _table_evidence(columns, named)
            for n, (column, lo, hi) in enumerate(statement.values, 1):
                if not n % _CHECK_EVERY:
                    budget.check(self.name)  # one statement of many rows
                etype = types[column]
                if etype is None or hi <= lo:
                    continue
                hit = self._whole_value(etype, text, lo, hi, FIELD_SCORE)
                if hit is not None:
                    yield hit

    def _pairs_follow(self, text: str, lines: list[tuple[int, int]], i: int, delimiter: str) -> bool:
        """The two-cell row ``i`` (a field name, then no field name) opens a key-value table,
        one field per row (``| Full name | Anna Kowalska |`` then ``| City | Vannes |``), not
        a header over columns (``Name,Notes`` then ``Anna Kowalska,VIP``): the next row's
        first cell names a type too; a lone row is a pair in a markdown or tab-separated table, unless
        markdown's rule line follows it (``|---|---|``: a header over columns)."""
        ruled = False
        for lo, hi in lines[i + 1 : i + 3]:
            line = text[lo:hi]
            if delimiter == "|" and _MARKDOWN_RULE.fullmatch(line):
                ruled = True
                continue
            cells = _cells(line, delimiter)
            if len(cells) != 2:
                break
            first = line[cells[0][0] : cells[0][1]].strip().strip("\"'*")
            return len(first) <= 40 and self.vocabulary.resolve_column(first) is not None
        return delimiter in "|\t" and not ruled

    def _pair_rows(
        self, text: str, lines: list[tuple[int, int]], i: int, delimiter: str
    ) -> Iterator[tuple[int, int, str, float]]:
        """The values of a key-value table's rows from row ``i`` on; returns the row after it."""
        while i < len(lines):
            lo, hi = lines[i]
            line = text[lo:hi]
            if delimiter == "|" and _MARKDOWN_RULE.fullmatch(line):
                i += 1
                continue
            cells = _cells(line, delimiter)
            if len(cells) != 2:
                break
            key = line[cells[0][0] : cells[0][1]].strip().strip("\"'*")
            etype = self.vocabulary.resolve_column(key) if len(key) <= 40 else None
            start, end = cells[1]
            hit = None if etype is None else self._whole_value(etype, text, lo + start, lo + end, TEXT_SCORE)
            if hit is not None:
                yield hit
            i += 1
        return i

    def _typed_by_column(self, names: Sequence[str], types: list[str | None]) -> list[tuple[int, int]]:
        """``(column, type column)`` of each column of a table that names no type itself (``doc_no``,
        ``number``) beside one that says in each row what its value is (``doc_type``: ``P``, a
        passport), as a JSON object's sibling does."""
        kinds = [k for k, name in enumerate(names) if "_".join(key_words(name)) in TYPE_KEYS]
        if not kinds:
            return []
        generic = self.vocabulary.is_generic
        return [(k, kinds[0]) for k, name in enumerate(names) if types[k] is None and k != kinds[0] and generic(name)]

    def _header(self, line: str) -> tuple[str, list[str], list[str | None]] | None:
        for delimiter in _DELIMITERS:
            if delimiter not in line:
                continue
            cells = _cells(line, delimiter)
            if not 2 <= len(cells) <= _MAX_TABLE_CELLS:
                continue
            names = [line[a:b].strip().strip("\"'*") for a, b in cells]
            if any(
                len(n) > 40 or len(n.split()) > 5 or not _header_digits(n) or not _HEADER_CELL.fullmatch(n)
                for n in names
            ):
                continue
            types = _name_parts(names, [self.vocabulary.resolve_column(n) for n in names])
            if any(t is not None for t in types):
                return delimiter, names, _table_evidence(names, types)
        return None


_HOUSE_NUMBER_KEYS = frozenset(key_words(p) for p in HOUSE_NUMBER_LABELS)


def _names_house_number(words: tuple[str, ...]) -> bool:
    """A label's ``words`` end with one that names a house number (:data:`.label_words.HOUSE_NUMBER_LABELS`)."""
    return any(words[i:] in _HOUSE_NUMBER_KEYS for i in range(len(words)))


_NAME_PART_PAIRS = (("first", "last"), ("given", "family"), ("forename", "surname"))


def _name_parts(names: Sequence[str], types: list[str | None]) -> list[str | None]:
    """A table's column types with ``first`` and ``last`` (or ``given`` and ``family``) as a
    person's name when the header has both: alone, either may name anything (``first,last``
    of a page range has digits under it, which no name has); after the same words, whose name
    they are (``debtor_last|debtor_first``, ``GuarantorFirst,GuarantorLast``)."""
    words = [key_words(n) for n in names]
    for pair in _NAME_PART_PAIRS:
        for owner in {w[:-1] for w in words if w and w[-1] == pair[0]}:
            if (*owner, pair[1]) in words:
                parts = {(*owner, p) for p in (*pair, "middle")}
                types = ["PERSON" if w in parts else t for w, t in zip(words, types, strict=True)]
    return types


_THING_COLUMNS = (
    frozenset(
        {"version", "latest", "price", "unit_price", "sku", "quantity", "qty", "stock", "downloads", "stars", "license"}
    )
    | GOODS_KEYS
)
"""Columns only a table of things has (of :data:`THING_KEYS`, those no record of a person holds:
a people table may have a ``checksum`` or ``description`` column)."""


def _table_evidence(names: Sequence[str], types: list[str | None]) -> list[str | None]:
    """A table's column types, without a person's for a plain ``Name`` column (``nome``, ``nombre``...)
    beside a column only things have (``| Name | Version |``: packages, not people;
    ``nome;preco_brl;estoque``: goods), and without a place's for a column whose header names a
    place as often as something else (``State``, ``estado``, ``Country``) in a table no column of
    which holds a person's data (``| Title | Year | Country |``: films; ``| Title | State |``: an
    issue tracker's states)."""
    folded = [n.strip().casefold().replace(" ", "_") for n in names]
    words = [key_words(n) for n in names]
    if any(f in _THING_COLUMNS or (w and w[0] in GOODS_KEYS) for f, w in zip(folded, words, strict=True)):
        types = [
            None if t == "PERSON" and (f in ("name", "display_name") or w in GENERIC_NAME_KEYS) else t
            for f, w, t in zip(folded, words, types, strict=True)
        ]
    if any(t not in _NO_ONE_S_COLUMNS for t in types):
        return types
    return [None if t == "LOCATION" and w in _AMBIGUOUS_PLACE_COLUMNS else t for w, t in zip(words, types, strict=True)]


_NO_ONE_S_COLUMNS = frozenset({None, "LOCATION", "ORGANIZATION", "DATE_TIME"})
"""Column types that say nothing of a person on their own: a table with no other column is no
table of people."""
_AMBIGUOUS_PLACE_COLUMNS = frozenset(
    key_words(w)
    for w in [
        "state",
        "estado",
        "stato",
        "etat",
        "country",
        "pais",
        "pays",
        "land",
        "paese",
        "kraj",
        "country_of_origin",
        "origin",
        "region",
        "regiao",
        "regione",
    ]
)
"""Headers that name a place in a table of addresses and something else in others: a ticket's or
an item's state (``Estado: PUBLICADA``), a film's or a coffee's country of origin, a sales region."""


_RECIPIENT_LINES = 3
"""Lines a recipient block may give before its street: a name, a company, an ``Attn`` line."""


def _recipient_block(text: str, at: int, limit: int) -> tuple[int, int, str] | None:
    """A recipient block under ``Ship to:`` or ``Bill to:`` on its own line: the name and
    company lines before the street and the address they lead to, as one address (``Bill
    to:\nWendy Clarke\nSmith-Johnston\n12 Baker Street\nLondon W1U 6TJ``); None when the
    street is the block's first line (the usual reading takes it) or no street follows within
    :data:`_RECIPIENT_LINES` short lines with no label, blank line or sentence."""
    while at < limit and text[at] in " \t":
        at += 1
    line_start = at
    for _ in range(_RECIPIENT_LINES + 1):
        if line_start >= limit:
            return None
        line_end = text.find("\n", line_start, limit)
        line_end = limit if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        if not line or len(line) > 60 or ": " in line or line.endswith((":", ".", "?", "!")):
            return None
        street = ADDRESS_PATTERN.match(text, line_start, min(limit, line_start + _MAX_VALUE))
        if street is not None:
            return None if line_start == at else (at, street.end(), "STREET_ADDRESS")
        line_start = line_end + 1
    return None


_CALL = re.compile(r"[A-Za-z_][\w.]*(?<![0-9]{4})[(\[](?:[\"'a-z_0-9)\]{]|[ \t]*(?:\r?\n|$))")
"""A value that opens with a call or a subscript: code, no value (``Person('x')``, ``Client()``,
``Langsmith(`` ending its line, ``MCPClient({``, ``Annotated[str``); ``Smith (2019)`` has its blank,
``Smith(John)`` a capital after the bracket, and no function's name ends in four digits: Hong
Kong's ``A123456(7)`` is a number and its check digit."""
_LIST_LABEL = regex.compile(rf"(?i:{'|'.join(LIST_LABELS)})[ \t]*[:#]?$")
"""A key that is a list label (:data:`.label_words.LIST_LABELS`), with its separator."""
_LIST_END = re.compile(r"[|\t\r\n]")
"""Where a list label's value ends: a semicolon separates its names (``To: A; B``)."""
_NAME_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)[ \t]*")
"""What joins two names of a list, a role in brackets after the first one too (``A. Lindqvist (Chair), M. Oyelowo``)."""
_PHONE_JOIN = re.compile(r"[ \t]*(?:,|;|/|\bor\b|\band\b|\boder\b|\bou\b|\bo\b)[ \t]*")
_MAX_NAMES = 40


_OFFICES = frozenset({
    "chair", "chairman", "chairwoman", "chairperson", "chairs", "treasurer", "secretary", "president",
    "inspector", "coordinator", "trustee", "convenor", "convener",
})  # fmt: skip
"""A committee's offices: minutes list them where the names would be (``Present: Chair, Vice-Chair,
Treasurer, Membership Secretary``); words that are seldom a family name."""
_MAX_OFFICE_WORDS = 3


def _office(value: str) -> bool:
    """``value`` names an office, not a person: up to three words, the last one of :data:`_OFFICES`
    (``Treasurer``, ``Vice-Chair``, ``Plot Inspector``)."""
    words = value.replace("-", " ").split()
    return 0 < len(words) <= _MAX_OFFICE_WORDS and words[-1].casefold() in _OFFICES


def _more_values(text: str, end: int, limit: int, etype: str) -> Iterator[tuple[int, int]]:
    """The values after the first one of a label's, up to its line's end: names of a list label
    joined by commas, semicolons, ``&`` or ``and`` (and its Spanish, French, German, Portuguese and
    Italian forms); phone numbers joined by those, a slash or ``or`` (``Tel: 0412 555 019 / 0412 555 020``)."""
    joins = _NAME_JOIN if etype == "PERSON" else _PHONE_JOIN
    if joins.match(text, end, limit) is None:
        return  # most values stand alone: no search for the line's end
    hard = _LIST_END.search(text, end, min(len(text), end + _MAX_VALUE * 4))
    stop = min(limit, hard.start() if hard is not None else len(text))
    for _ in range(_MAX_NAMES):
        join = joins.match(text, end, stop)
        if join is None or join.end() >= stop:
            return
        typed = extract_typed(etype, text[join.end() : stop], whole=False)
        if typed is None or typed[0] != etype or typed[1][0] != 0:
            return
        end = join.end() + typed[1][1]
        if etype == "PHONE_NUMBER" and not_phone(text[join.end() : end]):
            return  # "Fax: 020 7946 0958, 2024-01-01": a date (a ZIP+4, a ratio) goes on from the number
        yield join.end(), end


def _lines(text: str, begin: int) -> list[tuple[int, int]]:
    out = []
    at = begin
    size = len(text)
    while at <= size:
        nl = text.find("\n", at)
        end = size if nl < 0 else nl
        stop = end - 1 if end > at and text[end - 1] == "\r" else end
        out.append((at, stop))
        if nl < 0:
            break
        at = nl + 1
    return out


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of ``line``: a delimiter inside double quotes does not
    split (CSV), a quoted cell spans its content; markdown's outer pipes are dropped."""
    spans = []
    at = 0
    size = len(line)
    while at <= size:
        if delimiter != "|" and line.startswith('"', at):
            close = at + 1
            while True:
                close = line.find('"', close)
                if close < 0 or not line.startswith('"', close + 1):
                    break
                close += 2  # a doubled quote inside the cell
            if close < 0:
                break
            spans.append((at + 1, close))
            nxt = line.find(delimiter, close + 1)
            at = size + 1 if nxt < 0 else nxt + 1
            continue
        nxt = line.find(delimiter, at)
        end = size if nxt < 0 else nxt
        spans.append((at, end))
        at = end + 1
    if delimiter == "|":
        if spans and not line[spans[0][0] : spans[0][1]].strip():
            spans = spans[1:]
        if spans and not line[spans[-1][0] : spans[-1][1]].strip():
            spans = spans[:-1]
    return spans
