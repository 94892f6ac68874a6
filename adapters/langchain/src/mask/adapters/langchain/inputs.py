"""Protect an agent's input before the graph sees it, so that every checkpoint holds tokens.

A LangGraph agent with a checkpointer saves its input (steps -1 and 0) before any
middleware runs, so ``before_agent`` is too late for those checkpoints. These functions
protect the ``messages`` of the input first; ``MaskMiddleware.invoke(agent, input, config)``
and its ``ainvoke``/``stream``/``astream`` twins call them and then run the agent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from langchain_core.messages import convert_to_messages

from .messages import aprotect_messages, protect_messages

if TYPE_CHECKING:
    from mask.core import Mask

__all__ = ["aprotect_input", "protect_input"]


def _split(agent_input: Any) -> tuple[dict[str, Any], list[Any]] | None:
    if agent_input is None or not isinstance(agent_input, Mapping) or "messages" not in agent_input:
        return None
    return dict(agent_input), convert_to_messages(agent_input["messages"])


def protect_input(mask: Mask, agent_input: Any, *, scope: str | None = None) -> Any:
    """A copy of ``agent_input`` whose ``messages`` (tuples, dicts, strings or messages)
    are protected messages; other keys are kept as given (put no PII there), and an input
    that is not a mapping with ``messages`` (``None`` to resume, a ``Command``) is returned
    unchanged."""
    split = _split(agent_input)
    if split is None:
        return agent_input
    out, messages = split
    out["messages"] = protect_messages(mask, messages, scope=scope)
    return out


async def aprotect_input(mask: Mask, agent_input: Any, *, scope: str | None = None) -> Any:
    """Async twin of :func:`protect_input`."""
    split = _split(agent_input)
    if split is None:
        return agent_input
    out, messages = split
    out["messages"] = await aprotect_messages(mask, messages, scope=scope)
    return out
