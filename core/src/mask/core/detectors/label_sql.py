"""SQL ``INSERT`` statements as a database tool prints them: the column list labels each value
of every row (``INSERT INTO customers (name, phone) VALUES ('Anna Kowalska', '031-442-958'),
(...);``); and PostgreSQL's ``COPY customers (name, phone) FROM stdin;`` blocks of tab-separated
rows, as ``pg_dump`` writes them (:func:`copied_values`).

:func:`inserted_values` yields each statement's table, its columns and the string values of its
rows with their column; the ``labels`` detector resolves each column as a field name under its
table (as a JSON key under its parent) and protects the value when its shape fits the type. Only
the characters inside a value's quotes are replaced: an escaped quote (``''``, ``\\'``) stays in
the value, so the statement still parses.

One pass: the rows are read with ``str.find`` and anchored patterns from a cursor that only moves
forward, and the next statement is searched for after the cursor (linear on any input).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Insert", "copied_values", "inserted_values", "may_hold_inserts", "quote_bare_tokens"]

_INSERT = re.compile(
    r"\b(?:INSERT(?:[ \t]++(?:OR[ \t]++[A-Za-z]{1,10}+|IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY))?+|REPLACE)"
    r"\s++INTO\s++(?P<table>[^\s(),;]{1,400}+)\s*+\((?P<columns>[^()]{1,4000}+)\)\s*+VALUES\s*+(?=\()",
    re.IGNORECASE,
)
"""A statement's head up to its first row: the table (maybe with its schema, its names quoted:
``"public"."contacts"``, `` `crm`.`customers` ``, ``[dbo].[t]``) and the column list."""
_COLUMN_QUOTES = '"`[]\\ \t\r\n'
_MAX_COLUMNS = 64
_MAX_STRING = 2000
"""How far a quoted value may run before its closing quote."""
_BARE = re.compile(r"[^,()'\"]{1,200}+(?:\([^()'\"]{0,200}+\))?+")
"""A value without quotes: a number, ``NULL``, ``DEFAULT``, a call (``NOW()``)."""
_NUMBER = re.compile(r"\+?[0-9]{3,19}(?=\s*+$)")
"""A bare value that is a number of three digits or more (a postcode, a phone number or an account number
a table keeps as an integer); other bare values (``NULL``, ``NOW()``, ``1.5``) are never a value to read."""
_NEXT_ROW = re.compile(r"\s*+,\s*+(?=\()")


@dataclass
class Insert:
    """One statement: its table, its columns and its string values as ``(column, start, end)``."""

    table: str
    columns: tuple[str, ...]
    values: list[tuple[int, int, int]] = field(default_factory=list)


def may_hold_inserts(text: str) -> bool:
    """A cheap test: ``text`` has the word ``VALUES`` in upper or lower case, or ``FROM stdin``."""
    return "VALUES" in text or "values" in text or "Values" in text or "stdin" in text


_COPY = re.compile(
    r"\bCOPY\s++(?P<table>[^\s(),;]{1,400}+)\s*+\((?P<columns>[^()]{1,4000}+)\)\s*+FROM\s++stdin\b[^\n]{0,200}+\n",
    re.IGNORECASE,
)
"""PostgreSQL's ``COPY table (columns) FROM stdin;`` as ``pg_dump`` writes it: tab-separated rows
follow, one per line, up to a line ``\\.``."""
_MAX_COPY_ROWS = 100_000


def inserted_values(text: str, begin: int = 0) -> Iterator[Insert]:
    """Each ``INSERT`` statement of ``text`` from ``begin`` with a column list, and the string
    values (and numbers written bare) of its rows that have one value per column (up to the first that has not)."""
    at = begin
    while (m := _INSERT.search(text, at)) is not None:
        columns = tuple(c.strip(_COLUMN_QUOTES) for c in m.group("columns").split(","))
        table = m.group("table").rsplit(".", 1)[-1].strip(_COLUMN_QUOTES)
        if len(columns) > _MAX_COLUMNS or not all(columns):
            at = m.end()
            continue
        statement = Insert(table, columns)
        at = _rows(text, m.end(), len(columns), statement.values)
        if statement.values:
            yield statement


def copied_values(text: str, begin: int = 0) -> Iterator[Insert]:
    """Each ``COPY ... FROM stdin`` block of ``text`` from ``begin`` with a column list, and the
    cells of its rows that have one cell per column (``\\N``, a null, is none)."""
    at = begin
    while (m := _COPY.search(text, at)) is not None:
        columns = tuple(c.strip(_COLUMN_QUOTES) for c in m.group("columns").split(","))
        table = m.group("table").rsplit(".", 1)[-1].strip(_COLUMN_QUOTES)
        at = m.end()
        if len(columns) > _MAX_COLUMNS or not all(columns):
            continue
        statement = Insert(table, columns)
        for _ in range(_MAX_COPY_ROWS):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end].rstrip("\r")
            if line == "\\." or not line:
                break
            cells = line.split("\t")
            if len(cells) == len(columns):
                lo = at
                for column, cell in enumerate(cells):
                    if cell and cell != "\\N":
                        statement.values.append((column, lo, lo + len(cell)))
                    lo += len(cell) + 1
            at = end + 1
            if at >= len(text):
                break
        if statement.values:
            yield statement


def _rows(text: str, at: int, width: int, out: list[tuple[int, int, int]]) -> int:
    """Reads the rows from ``at`` (a ``(``) into ``out``; returns where reading stopped."""
    size = len(text)
    while at < size and text[at] == "(":
        at += 1
        row: list[tuple[int, int, int]] = []
        for column in range(width):
            at = _blanks_end(text, at)
            if at >= size:
                return at
            if text[at] in "NnEe" and text.startswith("'", at + 1):
                at += 1  # N'...' (SQL Server's national string), E'...' (PostgreSQL's escapes)
            quote = text[at]
            if quote in "'\"":
                close = _closing(text, at, quote)
                if close < 0:
                    return min(size, at + _MAX_STRING)
                row.append((column, at + 1, close))
                at = close + 1
            else:
                bare = _BARE.match(text, at)
                if bare is None:
                    return at
                number = _NUMBER.match(text, at, bare.end())
                if number is not None:
                    row.append((column, at, number.end()))  # 02139, 6175550134: a postcode, a phone
                at = bare.end()
            at = _blanks_end(text, at)
            if not text.startswith("," if column < width - 1 else ")", at):
                return at  # not one value per column: no row
            at += 1
        out.extend(row)
        more = _NEXT_ROW.match(text, at)
        if more is None:
            return at
        at = more.end()
    return at


def _blanks_end(text: str, at: int) -> int:
    """Where the blanks (line breaks too) from ``at`` end."""
    size = len(text)
    while at < size and text[at].isspace():
        at += 1
    return at


def _closing(text: str, at: int, quote: str) -> int:
    """Where the string opened by the quote at ``at`` closes, past doubled and backslashed quotes; -1 if not near."""
    limit = min(len(text), at + 1 + _MAX_STRING)
    i = at + 1
    while (j := text.find(quote, i, limit)) >= 0:
        slashes = 0
        while j - slashes - 1 >= i and text[j - slashes - 1] == "\\":
            slashes += 1
        if slashes % 2:
            i = j + 1  # \' (MySQL)
        elif text.startswith(quote, j + 1):
            i = j + 2  # '' (standard SQL)
        else:
            return j
    return -1


def quote_bare_tokens(text: str, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``edits`` (``(start, end, replacement)``) with each token that replaces a number written
    bare in an ``INSERT`` row quoted, unless it is a number itself: ``Zip_7QK2FA`` in place of
    ``02139`` would make the statement name a column; ``'Zip_7QK2FA'`` is a string value (and
    reveals as ``'02139'``, as a JSON number's token reveals as a string)."""
    if not may_hold_inserts(text) or all(r.isdigit() for _, _, r in edits):
        return edits
    bare = {
        (lo, hi)
        for statement in inserted_values(text)
        for _, lo, hi in statement.values
        if text[lo - 1 : lo] not in ("'", '"')
    }
    if not bare:
        return edits
    return [(s, e, f"'{r}'" if (s, e) in bare and not r.isdigit() else r) for s, e, r in edits]
