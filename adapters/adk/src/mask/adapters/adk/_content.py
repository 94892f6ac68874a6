"""``google.genai.types.Content`` lists as bus payloads, rebuilt as new objects.

Every text-bearing field of a part goes on the bus: ``text`` (thoughts included),
``function_call.args``, ``function_response.response``, ``executable_code.code`` and
``code_execution_result.output``. Media parts (``inline_data``, ``file_data``) are left as
they are and not scanned.

Rebuilding never mutates the originals: changed parts and contents are pydantic copies,
so the objects ADK keeps in the session history stay exactly as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from google.genai import types

from mask.core.adapters import Held, Steps
from mask.core.events import ModelRequest, ModelResponse

from ._payload import has_strings, to_payload

__all__ = ["ContentPlan", "through"]


@dataclass
class ContentPlan:
    """Where each payload item came from: ``(content index, part index, field)``.

    ``items`` are the payloads as built; ``converted`` marks the fields whose value was
    not JSON-like already (see ``to_payload``): those are always replaced by their
    converted, processed payload, so no unknown object reaches the model unscanned.
    """

    slots: list[tuple[int, int, str]] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)
    converted: list[bool] = field(default_factory=list)
    media: Held = field(default_factory=Held)

    @classmethod
    def build(cls, contents: Sequence[types.Content | None], *, max_depth: int = 256) -> tuple[ContentPlan, list[Any]]:
        """The plan and the payload list (one item per text-bearing field)."""
        plan = cls()
        items = plan.items
        for ci, content in enumerate(contents):
            if content is None or not content.parts:
                continue
            for pi, part in enumerate(content.parts):
                for name, value in _fields(part):
                    converted, _ = to_payload(value, max_depth=max_depth, media=plan.media)
                    plan.slots.append((ci, pi, name))
                    plan.converted.append(converted != value)
                    items.append(converted)
        return plan, list(items)

    def apply(self, contents: Sequence[types.Content | None], items: Sequence[Any]) -> list[types.Content | None]:
        """New contents with every changed field replaced; unchanged contents are the same objects."""
        parts: dict[int, list[types.Part]] = {}
        for (ci, pi, name), value, before, converted in zip(self.slots, items, self.items, self.converted, strict=True):
            if converted or value != before:
                new = parts.setdefault(ci, list(contents[ci].parts))  # type: ignore[union-attr, arg-type]
                new[pi] = _replace(new[pi], name, self.media.restore(value))
        out = list(contents)
        for ci, new in parts.items():
            out[ci] = contents[ci].model_copy(update={"parts": new})  # type: ignore[union-attr]
        return out


def through(
    kind: type[ModelRequest | ModelResponse],
    contents: Sequence[types.Content | None],
    scope: str | None,
    max_depth: int,
) -> Steps[list[types.Content | None]]:
    """``contents`` through one event of ``kind`` (none when they hold no text), rebuilt."""
    plan, items = ContentPlan.build(contents, max_depth=max_depth)
    if not has_strings(items):
        return list(contents)
    return plan.apply(contents, (yield kind(payload=items, scope=scope)).payload)


_FIELDS = {  # the text-bearing fields of a Part: payload name -> (the part's attribute holding it, its attribute)
    "text": ("", "text"),
    "args": ("function_call", "args"),
    "response": ("function_response", "response"),
    "code": ("executable_code", "code"),
    "output": ("code_execution_result", "output"),
}


def _fields(part: types.Part) -> list[tuple[str, Any]]:
    found = []
    for name, (holder, attr) in _FIELDS.items():
        value = getattr(getattr(part, holder) if holder else part, attr, None)
        if value is not None and (value or name != "args"):  # no arguments: nothing to scan
            found.append((name, value))
    return found


def _replace(part: types.Part, name: str, value: Any) -> types.Part:
    holder, attr = _FIELDS[name]
    if not holder:
        return part.model_copy(update={attr: value})
    return part.model_copy(update={holder: getattr(part, holder).model_copy(update={attr: value})})
