"""A scripted chat model (a real ``BaseChatModel``) that records what it was sent.

Each script step is a function of the messages the model received, so a step can copy a
token out of a tool result into its next tool call, as a real model would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field, PrivateAttr

Step = Callable[[list[BaseMessage]], AIMessage]


class ScriptedChatModel(BaseChatModel):
    script: list[Step]
    requests: list[list[BaseMessage]] = Field(default_factory=list)
    _step: int = PrivateAttr(default=0)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChatModel:  # type: ignore[override]
        return self

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        self.requests.append(list(messages))
        if self._step >= len(self.script):
            raise AssertionError("the scripted model was called more often than scripted")
        step = self.script[self._step]
        self._step += 1
        return ChatResult(generations=[ChatGeneration(message=step(list(messages)))])

    def seen_text(self) -> str:
        """Everything the model was sent (contents, tool-call arguments, artifacts) as one string."""
        parts: list[str] = []
        for request in self.requests:
            for message in request:
                parts.append(json.dumps(message.content, ensure_ascii=False, default=str))
                for call in getattr(message, "tool_calls", None) or []:
                    parts.append(json.dumps(call["args"], ensure_ascii=False))
                if isinstance(message, ToolMessage) and message.artifact is not None:
                    parts.append(json.dumps(message.artifact, ensure_ascii=False, default=str))
        return "\n".join(parts)


def last_tool_text(messages: list[BaseMessage]) -> str:
    for message in reversed(messages):
        if isinstance(message, ToolMessage):
            return message.text
    raise AssertionError("no tool message in the request")


def call(name: str, args: dict[str, Any], ident: str) -> dict[str, Any]:
    return {"name": name, "args": args, "id": ident, "type": "tool_call"}
