"""National identifiers outside the US that need no label: the detector ``national_id``.

Most national identifiers are only digits or a short code that other numbers share, so a
value counts when a label names it (``{"cpf": ...}``, ``PESEL: ...``, ``NHS number 943 476
5919``): that is the label detector's work, by shape, with no check that vetoes
(:mod:`.label_words`; types follow Presidio's names where it has one: ``UK_NHS``,
``ES_NIF``, ``IN_AADHAAR``..., else ``NATIONAL_ID``).

Three shapes are specific enough to stand alone, with python-stdnum's check: an Italian
*codice fiscale* (``RSSMRA85T10A562S``), a Brazilian CPF written with its dots and dash
(``123.456.789-09``), and a Chinese resident identity card number (``11010519491231002X``:
a region code python-stdnum knows, a date of birth and an ISO 7064 check; not one of 300,000
random 18-digit numbers passes). A fourth, a South African identity number
(``8001015009087``: a date of birth, a citizenship digit, 8 or 9 and a Luhn check), counts after
an ID word (``ID 8001015009087``). The first two rules run only near a match of a cheap trigger
pattern, the other two only in runs of digits (:mod:`.runs`).
"""

from __future__ import annotations

import regex

from .base import PatternDetector, Rule, words
from .runs import Alphabet
from .validators import get_validator

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
        Rule(
            "NATIONAL_ID",
            _CN_RIC,
            0.85,
            get_validator("stdnum:cn.ric"),
            context=words("resident identity", "id card"),
            alphabet=_CN_RIC_CHARS,
        ),
    ]
    return PatternDetector(name="national_id", rules=rules, window=window, needs_digit=True)
