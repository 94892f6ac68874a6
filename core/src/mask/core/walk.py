"""Walking JSON-like payloads: collect every string leaf, then rebuild the same shape.

Keys, non-string leaves and order are untouched; tuples stay tuples. Bad input gets
a :class:`MaskInputError` that names the problem, never the data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .errors import MaskInputError

__all__ = ["Limits", "collect_strings", "rebuild"]

_SCALARS = (int, float, bool, type(None))


class Limits:
    __slots__ = ("max_chars", "max_depth", "max_leaves")

    def __init__(self, max_chars: int, max_depth: int, max_leaves: int) -> None:
        self.max_chars = max_chars
        self.max_depth = max_depth
        self.max_leaves = max_leaves


def collect_strings(obj: Any, limits: Limits, keys: list[str | None] | None = None) -> list[str]:
    """Every string leaf of ``obj`` in depth-first order; validates the payload.

    When ``keys`` is given, it receives, for each leaf, the key of the dict it is a value
    of, or None (list items, the top level): a field name is context for detectors.
    """
    out: list[str] = []
    total = 0
    on_path: set[int] = set()

    def visit(node: Any, depth: int, key: str | None = None) -> None:
        nonlocal total
        if isinstance(node, str):
            total += len(node)
            if total > limits.max_chars:
                raise MaskInputError(f"input too large: over {limits.max_chars} characters (mask.max_input_chars)")
            out.append(node)
            if keys is not None:
                keys.append(key)
            if len(out) > limits.max_leaves:
                raise MaskInputError(f"input has over {limits.max_leaves} strings (mask.max_leaves)")
            return
        if isinstance(node, _SCALARS):
            return
        if isinstance(node, dict | list | tuple):
            if depth >= limits.max_depth:
                raise MaskInputError(f"input nested deeper than {limits.max_depth} levels (mask.max_depth)")
            ident = id(node)
            if ident in on_path:
                raise MaskInputError("input is cyclic: a container contains itself")
            on_path.add(ident)
            if isinstance(node, dict):
                for child_key, child in node.items():
                    visit(child, depth + 1, child_key if isinstance(child_key, str) else None)
            else:
                for child in node:
                    visit(child, depth + 1)
            on_path.discard(ident)
            return
        if isinstance(node, bytes | bytearray | memoryview):
            raise MaskInputError("binary input is not accepted: decode bytes to str first")
        raise MaskInputError(f"unsupported type in payload: {type(node).__name__} (want str, dict, list, number)")

    visit(obj, 0)
    return out


def rebuild(obj: Any, replacements: Iterator[str]) -> Any:
    """``obj`` with its string leaves replaced, in the order :func:`collect_strings` gave."""
    if isinstance(obj, str):
        return next(replacements)
    if isinstance(obj, dict):
        return {key: rebuild(value, replacements) for key, value in obj.items()}
    if isinstance(obj, list):
        return [rebuild(value, replacements) for value in obj]
    if isinstance(obj, tuple):
        return tuple(rebuild(value, replacements) for value in obj)
    return obj
