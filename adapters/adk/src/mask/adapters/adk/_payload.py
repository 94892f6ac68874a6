"""Turning what ADK hands us into JSON-like payloads for the bus, and back.

The engine accepts a ``str`` or JSON-like ``dict``/``list`` nesting. ADK tool results and
function-call arguments can hold anything, so they are converted with one documented rule
(:func:`to_payload`) before they go on the bus:

* ``str``, ``int``, ``float``, ``bool`` and ``None`` stay as they are; ``dict`` keeps its
  keys (keys are not scanned), ``list`` stays a list and ``tuple`` a tuple; ``set`` and
  ``frozenset`` become lists.
* A ``google.genai.types.Part`` carrying media (``inline_data`` or ``file_data``) is held
  aside untouched and put back afterwards, so ADK can still send it as media. Binary
  media is not scanned.
* Any other pydantic model becomes ``model_dump(mode="json")``; a dataclass instance
  becomes ``dataclasses.asdict``; every other object becomes ``str(obj)``. Nothing
  reaches the model without passing through the engine.

Cyclic or too deeply nested input raises :class:`~mask.core.MaskInputError` (the
message names the problem, never the data).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from google.genai import types
from pydantic import BaseModel

from mask.core import MaskInputError

__all__ = ["MEDIA_KEY", "from_payload", "has_strings", "to_payload"]

MEDIA_KEY = "\x00mask:media"
"""Key of the placeholder dict that stands in for a media part while the payload is on the bus."""

_SCALARS = (str, int, float, bool, type(None))


def to_payload(obj: Any, *, max_depth: int = 256, media: list[Any] | None = None) -> tuple[Any, list[Any]]:
    """``obj`` as a JSON-like payload plus the media parts held aside (see module docs).

    Pass ``media`` to collect the media of several payloads in one list.
    """
    media = [] if media is None else media
    on_path: set[int] = set()

    def convert(node: Any, depth: int) -> Any:
        if isinstance(node, _SCALARS):
            return node
        if depth >= max_depth:
            raise MaskInputError(f"payload nested deeper than {max_depth} levels (mask.max_depth)")
        if isinstance(node, dict | list | tuple | set | frozenset):
            ident = id(node)
            if ident in on_path:
                raise MaskInputError("payload is cyclic: a container contains itself")
            on_path.add(ident)
            try:
                if isinstance(node, dict):
                    return {key: convert(value, depth + 1) for key, value in node.items()}
                if isinstance(node, tuple):
                    return tuple(convert(value, depth + 1) for value in node)
                return [convert(value, depth + 1) for value in node]
            finally:
                on_path.discard(ident)
        if isinstance(node, types.Part) and (node.inline_data is not None or node.file_data is not None):
            media.append(node)
            return {MEDIA_KEY: len(media) - 1}
        if isinstance(node, BaseModel):
            return convert(node.model_dump(mode="json"), depth + 1)
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            return convert(dataclasses.asdict(node), depth + 1)
        return str(node)

    return convert(obj, 0), media


def from_payload(data: Any, media: list[Any]) -> Any:
    """Put the media parts held aside by :func:`to_payload` back into ``data``."""
    if not media:
        return data
    if isinstance(data, dict):
        if len(data) == 1 and MEDIA_KEY in data and isinstance(data[MEDIA_KEY], int):
            return media[data[MEDIA_KEY]]
        return {key: from_payload(value, media) for key, value in data.items()}
    if isinstance(data, list):
        return [from_payload(value, media) for value in data]
    if isinstance(data, tuple):
        return tuple(from_payload(value, media) for value in data)
    return data


def has_strings(data: Any) -> bool:
    """Whether a JSON-like payload holds any string leaf (nothing to do otherwise)."""
    if isinstance(data, str):
        return True
    if isinstance(data, dict):
        return any(has_strings(value) for value in data.values())
    if isinstance(data, list | tuple):
        return any(has_strings(value) for value in data)
    return False
