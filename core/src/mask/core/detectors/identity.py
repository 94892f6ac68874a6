"""Identity detectors: US_SSN, US_PASSPORT, US_DRIVER_LICENSE, DATE_TIME (dates of birth)."""

from __future__ import annotations

from typing import Any

import regex

from .base import PatternDetector, Rule, words
from .dates import MONTH_DATE_PATTERN, MONTH_GATE, NUMERIC_DATE_PATTERN
from .runs import Alphabet
from .validators import is_birth_date, is_ssn

__all__ = ["dob_detector", "driver_license_detector", "passport_detector", "ssn_detector"]

_SSN_WORDS = words(
    "ssn",
    "ssns",
    "social security",
    "social security number",
    "social sec",
    "ss#",
    "ss #",
    "ssn#",
    "tin",
    "taxpayer",
    "my social",
    "your social",
    "his social",
    "her social",
    "their social",
    "social is",
)
_SSN_DASHED = regex.compile(r"(?<![0-9A-Za-z\-.])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9A-Za-z]|[\-.][0-9])")
_SSN_OTHER = regex.compile(r"(?<![0-9A-Za-z\-.])[0-9]{3}([ .]?)[0-9]{2}\1[0-9]{4}(?![0-9A-Za-z]|[\-. ][0-9])")
_SSN_DASHED_CHARS = Alphabet("0123456789-", 11, 2)
"""A dashed SSN is 11 digits and dashes in a row; its look-ahead reads two past it."""
_NOT_SSN = words("order", "invoice", "ticket", "tracking", "ref", "phone", "tel", "fax", "zip")


def ssn_detector(window: int) -> PatternDetector:
    """Dashed SSNs on their own; undashed or space/dot separated ones only with context."""
    rules = [
        Rule(
            "US_SSN",
            _SSN_DASHED,
            0.85,
            is_ssn,
            context=_SSN_WORDS,
            negative=_NOT_SSN,
            anchors=("-",),
            alphabet=_SSN_DASHED_CHARS,
        ),
        Rule("US_SSN", _SSN_OTHER, 0.9, is_ssn, context=_SSN_WORDS, context_required=True, max_length=11),
    ]
    return PatternDetector(name="us_ssn", rules=rules, window=window, needs_digit=True)


_PASSPORT = regex.compile(r"(?<![0-9A-Za-z\-])(?:[A-Za-z][0-9]{8}|[0-9]{9})(?![0-9A-Za-z])")


def passport_detector(window: int) -> PatternDetector:
    """US passport book numbers (9 digits, or a letter and 8 digits) near the word passport."""
    rule = Rule(
        "US_PASSPORT",
        _PASSPORT,
        0.85,
        context=words("passport", "passport number", "passport no", "passport #", "travel document"),
        context_required=True,
        max_length=9,
        window=32,
    )
    return PatternDetector(name="us_passport", rules=[rule], window=window, needs_digit=True)


_LICENSE = regex.compile(
    r"(?<![0-9A-Za-z\-])(?:WDL[A-Za-z0-9*]{9}|[A-Za-z]{1,2}[0-9]{4,14}|[A-Za-z][0-9]{3}(?:[ \-][0-9]{3,4}){2,3}|[0-9]{6,14}|[0-9]{3}-[0-9]{2,3}-[0-9]{3,4})(?![0-9A-Za-z])"
)


def driver_license_detector(window: int) -> PatternDetector:
    """State driver-license shapes (a letter or two and digits, or digits) near license words."""
    rule = Rule(
        "US_DRIVER_LICENSE",
        _LICENSE,
        0.8,
        context=words(
            "driver's license",
            "drivers license",
            "driver license",
            "driving licence",
            "driver's lic",
            "license number",
            "licence number",
            "dl",
            "dl#",
            "dln",
            "lic#",
            "license no",
        ),
        context_required=True,
        max_length=20,
        window=40,  # "driver's license on file to F2970467": the window reaches the phrase's start
        before_only=True,
    )
    return PatternDetector(name="us_driver_license", rules=[rule], window=window)  # WDL... may hold no digit


