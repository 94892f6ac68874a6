"""JSON that arrives as text: the string values of its objects, with their field paths.

A tool result is often JSON in a string, sometimes encoded twice (``{\\"phone\\": ...}``).
:func:`json_leaves` walks such text without parsing it into objects (which would lose the
offsets): it pairs the quotes of the text's escape level, reads the punctuation between
them and keeps a stack of open objects and lists, so each string value comes with its
key, its parent's key and the value of a type-naming sibling, like a payload's leaves.
Only the characters of a value are ever replaced, so the text stays valid JSON with its
escaping. A string value that is itself JSON is walked one escape level deeper.

The walk is one pass over the quotes (linear); text that stops looking like JSON
(prose between quotes) resets the stack until the next ``{`` or ``[``. A Ruby hash as a Rails log
prints it (``"first_name"=>"Kalani"``) and the mongo shell's output (``"_id" :
ObjectId("...")``) are read as JSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..walk import (
    COLUMN_KEYS,
    PAIR_KEYS,
    PERSONAL_KEYS,
    POSTAL_KEYS,
    ROW_KEYS,
    SURNAME_KEYS,
    FieldPath,
    column_name,
    first_row_kind,
)

__all__ = ["json_leaves"]

_QUOTES = re.compile(r'\\*"')
_QUOTE = re.compile('"')
_GAP = re.compile(
    r"(?:\s|\\[nrt]|[{}\[\]:,]|=>|true|false|null|nil|-?[0-9][0-9.eE+\-]*"
    r"|(?:ObjectId|ISODate|NumberLong|NumberInt|NumberDecimal|Timestamp|UUID|BinData|new[ ]Date)\(|\))*"
)
"""What may stand between two strings of JSON: blanks, escapes of them, punctuation and bare values;
Ruby's ``=>`` and ``nil`` too (a Rails log's ``Parameters: {"user"=>{"first_name"=>"Kalani"}}``)
and the mongo shell's wrappers of a value (``"_id" : ObjectId("65a1f3c2...")``)."""
_OPENS_JSON = re.compile(r"\s*(?:\\[nrt]|\s)*[{\[]")
_NUMBER = re.compile(r"-?[0-9][0-9.eE+\-]*")
_NUMBER_START = frozenset("-0123456789")
_MAX_DEPTH = 64
_MAX_LEVEL = 3
_MAX_HINT = 48


@dataclass
class _Frame:
    kind: str  # "{" or "["
    key: str | None  # the key this container sits under (a list's items inherit it)
    parent: str | None
    current: str | None = None  # the object's key being read
    leaves: list[tuple[int, int, str | None]] = field(default_factory=list)
    hint: str | None = None
    hint_key: str | None = None
    thing: bool = False
    personal: bool = False  # the object has a key only a person's record holds (PERSONAL_KEYS)
    pair: int = 0  # 1: a "name" key, 2: a "value" key (a name/value pair has both: a thing's name)
    header: list[str | None] | None = None  # a table's column names: its rows' cells take them as keys
    rows: int = 0  # rows of a table list closed so far
    pairs: bool = False  # a list of [field, value] rows
    postal: bool = False  # the object has a postal address part's key
    surname: bool = False  # the object has a Turkish surname's key
    pending: tuple[int, int, str | None] | None = None  # the first pair's value, keyed once a second row is a pair
    columns: list[str | None] = field(default_factory=list)  # column names read from a list of column objects


