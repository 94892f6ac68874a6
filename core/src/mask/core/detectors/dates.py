"""Dates as people write them, for the date-of-birth rule."""

from __future__ import annotations

import re
from datetime import date

import regex

__all__ = ["MONTH_DATE_PATTERN", "MONTH_GATE", "NUMERIC_DATE_PATTERN", "parse_date"]

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

NUMERIC_DATE_PATTERN = (
    r"(?<![0-9A-Za-z])[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}(?![0-9A-Za-z]|[-/.][0-9])"  # 1987-03-12, 03/12/1987
)
"""Source of a pattern matching numeric dates (:func:`parse_date` decides which are real)."""
MONTH_DATE_PATTERN = (
    r"(?<![0-9A-Za-z])(?:"
    rf"{_MONTH} [0-3]?[0-9](?:st|nd|rd|th)?,? [12][0-9]{{3}}"  # March 12, 1987
    rf"|[0-3]?[0-9](?:st|nd|rd|th)? (?:of )?{_MONTH},? [12][0-9]{{3}}"  # 12 March 1987
    r")(?![0-9A-Za-z])"
)
"""Source of a pattern (for ``regex.IGNORECASE``) matching dates with a month name."""
MONTH_GATE = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
"""Every month name of :data:`MONTH_DATE_PATTERN` starts with one of these (lower case)."""

_NUMERIC = regex.compile(r"([0-9]+)[-/.]([0-9]+)[-/.]([0-9]+)")
_WORDS = regex.compile(r"[a-z]+|[0-9]+", regex.IGNORECASE)


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
