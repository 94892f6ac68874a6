"""Dates as people write them, for the date-of-birth rule."""

from __future__ import annotations

import re
from datetime import date

import regex

__all__ = ["MONTH_DATE_PATTERN", "MONTH_GATE", "MONTH_NAMES", "MONTH_WORDS", "NUMERIC_DATE_PATTERN", "parse_date"]

_MONTH_NAMES = (
    # English, French, Spanish, Italian, Portuguese, German, Dutch and Polish (the genitive a date takes)
    ("january", "jan", "janvier", "janv", "enero", "gennaio", "janeiro", "januar", "jänner", "januari", "stycznia"),
    (
        "february",
        "feb",
        "février",
        "fevrier",
        "févr",
        "febrero",
        "febbraio",
        "fevereiro",
        "februar",
        "februari",
        "lutego",
    ),
    ("march", "mar", "mars", "marzo", "março", "marco", "märz", "maerz", "maart", "marca"),
    ("april", "apr", "avril", "avr", "abril", "aprile", "kwietnia"),
    ("may", "mai", "mayo", "maggio", "maio", "mei", "maja"),
    ("june", "jun", "juin", "junio", "giugno", "junho", "juni", "czerwca"),
    ("july", "jul", "juillet", "juil", "julio", "luglio", "julho", "juli", "lipca"),
    ("august", "aug", "août", "aout", "agosto", "augustus", "sierpnia"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "września"),
    ("october", "oct", "octobre", "octubre", "ottobre", "outubro", "oktober", "okt", "października"),
    ("november", "nov", "novembre", "noviembre", "novembro", "listopada"),
    (
        "december",
        "dec",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dicembre",
        "dezembro",
        "dezember",
        "dez",
        "grudnia",
    ),
)
MONTH_WORDS = tuple(sorted({name for names in _MONTH_NAMES for name in names if len(name) > 3}))
"""The months' names written out (no ``jan``, ``mar``), in every language of :data:`_MONTH_NAMES`."""
"""Month names and abbreviations, lower case, one row per month."""
_MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
MONTH_NAMES = tuple(sorted(_MONTHS))
"""Every month's names and abbreviations, lower case (``may``, ``mar``, ``märz``)."""
_ENGLISH_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ANY_MONTH = r"\p{L}{3,12}\.?"
"""A word where a month may be, after the day: :func:`parse_date` decides (a pattern that opens
with a digit scans fast; one with every month name of eight languages does not)."""

NUMERIC_DATE_PATTERN = (
    r"(?<![0-9A-Za-z])[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}(?![0-9A-Za-z]|[-/.][0-9])"  # 1987-03-12, 03/12/1987
)
"""Source of a pattern matching numeric dates (:func:`parse_date` decides which are real)."""
MONTH_DATE_PATTERN = (
    r"(?<![0-9A-Za-z])(?:"
    rf"{_ENGLISH_MONTH} [0-3]?[0-9](?:st|nd|rd|th)?,? [12][0-9]{{3}}"  # March 12, 1987
    # 12 March 1987, 1er mars 1950, 3. März 1961, 3 de marzo de 1950, 3 maja 1977
    rf"|[0-3]?[0-9](?:st|nd|rd|th|er|º)?\.? (?:of |de )?{_ANY_MONTH},? (?:de )?[12][0-9]{{3}}"
    # 07-Aug-1956, 07/Aug/1956: as medical records and databases print a date
    rf"|[0-3]?[0-9]-{_ANY_MONTH}-[12][0-9]{{3}}|[0-3]?[0-9]/{_ANY_MONTH}/[12][0-9]{{3}}"
    r")(?![0-9\p{L}])"
)
"""Source of a pattern (for ``regex.IGNORECASE``) matching dates with a month name (the
validator keeps those whose word is a month of :data:`_MONTH_NAMES`)."""
MONTH_GATE = re.compile(
    r"[0-9]\.? (?:of |de )?[^\W\d_]{3,12}\.?,? (?:de )?[12][0-9]{3}|[0-9]([-/])[^\W\d_]{3,12}\.?\1[12][0-9]{3}"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
)
"""Every match of :data:`MONTH_DATE_PATTERN` holds one of these (lower case): a day, a word and
a year (``3 maja 1977``, ``07-mars-1956``), or the start of an English month name."""

_NUMERIC = regex.compile(r"([0-9]+)[-/.]([0-9]+)[-/.]([0-9]+)")
_WORDS = regex.compile(r"\p{L}+|[0-9]+")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> date | None:
    """The calendar date ``value`` names, or None. Day-first is tried when month-first fails."""
    m = _NUMERIC.fullmatch(value)
    if m:
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            return _make(a, b, c)
        if len(m.group(3)) == 4:
            return _make(c, a, b) or _make(c, b, a)
        return None
    parts = _WORDS.findall(value.lower())
    numbers = [int(p) for p in parts if p.isdigit()]
    months = [_MONTHS[p] for p in parts if p in _MONTHS]
    if len(numbers) != 2 or len(months) != 1:
        return None
    day, year = (numbers[0], numbers[1]) if numbers[1] > 31 else (numbers[1], numbers[0])
    return _make(year, months[0], day)
