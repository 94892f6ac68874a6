"""Protecting what a tool returns, and revealing what a tool receives, through the bus.

Tool output goes out as a :class:`~mask.core.events.ToolResult` event (protected before any
model reads it); tool arguments go out as a :class:`~mask.core.events.ToolCall` event
(revealed only as far as the ``[tools.NAME] reveal`` policy allows). Objects are converted
with the rules of :mod:`mask.adapters.langchain._convert`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any

from langchain_core.messages import BaseMessage

from mask.core.adapters import Steps, twins
from mask.core.errors import MaskError
from mask.core.events import ToolCall, ToolResult

from ._convert import _JsonText, apply_message_payload, from_payload, message_payload, text_payload, to_payload

__all__ = [
    "UNPROTECTED_ERROR",
    "aprotect_exception",
    "aprotect_tool_output",
    "areveal_tool_args",
    "protect_exception",
    "protect_tool_output",
    "reveal_tool_args",
]

Restore = Callable[[Any], Any]


def _pack(obj: Any) -> tuple[Any, Restore]:
    """``obj`` as a payload, and how to turn the processed payload back into ``obj``'s type."""
    if isinstance(obj, BaseMessage):
        before = message_payload(obj, artifact=True)
        return before, lambda after: obj if after == before else apply_message_payload(obj, after)
    if _is_command(obj):
        return _pack_command(obj)
    if isinstance(obj, str):
        parsed = text_payload(obj)
        if isinstance(parsed, _JsonText):
            before_json = parsed.value
            return before_json, lambda after: obj if after == before_json else json.dumps(after, ensure_ascii=False)
        return obj, lambda after: after
    if isinstance(obj, tuple) or (isinstance(obj, list) and obj and all(isinstance(i, BaseMessage) for i in obj)):
        # (content, artifact) pairs and message lists: each part keeps its own type
        packed = [_pack(item) for item in obj]
        kind = type(obj) if isinstance(obj, list) else tuple
        return [p for p, _ in packed], lambda after: kind(r(a) for (_, r), a in zip(packed, after, strict=True))
    payload = to_payload(obj)
    return payload, lambda after: from_payload(obj, after)


def _is_command(obj: Any) -> bool:
    return type(obj).__name__ == "Command" and dataclasses.is_dataclass(obj) and hasattr(obj, "update")


def _pack_command(command: Any) -> tuple[Any, Restore]:
    update = command.update
    if not isinstance(update, Mapping) or not isinstance(update.get("messages"), list):
        return [], lambda _after: command
    inner, restore_messages = _pack(list(update["messages"]))

    def restore(after: Any) -> Any:
        return dataclasses.replace(command, update={**update, "messages": restore_messages(after)})

    return inner, restore


def _protect_tool_output(tool: str, output: Any, *, scope: str | None = None) -> Steps[Any]:
    """``output`` with its PII tokenized (same type: ``str``, JSON string, ``dict``, ToolMessage...)."""
    payload, restore = _pack(output)
    event = yield ToolResult(tool=tool, payload=payload, scope=scope)
    return restore(event.payload)


protect_tool_output, aprotect_tool_output = twins(_protect_tool_output)


def _reveal_tool_args(tool: str, args: Mapping[str, Any], *, scope: str | None = None) -> Steps[dict[str, Any]]:
    """A copy of ``args`` with tokens revealed where the policy lets ``tool`` see them."""
    before = {key: to_payload(value) for key, value in args.items()}
    after = (yield ToolCall(tool=tool, payload=before, scope=scope)).payload
    return {key: from_payload(args[key], after[key]) if after[key] != before[key] else args[key] for key in args}


reveal_tool_args, areveal_tool_args = twins(_reveal_tool_args)


def _exception_texts(exc: BaseException) -> list[str] | None:
    if isinstance(exc, MaskError) or not exc.args or not all(isinstance(a, str) for a in exc.args):
        return None
    return list(exc.args)


UNPROTECTED_ERROR = "[REDACTED: this error message could not be protected]"


def _protect_exception(tool: str, exc: BaseException, *, scope: str | None = None) -> Steps[None]:
    """Tokenize the message of ``exc`` in place (LangChain may hand tool errors to the model).

    If protecting fails, the message is replaced by :data:`UNPROTECTED_ERROR` and the
    MaskError propagates (the original exception stays its ``__context__``, without plaintext).
    """
    texts = _exception_texts(exc)
    if texts is None:
        return
    try:
        exc.args = tuple((yield ToolResult(tool=tool, payload=texts, scope=scope)).payload)
    except MaskError:
        exc.args = (UNPROTECTED_ERROR,)
        raise


protect_exception, aprotect_exception = twins(_protect_exception)
