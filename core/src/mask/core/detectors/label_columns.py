"""Fixed-width tables: a header of column names over rows aligned under them, as SQL shells,
CLIs and data-frame printouts write query results::

    id  name           city          (sqlite3 .mode column, under a rule of dashes)
    --  -------------  ------
    1   Jean Dupont    Vannes

    NAME          PHONE          STATUS    (kubectl, docker: cells start under their names)
    Anna Nowak    612 48 907     active

       name           city         (a pandas DataFrame: cells end under their names)
    0  Jean Dupont    Vannes

:func:`column_cells` yields each row's cell under each column whose name the caller types;
the ``labels`` detector then protects the cell when its shape fits the type. A header needs a
rule of dashes under it, three columns or more, or two that both name fields (``first_name
last_name``): two cells apart on one line are as likely a key and its value
(:mod:`.label_layouts` reads those).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator, Sequence

__all__ = ["column_cells", "may_hold_columns"]

_HEADER = re.compile(r"^[ \t]*(?:[^\W\d_]|#[ \t]{2})[^\n]*?\S {2,}\S[^\n]*$", re.MULTILINE)
"""A line that opens with a letter, or a row number's ``#`` column, and holds a gap of two blanks
or more: a header, maybe."""
_CELL = re.compile(r"\S+(?: \S+)*")
"""A cell: words apart by one blank (two or more part the columns)."""
_NAME = re.compile(r"[^\W\d_][\w .#/'()-]{0,39}|#")
"""What a column name is made of (``#`` alone: the rows' numbers, as a parser's printout heads them)."""
_RULE = re.compile(r"[ \t]*-+(?: +-+)+[ \t]*")
"""A rule of dashes under the header, one run per column (``--  -----  ----``)."""
_RUN = re.compile(r"-+")
_MAX_COLUMNS = 24
_MAX_LINE = 400

Typer = Callable[[Sequence[str]], "list[str | None] | None"]
"""Column names -> the entity type of each column, or None when no column has one."""


def may_hold_columns(text: str) -> bool:
    """A cheap test: ``text`` has a line break and a gap of two blanks."""
    return "\n" in text and "  " in text


def column_cells(text: str, begin: int, typer: Typer) -> Iterator[tuple[str, int, int]]:
    """``(entity type, start, end)`` of each typed cell of the fixed-width tables of ``text``."""
    pos = begin
    while True:
        m = _HEADER.search(text, pos)
        if m is None:
            return
        pos = m.end() + 1
        if m.end() - m.start() > _MAX_LINE:
            continue
        cells = [(c.start(), c.end()) for c in _CELL.finditer(text, m.start(), m.end())]
        if not 2 <= len(cells) <= _MAX_COLUMNS:
            continue
        names = [text[a:b] for a, b in cells]
        if not all(_NAME.fullmatch(n) and len(n.split()) <= 3 for n in names):
            continue
        types = typer(names)
        if types is None:
            continue
        pos = yield from _rows(text, m.start(), pos, cells, types)


def _rows(
    text: str, header_start: int, at: int, cells: list[tuple[int, int]], types: list[str | None]
) -> Generator[tuple[str, int, int], None, int]:
    """The typed cells of the rows from ``at`` on; returns where the table ends."""
    columns = [(a - header_start, b - header_start) for a, b in cells]
    line_end = _end_of_line(text, at)
    right = False
    if at < len(text) and _RULE.fullmatch(text, at, line_end) is not None:
        bounds = [r.span() for r in _RUN.finditer(text, at, line_end)]
        if len(bounds) != len(columns):
            return at
        bounds = [(a - at, b - at) for a, b in bounds]
        bounds[-1] = (bounds[-1][0], _MAX_LINE)  # the last cell runs to the line's end
        at = line_end + 1
    elif len(columns) < 3 and None in types:
        return at  # two cells apart: a key and its value as likely, unless both name fields (first_name  last_name)
    else:
        aligned = _alignment(text[at:line_end], columns)
        if aligned is None:
            return at
        bounds, right = aligned
    typed: list[tuple[int, str, int, int]] = []  # column, type, start, end
    while at < len(text):
        line_end = _end_of_line(text, at)
        row = text[at:line_end]
        if not row.strip() or len(row) > _MAX_LINE:
            break
        found = _cells_in(row, bounds, right)
        if found is None:
            break
        for k, ((a, b), etype) in enumerate(zip(found, types, strict=True)):
            if etype is not None and a < b:
                typed.append((k, etype, at + a, at + b))
        at = line_end + 1
    numbered = _numbered_places(text, typed)
    for k, etype, a, b in typed:
        if k not in numbered:
            yield etype, a, b
    return at


def _numbered_places(text: str, typed: list[tuple[int, str, int, int]]) -> set[int]:
    """The LOCATION columns whose cells mostly hold a digit: a warehouse's or a shelf's bins (``Aisle
    14 Bay 3 Lvl B`` under ``location``), not places where people are; no cell of them is one."""
    counts: dict[int, list[int]] = {}
    for k, etype, a, b in typed:
        if etype == "LOCATION":
            tally = counts.setdefault(k, [0, 0])
            tally[0] += 1
            tally[1] += any(ch.isdigit() for ch in text[a:b])
    return {k for k, (cells, numbered) in counts.items() if cells >= 2 and numbered * 2 > cells}


def _end_of_line(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _alignment(row: str, columns: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], bool] | None:
    """The columns' bounds and whether cells end under their names (right-aligned) or start under
    them, as the first row sits; None when it fits neither."""
    left = [(a, columns[k + 1][0] if k + 1 < len(columns) else _MAX_LINE) for k, (a, _) in enumerate(columns)]
    if _cells_in(row, left, False) is not None:
        return left, False
    right = [(columns[k - 1][1] if k else 0, b) for k, (_, b) in enumerate(columns)]
    if _cells_in(row, right, True) is not None:
        return right, True
    return None


def _cells_in(row: str, bounds: list[tuple[int, int]], right: bool) -> list[tuple[int, int]] | None:
    """Each cell's span in ``row`` within its column's bounds, or None when the row does not sit
    in the columns: a blank must part every two columns (before a cell that starts under its
    name, after one that ends under it), and a cell is one run of words (a gap of two blanks
    inside it is two cells). The first column of a right-aligned table may hold an unnamed
    index before its cell (``0  Jean``), so its gaps are not checked."""
    out = []
    for k, (a, b) in enumerate(bounds):
        if not right and 0 < a <= len(row) and row[a - 1] not in " \t":
            return None
        if right and b < len(row) and row[b] not in " \t":
            return None
        cell = row[a : min(b, len(row))]
        stripped = cell.strip()
        if "  " in stripped and not (right and k == 0):
            return None
        lead = len(cell) - len(cell.lstrip())
        out.append((a + lead, a + lead + len(stripped)))
    return out
