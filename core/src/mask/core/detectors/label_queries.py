"""The ``id`` column of a query's result over a table of people: a customer's, a patient's, a
member's number, as its ``customer_id`` column would be elsewhere.

A SQL shell prints ``SELECT id, full_name, email FROM customers ...`` and then the rows under a
header; the header's ``id`` names nothing on its own (the id of any record), but the query says
whose records they are. :func:`query_table_ids` types that column when the query's ``FROM`` names
one of :data:`.label_words.PEOPLE_TABLES` (``users``: an account's id stays an id, by design).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .label_words import PEOPLE_TABLES

__all__ = ["query_table_ids"]

_FROM = re.compile(r"\bFROM[ \t]+(?:[\w\"`\[\]]+\.)?[\"`\[]?(?P<table>[A-Za-z_]\w{0,40})", re.IGNORECASE)
"""A query's ``FROM`` and its table (a schema and quotes before it dropped)."""
_REACH = 600
"""How far before a header its query may stand (the statement, a prompt, the header itself)."""
_PEOPLE = frozenset(PEOPLE_TABLES)


def query_table_ids(text: str, header_start: int, names: Sequence[str], types: list[str | None]) -> list[str | None]:
    """``types`` with an untyped ``id`` column as ``PERSONAL_ID`` when the last query before the
    header at ``header_start`` reads a table of people."""
    ids = [k for k, name in enumerate(names) if types[k] is None and name.strip().casefold() == "id"]
    if not ids:
        return types
    window = text[max(0, header_start - _REACH) : header_start]
    if "from" not in window.casefold():
        return types
    tables = [m.group("table").casefold() for m in _FROM.finditer(window)]
    if not tables or tables[-1] not in _PEOPLE:
        return types
    typed = list(types)
    for k in ids:
        typed[k] = "PERSONAL_ID"
    return typed
