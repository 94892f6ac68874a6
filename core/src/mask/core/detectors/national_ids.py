"""National identifiers outside the US that need no label: the detector ``national_id``.

Most national identifiers are only digits or a short code that other numbers share, so a
value counts when a label names it (``{"cpf": ...}``, ``PESEL: ...``, ``NHS number 943 476
5919``): that is the label detector's work, by shape, with no check that vetoes
(:mod:`.label_words`; types follow Presidio's names where it has one: ``UK_NHS``,
``ES_NIF``, ``IN_AADHAAR``..., else ``NATIONAL_ID``).

Some shapes are specific enough to stand alone, with python-stdnum's check: an Italian
*codice fiscale* (``RSSMRA85T10A562S``), a Brazilian CPF written with its dots and dash
(``123.456.789-09``), a Chinese resident identity card number (``11010519491231002X``:
a region code python-stdnum knows, a date of birth and an ISO 7064 check; not one of 300,000
random 18-digit numbers passes), a Malaysian MyKad number with its dashes (``960201-10-9905``:
a date of birth, a place of birth's code, ``my.nric``) and a Belgian national number with its
dots and dash (``79.08.20-858.63``: a date of birth and a mod-97 check, ``be.nn``) and a Thai personal identification number in its
printed 1-4-5-2-1 groups (``1-2345-67890-12-1``, ``th.pin``). Two more
have a published check python-stdnum lacks, implemented here: a Taiwanese national identification
number (``A123456789``: a letter for the place of registration, 1 or 2 for the sex, 8 or 9 for a
resident's certificate, a weighted check digit) and a Hong Kong identity card number with its
check digit in brackets (``K997365(6)``, mod 11). A number after a negative word (``order``,
``invoice``...) stays. A South African identity number (``8001015009087``: a date of birth, a
citizenship digit, 8 or 9 and a Luhn check) counts after an ID word (``ID 8001015009087``), and
in that shape right after ``ID:`` whatever its check digit, a
Turkish T.C. Kimlik number (``10180523336``, ``tr.tckimlik``) after ``kimlik`` or ``TCKN``
(``tc kimlik laz\u0131msa 35271003696``). An identity number written right after its label in
Chinese, with no colon or blank between (``\u8eab\u4efd\u8bc151010719781222364X``,
``\u9999\u6e2f\u8eab\u4efd\u8b49\u865f\u78bc\u70ba K997365(6)``), is the label's value: no
check, as the label detector reads one after its separator. The codice fiscale and CPF rules run
only near a match of a cheap trigger pattern, the labelled ones only where their words occur, the
others only in runs of their characters (:mod:`.runs`).
"""

from __future__ import annotations

import regex

from .base import PatternDetector, Rule, words
from .runs import Alphabet
from .validators import get_validator, is_luhn

__all__ = ["national_id_detector"]

_NOT_AFTER = r"(?<![A-Za-z0-9\-./])"
_NOT_BEFORE = r"(?![A-Za-z0-9]|[\-./][A-Za-z0-9])"
_OMOCODE = "[0-9LMNPQRSTUV]"
"""A digit of a codice fiscale, or the letter that replaces it in a homocode."""
_FISCAL_CODE = rf"[A-Z]{{6}}{_OMOCODE}{{2}}[ABCDEHLMPRST]"
"""Surname and name letters, year, month letter: how a codice fiscale starts."""
_CPF = r"\.[0-9]{3}\.[0-9]{3}-[0-9]{2}"
"""The dotted middle and the dashed check digits of a written CPF."""
_CN_RIC = regex.compile(
    r"(?<![0-9A-Za-z\-.])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"
    r"(?![0-9A-Za-z])"
)
"""A Chinese resident identity card number: region, date of birth, sequence, check digit or X."""
_CN_RIC_CHARS = Alphabet("0123456789Xx", 18, 1)
_ZA_ID = regex.compile(
    r"(?<![0-9A-Za-z\-.])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{4}[01][89][0-9](?![0-9A-Za-z])"
)
"""A South African identity number: date of birth, sequence, citizenship (0 or 1), 8 or 9, a Luhn
check digit. Only after an ID word: a 13-digit number of that form is rarer than the CN one, but
a date and a Luhn digit leave 1 in 500 random ones."""
_ZA_ID_CHARS = Alphabet("0123456789", 13, 0)
_ZA_ID_UNDER_LABEL = regex.compile(
    r"(?<![\w.])(?:ID|I\.D\.)(?:[ ](?:No|Nr|Number))?\.?[ \t]?[:#][ \t]{0,4}(?P<id>"
    + _ZA_ID.pattern.removeprefix(r"(?<![0-9A-Za-z\-.])")
    + ")"
)
"""A South African identity number's shape right after ``ID:`` (``ID: 9107235812086``, a form's
row): a date of birth, a citizenship digit and 8 or 9 in thirteen digits under that label are the
person's number whatever its check digit (a typo in it leaves it the person's)."""


