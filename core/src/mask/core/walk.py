"""Walking JSON-like payloads: collect every string leaf, then rebuild the same shape.

Non-string leaves and order are untouched; tuples stay tuples. An integer under a key that
names a type written in digits (``{"card_number": 4111111111111111}``, ``{"zip": 94105}``)
is collected as its decimal string when a ``numbers`` predicate says so; rebuilt, it stays the
same integer when nothing in it was replaced, and becomes the protected string otherwise (a
card token keeps its reserved leading zeros, which no integer can). With ``keys=True`` the
string keys of dicts are collected too (each just before its value), so a key that *is*
data (``{"bob@corp.com": {...}}``) can be protected; a rebuilt dict whose new keys would
collide raises instead of dropping a value. Bad input gets a :class:`MaskInputError`
that names the problem, never the data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import MaskInputError

__all__ = [
    "COLUMN_KEYS",
    "PAIR_KEYS",
    "POSTAL_KEYS",
    "ROW_KEYS",
    "PERSONAL_KEYS",
    "SURNAME_KEYS",
    "FieldPath",
    "Limits",
    "collect_strings",
    "column_name",
    "first_row_kind",
    "rebuild",
    "table_columns",
]

_SCALARS = (int, float, bool, type(None))
_MAX_BITS = 256
"""Integers up to 77 digits may be values; a longer one is none (and no string Python writes
it in by default: over 4,300 digits raises)."""


@dataclass(frozen=True, slots=True)
class FieldPath:
    """Where a string leaf sits in a payload: its key, the key its object sits under, and
    the value of a sibling that may name its type (``{"type": "phone", "value": ...}``)."""

    key: str | None = None
    parent: str | None = None
    sibling: str | None = None
    thing: bool = False
    """The object has a key that only things have (``description``, ``arguments``...), or is
    a name/value pair (``{"name": "Subject", "value": ...}``: a header, a custom field): its
    ``name`` names a thing or a field, not a person."""
    postal: bool = False
    """The object has a postcode's or an address's key (:data:`POSTAL_KEYS`): a key that names a
    town only in a postal address (the Danish ``by``; in English ``by`` names an author) names one."""
    surname: bool = False
    """The object has a Turkish surname's key (:data:`SURNAME_KEYS`): its ``ad`` is the given name
    (in English an ``ad`` is an advertisement)."""


class Limits:
    __slots__ = ("max_chars", "max_depth", "max_leaves")

    def __init__(self, max_chars: int, max_depth: int, max_leaves: int) -> None:
        self.max_chars = max_chars
        self.max_depth = max_depth
        self.max_leaves = max_leaves


def collect_strings(
    obj: Any,
    limits: Limits,
    fields: list[str | None] | None = None,
    *,
    keys: bool = False,
    key_leaves: set[int] | None = None,
    paths: list[FieldPath | None] | None = None,
    type_keys: frozenset[str] = frozenset(),
    thing_keys: frozenset[str] = frozenset(),
    numbers: Callable[[FieldPath], bool] | None = None,
    decisions: list[bool] | None = None,
    labels: Callable[[str], bool] | None = None,
) -> list[str]:
    """Every string leaf of ``obj`` in depth-first order; validates the payload.

    When ``fields`` is given, it receives, for each leaf, the key of the dict it is a value
    of, or None (list items, keys, the top level): a field name is context for detectors.
    ``paths`` receives a :class:`FieldPath` per leaf: its key (a list item: the key of its
    list, ``{"phones": [...]}``), the key its object sits under (``{"card": {"number":
    ...}}``) and the value of a sibling whose key is one of ``type_keys`` (``{"type":
    "phone", "value": ...}``); ``thing`` when the object has one of ``thing_keys``.
    ``keys=True`` collects string dict keys as leaves too; ``key_leaves`` then receives
    their indexes. ``numbers`` says of an integer under a key (its path) whether to collect it
    as a string; ``decisions`` receives each answer, in order, for :func:`rebuild`.
    ``labels`` says whether a string is a field's name: then the rows of a table (a list of
    lists whose first row names the columns, or a ``rows`` list beside a ``columns`` one) give
    each string cell its column's name as its key, and a list of ``[field, value]`` rows each
    value its field's (see :func:`table_columns`).
    """
    out: list[str] = []
    total = 0
    on_path: set[int] = set()

    def visit(
        node: Any,
        depth: int,
        key: str | None = None,
        parent: str | None = None,
        sibling: str | None = None,
        in_list: bool = False,
        thing: bool = False,
        cells: Sequence[str | None] | None = None,
        postal: bool = False,
        surname: bool = False,
        rows: list[list[str | None] | None] | None = None,
    ) -> None:
        nonlocal total
        if isinstance(node, str):
            total += len(node)
            if total > limits.max_chars:
                raise MaskInputError(f"input too large: over {limits.max_chars} characters (mask.max_input_chars)")
            out.append(node)
            if fields is not None:
                fields.append(None if in_list else key)  # list items stay adjacent (split values)
            if paths is not None:
                paths.append(FieldPath(key, parent, sibling, thing, postal, surname) if key is not None else None)
            if len(out) > limits.max_leaves:
                raise MaskInputError(f"input has over {limits.max_leaves} strings (mask.max_leaves)")
            return
        if isinstance(node, _SCALARS):
            if numbers is not None and key is not None and type(node) is int and node.bit_length() <= _MAX_BITS:
                path = FieldPath(key, parent, sibling, thing, postal, surname)
                collect = numbers(path)
                if decisions is not None:
                    decisions.append(collect)
                if collect:
                    out.append(str(node))
                    if fields is not None:
                        fields.append(None if in_list else key)
                    if paths is not None:
                        paths.append(path)
                    if len(out) > limits.max_leaves:
                        raise MaskInputError(f"input has over {limits.max_leaves} strings (mask.max_leaves)")
            return
        if isinstance(node, dict | list | tuple):
            if depth >= limits.max_depth:
                raise MaskInputError(f"input nested deeper than {limits.max_depth} levels (mask.max_depth)")
            ident = id(node)
            if ident in on_path:
                raise MaskInputError("input is cyclic: a container contains itself")
            on_path.add(ident)
            if isinstance(node, dict):
                hint, is_thing, is_postal, surnamed, columns = (
                    _type_hint(node, type_keys, thing_keys) if paths is not None else (None, False, False, False, None)
                )
                named = _named_columns(columns) if labels is not None and columns is not None else None
                for child_key, child in node.items():
                    if isinstance(child_key, str):
                        if keys:
                            if key_leaves is not None:
                                key_leaves.add(len(out))
                            visit(child_key, depth + 1)
                        table = None
                        if named is not None and child_key.casefold() in ROW_KEYS and isinstance(child, list | tuple):
                            table = table_columns(child, labels, named)  # type: ignore[arg-type]
                        visit(child, depth + 1, child_key, key, hint, False, is_thing, None, is_postal, surnamed, table)
                    else:
                        visit(child, depth + 1)
            elif cells is not None:  # a table's row: each string cell under its column's name
                for child, column in zip(node, cells, strict=True):
                    named_key = column if column is not None and isinstance(child, str) else key
                    visit(child, depth + 1, named_key, parent, sibling, named_key == key, thing, None, postal, surname)
            elif rows is not None or (
                labels is not None and paths is not None and node and isinstance(node[0], list | tuple)
            ):
                table = rows if rows is not None else table_columns(node, labels)  # type: ignore[arg-type]
                for child, row in zip(node, table, strict=True):  # a table's rows: cells under their columns' names
                    visit(child, depth + 1, key, parent, sibling, True, thing, row, postal, surname)
            else:
                for child in node:  # list items keep the key of their list ({"phones": [...]})
                    visit(child, depth + 1, key, parent, sibling, True, thing, None, postal, surname)
            on_path.discard(ident)
            return
        if isinstance(node, bytes | bytearray | memoryview):
            raise MaskInputError("binary input is not accepted: decode bytes to str first")
        raise MaskInputError(f"unsupported type in payload: {type(node).__name__} (want str, dict, list, number)")

    try:
        visit(obj, 0)
    finally:
        visit = None  # type: ignore[assignment]  # it refers to itself: a cycle only the collector would free
    return out


COLUMN_KEYS = frozenset({"columns", "column_names", "columnnames", "cols", "fields", "headers", "header", "schema"})
"""Keys of a table's column names beside its rows (``{"columns": ["name", "city"], "rows": [...]}``)."""
ROW_KEYS = frozenset({"rows", "data", "values", "records", "results", "items"})
"""Keys of a table's rows beside its column names."""
_MAX_COLUMN = 40


