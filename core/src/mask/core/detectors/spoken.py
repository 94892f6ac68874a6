"""Numbers read out digit by digit, as speech-to-text writes a caller's words.

A voice agent's transcript holds ``my number is four one five, five five five, zero one nine
eight`` or ``the card is four five three nine, one four eight eight, ...``: no digit for the
pattern detectors to find. The detector ``spoken_numbers`` reads runs of English digit words
(``zero``/``oh``, ``one`` to ``nine``, ``double``/``triple`` before one of them), separated by
blanks, commas, hyphens or ``dash``, and says what the digits are:

- 13 to 19 digits that pass the Luhn check: ``CREDIT_CARD``;
- nine digits after ``social``/``SSN``: ``US_SSN``;
- 7 to 15 digits: ``PHONE_NUMBER`` (under ten only with a phone word near: ``number``,
  ``call``, ``phone``, ``reach``...; counting ``one two three four five six seven`` is none).

It also reads a date of birth said in words (``born on the second of August nineteen
fifty-one``, ``date of birth eleven fourteen nineteen sixty-two``): ``DATE_TIME``, only with a
word of birth before it.

The digits the words spell are checked as the pattern detectors check written ones; the span is
the words, and the token that replaces them is a readable one (the words hold no digit to keep
the format of).
"""

from __future__ import annotations

import re

from .base import SpanFinder
from .validators import is_luhn

__all__ = ["SpokenNumberDetector", "spoken_dates", "spoken_digits"]

_DIGITS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_REPEAT = {"double": 2, "triple": 3}
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_HUNDRED = r"(?:[ \-](?:hundred|thousand))"
"""``hundred`` or ``thousand`` after a digit word, as callers group a number (``oh-seven-seven-hundred,
nine hundred, two-six-one``: 07700 900 261): two or three zeros."""
_ITEM = rf"(?:(?:double|triple)[ ])?{_WORD}{_HUNDRED}?"
_SEP = r"(?:[ ]?[,.\-][ ]?|[ ](?:dash|hyphen)[ ]|[ ])"
_RUN = re.compile(rf"(?<![\w'-]){_ITEM}(?:{_SEP}{_ITEM}){{3,24}}(?![\w'-])", re.IGNORECASE)
"""Four digit words or more (``oh`` counts as zero inside a run); seven digits or more count."""
_FIRST_PAIR = re.compile(rf"{_WORD}(?=[ ,.\-])[ ,.\-]+(?:(?:double|triple)[ ])?{_WORD}\b")
"""Two digit words in a row, searched in the lower-cased text (no look-behind, no ``IGNORECASE``:
three times faster than :data:`_RUN`): where a run may be."""
_TOKEN = re.compile(rf"(?:(double|triple)[ ])?({_WORD})(?:[ \-](hundred|thousand))?", re.IGNORECASE)
_PHONE_WORDS = re.compile(
    r"(?i:\b(?:numbers?|phone|call(?:back)?|cell|mobile|reach|text|dial|contact|landline|whatsapp|fax|extension)\b)"
)
_HUNDREDS = re.compile(r"hundred|thousand", re.IGNORECASE)
_SSN_WORDS = re.compile(r"(?i:\b(?:social|ssn|social security)\b)")
_CARD_WORDS = re.compile(r"(?i:\b(?:card|visa|mastercard|amex|credit|debit)\b)")
_WINDOW = 60
SCORE = 0.85


def spoken_digits(words: str) -> str:
    """The digits a run of digit words spells: ``double five`` is ``55``."""
    out: list[str] = []
    for m in _TOKEN.finditer(words):
        repeat = _REPEAT.get((m.group(1) or "").lower(), 1)
        out.append(_DIGITS[m.group(2).lower()] * repeat)
        if m.group(3) is not None:
            out.append("00" if m.group(3).lower() == "hundred" else "000")
    return "".join(out)


