"""Protecting what goes to the model: chat messages and prompts, as ``ModelRequest`` events.

Use :func:`protect_user_msg` / :func:`protect_messages` on what you hand to an agent
(``agent.run(user_msg=...)``, ``chat_history=...``) so the agent's memory holds tokens
from the start; :class:`~mask.adapters.llamaindex.MaskedLLM` protects every request again
before it leaves the process.
"""

from __future__ import annotations

from collections.abc import Sequence

from llama_index.core.base.llms.types import ChatMessage, MessageRole

from mask.core.adapters import MASK, Steps, twins
from mask.core.events import ModelRequest

from ._convert import Codec, MediaRule

__all__ = [
    "aprotect_messages",
    "aprotect_prompt",
    "aprotect_user_msg",
    "protect_messages",
    "protect_prompt",
    "protect_user_msg",
]


def _protect_messages(
    messages: Sequence[ChatMessage], *, scope: str | None = None, media: MediaRule = "raise"
) -> Steps[list[ChatMessage]]:
    """Copies of ``messages`` with PII replaced by tokens (one ``ModelRequest`` event)."""
    codec = Codec(media, (yield MASK).config.max_depth)
    messages = list(messages)
    if not messages:
        return []
    event = yield ModelRequest(payload=codec.encode_messages(messages), scope=scope)
    return codec.decode_messages(messages, event.payload)


def _protect_prompt(prompt: str, *, scope: str | None = None) -> Steps[str]:
    """``prompt`` with PII replaced by tokens (one ``ModelRequest`` event)."""
    return (yield ModelRequest(payload=prompt, scope=scope)).payload


def _protect_user_msg(
    user_msg: str | ChatMessage, *, scope: str | None = None, media: MediaRule = "raise"
) -> Steps[str | ChatMessage]:
    """A user message for ``agent.run(user_msg=...)`` with PII replaced by tokens (same type back)."""
    if isinstance(user_msg, str):
        return (yield from _protect_prompt(user_msg, scope=scope))
    return (yield from _protect_messages([user_msg], scope=scope, media=media))[0]


protect_messages, aprotect_messages = twins(_protect_messages)
protect_prompt, aprotect_prompt = twins(_protect_prompt)
protect_user_msg, aprotect_user_msg = twins(_protect_user_msg)


def as_user_message(user_msg: str | ChatMessage | None) -> ChatMessage | None:
    """``user_msg`` as a ChatMessage (a str becomes a user-role message)."""
    if user_msg is None or isinstance(user_msg, ChatMessage):
        return user_msg
    return ChatMessage(role=MessageRole.USER, content=user_msg)
