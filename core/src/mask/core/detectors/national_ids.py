"""National identifiers outside the US that need no label: the detector ``national_id``.

Most national identifiers are only digits or a short code that other numbers share, so a
value counts when a label names it (``{"cpf": ...}``, ``PESEL: ...``, ``NHS number 943 476
5919``): that is the label detector's work, by shape, with no check that vetoes
(:mod:`.label_words`; types follow Presidio's names where it has one: ``UK_NHS``,
``ES_NIF``, ``IN_AADHAAR``..., else ``NATIONAL_ID``).

Two shapes are specific enough to stand alone, with python-stdnum's check: an Italian
*codice fiscale* (``RSSMRA85T10A562S``) and a Brazilian CPF written with its dots and dash
(``123.456.789-09``). Each rule runs only near a match of a cheap trigger pattern.
"""

from __future__ import annotations

import regex

from .base import PatternDetector, Rule, words
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
    ]
    return PatternDetector(name="national_id", rules=rules, window=window, needs_digit=True)