_TH_ID = regex.compile(r"(?<![0-9A-Za-z\-./])[1-8]-[0-9]{4}-[0-9]{5}-[0-9]{2}-[0-9](?![0-9A-Za-z]|[\-./][0-9A-Za-z])")
"""A Thai personal identification number in its printed groups (``1-2345-67890-12-1``): the person's
category, the registering office, the book and sequence numbers and a mod-11 check digit. The
person's tax number too: the grouping is the card's alone."""
_TH_ID_TRIGGER = regex.compile(r"-[0-9]{5}-[0-9]{2}-")


_MY_NRIC = regex.compile(
    r"(?<![0-9A-Za-z\-./])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-[0-9]{2}-[0-9]{4}"
    r"(?![0-9A-Za-z]|[\-./][0-9A-Za-z])"
)
"""A MyKad number with its dashes: date of birth, place of birth, serial (``960201-10-9905``)."""
_MY_NRIC_CHARS = Alphabet("0123456789-", 14, 2)
_BE_NN = regex.compile(
    r"(?<![0-9A-Za-z\-./])[0-9]{2}\.(?:0[0-9]|1[0-2])\.[0-3][0-9]-[0-9]{3}\.[0-9]{2}(?![0-9A-Za-z]|[\-./][0-9A-Za-z])"
)
"""A Belgian national number as written: ``YY.MM.DD-SSS.CC`` (a month or a day of 00: a date not known)."""
_BE_NN_CHARS = Alphabet("0123456789.-", 15, 2)
_TW_ID = regex.compile(r"(?<![0-9A-Za-z])[A-Z][1289][0-9]{8}(?![0-9A-Za-z])")
"""A Taiwanese national identification number: a letter, 1 or 2 (8 or 9 on a resident's certificate), eight digits."""
_HK_ID = regex.compile(r"(?<![0-9A-Za-z])[A-Z]{1,2}[0-9]{6}\([0-9A]\)(?![0-9A-Za-z])")
"""A Hong Kong identity card number with its check digit in brackets (``K997365(6)``, ``XA123456(A)``)."""
_UPPER_ID_CHARS = Alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ()", 10, 1)
"""Capitals, digits and brackets, ten in a row: where a Taiwanese or a Hong Kong number may be."""
_TR_ID = regex.compile(r"(?<![0-9A-Za-z\-.])[1-9][0-9]{10}(?![0-9A-Za-z])")
"""A Turkish T.C. Kimlik number: eleven digits, the first not 0 (python-stdnum checks the two last)."""
_UK_NINO = regex.compile(
    r"(?<![0-9A-Za-z\-.])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?:[ ]?[0-9]{2}){3}[ ]?[A-D](?![0-9A-Za-z])"
)
"""A UK National Insurance number: two letters of the allowed prefixes, six digits, a suffix A to D
(``JT 48 29 15 C``); only with ``NI``, ``national insurance`` or ``NINO`` near (``please confirm
the NI number we have on file is JT 48 29 15 C``), where no label sits right before it."""
_NINO_WORDS = ("national insurance", "nino", "ni number", "ni no", "n.i.")
_NL_BSN = regex.compile(r"(?<![0-9A-Za-z\-.])[0-9]{4}\.?[0-9]{2}\.?[0-9]{3}(?![0-9A-Za-z]|[\-.][0-9])")
"""A Dutch citizen service number (BSN): nine digits, maybe dotted (``1455.27.013``); its eleven-test
(``nl.bsn``) leaves one random number in eleven, so only after ``BSN`` or ``burgerservicenummer``
(``Burgerservicenummer (BSN) van de verzekerde: 145527013``)."""
_SA_ID = regex.compile(r"(?<![0-9A-Za-z\-.])[12][0-9]{9}(?![0-9A-Za-z])")
"""A Saudi national identity number (1: a citizen's) or iqama (2: a resident's): ten digits, a Luhn check."""
_SA_ID_WORDS = (
    "\u0647\u0648\u064a\u0629", "\u0627\u0644\u0647\u0648\u064a\u0629",
    "\u0625\u0642\u0627\u0645\u0629", "\u0627\u0644\u0625\u0642\u0627\u0645\u0629",
    "\u0627\u0642\u0627\u0645\u0629", "\u0627\u0644\u0627\u0642\u0627\u0645\u0629", "iqama",
    "\u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a",
)  # fmt: skip
"""Identity (\u0647\u0648\u064a\u0629), residence permit (\u0625\u0642\u0627\u0645\u0629, iqama) and civil
registry (\u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a) in Arabic, with and without the article:
words a Saudi number follows."""
_CJK_ID_WORDS = ("\u8eab\u4efd\u8bc1", "\u8eab\u4efd\u8b49", "\u8eab\u5206\u8b49", "\u8eab\u5206\u8bc1")
"""Identity card in simplified and traditional Chinese (\u8eab\u4efd\u8bc1, \u8eab\u5206\u8b49)."""
_CJK_LABELLED_ID = regex.compile(
    rf"(?:{'|'.join(_CJK_ID_WORDS)})"
    r"(?:\u53f7\u7801|\u865f\u78bc|\u5b57\u865f|\u5b57\u53f7|\u53f7|\u865f|\u7edf\u4e00\u7f16\u53f7|\u7d71\u4e00\u7de8\u865f)?"
    r"[ ]?(?:[:\uff1a]|\u4e3a|\u70ba|\u662f)?[ ]?"
    r"(?P<id>[0-9]{17}[0-9Xx]|[A-Z][0-9]{9}|[A-Z]{1,2}[0-9]{6}\(?[0-9A]\)?)(?![0-9A-Za-z])"
)
"""A Chinese, Taiwanese or Hong Kong identity number right after its label in Chinese (number, is, a
colon: \u53f7\u7801, \u4e3a, \uff1a), maybe with no blank between."""
_NOT_AN_ID = words(
    "order", "invoice", "inv", "ref", "reference", "ticket", "tracking", "batch", "lot", "serial", "sku",
    "part", "booking", "receipt", "transaction", "txn", "shipment", "waybill", "awb", "case", "build",
)  # fmt: skip
"""Words before a number that make it a record's, not a person's (``Order 240115-01-0001``)."""

