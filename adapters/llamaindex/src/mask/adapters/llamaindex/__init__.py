"""mask-llamaindex: Mask for LlamaIndex agents.

>>> from mask.core import Mask
>>> from mask.adapters.llamaindex import MaskedLLM, protect_tools, protect_user_msg, reveal_response
>>> mask = Mask()
>>> agent = FunctionAgent(tools=protect_tools([lookup, send_email], mask), llm=MaskedLLM(llm, mask))
>>> result = await agent.run(user_msg=protect_user_msg(mask, "Email alice@example.com"))
>>> print(reveal_response(mask, result))

Tool wrappers reveal arguments just in time and protect tool output (``ToolCall`` /
``ToolResult`` events); :class:`MaskedLLM` protects every request to the model
(``ModelRequest``); the answer is revealed for the end user, whole or streamed
(``ModelResponse`` / ``StreamChunk``). LlamaIndex's instrumentation handlers only observe,
so enforcement lives in these wrappers; :class:`MaskObserver` is an optional observer.
"""

from __future__ import annotations

from ._convert import MediaRule
from .instrumentation import MaskObserver
from .llm import MaskedLLM
from .messages import (
    aprotect_messages,
    aprotect_prompt,
    aprotect_user_msg,
    protect_messages,
    protect_prompt,
    protect_user_msg,
)
from .reveal import AnswerRevealer, areveal_deltas, areveal_response, reveal_deltas, reveal_response, reveal_stream
from .tools import MaskedFunctionTool, MaskedTool, MaskedToolError, protect_tool, protect_tools

__all__ = [
    "AnswerRevealer",
    "MaskedFunctionTool",
    "MaskObserver",
    "MaskedLLM",
    "MaskedTool",
    "MaskedToolError",
    "MediaRule",
    "aprotect_messages",
    "aprotect_prompt",
    "aprotect_user_msg",
    "areveal_deltas",
    "areveal_response",
    "protect_messages",
    "protect_prompt",
    "protect_tool",
    "protect_tools",
    "protect_user_msg",
    "reveal_deltas",
    "reveal_response",
    "reveal_stream",
]
