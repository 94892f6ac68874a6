"""Machine-readable zones of travel documents (ICAO Doc 9303): the lines a passport, an ID card or
a visa prints at its foot, which KYC, check-in and OCR tools hand over as text::

    P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
    L898902C36UTO7408122F1204159ZE184226B<<<<<10

No rule for prose reads a name written ``ERIKSSON<<ANNA<MARIA`` or a document number run into its
check digit and nationality. The detector ``mrz`` reads the two 44-character lines of a passport
(TD3) and the three 30-character lines of an ID card (TD1), when the document number's and the
date of birth's check digits hold (Doc 9303 Part 3: weights 7, 3, 1; ``<`` counts 0, letters
10-35), and takes:

- the holder's names (the primary and secondary identifiers, ``<`` between them): ``PERSON`` (on
  a passport with the issuing state's three letters before them, which the names follow with no
  break: a token glued to letters would not be revealed);
- the document number: ``US_PASSPORT`` for a passport (the type every passport number takes
  here, Presidio's name), ``NATIONAL_ID`` for an ID card;
- the date of birth (``YYMMDD``): ``DATE_TIME``.

Nationality, sex and expiry stay (a country's code and a sex are no one's identity; an expiry date
alone names no one).

An airline's reservation (a PNR, as a GDS displays it) writes the same data in its own elements,
which the detector reads too:

- a numbered name element with its title (``1.MBEKI/THABO MR   2.MBEKI/LERATO MRS``, Sabre's
  ``1.1SMITH/JOHN MR``): the names, ``PERSON``;
- the APIS document line (``SSR DOCS XY HK1 P/ZAF/A09312874/ZAF/11JUN76/M/12MAR29/MBEKI/THABO/P1``:
  the document's kind, issuing state, number, nationality, date of birth, sex, expiry, surname and
  given names): the number (``US_PASSPORT`` for a passport, ``NATIONAL_ID`` otherwise), the date of
  birth and the names;
- a frequent flyer element (``FQTV XY MP XY84471920-P1``, ``SSR FQTV LH HK/ LH992001234567``): the
  number, ``PERSONAL_ID``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import SpanFinder
from .label_detector import STAGE_LABELS

__all__ = ["MrzDetector", "check_digit", "mrz_spans"]

_TD3 = re.compile(
    r"(?m)^[ \t]*(?P<l1>P[A-Z<](?P<state>[A-Z<]{3})(?P<names>[A-Z<]{39}))[ \t]*\r?\n"
    r"[ \t]*(?P<l2>(?P<number>[A-Z0-9<]{9})(?P<number_check>[0-9])[A-Z<]{3}"
    r"(?P<birth>[0-9]{6})(?P<birth_check>[0-9])[MFX<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9])[ \t]*$"
)
"""A passport's two lines: ``P``, a type letter, the issuing state and the names; the document
number and its check digit, nationality, date of birth and its check digit, sex, expiry, personal
number and the composite check digit."""
_TD1 = re.compile(
    r"(?m)^[ \t]*(?P<l1>[ACI][A-Z<][A-Z<]{3}(?P<number>[A-Z0-9<]{9})(?P<number_check>[0-9<])[A-Z0-9<]{15})[ \t]*\r?\n"
    r"[ \t]*(?P<l2>(?P<birth>[0-9]{6})(?P<birth_check>[0-9])[MFX<][0-9]{6}[0-9][A-Z<]{3}[A-Z0-9<]{11}[0-9])[ \t]*\r?\n"
    r"[ \t]*(?P<l3>(?P<names>[A-Z<]{30}))[ \t]*$"
)
"""An ID card's three lines: type, issuing state, document number and its check digit, optional
data; date of birth and its check digit, sex, expiry, nationality, optional data, composite check;
the names."""
_BCBP = re.compile(
    r"(?m)(?:^|(?<=[\s\"'>]))M[1-4](?P<name>[A-Z][A-Z' \-/]{19})[E ](?P<pnr>[A-Z0-9][A-Z0-9 ]{6})"
    r"[A-Z]{3}[A-Z]{3}[A-Z0-9]{2}[A-Z0-9 ][0-9 ]{4}[A-Z ][0-9]{3}"
)
"""An IATA bar-coded boarding pass's data as a scanner reads it (``M1FERNANDEZ ARRIBAS/LUEQ4LWZ8
MADCDGIB 3166 ...``): ``M``, the number of legs, the passenger's name in 20 characters (``SURNAME/
GIVEN``, cut or padded), the e-ticket mark, the booking reference in 7, the airports, the carrier,
the flight and the day of the year (IATA Resolution 792's mandatory items, fixed widths)."""
_PNR_NAME = re.compile(
    r"(?m)(?:^[ \t]*|[ \t]{2,})[0-9]{1,3}\."
    r"(?P<name>(?:[0-9]{1,2})?[A-Z][A-Z'\-]*(?:[ ][A-Z][A-Z'\-]*){0,2}/[A-Z][A-Z'\-]*(?:[ ][A-Z][A-Z'\-]*){0,3}?)"
    r"[ ](?:MRS|MR|MS|MISS|MSTR|DR|PROF|CHD|INF)(?![A-Za-z0-9])"
)
"""A PNR's name element: its number at a line's start or after a gap, ``SURNAME/GIVEN NAMES`` and a
title; Sabre's passenger number after the dot (``1.1SMITH/JOHN MR``) goes with the name, as a token
glued to a digit would not be revealed."""
_PNR_NAME_HINT = re.compile(r"[0-9]\.[0-9]{0,2}[A-Z][A-Z'\-]*(?:[ ][A-Z][A-Z'\-]*){0,2}/[A-Z]")
"""What a name element holds, looked for before :data:`_PNR_NAME` (whose opening, a line's start or a
gap, would be tried at every blank of a text): its number's dot and ``SURNAME/G``."""
_MONTH = "(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_NAME_PART = r"[A-Z][A-Z' \-]{0,40}"
_SSR_DOCS = re.compile(
    r"(?<![A-Z])SSR[ ]DOCS[ ](?:[A-Z0-9]{2}[ ])?(?:[A-Z]{2}[0-9]{1,3})?[ /]?"
    r"(?P<kind>[A-Z]{0,2})/[A-Z]{0,3}/(?P<number>[A-Z0-9]{0,20})/[A-Z]{0,3}/"
    rf"(?P<birth>[0-9]{{2}}{_MONTH}[0-9]{{2}})/(?:MI|FI|[MFUX])?/(?:[0-9]{{2}}{_MONTH}[0-9]{{2}})?/"
    rf"(?P<names>{_NAME_PART}(?:/(?!H(?![A-Z])|P[0-9])[A-Z][A-Z' \-]{{0,40}}){{0,2}})"
)
"""The APIS document line of a PNR: the document's kind (``P``: a passport), issuing state, number,
nationality, date of birth (``11JUN76``), sex, expiry, then the surname and given names, before
the multiple-passport mark (``/H``) and the passenger's number (``/P1``)."""
_FQTV = re.compile(
    r"(?<![A-Z])(?:SSR[ ])?FQT[VRS][ ][^\n]{0,24}?(?<![A-Z0-9])(?P<number>[A-Z]{0,3}[0-9]{5,20})(?![0-9])"
)
"""A PNR's frequent flyer element and the number in it, maybe after the airline's code
(``XY84471920``)."""
_NAMES = re.compile(r"[A-Z]+(?:<{1,2}[A-Z]+)*")
"""The names of an MRZ's name field: words joined by one ``<`` (within a name) or two (between
the primary and the secondary identifier); the filler ``<`` after them is left out."""
_WEIGHTS = (7, 3, 1)


def check_digit(field: str) -> int:
    """The ICAO 9303 check digit of ``field``: digits count as themselves, ``A``-``Z`` as 10-35,
    ``<`` as 0; weights 7, 3, 1 repeat; the sum modulo 10."""
    total = 0
    for i, ch in enumerate(field):
        if ch.isdigit():
            value = ord(ch) - 48
        elif "A" <= ch <= "Z":
            value = ord(ch) - 55
        else:
            value = 0
        total += value * _WEIGHTS[i % 3]
    return total % 10


def _checks(match: re.Match[str]) -> bool:
    """The document number's and the date of birth's check digits hold (a ``<`` for the number's
    means its number runs on into the optional data: not read here)."""
    number_check = match.group("number_check")
    return (
        number_check.isdigit()
        and check_digit(match.group("number")) == int(number_check)
        and check_digit(match.group("birth")) == int(match.group("birth_check"))
    )


def mrz_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of the names, document number and date of birth of each MRZ, and of
    the data of a boarding pass's bar code and of a PNR's elements."""
    for pattern, number_type in ((_TD3, "US_PASSPORT"), (_TD1, "NATIONAL_ID")):
        for m in pattern.finditer(text):
            if not _checks(m):
                continue
            names = _NAMES.search(text, m.start("names"), m.end("names"))
            if names is not None:
                # a passport's names follow the issuing state's letters with nothing between: the
                # token starts with the state (``P<UTO``+``ERIKSSON`` -> ``P<Person_...``), as a
                # token glued to a word's letters would not be found again to reveal it
                start = names.start()
                if number_type == "US_PASSPORT" and start == m.start("names"):
                    start = m.start("state")
                yield start, names.end(), "PERSON"
            number_end = m.start("number") + len(m.group("number").rstrip("<"))
            if number_end > m.start("number"):
                yield m.start("number"), number_end, number_type
            yield m.start("birth"), m.end("birth"), "DATE_TIME"
    if "/" in text:
        for m in _BCBP.finditer(text):
            name, pnr = m.group("name").rstrip(), m.group("pnr").rstrip()
            if "/" in name:
                # the name's token takes the format code before it and the e-ticket mark after it:
                # a token glued to letters or digits would not be revealed (``M1Person_...E``)
                yield m.start(), m.start("pnr"), "PERSON"
                yield m.start("pnr"), m.start("pnr") + len(pnr), "PERSONAL_ID"
    yield from _reservation_spans(text)


def _reservation_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of the names, travel documents and frequent flyer numbers of a PNR's
    elements (see the module docstring)."""
    if "/" in text and _PNR_NAME_HINT.search(text) is not None:
        for m in _PNR_NAME.finditer(text):
            yield m.start("name"), m.end("name"), "PERSON"
    if "DOCS" in text:
        for m in _SSR_DOCS.finditer(text):
            number = m.group("number")
            if number:
                kind = "US_PASSPORT" if m.group("kind") in ("P", "PP") else "NATIONAL_ID"
                yield m.start("number"), m.end("number"), kind
            yield m.start("birth"), m.end("birth"), "DATE_TIME"
            names = m.group("names").rstrip(" -")
            yield m.start("names"), m.start("names") + len(names), "PERSON"
    if "FQT" in text:
        for m in _FQTV.finditer(text):
            yield m.start("number"), m.end("number"), "PERSONAL_ID"


class MrzDetector(SpanFinder):
    """The names, document number and date of birth of a machine-readable zone (see the module
    docstring)."""

    name = "mrz"
    stage = STAGE_LABELS
    score = 0.97
    entity_types = frozenset({"PERSON", "US_PASSPORT", "NATIONAL_ID", "DATE_TIME", "PERSONAL_ID"})

    def may_hold(self, text: str) -> bool:
        return ("<<" in text and "\n" in text) or "/" in text or "FQT" in text

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        return mrz_spans(text)