def column_name(value: Any) -> str | None:
    """A short string without a digit: what may name a column."""
    if isinstance(value, str) and value and len(value) <= _MAX_COLUMN and not any(c.isdigit() for c in value):
        return value
    return None


def _named_columns(value: Any) -> list[str | None] | None:
    """The column names an object lists beside its rows under a :data:`COLUMN_KEYS` key (its
    ``value``): a list of strings, or of column objects with a ``name`` (``[{"name": "city",
    "type": "STRING"}, ...]``)."""
    if not isinstance(value, list | tuple) or not value:
        return None
    names = [column_name(v.get("name") if isinstance(v, dict) else v) for v in value]
    return names if any(n is not None for n in names) else None


def first_row_kind(names: Sequence[str | None], second_is_text: bool, labels: Callable[[str], bool]) -> str | None:
    """What a list of rows' first row is (``names``: its cells as :func:`column_name` reads
    them): ``"header"`` (column names, one of them a field's; of two, both), ``"pairs"`` (a
    field's name and a string that is none) or None."""
    if len(names) < 2:
        return None
    first, second = names[0], names[1]
    if len(names) == 2 and first is not None and labels(first) and second_is_text and not (second and labels(second)):
        return "pairs"
    if any(n is None for n in names):
        return None
    named = [labels(n) for n in names if n is not None]
    return "header" if (all(named) if len(names) == 2 else any(named)) else None


