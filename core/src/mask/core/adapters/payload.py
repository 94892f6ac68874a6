"""One payload rule for every adapter: framework objects to JSON-like payloads, and back.

:func:`to_payload`, in order:

* ``str``, ``int``, ``float``, ``bool`` and ``None`` stay as they are.
* ``special(node)`` (the adapter's hook, optional) may answer first for any other object:
  media it holds aside (:class:`Held` puts a placeholder in its place), bytes it decodes...
  It returns :data:`UNHANDLED` to let the rule go on.
* ``dict`` keeps its keys (non-string keys become ``str``), ``list`` stays a list and
  ``tuple`` a tuple; ``set`` and ``frozenset`` become lists.
* A pydantic model (duck typing: a ``model_dump`` method) becomes
  ``model_dump(mode="json")``; a dataclass instance becomes ``dataclasses.asdict``; both are
  walked further.
* Every other object becomes ``str(obj)``: nothing reaches the model without passing
  through the engine.

Cyclic input, or input nested deeper than ``max_depth`` (``mask.max_depth``), raises
:class:`~mask.core.MaskInputError` naming the problem, never the data.

:func:`from_payload` rebuilds the original's types where it can: containers are walked
along the original, a pydantic model is validated back into its class (when a token
breaks a validator, the protected ``dict`` is returned, never the original), text bytes
are encoded back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ..errors import MaskInputError

__all__ = ["MEDIA_KEY", "UNHANDLED", "Held", "from_payload", "has_strings", "is_jsonlike", "to_payload"]

MEDIA_KEY = "\x00mask:media"
"""Key of the placeholder dict that stands in for a held-aside object while the payload is on the bus."""

UNHANDLED: Any = object()
"""What a ``special`` hook returns for an object it leaves to the rule."""

_SCALARS = (str, int, float, bool, type(None))


class Held(list[Any]):
    """Objects held aside (media: never scanned, put back untouched) while a payload is on the bus."""

    def hold(self, obj: Any) -> dict[str, int]:
        """A placeholder for ``obj``, which :meth:`restore` puts back."""
        self.append(obj)
        return {MEDIA_KEY: len(self) - 1}

    def restore(self, data: Any) -> Any:
        """``data`` with every placeholder replaced by the object it stands for."""
        if not self:
            return data
        if isinstance(data, dict):
            if len(data) == 1 and isinstance(data.get(MEDIA_KEY), int):
                return self[data[MEDIA_KEY]]
            return {key: self.restore(value) for key, value in data.items()}
        if isinstance(data, list | tuple):
            return type(data)(self.restore(value) for value in data)
        return data


def to_payload(obj: Any, *, max_depth: int = 256, special: Callable[[Any], Any] | None = None) -> Any:
    """``obj`` as a JSON-like payload (see the module rule)."""
    if isinstance(obj, _SCALARS):  # the usual tool argument: no walk to set up for it
        return obj
    on_path: set[int] = set()

    def convert(node: Any, depth: int) -> Any:
        if isinstance(node, _SCALARS):
            return node
        if depth >= max_depth:
            raise MaskInputError(f"payload nested deeper than {max_depth} levels (mask.max_depth)")
        if special is not None:
            result = special(node)
            if result is not UNHANDLED:
                return result
        if isinstance(node, dict | list | tuple | set | frozenset):
            ident = id(node)
            if ident in on_path:
                raise MaskInputError("payload is cyclic: a container contains itself")
            on_path.add(ident)
            try:
                if isinstance(node, dict):
                    return {k if isinstance(k, str) else str(k): convert(v, depth + 1) for k, v in node.items()}
                if isinstance(node, tuple):
                    return tuple(convert(value, depth + 1) for value in node)
                return [convert(value, depth + 1) for value in node]
            finally:
                on_path.discard(ident)
        dump = getattr(node, "model_dump", None)
        if callable(dump) and not isinstance(node, type):
            return convert(dump(mode="json"), depth + 1)
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            return convert(dataclasses.asdict(node), depth + 1)
        return str(node)

    try:
        return convert(obj, 0)
    finally:
        convert = None  # type: ignore[assignment]  # it refers to itself: a cycle only the collector would free


def from_payload(original: Any, payload: Any, *, keep_binary: bool = False) -> Any:
    """``original``'s types rebuilt around its protected or revealed ``payload``.

    Binary bytes an adapter's ``special`` hook left out of the payload come back as they
    were with ``keep_binary``, else as the payload's value."""
    if isinstance(original, dict) and isinstance(payload, dict):
        return {key: from_payload(original.get(key), item, keep_binary=keep_binary) for key, item in payload.items()}
    if isinstance(original, list | tuple) and isinstance(payload, list | tuple) and len(payload) == len(original):
        items = [from_payload(o, p, keep_binary=keep_binary) for o, p in zip(original, payload, strict=True)]
        return tuple(items) if isinstance(original, tuple) else items
    if isinstance(original, bytes | bytearray):
        if isinstance(payload, str):
            return type(original)(payload.encode("utf-8"))
        return original if keep_binary else payload
    validate = getattr(type(original), "model_validate", None)
    if callable(validate) and isinstance(payload, dict):
        try:
            return validate(payload)
        except Exception:  # a token broke a validator: keep the protected dict, never the original
            return payload
    return payload


def has_strings(data: Any) -> bool:
    """Whether a JSON-like payload holds any string leaf (nothing to do otherwise)."""
    if isinstance(data, str):
        return True
    if isinstance(data, dict):
        return any(has_strings(value) for value in data.values())
    if isinstance(data, list | tuple):
        return any(has_strings(value) for value in data)
    return False


def is_jsonlike(value: Any, *, max_depth: int = 256, str_keys: bool = False) -> bool:
    """Whether ``value`` is a payload as it is: scalars, and dicts, lists and tuples of them
    nested at most ``max_depth`` deep (an adapter passes other objects along untouched).
    ``str_keys``: and every dict key a ``str``, so that :func:`to_payload` would give an
    equal copy and :func:`from_payload` the processed payload itself."""

    def walk(node: Any, depth: int) -> bool:
        if isinstance(node, _SCALARS):
            return True
        if depth >= max_depth:
            return False
        if isinstance(node, dict):
            if str_keys and not all(isinstance(key, str) for key in node):
                return False
            return all(walk(item, depth + 1) for item in node.values())
        return isinstance(node, list | tuple) and all(walk(item, depth + 1) for item in node)

    try:
        return walk(value, 0)
    finally:
        walk = None  # type: ignore[assignment]  # it refers to itself: a cycle only the collector would free