def json_leaves(
    text: str,
    type_keys: frozenset[str],
    thing_keys: frozenset[str] = frozenset(),
    start: int = 0,
    end: int | None = None,
    level: int | None = None,
    labels: Callable[[str], bool] | None = None,
) -> Iterator[tuple[int, int, FieldPath]]:
    """``(start, end, path)`` of each string value inside JSON objects or lists of ``text``,
    and of each bare number where the JSON is escaped at most once (``{"cvv": 737}``, and in a
    string ``{\\"cvv\\": 737}``, whose token :mod:`mask.core.json_text` quotes as ``\\"...\\"``).

    ``level``: how many backslashes escape the structural quotes (None: read from the
    first quote after a ``{``).
    """
    end = len(text) if end is None else end
    if level is None:
        level = _level(text, start, end)
        if level is None:
            return
    if level == 0 and text.find("\\", start, end) < 0:
        # No backslash: every quote is a structural one of level 0 (the same matches, found
        # by a scan that skips ahead to the quotes instead of trying every position)
        quotes = list(_QUOTE.finditer(text, start, end))
    else:
        quotes = [m for m in _QUOTES.finditer(text, start, end) if m.end() - m.start() - 1 == level]
    numbers = level <= 1  # a bare number, also in JSON escaped once in a string (its token is quoted so)
    stack: list[_Frame] = []
    at = start  # end of the previous token
    i = 0
    while i + 1 < len(quotes):
        opening, closing = quotes[i], quotes[i + 1]
        closed, ok = _gap(text, at, opening.start(), stack, numbers, labels)
        yield from closed
        if not ok:
            stack.clear()
            at, i = opening.end(), i + 1  # resynchronize: this quote may close prose
            continue
        at, i = closing.end(), i + 2
        if not stack:
            continue
        lo, hi = opening.end(), closing.start()
        frame = stack[-1]
        after = _skip_blanks(text, at, end)
        if frame.kind == "{" and after < end and (text[after] == ":" or text.startswith("=>", after)):
            frame.current = text[lo:hi].replace("\\", "")
            folded = frame.current.casefold()
            frame.thing = frame.thing or folded in thing_keys
            frame.personal = frame.personal or folded in PERSONAL_KEYS
            frame.postal = frame.postal or folded in POSTAL_KEYS
            frame.surname = frame.surname or folded in SURNAME_KEYS
            frame.pair |= PAIR_KEYS.get(folded, 0)
            continue
        key = frame.current if frame.kind == "{" else frame.key
        if key is not None and hi - lo <= _MAX_HINT:
            folded = key.casefold()
            holder: _Frame | None = frame
            if frame.kind == "[":  # a list's first string: its object's hint (the frame under it)
                holder = stack[-2] if len(stack) >= 2 and not frame.leaves else None
            if (
                holder is not None
                and holder.kind == "{"
                and folded in type_keys
                and (holder.hint is None or holder.hint_key == "name")
            ):
                # "name" is the weakest hint; a list's first string names its object's type
                # too ({"long_name": "10178", "types": ["postal_code"]})
                holder.hint, holder.hint_key = text[lo:hi], folded
        frame.leaves.append((lo, hi, key))
        if level < _MAX_LEVEL and _OPENS_JSON.match(text, lo, hi):
            yield from json_leaves(text, type_keys, thing_keys, lo, hi, level * 2 + 1, labels)
    closed, _ = _gap(text, at, end, stack, numbers, labels)
    yield from closed


def _level(text: str, start: int, end: int) -> int | None:
    brace = min((p for p in (text.find("{", start, end), text.find("[", start, end)) if p >= 0), default=-1)
    if brace < 0:
        return None
    m = _QUOTES.search(text, brace, end)
    return None if m is None else len(m.group()) - 1


def _skip_blanks(text: str, at: int, end: int) -> int:
    while at < end and text[at] in " \t\r\n":
        at += 1
    return at


def _gap(
    text: str,
    lo: int,
    hi: int,
    stack: list[_Frame],
    numbers: bool = False,
    labels: Callable[[str], bool] | None = None,
) -> tuple[list[tuple[int, int, FieldPath]], bool]:
    """Read the punctuation between two strings: opens push frames, closes pop them and
    give their leaves (``numbers``: a bare number is a leaf too). Not ok when the gap is
    prose (or nests too deep)."""
    closed: list[tuple[int, int, FieldPath]] = []
    if lo >= hi or (hi - lo == 2 and text[lo + 1] == " " and text[lo] in ":,"):
        return closed, True  # nothing, or the common ": " and ", " (no bracket to read)
    ok = True
    punctuation = _GAP.match(text, lo, hi)
    if punctuation is None or punctuation.end() < hi:
        if stack:
            # Prose after the JSON: what the punctuation before it closes is still closed
            # (``{"name": "Ana"}" said it``, or the quote that ends a JSON string of JSON).
            ok = False
            hi = lo if punctuation is None else punctuation.end()
        else:
            # Prose before the JSON starts: only the part from the last opening counts.
            brace = max(text.rfind("{", lo, hi), text.rfind("[", lo, hi))
            if brace < 0 or _GAP.fullmatch(text, brace, hi) is None:
                return closed, False
            while brace > lo and text[brace - 1] in "[{ \t\r\n":
                brace -= 1  # the openings before it too: "rows: [[" opens a list of rows
            lo = brace
    at = lo
    while at < hi:
        ch = text[at]
        if ch in "{[":
            if len(stack) >= _MAX_DEPTH:
                return closed, False
            _open(stack, ch)
        elif ch in "}]":
            if stack:
                _close(text, stack, closed, labels)
        elif numbers and ch in _NUMBER_START and stack:
            number = _NUMBER.match(text, at, hi)
            if number is not None:
                frame = stack[-1]
                frame.leaves.append((at, number.end(), frame.current if frame.kind == "{" else frame.key))
                at = number.end()
                continue
        at += 1
    return closed, ok


