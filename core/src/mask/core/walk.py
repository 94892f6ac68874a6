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

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import MaskInputError

__all__ = ["PAIR_KEYS", "FieldPath", "Limits", "collect_strings", "rebuild"]

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
                paths.append(FieldPath(key, parent, sibling, thing) if key is not None else None)
            if len(out) > limits.max_leaves:
                raise MaskInputError(f"input has over {limits.max_leaves} strings (mask.max_leaves)")
            return
        if isinstance(node, _SCALARS):
            if numbers is not None and key is not None and type(node) is int and node.bit_length() <= _MAX_BITS:
                path = FieldPath(key, parent, sibling, thing)
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
                hint, is_thing = _type_hint(node, type_keys, thing_keys) if paths is not None else (None, False)
                for child_key, child in node.items():
                    if isinstance(child_key, str):
                        if keys:
                            if key_leaves is not None:
                                key_leaves.add(len(out))
                            visit(child_key, depth + 1)
                        visit(child, depth + 1, child_key, key, hint, False, is_thing)
                    else:
                        visit(child, depth + 1)
            else:
                for child in node:  # list items keep the key of their list ({"phones": [...]})
                    visit(child, depth + 1, key, parent, sibling, True, thing)
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


_HINT_MAX = 48
PAIR_KEYS = {"name": 1, "value": 2, "values": 2}
"""The keys of a name/value pair (Gmail's headers, HTTP headers, a CRM's custom fields)."""


def _type_hint(node: dict[Any, Any], type_keys: frozenset[str], thing_keys: frozenset[str]) -> tuple[str | None, bool]:
    """The short string value of the first key of ``node`` that may name its type (a
    ``name`` only when no other key does), and whether a key of ``node`` is a thing's."""
    found = named = None
    thing = False
    pair = 0  # 1: a "name" key, 2: a "value" key (a name/value pair has both)
    for key, value in node.items():
        if not isinstance(key, str):
            continue
        folded = key.casefold()
        thing = thing or folded in thing_keys
        if folded in PAIR_KEYS:
            pair |= PAIR_KEYS[folded]
        if found is None and isinstance(value, str) and len(value) <= _HINT_MAX and folded in type_keys:
            if folded == "name":
                named = named or value
            else:
                found = value
    return found or named, thing or pair == 3


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