_DOB_WORDS = words(
    "dob",
    "d.o.b",
    "date of birth",
    "birth date",
    "birthdate",
    "birthday",
    "bday",  # "its my bday on 03/09/1998"
    "born",
    "geburtsdatum",
    "geb",  # geboren, on forms: "geb. am 3.4.1960" (a maiden name after it is no date: "geb. Müller")
    "date de naissance",
    "né le",
    "née le",
    # born somewhere, then the date: "nato a Bari il 14/07/1948", "née à Lyon le 3 mars 1950"
    "né",
    "née",
    "nato a",  # not "nato" alone: NATO
    "nata a",
    "nato il",
    "nata il",
    "nato nel",
    "nata nel",
    "nacido",
    "nacida",
    "nascido",
    "nascida",
    "geboren",
    "urodzony",
    "urodzona",
    "urodził się",
    "urodziła się",
    "narozen",
    "narozena",
    "född",
    "født",
    "syntynyt",
)


_DATE_BEFORE = regex.compile(r"[0-9][/.\-][0-9]{1,2}[/.\-][0-9]{2,4}[^0-9]{1,4}$")
"""A numeric date right before another: the first after a ``DOB`` label is the date of birth, the
next one a record's own (``DOB 12/03/1988. 2024-05-02 14:30 agent...``)."""


_CLOCK_AFTER = regex.compile(r"[ T][0-2]?[0-9]:[0-5][0-9]")
"""A time of day right after a date that opens a line or a bracket: a time stamp (a chat's
``[2026-12-01 10:01]``, a log line's), no date of birth (``born 3 March 1979 at 10:30`` is one)."""


_COMPACT_DATE = regex.compile(
    r"(?<![0-9A-Za-z])(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])"
)
"""A date written without separators, year first (``19610417``), as exports and HL7 write it."""


def _is_compact_birth_date(value: str) -> bool:
    """:func:`is_birth_date` of a date of :data:`_COMPACT_DATE`."""
    return is_birth_date(f"{value[:4]}-{value[4:6]}-{value[6:8]}")


class _BirthDates(PatternDetector):
    """The DOB rules' detector: a date right after another, or with a time of day after it, is no
    date of birth."""

    def score(self, rule: Rule, text: str, start: int, end: int, view: Any = None) -> float | None:
        if rule.context_required and (
            _DATE_BEFORE.search(text, max(0, start - 14), start) is not None
            or ((not start or text[start - 1] in "[\n") and _CLOCK_AFTER.match(text, end))
        ):
            return None
        return super().score(rule, text, start, end, view)


def dob_detector(window: int) -> PatternDetector:
    """Dates of birth: a real past date near ``DOB``, ``date of birth``, ``born``, ``birthday``,
    not right after another date (a label on the line above counts: ``Date of birth\n12/03/1988``)."""
    gated: dict[str, Any] = {
        "context": _DOB_WORDS,
        "context_required": True,
        "max_length": 30,
        "window": 24,
        "before_only": True,
    }
    rules = [
        Rule("DATE_TIME", regex.compile(NUMERIC_DATE_PATTERN), 0.85, is_birth_date, **gated),
        Rule(
            "DATE_TIME",
            regex.compile(MONTH_DATE_PATTERN, regex.IGNORECASE),
            0.85,
            is_birth_date,
            lower_pattern=regex.compile(MONTH_DATE_PATTERN),
            gate=MONTH_GATE,
            **gated,
        ),
    ]
    rules.append(Rule("DATE_TIME", _COMPACT_DATE, 0.85, _is_compact_birth_date, **gated))  # dob\n19610417
    rules.append(Rule("DATE_TIME", _AFTER_B, 0.85, is_birth_date, group="date", anchors=("b.",), max_length=34))
    return _BirthDates(name="date_of_birth", rules=rules, window=window, needs_digit=True)


_AFTER_B = regex.compile(rf"(?<![\w.])b\. ?(?P<date>{NUMERIC_DATE_PATTERN}|(?i:{MONTH_DATE_PATTERN}))")
"""A date right after ``b.``, the abbreviation of born (``Jane Roe (b. March 3, 1937)``): one
letter is too little to count as a context word anywhere near, so it must touch the date."""
