"""Protect messages before a model reads them; reveal messages and answers for the end user.

Everything goes through the Mask's bus: :class:`~mask.core.events.ModelRequest` protects,
:class:`~mask.core.events.ModelResponse` reveals (with the end user's policy). Functions
return copies; the messages given are never changed in place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage

from mask.core.events import ModelRequest, ModelResponse

from ._convert import apply_messages_payload, from_payload, messages_payload, to_payload

if TYPE_CHECKING:
    from mask.core import Mask

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


def protect_messages(mask: Mask, messages: Sequence[BaseMessage], *, scope: str | None = None) -> list[BaseMessage]:
    """Copies of ``messages`` with PII in their content and tool-call arguments tokenized."""
    items = list(messages)
    if not items:
        return []
    before = messages_payload(items)
    event = mask.dispatch(ModelRequest(payload=before, scope=scope))
    return apply_messages_payload(items, before, event.payload)


async def aprotect_messages(
    mask: Mask, messages: Sequence[BaseMessage], *, scope: str | None = None
) -> list[BaseMessage]:
    """Async twin of :func:`protect_messages`."""
    items = list(messages)
    if not items:
        return []
    before = messages_payload(items)
    event = await mask.adispatch(ModelRequest(payload=before, scope=scope))
    return apply_messages_payload(items, before, event.payload)


def reveal_messages(mask: Mask, messages: Sequence[BaseMessage], *, scope: str | None = None) -> list[BaseMessage]:
    """Copies of ``messages`` revealed for the end user: show these, never feed them to a model."""
    items = list(messages)
    if not items:
        return []
    before = messages_payload(items, artifact=True)
    event = mask.dispatch(ModelResponse(payload=before, scope=scope))
    return apply_messages_payload(items, before, event.payload)


async def areveal_messages(
    mask: Mask, messages: Sequence[BaseMessage], *, scope: str | None = None
) -> list[BaseMessage]:
    """Async twin of :func:`reveal_messages`."""
    items = list(messages)
    if not items:
        return []
    before = messages_payload(items, artifact=True)
    event = await mask.adispatch(ModelResponse(payload=before, scope=scope))
    return apply_messages_payload(items, before, event.payload)


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


def reveal_answer(
    mask: Mask, result: Mapping[str, Any] | Sequence[BaseMessage] | BaseMessage | str, *, scope: str | None = None
) -> str:
    """The agent's final answer, revealed for the end user (the agent's state stays tokenized)."""
    event = mask.dispatch(ModelResponse(payload=final_answer(result), scope=scope))
    return str(event.payload)


async def areveal_answer(
    mask: Mask, result: Mapping[str, Any] | Sequence[BaseMessage] | BaseMessage | str, *, scope: str | None = None
) -> str:
    """Async twin of :func:`reveal_answer`."""
    event = await mask.adispatch(ModelResponse(payload=final_answer(result), scope=scope))
    return str(event.payload)


def _result_payload(result: Mapping[str, Any]) -> tuple[dict[str, Any], list[BaseMessage]]:
    messages = list(result.get("messages", []))
    payload: dict[str, Any] = {"messages": messages_payload(messages, artifact=True)}
    if result.get("structured_response") is not None:
        payload["structured_response"] = to_payload(result["structured_response"])
    return payload, messages


def _rebuild_result(result: Mapping[str, Any], messages: list[BaseMessage], before: Any, after: Any) -> dict[str, Any]:
    out = dict(result)
    out["messages"] = apply_messages_payload(messages, before["messages"], after["messages"])
    if "structured_response" in before:
        out["structured_response"] = from_payload(result["structured_response"], after["structured_response"])
    return out


def reveal_result(mask: Mask, result: Mapping[str, Any], *, scope: str | None = None) -> dict[str, Any]:
    """A revealed copy of an ``agent.invoke`` result: messages and ``structured_response``.

    For display only: never pass the copy back to the agent (its messages hold plaintext).
    """
    before, messages = _result_payload(result)
    event = mask.dispatch(ModelResponse(payload=before, scope=scope))
    return _rebuild_result(result, messages, before, event.payload)


async def areveal_result(mask: Mask, result: Mapping[str, Any], *, scope: str | None = None) -> dict[str, Any]:
    """Async twin of :func:`reveal_result`."""
    before, messages = _result_payload(result)
    event = await mask.adispatch(ModelResponse(payload=before, scope=scope))
    return _rebuild_result(result, messages, before, event.payload)
