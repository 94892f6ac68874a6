"""Mask for LangChain: protected tools, agent middleware and revealed streams.

>>> from mask.core import Mask
>>> from mask.adapters.langchain import MaskMiddleware, protect_tool
>>> mask = Mask()
>>> safe_tool = protect_tool(lookup_customer, mask)          # any langchain-core BaseTool
>>> guard = MaskMiddleware(mask)                               # needs mask-langchain[agents]
>>> agent = create_agent(model, tools, middleware=[guard])
>>> result = guard.invoke(agent, {"messages": [("user", "...")]}, config)  # every checkpoint: tokens
>>> print(guard.reveal_answer(result))                         # plaintext for the end user

``MaskMiddleware`` imports ``langchain`` (the optional ``agents`` extra) only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .callbacks import MaskLeakGuard
from .inputs import aprotect_input, protect_input
from .messages import (
    aprotect_messages,
    areveal_answer,
    areveal_messages,
    areveal_result,
    final_answer,
    protect_messages,
    reveal_answer,
    reveal_messages,
    reveal_result,
)
from .outputs import aprotect_tool_output, areveal_tool_args, protect_tool_output, reveal_tool_args
from .streaming import RevealedChunk, areveal_stream, reveal_stream
from .tools import MaskedTool, protect_tool, protect_tools

if TYPE_CHECKING:
    from .middleware import MaskMiddleware

__all__ = [
    "MaskLeakGuard",
    "MaskMiddleware",
    "MaskedTool",
    "RevealedChunk",
    "aprotect_input",
    "aprotect_messages",
    "aprotect_tool_output",
    "areveal_answer",
    "areveal_messages",
    "areveal_result",
    "areveal_stream",
    "areveal_tool_args",
    "final_answer",
    "protect_input",
    "protect_messages",
    "protect_tool",
    "protect_tool_output",
    "protect_tools",
    "reveal_answer",
    "reveal_messages",
    "reveal_result",
    "reveal_stream",
    "reveal_tool_args",
]


def __getattr__(name: str) -> Any:
    if name == "MaskMiddleware":
        try:
            from .middleware import MaskMiddleware
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "MaskMiddleware needs the langchain package: pip install 'mask-langchain[agents]'"
            ) from exc
        return MaskMiddleware
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