def _near(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    return pattern.search(text, max(0, start - _WINDOW), start) is not None or (
        pattern.search(text, end, min(len(text), end + 20)) is not None
    )


def spoken_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the numbers ``text`` reads out digit by digit (see the module)."""
    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        digits = spoken_digits(m.group())
        start, end = m.span()
        if 13 <= len(digits) <= 19 and is_luhn(digits):
            out.append((start, end, "CREDIT_CARD"))
        elif len(digits) == 9 and _near(_SSN_WORDS, text, start, end):
            out.append((start, end, "US_SSN"))
        elif 13 <= len(digits) <= 19 and _near(_CARD_WORDS, text, start, end):
            out.append((start, end, "CREDIT_CARD"))  # a card read out with a digit misheard
        elif (10 <= len(digits) <= 15 and not _HUNDREDS.search(m.group())) or (
            7 <= len(digits) <= 15 and _near(_PHONE_WORDS, text, start, end)
        ):
            # a run with "hundred" is a phone number only with a phone word near: "one hundred, two
            # hundred, three hundred, four hundred" is a count
            out.append((start, end, "PHONE_NUMBER"))
    return out


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_H = r"[ -]"


def _any(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_TWO_DIGITS = rf"(?:{_any(_TENS)}(?:{_H}{_any(_UNITS)})?|{_any(_TEENS)}|oh{_H}{_any(_UNITS)})"
"""A year's last two digits said as a number (``sixty-two``, ``twelve``, ``oh five``)."""
_YEAR = (
    rf"(?:(?:nineteen|twenty){_H}{_TWO_DIGITS}|nineteen[ ]hundred|two[ ]thousand(?:[ ]and)?(?:[ ]{_TWO_DIGITS}"
    rf"|[ ]{_any(_UNITS)})?|(?:19|20)[0-9]{{2}})"
)
_SHORT_YEAR = rf"(?:{_any(_TENS)}(?:{_H}{_any(_UNITS)})?)"
"""A year of the last century said by its last two digits (``seventy-eight``), after a day and a month."""
_DAY_ORDINAL = rf"(?:(?:twenty|thirty){_H}first|twenty{_H}{_any(_ORDINAL_UNITS[1:])}|{_any(_ORDINAL_TEENS)}|twentieth|thirtieth|{_any(_ORDINAL_UNITS)})"
_DAY_NUMBER = rf"(?:thirty(?:{_H}one)?|twenty(?:{_H}{_any(_UNITS)})?|{_any(_TEENS)}|{_any(_UNITS)})"
_MONTH_NUMBER = rf"(?:{_any(_TEENS[:3])}|{_any(_UNITS)})"
_SPOKEN_DATE = re.compile(
    rf"(?<![\w-])(?:(?:the[ ])?{_DAY_ORDINAL}[ ]of[ ]{_any(_MONTHS)},?[ ](?:{_YEAR}|{_SHORT_YEAR})"
    rf"|{_any(_MONTHS)}[ ](?:the[ ])?(?:{_DAY_ORDINAL}|{_DAY_NUMBER}),?[ ]{_YEAR}"
    rf"|{_MONTH_NUMBER}[ ]{_DAY_NUMBER},?[ ]{_YEAR})(?![\w-])",
    re.IGNORECASE,
)
"""A date said in words, as a transcript writes it: ``the second of August nineteen fifty-one``,
``fourth of November, seventy-eight``,
``March third, nineteen eighty-four``, ``eleven fourteen nineteen sixty-two`` (month, day, year)."""
_DIGIT_NEAR = re.compile(r"[0-9]")
_LONGEST_DATE = 80
"""Longer than any date :data:`_SPOKEN_DATE` reads (``the twenty-seventh of September nineteen
seventy-seven`` is 54 characters)."""
_YEAR_WORDS = ("nineteen", "twenty", "thousand", " of ")
"""One of these is in a lower-cased text that holds a date said in words: a year in words, or a
day's ordinal before ``of`` (plain substring tests: an alternation costs a hundred times more)."""
_BIRTH_WORDS = re.compile(r"\b(?:born|birth|birthday|dob|d\.o\.b|bday)\b")
"""A word of birth, in the lower-cased text."""
_BIRTH_WORDS_ANY_CASE = re.compile(_BIRTH_WORDS.pattern, re.IGNORECASE)
_BIRTH_STEMS = ("born", "birth", "dob", "d.o.b", "bday")
"""One of these is in a lower-cased text with a word of birth (substring tests: the pattern's
leading word boundary gives its scan nothing to skip ahead to)."""


def spoken_dates(text: str, lower: str | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, "DATE_TIME")`` of the dates said in words (:data:`_SPOKEN_DATE`) that start
    within :data:`_WINDOW` characters after a word of birth (``born on``, ``date of birth``): a
    birthday is personal, a date alone is not."""
    lower = text.lower() if lower is None else lower
    if not any(word in lower for word in _YEAR_WORDS):
        return []
    out: list[tuple[int, int, str]] = []
    at = 0
    # offsets of the lower-cased text are the text's unless lower-casing changed its length ("İ")
    births = _BIRTH_WORDS.finditer(lower) if len(lower) == len(text) else _BIRTH_WORDS_ANY_CASE.finditer(text)
    for birth in births:
        # a date starting within _WINDOW characters after the word (the pattern is searched
        # there only: it has no literal to skip ahead to)
        start = max(at, birth.end())
        if _DIGIT_NEAR.search(lower, start, start + 12) is not None:
            continue  # "dob": "1925-04-03": a date in digits follows (the date rules read it)
        m = _SPOKEN_DATE.search(text, start, min(len(text), birth.end() + _WINDOW + _LONGEST_DATE))
        if m is not None and m.start() <= birth.end() + _WINDOW:
            out.append((m.start(), m.end(), "DATE_TIME"))
            at = m.end()
    return out


class SpokenNumberDetector(SpanFinder):
    """Phone, card and social security numbers read out as digit words (see the module docstring)."""

    name = "spoken_numbers"
    score = SCORE
    entity_types = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "DATE_TIME"})

    def may_hold(self, text: str) -> bool:
        # two digit words in a row, or a word of birth (a date said in words may follow)
        lower = text.lower()
        return any(stem in lower for stem in _BIRTH_STEMS) or _FIRST_PAIR.search(lower) is not None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        lower = text.lower()
        numbers = spoken_spans(text) if _FIRST_PAIR.search(lower) is not None else []
        return numbers + spoken_dates(text, lower)