def _open(stack: list[_Frame], kind: str) -> None:
    """Push an object's or a list's frame, under the key (and parent) it sits at."""
    header = None
    if stack:
        outer = stack[-1]
        key = outer.current if outer.kind == "{" else outer.key
        parent = outer.key if outer.kind == "{" else outer.parent
        if kind == "[" and outer.kind == "{" and outer.header and key is not None and key.casefold() in ROW_KEYS:
            header = outer.header  # {"columns": [...], "rows": [[...], ...]}: the rows of the named columns
    else:
        key = parent = None
    stack.append(_Frame(kind, key, parent, header=header, rows=1 if header else 0))


def _close(
    text: str,
    stack: list[_Frame],
    closed: list[tuple[int, int, FieldPath]],
    labels: Callable[[str], bool] | None = None,
) -> None:
    """Pop the innermost frame, its keyed leaves (with their paths) added to ``closed``; a table's
    row takes its columns' names as its cells' keys (:func:`_table_row`, with ``labels`` saying
    which names are a field's)."""
    frame = stack.pop()
    if stack and labels is not None:
        _table_row(text, stack[-1], frame, labels)
    parent = frame.key if frame.kind == "{" else frame.parent
    for start, end, key in frame.leaves:
        if key is not None:
            thing = (frame.thing and not frame.personal) or frame.pair == 3
            path = FieldPath(key, parent, frame.hint, thing, frame.postal, frame.surname)
            closed.append((start, end, path))


def _table_row(text: str, outer: _Frame, frame: _Frame, labels: Callable[[str], bool]) -> None:
    """Table bookkeeping when ``frame`` closes inside ``outer``: a list of strings under a
    :data:`COLUMN_KEYS` key (or of column objects' names) names the columns of the rows beside
    it; the first row of a list of rows is its header when it holds no digit and a field's name
    (``labels``), two cells both (``[["Name", "Phone"], ["Ewa Lis", "512 345 678"]]``); a later
    row with as many cells as the header has names takes them as its cells' keys (a row whose
    cells the walk cannot all see, a ``null`` or a nested object, keeps its list's key). A list
    of two-cell rows that open with a field's name is one of pairs (``[["Name", "Ewa Lis"],
    ["City", "Gdańsk"]]``; not one such row: ``[["Name", "Version"], ["numpy", "1.26"]]``): each
    second cell takes its first as its key."""
    if frame.kind == "[" and outer.kind == "[":
        if outer.rows == 0 and outer.header is None and len(frame.leaves) >= 2:
            names = [_column_name(text, lo, hi) for lo, hi, _ in frame.leaves]
            kind = first_row_kind(names, text[frame.leaves[1][0] - 1] == '"', labels)
            outer.pairs = kind == "pairs"  # ["Name", "Ewa Lis"]: a field and its value
            outer.header = names if kind == "header" else None
        if outer.pairs:
            field = _column_name(text, *frame.leaves[0][:2]) if len(frame.leaves) == 2 else None
            if field is not None and labels(field):
                value = (frame.leaves[1][0], frame.leaves[1][1], field)
                if outer.rows == 0:
                    outer.pending = value  # a list of pairs once a second row is one too
                else:
                    frame.leaves = [frame.leaves[0], value, *([outer.pending] if outer.pending else [])]
                    outer.pending = None
        elif outer.header is not None and outer.rows and len(frame.leaves) == len(outer.header):
            frame.leaves = [
                (lo, hi, name if name is not None else key)
                for (lo, hi, key), name in zip(frame.leaves, outer.header, strict=True)
            ]
        outer.rows += 1
    elif frame.kind == "[" and outer.kind == "{" and frame.key is not None and frame.key.casefold() in COLUMN_KEYS:
        names = frame.columns or [_column_name(text, lo, hi) for lo, hi, _ in frame.leaves]
        outer.header = names if any(n is not None for n in names) else None
    elif frame.kind == "{" and outer.kind == "[" and outer.key is not None and outer.key.casefold() in COLUMN_KEYS:
        name = next((text[lo:hi] for lo, hi, key in frame.leaves if key is not None and key.casefold() == "name"), None)
        if name is not None:
            outer.columns.append(name.replace("\\", ""))  # [{"name": "city", "type": "STRING"}, ...]


def _column_name(text: str, lo: int, hi: int) -> str | None:
    """The string ``text[lo:hi]`` when it may name a column (see :func:`~mask.core.walk.column_name`)."""
    if lo == 0 or text[lo - 1] != '"':
        return None  # a bare number is no column's name
    return column_name(text[lo:hi].replace("\\", ""))
