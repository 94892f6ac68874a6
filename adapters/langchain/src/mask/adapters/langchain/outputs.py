"""Protecting what a tool returns, and revealing what a tool receives, through the bus.

Tool output goes out as a :class:`~mask.core.events.ToolResult` event (protected before any
model reads it); tool arguments go out as a :class:`~mask.core.events.ToolCall` event
(revealed only as far as the ``[tools.NAME] reveal`` policy allows). Objects are converted
with the rules of :mod:`mask.adapters.langchain._convert`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mask.core.adapters import MASK, Call, Steps, twins
from mask.core.errors import MaskError
from mask.core.events import ToolCall, ToolResult

from ._convert import from_payload, pack, to_payload

__all__ = [
    "UNPROTECTED_ERROR",
    "aprotect_exception",
    "aprotect_tool_output",
    "areveal_tool_args",
    "protect_exception",
    "protect_tool_output",
    "reveal_tool_args",
]


def _protect_tool_output(tool: str, output: Any, *, scope: str | None = None) -> Steps[Any]:
    """``output`` with its PII tokenized (same type: ``str``, JSON string, ``dict``, ToolMessage...)."""
    payload, restore = pack(output, (yield MASK).config.max_depth)
    return restore((yield ToolResult(tool=tool, payload=payload, scope=scope)).payload)


protect_tool_output, aprotect_tool_output = twins(_protect_tool_output)


def _reveal_tool_args(tool: str, args: Mapping[str, Any], *, scope: str | None = None) -> Steps[dict[str, Any]]:
    """A copy of ``args`` with tokens revealed where the policy lets ``tool`` see them.

    The values go out as a list and come back under the names they were sent with: an
    argument name is never searched nor revealed (a token the model wrote as a name stays
    that token). An argument the reveal left as it was is handed back as the same object
    (the middleware then keeps the request as it came)."""
    depth = (yield MASK).config.max_depth
    before = [to_payload(value, depth) for value in args.values()]
    after = (yield ToolCall(tool=tool, payload=before, scope=scope)).payload
    return {
        key: from_payload(args[key], new) if new != old else args[key]
        for key, old, new in zip(args, before, after, strict=True)
    }


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


def _run_tool(tool: str, call: Call, *, scope: str | None) -> Steps[Any]:
    """``call`` of the tool (its arguments revealed already), its result protected, or the
    message of its error (Mask's own errors are left as they are)."""
    try:
        result = yield call
    except Exception as exc:
        yield from _protect_exception(tool, exc, scope=scope)
        raise
    return (yield from _protect_tool_output(tool, result, scope=scope))
