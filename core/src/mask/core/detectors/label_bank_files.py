"""The parties of a bank's payment files, whose fields no label names: a NACHA (ACH) file's fixed
columns, a SWIFT MT103's tagged fields and an ISO 20022 message's party agents.

A NACHA file writes its records in 94 columns without a label: an entry detail record (``6``)
holds the receiver's bank routing number (eight digits and a check digit), their account, the
amount, the individual identification number and the individual's name::

    62212104306934195143488      0000184250EMP00417       ROSA M GARCIA           0091000010000001

The file header (``1``) holds the originator's name in columns 64-86 and a batch header (``5``)
the company's name in columns 5-20: often a small business or a person trading in their own name.

An MT103 names the ordering customer (``:50K:``) and the beneficiary (``:59:``) with an optional
``/account`` line, a name line and up to three address lines; their banks (``:52A:``, ``:57A:``)
and the message header's sender and receiver are BICs: part of the parties' account details, as a
sort code is. An ISO 20022 message (pain.001, pacs.008) writes the debtor's and creditor's agents
as ``<FinInstnId><BICFI>BNPAFRPPXXX</BICFI>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["bank_file_values", "may_hold_bank_files"]

_NACHA_WIDTH = 94
_ENTRY = re.compile(r"6[2-5][0-9][0-9]{9}[ A-Za-z0-9\-]{17}[0-9]{10}")
"""The start of an entry detail record: its type, transaction code, routing number and check
digit, DFI account and amount."""
_HEADERS = re.compile(r"(?:1[0-9]{2}[ 0-9]{20}[0-9]{10}[0-9A-Z]|5[0-9]{3})")
_FIELDS = {
    "6": ((3, 12, "ABA_ROUTING_NUMBER"), (12, 29, "US_BANK_NUMBER"), (39, 54, "PERSONAL_ID"), (54, 76, "PERSON")),
    "1": ((63, 86, "ORGANIZATION"),),
    "5": ((4, 20, "ORGANIZATION"),),
}
"""Per record type, the columns (0-based, end excluded) of each personal field and its type."""

_MT_TAG = re.compile(r"(?m)^:(50K|50F|59|59F|52A|57A|50A|59A):")
_MT_NEXT = re.compile(r"(?m)^(?::[0-9]{2}[A-Z]?:|-\})")
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])")
_MT_HEADER = re.compile(
    r"\{1:F01([A-Z]{6}[A-Z0-9]{2})[A-Z0-9]{4}[0-9]{10}\}\{2:[IO]103(?:[0-9]{10})?([A-Z]{6}[A-Z0-9]{2})"
)
"""The MT header's sender (block 1's logical terminal) and receiver (block 2's): their BICs."""
_XML_BIC = re.compile(r"<FinInstnId>\s*<(BICFI|BIC)>([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)</\1>")


def may_hold_bank_files(text: str) -> bool:
    """A cheap test before :func:`bank_file_values`: a NACHA record's line, an MT103's tag or an
    ISO 20022 agent."""
    return "\n6" in text or text.startswith(("6", ":5")) or "\n:5" in text or "<FinInstnId>" in text


def bank_file_values(text: str, begin: int = 0) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of each personal field of a payment file in ``text`` from ``begin``."""
    if "\n6" in text or text.startswith("6"):
        yield from _nacha(text, begin)
    if ("\n:5" in text or text.startswith(":5")) and _MT_TAG.search(text, begin) is not None:
        yield from _mt103(text, begin)
    if "<FinInstnId>" in text:
        for m in _XML_BIC.finditer(text, begin):
            yield m.start(2), m.end(2), "SWIFT_CODE"


def _lines(text: str, begin: int) -> Iterator[tuple[int, str]]:
    at = begin
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield at, text[at:end].rstrip("\r")
        at = end + 1


def _nacha(text: str, begin: int) -> Iterator[tuple[int, int, str]]:
    """The fields of a NACHA file's records: only in a text with an entry detail record of 94
    columns, so that a line of another kind that starts with ``1`` or ``5`` is never read."""
    if not _has_entry(text, begin):
        return
    records = [(at, line) for at, line in _lines(text, begin) if len(line) == _NACHA_WIDTH]
    for at, line in records:
        kind = line[0]
        if kind == "6" and _ENTRY.match(line) is None:
            continue
        if kind in "15" and _HEADERS.match(line) is None:
            continue
        for lo, hi, etype in _FIELDS.get(kind, ()):
            value = line[lo:hi]
            stripped = value.strip()
            if not stripped or set(stripped) <= {"0"}:
                continue
            start = at + lo + (len(value) - len(value.lstrip()))
            yield start, start + len(stripped), etype


def _has_entry(text: str, begin: int) -> bool:
    """Whether a line of ``text`` from ``begin`` is an entry detail record: only the lines that
    open with ``6`` are looked at."""
    if text.startswith("6", begin):
        at = begin
    else:
        found = text.find("\n6", begin)
        if found < 0:
            return False
        at = found + 1
    while True:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if len(text[at:end].rstrip("\r")) == _NACHA_WIDTH and _ENTRY.match(text, at) is not None:
            return True
        found = text.find("\n6", end)
        if found < 0:
            return False
        at = found + 1


def _mt103(text: str, begin: int) -> Iterator[tuple[int, int, str]]:
    """An MT103's parties: the account after ``/``, the name line and the address lines of
    ``:50K:`` and ``:59:`` (``:50F:``/``:59F:`` number their lines ``1/``, ``2/``...), the BICs of
    ``:52A:``, ``:57A:`` and the header."""
    for m in _MT_TAG.finditer(text, begin):
        tag = m.group(1)
        stop = _MT_NEXT.search(text, m.end())
        end = len(text) if stop is None else stop.start()
        if tag.endswith("A"):
            lines = list(_lines(text[:end], m.end()))
            for at, line in lines[-1:] if lines and lines[0][1].startswith("/") else lines[:1]:
                bic = _BIC.match(line)
                if bic is not None:
                    yield at, at + bic.end(), "SWIFT_CODE"
            continue
        for i, (at, line) in enumerate(_lines(text[:end], m.end())):
            stripped = line.strip()
            if not stripped:
                continue
            if i == 0 and stripped.startswith("/"):
                yield at + 1, at + len(line.rstrip()), "US_BANK_NUMBER"
                continue
            lead = 2 if tag.endswith("F") and len(line) > 2 and line[0].isdigit() and line[1] == "/" else 0
            if tag.endswith("F") and not lead:
                continue  # 50F's party identifier: written as /account or a code
            first = i == 0 or (i == 1 and text.startswith("/", m.end()))
            etype = "PERSON" if (first and not lead) or line.startswith("1/") else "STREET_ADDRESS"
            yield at + lead, at + len(line.rstrip()), etype
    if "{1:F01" in text:
        for m in _MT_HEADER.finditer(text):
            yield m.start(1), m.end(1), "SWIFT_CODE"
            yield m.start(2), m.end(2), "SWIFT_CODE"