def table_columns(
    rows: Sequence[Any], labels: Callable[[str], bool], named: Sequence[str | None] | None = None
) -> list[list[str | None] | None]:
    """For each row of ``rows`` the keys its cells take, or None (not a row, or not one of the
    table's width). The columns are ``named``, or the first row's when it is a header (see
    :func:`first_row_kind`: ``[["Name", "Phone"], ["Ewa Lis", "512 345 678"]]``). A first row of a field's name and
    a string that is none opens a list of pairs (``[["Name", "Ewa Lis"], ["City", "Gdańsk"]]``)
    when another row opens with a field's name too: each such row's second cell takes its first
    cell as its key."""
    out: list[list[str | None] | None] = [None] * len(rows)
    first = rows[0] if rows else None
    if named is None:
        if not isinstance(first, list | tuple) or len(first) < 2:
            return out
        names = [column_name(cell) for cell in first]
        kind = first_row_kind(names, isinstance(first[1], str), labels)
        if kind == "pairs":
            for n, row in enumerate(rows):  # [["Name", "Ewa Lis"], ["City", "Gdańsk"]]
                if isinstance(row, list | tuple) and len(row) == 2:
                    field = column_name(row[0])
                    if field is not None and labels(field):
                        out[n] = [None, field]
            # one row is no list of pairs: [["Name", "Version"], ["numpy", "1.26"]] is a table
            return out if sum(1 for row in out if row is not None) >= 2 else [None] * len(rows)
        if kind != "header":
            return out
        named, start = names, 1
    else:
        start = 0
    for n in range(start, len(rows)):
        row = rows[n]
        if isinstance(row, list | tuple) and len(row) == len(named):
            out[n] = list(named)
    return out


_HINT_MAX = 48
PAIR_KEYS = {"name": 1, "value": 2, "values": 2}
"""The keys of a name/value pair (Gmail's headers, HTTP headers, a CRM's custom fields)."""


