"""HL7 v2 messages: the fields of the patient, next-of-kin, guarantor, insurance and visit
segments that hold personal data, by their position.

An HL7 v2 message (ADT, ORM, ORU...) is segments on lines (``\\r`` or ``\\n``), each fields
between ``|``, components between ``^``, repetitions between ``~`` (the separators ``MSH``
declares). No field has a name, so nothing labels ``Haverford^Lucinda^M`` as a name: the
standard's positions do. :func:`hl7_values` yields the components to read as values of a
type (``PID-5`` a patient's family and given names, ``PID-11`` the street, town and postal
code, ``PID-13`` a phone number, ``PID-19`` the SSN...); the ``labels`` detector then
protects each that fits its type's shape.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["hl7_values", "may_hold_hl7"]

_NAME = ("PERSON", "PERSON", "PERSON")
"""XPN: family name, given name, middle name."""
_DOCTOR = (None, "PERSON", "PERSON", "PERSON")
"""XCN: an id, then family, given and middle names."""
_ADDRESS = ("STREET_ADDRESS", "STREET_ADDRESS", "LOCATION", None, "ZIP_CODE")
"""XAD: street, other designation (``Apt 3B``), town, state, postal code (the country is left)."""
_ID = ("MEDICAL_RECORD_NUMBER",)
_PHONE = ("PHONE_NUMBER",)
_DATE = ("DATE_TIME",)
_SSN = ("US_SSN",)
_LICENSE = ("US_DRIVER_LICENSE",)

_FIELDS: dict[str, dict[int, tuple[str | None, ...]]] = {
    "PID": {
        2: _ID, 3: _ID, 4: _ID, 5: _NAME, 6: _NAME, 7: _DATE, 9: _NAME, 11: _ADDRESS, 13: _PHONE,
        14: _PHONE, 18: _ID, 19: _SSN, 20: _LICENSE,
    },
    "NK1": {2: _NAME, 4: _ADDRESS, 5: _PHONE, 6: _PHONE, 16: _DATE, 30: _NAME, 31: _PHONE, 32: _ADDRESS},
    "GT1": {3: _NAME, 5: _ADDRESS, 6: _PHONE, 7: _PHONE, 8: _DATE, 12: _SSN},
    "IN1": {16: _NAME, 18: _DATE, 19: _ADDRESS, 36: _ID, 49: _ID},
    "IN2": {2: _SSN},
    "PV1": {7: _DOCTOR, 8: _DOCTOR, 9: _DOCTOR, 17: _DOCTOR},
    "ORC": {10: _DOCTOR, 11: _DOCTOR, 12: _DOCTOR},
    "OBR": {16: _DOCTOR},
    "MRG": {1: _ID, 7: _NAME},
}  # fmt: skip
"""Per segment, the fields (by their HL7 number) that hold personal data, and the type of each component."""

_LAST_FIELD = {segment: max(fields) for segment, fields in _FIELDS.items()}
_GATES = tuple(f"{segment}|" for segment in _FIELDS)
_SEGMENT = regex.compile(rf"(?:^|(?<=[\r\n]))(?P<id>{'|'.join(_FIELDS)})\|")
"""A segment this module reads, at a line's start (HL7 ends segments with ``\r``); fields are
read between ``|`` (the separator every message in use declares)."""
_MAX_SEGMENT = 4096
"""Longest segment read (a hostile line is read this far)."""


def may_hold_hl7(text: str) -> bool:
    """A cheap test: ``text`` holds a segment this module reads."""
    return "|" in text and any(gate in text for gate in _GATES)


def _separators(text: str) -> tuple[str, str]:
    """The component and repetition separators ``MSH`` declares (``^`` and ``~`` by default)."""
    at = text.find("MSH|")
    if at >= 0 and at + 6 <= len(text):
        component, repetition = text[at + 4], text[at + 5]
        if not component.isalnum() and not repetition.isalnum() and component != repetition:
            return component, repetition
    return "^", "~"


def hl7_values(text: str, begin: int = 0) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entity type)`` of each component of a segment's field that holds personal data."""
    component, repetition = _separators(text)
    for segment in _SEGMENT.finditer(text, begin):
        line_end = min(len(text), segment.start() + _MAX_SEGMENT)
        for stop in ("\r", "\n"):
            found = text.find(stop, segment.end(), line_end)
            if found >= 0:
                line_end = found
        wanted = _FIELDS[segment.group("id")]
        last = _LAST_FIELD[segment.group("id")]
        at = segment.end()
        number = 1
        while at <= line_end and number <= last:
            field_end = text.find("|", at, line_end)
            if field_end < 0:
                field_end = line_end
            kinds = wanted.get(number)
            if kinds is not None and field_end > at:
                yield from _components(text, at, field_end, kinds, component, repetition)
            at = field_end + 1
            number += 1


def _components(
    text: str, start: int, end: int, kinds: tuple[str | None, ...], component: str, repetition: str
) -> Iterator[tuple[int, int, str]]:
    repeat_start = start
    while repeat_start <= end:
        repeat_end = text.find(repetition, repeat_start, end)
        if repeat_end < 0:
            repeat_end = end
        at = repeat_start
        for kind in kinds:
            if at > repeat_end:
                break
            piece_end = text.find(component, at, repeat_end)
            if piece_end < 0:
                piece_end = repeat_end
            if kind is not None and piece_end - at > 1:  # a lone letter (a middle initial, a sex) tells little
                if kind == "DATE_TIME" and piece_end - at > 8 and text[at : at + 8].isdigit():
                    piece_end = at + 8  # 196207141230: the date, not the time of day
                yield at, piece_end, kind
            at = piece_end + 1
        repeat_start = repeat_end + 1
