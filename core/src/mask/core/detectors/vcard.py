"""Contact cards and calendar entries (vCard, iCalendar): the property names a value's type.

A tool that reads contacts (CardDAV, an export) or calendars hands over text such as::

    BEGIN:VCARD
    N:Kowalska;Anna;;;
    FN:Anna Kowalska
    ADR;TYPE=HOME:;;ul. Długa 5;Warszawa;;00-001;Poland
    BDAY:1985-04-12
    END:VCARD
    BEGIN:VEVENT
    ATTENDEE;CN=Sophie Laurent;ROLE=REQ-PARTICIPANT:mailto:sophie@example.fr
    END:VEVENT

No rule for free text reads ``Kowalska;Anna``, a bare postcode or a date after ``BDAY``. In text
that holds ``BEGIN:VCARD``, ``BEGIN:VEVENT`` (or another calendar component), the detector
``vcard`` reads each content line (``group.NAME;PARAMS:VALUE``, folded lines included) and takes
the values the property names (RFC 6350, RFC 5545):

- ``FN``, ``NICKNAME`` and the family, given and additional names of ``N``: ``PERSON``;
- ``ADR``: PO box, extended address and street ``STREET_ADDRESS``, locality ``LOCATION``,
  postal code ``ZIP_CODE`` (region and country stay);
- ``ORG``: the organization's name (not its units): ``ORGANIZATION``;
- ``BDAY``, ``ANNIVERSARY``, ``DEATHDATE``: ``DATE_TIME``;
- ``TEL`` with at least seven digits: ``PHONE_NUMBER``;
- a ``CN`` parameter (``ATTENDEE;CN=...``, ``ORGANIZER;CN=...``): ``PERSON``.

E-mail addresses, URLs and free text (``NOTE``, ``SUMMARY``) are left to the other detectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import SpanFinder
from .label_detector import STAGE_LABELS

__all__ = ["VCardDetector"]

SCORE = 0.97
"""Above the label detector's scores: a property name is a precise label, and its span is the whole
component (``Nowak Logistics Sp. z o.o.`` with its last dot)."""
_BEGIN = re.compile(r"^BEGIN:(?:VCARD|VEVENT|VTODO|VJOURNAL|VCALENDAR)\s*$", re.IGNORECASE | re.MULTILINE)
_LINE = re.compile(
    r"^(?:[A-Za-z0-9\-]{1,40}\.)?(?P<name>[A-Za-z][A-Za-z0-9\-]{0,40})"
    r"(?P<params>(?:;(?:[^;:\"\r\n]|\"[^\"\r\n]*\")*)*):"
    r"(?P<value>[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)",
    re.MULTILINE,
)
"""A content line: an optional group, the property name, its parameters (a quoted one may hold
``:`` or ``;``), and its value with the folded lines that continue it."""
_CN = re.compile(r";CN=(?:\"(?P<quoted>[^\"\r\n]*)\"|(?P<plain>[^;:\"\r\n]*))", re.IGNORECASE)
_COMPONENT = re.compile(r"(?:\\.|[^;\\])*")
"""One ``;``-separated component of a structured value (``\\;`` is an escaped semicolon)."""
_DIGIT = re.compile(r"\d")

_WHOLE = {
    "FN": "PERSON",
    "NICKNAME": "PERSON",
    "BDAY": "DATE_TIME",
    "ANNIVERSARY": "DATE_TIME",
    "DEATHDATE": "DATE_TIME",
}
_COMPONENTS = {
    "N": {0: "PERSON", 1: "PERSON", 2: "PERSON"},
    "ADR": {0: "STREET_ADDRESS", 1: "STREET_ADDRESS", 2: "STREET_ADDRESS", 3: "LOCATION", 5: "ZIP_CODE"},
    "ORG": {0: "ORGANIZATION"},
}


def _components(value: str, at: int) -> Iterator[tuple[int, int, int]]:
    """``(index, start, end)`` of each component of a structured value starting at ``at``."""
    pos, index = 0, 0
    while pos <= len(value):
        m = _COMPONENT.match(value, pos)
        end = m.end() if m is not None else pos
        yield index, at + pos, at + end
        index += 1
        pos = end + 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start, end`` without the blanks and folds at either end; None when nothing is left."""
    while start < end and text[start] in " \t\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return (start, end) if start < end else None


def card_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of the values the properties of ``text`` name (see the module)."""
    for line in _LINE.finditer(text):
        name = line.group("name").upper()
        start = line.start("value")
        value = line.group("value")
        etype = _WHOLE.get(name)
        if etype is not None:
            span = _trimmed(text, start, line.end("value"))
            if span is not None:
                yield span[0], span[1], etype
        elif name in _COMPONENTS:
            wanted = _COMPONENTS[name]
            for index, a, b in _components(value, start):
                if index > max(wanted):
                    break
                kind = wanted.get(index)
                span = _trimmed(text, a, b) if kind is not None else None
                if span is not None:
                    yield span[0], span[1], kind
        elif name == "TEL":
            number_at = start + 4 if value[:4].lower() == "tel:" else start
            span = _trimmed(text, number_at, line.end("value"))
            if span is not None and len(_DIGIT.findall(text, span[0], span[1])) >= 7:
                yield span[0], span[1], "PHONE_NUMBER"
        params = line.group("params")
        if params and "=" in params:
            for cn in _CN.finditer(text, line.start("params"), line.end("params")):
                group = "quoted" if cn.group("quoted") is not None else "plain"
                span = _trimmed(text, cn.start(group), cn.end(group))
                if span is not None:
                    yield span[0], span[1], "PERSON"


class VCardDetector(SpanFinder):
    """The values vCard and iCalendar properties name (see the module docstring)."""

    name = "vcard"
    stage = STAGE_LABELS
    score = SCORE
    entity_types = frozenset(
        {"PERSON", "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "ORGANIZATION", "DATE_TIME", "PHONE_NUMBER"}
    )

    def may_hold(self, text: str) -> bool:
        return ("BEGIN:" in text or "begin:" in text or "Begin:" in text) and _BEGIN.search(text) is not None

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        return card_spans(text)