_TW_LETTERS = {ch: n for n, ch in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", 10)}
"""The number of each first letter of a Taiwanese identification number (A=10 ... H=17, J=18 ...
V=29, X=30, Y=31, W=32, Z=33, I=34, O=35), as the Ministry of the Interior publishes it."""
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def is_tw_id(value: str) -> bool:
    """A Taiwanese national identification number's check: the first letter's two digits and the
    nine digits after it, weighted 1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1, sum to a multiple of ten."""
    value = value.strip().upper()
    code = _TW_LETTERS.get(value[:1])
    if code is None or len(value) != 10 or not value[1:].isdigit() or not value.isascii():
        return False
    digits = (code // 10, code % 10, *(int(ch) for ch in value[1:]))
    return sum(w * d for w, d in zip(_TW_WEIGHTS, digits, strict=True)) % 10 == 0


def is_hk_id(value: str) -> bool:
    """A Hong Kong identity card number's check (mod 11): one or two letters (a lone one after a
    blank worth 36, a letter A=10 ... Z=35) and six digits, weighted 9 down to 2, and the check
    digit (``A`` for 10) make a multiple of eleven."""
    body = value.strip().upper().replace("(", "").replace(")", "")
    if not body.isascii() or not 8 <= len(body) <= 9 or not body[-7:-1].isdigit():
        return False
    letters, digits, check = body[:-7], body[-7:-1], body[-1]
    if not letters.isalpha():
        return False
    values = [36] * (2 - len(letters)) + [ord(ch) - 55 for ch in letters] + [int(ch) for ch in digits]
    total = sum(w * v for w, v in zip(range(9, 1, -1), values, strict=True))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


def national_id_detector(window: int) -> PatternDetector:
    """Codici fiscali and written CPFs with a valid check (see the module docstring)."""
    rules = [
        Rule(
            "IT_FISCAL_CODE",
            regex.compile(rf"{_NOT_AFTER}{_FISCAL_CODE}{_OMOCODE}{{2}}[A-Z]{_OMOCODE}{{3}}[A-Z]{_NOT_BEFORE}"),
            0.85,
            get_validator("stdnum:it.codicefiscale"),
            context=words("codice fiscale", "cod. fiscale", "fiscal code"),
            trigger=regex.compile(_FISCAL_CODE),
            reach=16,
            max_length=16,
        ),
        Rule(
            "NATIONAL_ID",
            regex.compile(rf"{_NOT_AFTER}[0-9]{{3}}{_CPF}{_NOT_BEFORE}"),
            0.85,
            get_validator("stdnum:br.cpf"),
            context=words("cpf"),
            trigger=regex.compile(_CPF),
            reach=8,
            max_length=14,
        ),
        Rule(
            "NATIONAL_ID",
            _ZA_ID,
            0.85,
            get_validator("stdnum:za.idnr"),
            context=words("id", "id number", "id no", "identity number", "sa id", "rsa id", "identity document"),
            context_required=True,
            anchors=("ID", "Id", " id", "identity"),  # its runs are read only where an ID word may be
            alphabet=_ZA_ID_CHARS,
        ),
        Rule("NATIONAL_ID", _ZA_ID_UNDER_LABEL, 0.85, group="id", anchors=("ID", "I.D."), max_length=30),
        Rule(
            "NATIONAL_ID",
            _TH_ID,
            0.85,
            get_validator("stdnum:th.pin"),
            trigger=_TH_ID_TRIGGER,
            reach=7,
            max_length=17,
        ),
        Rule(
            "NATIONAL_ID",
            _CN_RIC,
            0.85,
            get_validator("stdnum:cn.ric"),
            context=words("resident identity", "id card"),
            alphabet=_CN_RIC_CHARS,
        ),
        Rule(
            "NATIONAL_ID",
            _MY_NRIC,
            0.85,
            get_validator("stdnum:my.nric"),
            context=words("ic", "i/c", "mykad", "nric", "kad pengenalan", "kp"),
            negative=_NOT_AN_ID,
            alphabet=_MY_NRIC_CHARS,
        ),
        Rule(
            "NATIONAL_ID",
            _BE_NN,
            0.85,
            get_validator("stdnum:be.nn"),
            context=words("rijksregisternummer", "registre national", "national number", "nn", "insz", "niss"),
            negative=_NOT_AN_ID,
            alphabet=_BE_NN_CHARS,
        ),
        Rule(
            "NATIONAL_ID",
            _TW_ID,
            0.85,
            is_tw_id,
            context=words("id", "id no", "national id", "taiwan id"),
            negative=_NOT_AN_ID,
            alphabet=_UPPER_ID_CHARS,
        ),
        Rule(
            "NATIONAL_ID",
            _HK_ID,
            0.85,
            is_hk_id,
            context=words("hkid", "hong kong id", "id card", "identity card"),
            negative=_NOT_AN_ID,
            alphabet=_UPPER_ID_CHARS,
        ),
        Rule(
            "NATIONAL_ID",
            _TR_ID,
            0.85,
            get_validator("stdnum:tr.tckimlik"),
            context=words("kimlik", "tckn", "tc no", "t.c. no", "tc kimlik", "t.c. kimlik"),
            context_required=True,
            anchors=("kimlik", "tckn", "tc no", "t.c. no"),
            anchors_lower=True,
            max_length=11,
        ),
        Rule(
            "NATIONAL_ID",
            _NL_BSN,
            0.85,
            get_validator("stdnum:nl.bsn"),
            context=words("bsn", "burgerservicenummer", "sofinummer", "sofi nummer"),
            context_required=True,
            anchors=("bsn", "burgerservice", "sofi"),
            anchors_lower=True,
            max_length=11,
        ),
        Rule(
            "NATIONAL_ID",
            _SA_ID,
            0.85,
            is_luhn,
            context=words(*_SA_ID_WORDS),
            context_required=True,
            anchors=_SA_ID_WORDS,
            anchors_lower=True,
            max_length=10,
        ),
        Rule(
            "UK_NINO",
            _UK_NINO,
            0.85,
            context=words(*_NINO_WORDS),
            context_required=True,
            anchors=_NINO_WORDS,
            anchors_lower=True,
            max_length=13,
        ),
        Rule("NATIONAL_ID", _CJK_LABELLED_ID, 0.95, group="id", anchors=_CJK_ID_WORDS, max_length=40),
    ]
    return PatternDetector(name="national_id", rules=rules, window=window, needs_digit=True)
