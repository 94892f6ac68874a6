"""Protect messages before a model reads them; reveal messages and answers for the end user.

Everything goes through the Mask's bus: :class:`~mask.core.events.ModelRequest` protects,
:class:`~mask.core.events.ModelResponse` reveals (with the end user's policy). Functions
return copies; the messages given are never changed in place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from mask.core.adapters import Steps, twins
from mask.core.events import ModelRequest, ModelResponse

from ._convert import apply_messages_payload, from_payload, messages_payload, to_payload

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
    before = messages_payload(items, artifact=kind is ModelResponse)
    event = yield kind(payload=before, scope=scope)
    return apply_messages_payload(items, before, event.payload)


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
    messages = list(result.get("messages", []))
    before: dict[str, Any] = {"messages": messages_payload(messages, artifact=True)}
    if result.get("structured_response") is not None:
        before["structured_response"] = to_payload(result["structured_response"])
    after = (yield ModelResponse(payload=before, scope=scope)).payload
    out = dict(result)
    out["messages"] = apply_messages_payload(messages, before["messages"], after["messages"])
    if "structured_response" in before:
        out["structured_response"] = from_payload(result["structured_response"], after["structured_response"])
    return out


reveal_result, areveal_result = twins(_reveal_result)
