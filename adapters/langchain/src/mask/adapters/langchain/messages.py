"""Protect messages before a model reads them; reveal messages and answers for the end user.

Everything goes through the Mask's bus: :class:`~mask.core.events.ModelRequest` protects,
:class:`~mask.core.events.ModelResponse` reveals (with the end user's policy). Functions
return copies; the messages given are never changed in place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from mask.core.adapters import MASK, Steps, twins
from mask.core.events import ModelRequest, ModelResponse

from ._convert import from_payload, pack, to_payload

__all__ = [
    "areveal_answer",
    "areveal_messages",
    "aprotect_messages",
    "areveal_result",
    "final_answer",
    "protect_messages",
    "reveal_answer",
    "reveal_messages",
    "reveal_result",
]


def _protect_messages(messages: Sequence[BaseMessage], *, scope: str | None = None) -> Steps[list[BaseMessage]]:
    """Copies of ``messages`` with PII in their content and tool-call arguments tokenized."""
    return (yield from _through(ModelRequest, messages, scope))


def _reveal_messages(messages: Sequence[BaseMessage], *, scope: str | None = None) -> Steps[list[BaseMessage]]:
    """Copies of ``messages`` revealed for the end user: show these, never feed them to a model."""
    return (yield from _through(ModelResponse, messages, scope))


def _through(kind: type[ModelRequest | ModelResponse], messages: Sequence[Any], scope: str | None) -> Steps[list[Any]]:
    """``messages`` through one event of ``kind`` (a reveal also covers tool artifacts)."""
    items = list(messages)
    if not items:
        return []
    payload, restore = pack(items, (yield MASK).config.max_depth, artifact=kind is ModelResponse)
    return restore((yield kind(payload=payload, scope=scope)).payload)


protect_messages, aprotect_messages = twins(_protect_messages)
reveal_messages, areveal_messages = twins(_reveal_messages)


def final_answer(result: Mapping[str, Any] | Sequence[BaseMessage] | BaseMessage | str) -> str:
    """The text of the agent's last AI message (``result`` of ``agent.invoke`` or a message list)."""
    if isinstance(result, str):
        return result
    if isinstance(result, BaseMessage):
        return result.text
    messages = result.get("messages", []) if isinstance(result, Mapping) else result
    for message in reversed(list(messages)):
        if isinstance(message, AIMessage):
            return message.text
    return ""


def _reveal_answer(
    result: Mapping[str, Any] | Sequence[BaseMessage] | BaseMessage | str, *, scope: str | None = None
) -> Steps[str]:
    """The agent's final answer, revealed for the end user (the agent's state stays tokenized)."""
    event = yield ModelResponse(payload=final_answer(result), scope=scope)
    return str(event.payload)


reveal_answer, areveal_answer = twins(_reveal_answer)


def _reveal_result(result: Mapping[str, Any], *, scope: str | None = None) -> Steps[dict[str, Any]]:
    """A revealed copy of an ``agent.invoke`` result: messages and ``structured_response``.

    For display only: never pass the copy back to the agent (its messages hold plaintext).
    """
    depth = (yield MASK).config.max_depth
    messages, restore = pack(list(result.get("messages", [])), depth)
    payload = {"messages": messages}
    structured = result.get("structured_response")
    if structured is not None:
        payload["structured_response"] = to_payload(structured, depth)
    after = (yield ModelResponse(payload=payload, scope=scope)).payload
    out = {**result, "messages": restore(after["messages"])}
    if structured is not None:
        out["structured_response"] = from_payload(structured, after["structured_response"])
    return out


reveal_result, areveal_result = twins(_reveal_result)
