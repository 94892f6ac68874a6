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

from mask.core.adapters import Held

from ._payload import from_payload, to_payload

__all__ = ["ContentPlan"]


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
        updates: dict[tuple[int, int], dict[str, Any]] = {}
        for (ci, pi, name), value, before, converted in zip(self.slots, items, self.items, self.converted, strict=True):
            if converted or value != before:
                updates.setdefault((ci, pi), {})[name] = from_payload(value, self.media)
        out: list[types.Content | None] = list(contents)
        by_content: dict[int, dict[int, dict[str, Any]]] = {}
        for (ci, pi), fields in updates.items():
            by_content.setdefault(ci, {})[pi] = fields
        for ci, per_part in by_content.items():
            content = contents[ci]
            assert content is not None and content.parts is not None
            parts = list(content.parts)
            for pi, fields in per_part.items():
                parts[pi] = _replace(parts[pi], fields)
            out[ci] = content.model_copy(update={"parts": parts})
        return out


def _fields(part: types.Part) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if part.text is not None:
        found.append(("text", part.text))
    if part.function_call is not None and part.function_call.args:
        found.append(("args", part.function_call.args))
    if part.function_response is not None and part.function_response.response is not None:
        found.append(("response", part.function_response.response))
    if part.executable_code is not None and part.executable_code.code is not None:
        found.append(("code", part.executable_code.code))
    if part.code_execution_result is not None and part.code_execution_result.output is not None:
        found.append(("output", part.code_execution_result.output))
    return found


def _replace(part: types.Part, fields: dict[str, Any]) -> types.Part:
    update: dict[str, Any] = {}
    if "text" in fields:
        update["text"] = fields["text"]
    if "args" in fields and part.function_call is not None:
        update["function_call"] = part.function_call.model_copy(update={"args": fields["args"]})
    if "response" in fields and part.function_response is not None:
        update["function_response"] = part.function_response.model_copy(update={"response": fields["response"]})
    if "code" in fields and part.executable_code is not None:
        update["executable_code"] = part.executable_code.model_copy(update={"code": fields["code"]})
    if "output" in fields and part.code_execution_result is not None:
        update["code_execution_result"] = part.code_execution_result.model_copy(update={"output": fields["output"]})
    return part.model_copy(update=update)
