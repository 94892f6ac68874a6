"""Protect an agent's input before the graph sees it, so that every checkpoint holds tokens.

A LangGraph agent with a checkpointer saves its input (steps -1 and 0) before any
middleware runs, so ``before_agent`` is too late for those checkpoints. These functions
protect the ``messages`` of the input first; ``MaskMiddleware.invoke(agent, input, config)``
and its ``ainvoke``/``stream``/``astream`` twins call them and then run the agent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langchain_core.messages import convert_to_messages

from mask.core.adapters import Steps, twins

from .messages import _protect_messages

__all__ = ["aprotect_input", "protect_input"]


def _protect_input(agent_input: Any, *, scope: str | None = None) -> Steps[Any]:
    """A copy of ``agent_input`` whose ``messages`` (tuples, dicts, strings or messages)
    are protected messages; other keys are kept as given (put no PII there), and an input
    that is not a mapping with ``messages`` (``None`` to resume, a ``Command``) is returned
    unchanged."""
    if agent_input is None or not isinstance(agent_input, Mapping) or "messages" not in agent_input:
        return agent_input
    out = dict(agent_input)
    out["messages"] = yield from _protect_messages(convert_to_messages(agent_input["messages"]), scope=scope)
    return out


protect_input, aprotect_input = twins(_protect_input)