POSTAL_KEYS = frozenset({"postnummer", "postnr", "post_nr", "adresse", "vej", "vejnavn", "gade", "husnummer"})
"""Danish and Norwegian keys of a postal address's parts: an object with one is a Nordic address,
whose ``by`` is its town (see ``FieldPath.postal``; an English record's ``address`` beside a ``by``
names no town: ``{"address": ..., "by": "Sales Team"}``)."""
PERSONAL_KEYS = frozenset(
    {
        "email", "e_mail", "email_address", "emailaddress", "phone", "phone_number", "phonenumber", "mobile",
        "dob", "date_of_birth", "dateofbirth", "birth_date", "birthdate", "birthday", "first_name", "firstname",
        "last_name", "lastname", "given_name", "family_name", "surname", "gender", "ssn", "correo", "telefono",
        "fecha_nacimiento", "apellido", "apellidos", "courriel", "prenom", "date_naissance", "geburtsdatum",
        "vorname", "nachname", "telefon", "cognome", "sobrenome",
    }
)  # fmt: skip
"""Keys only a person's record holds (an e-mail, a phone, a birth date, a given name or a surname):
an object with one is a person's, whatever key of a thing's it has beside them (``{"name": "Jane
Holloway", "email": ..., "url": ...}``, ``{"name": ..., "phone": ..., "quantity": 2}``), so its
``name`` is the person's (``FieldPath.thing`` stays False)."""
SURNAME_KEYS = frozenset({"soyad", "soyad\u0131", "soyadi", "soyisim"})
"""Turkish keys of a surname: an object with one is a person's record, whose ``ad`` is the given name
(see ``FieldPath.surname``)."""


def _type_hint(
    node: dict[Any, Any], type_keys: frozenset[str], thing_keys: frozenset[str]
) -> tuple[str | None, bool, bool, bool, Any]:
    """The short string value of the first key of ``node`` that may name its type (a
    ``name`` only when no other key does), whether a key of ``node`` is a thing's (and none a
    person's: :data:`PERSONAL_KEYS`), whether
    one is a postal address part's (:data:`POSTAL_KEYS`), whether one is a Turkish surname's
    (:data:`SURNAME_KEYS`), and the value under a :data:`COLUMN_KEYS` key (a table's column
    names), all in one pass over its keys."""
    found = named = columns = None
    thing = postal = surname = personal = False
    pair = 0  # 1: a "name" key, 2: a "value" key (a name/value pair has both)
    for key, value in node.items():
        if not isinstance(key, str):
            continue
        folded = key.casefold()
        thing = thing or folded in thing_keys
        personal = personal or folded in PERSONAL_KEYS
        postal = postal or folded in POSTAL_KEYS
        surname = surname or folded in SURNAME_KEYS
        if columns is None and folded in COLUMN_KEYS:
            columns = value
        if folded in PAIR_KEYS:
            pair |= PAIR_KEYS[folded]
        if found is None and folded in type_keys:
            if type(value) is list and value and isinstance(value[0], str):
                value = value[0]  # {"long_name": "10178", "types": ["postal_code"]}
            if not isinstance(value, str) or len(value) > _HINT_MAX:
                continue
            if folded == "name":
                named = named or value
            else:
                found = value
    return found or named, (thing and not personal) or pair == 3, postal, surname, columns


def rebuild(obj: Any, replacements: Iterator[str], *, keys: bool = False, numbers: Iterator[bool] | None = None) -> Any:
    """``obj`` with its string leaves replaced, in the order :func:`collect_strings` gave;
    ``numbers``: the ``decisions`` it recorded, when it was given a ``numbers`` predicate (the
    integers it collected as strings are put back)."""
    return _rebuild(obj, replacements, keys, numbers, False)


def _rebuild(obj: Any, replacements: Iterator[str], keys: bool, numbers: Iterator[bool] | None, keyed: bool) -> Any:
    """:func:`rebuild` of one node (``keyed``: it sits under a string key, or in a list that does)."""
    if isinstance(obj, str):
        return next(replacements)
    if numbers is not None and keyed and type(obj) is int and obj.bit_length() <= _MAX_BITS:
        if not next(numbers):
            return obj
        new = next(replacements)
        return obj if new == str(obj) else new
    if isinstance(obj, dict):
        out: dict[Any, Any] = {}
        for key, value in obj.items():
            new_key = next(replacements) if keys and isinstance(key, str) else key
            if keys and new_key in out:
                raise MaskInputError(
                    "two keys of one object would become the same key (redacted values as keys?);"
                    " nothing was returned, so no value is lost"
                )
            out[new_key] = _rebuild(value, replacements, keys, numbers, isinstance(key, str))
        return out
    if isinstance(obj, list):
        return [_rebuild(value, replacements, keys, numbers, keyed) for value in obj]
    if isinstance(obj, tuple):
        return tuple(_rebuild(value, replacements, keys, numbers, keyed) for value in obj)
    return obj
