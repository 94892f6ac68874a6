"""A scripted chat model that records every request, and helpers for the LangChain adapter tests.

The model is a real ``BaseChatModel`` subclass: LangChain's agent loop, callbacks and
streaming machinery drive it exactly as they drive a provider's model. Each script step
is a function of the messages the model received, so a step can copy tokens out of a
tool result into its tool-call arguments, as a real model would.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field, PrivateAttr

Step = Callable[[list[BaseMessage]], AIMessage]

POLICY: dict[str, Any] = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
}

ALICE = "alice.smith@example.com"
BOB = "bob.jones@example.org"


class ScriptedChatModel(BaseChatModel):
    """Answers from a script; records every message list it is sent."""

    script: list[Step]
    requests: list[list[BaseMessage]] = Field(default_factory=list)
    chunk_size: int = 4
    _step: int = PrivateAttr(default=0)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChatModel:  # type: ignore[override]
        return self

    def _next(self, messages: list[BaseMessage]) -> AIMessage:
        self.requests.append(list(messages))
        if self._step >= len(self.script):
            raise AssertionError("the scripted model was called more often than scripted")
        step = self.script[self._step]
        self._step += 1
        return step(list(messages))

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._next(messages))])

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> Iterator[ChatGenerationChunk]:
        message = self._next(messages)
        if message.tool_calls:
            chunk = AIMessageChunk(
                content=message.content,
                tool_call_chunks=[
                    {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i}
                    for i, c in enumerate(message.tool_calls)
                ],
            )
            yield ChatGenerationChunk(message=chunk)
            return
        text = message.text
        for start in range(0, len(text), self.chunk_size):
            yield ChatGenerationChunk(message=AIMessageChunk(content=text[start : start + self.chunk_size]))

    def seen_text(self) -> str:
        """Everything the model was sent: contents and tool-call arguments, as one string."""
        parts: list[str] = []
        for request in self.requests:
            for message in request:
                parts.append(json.dumps(message.content, ensure_ascii=False))
                for call in getattr(message, "tool_calls", None) or []:
                    parts.append(json.dumps(call["args"], ensure_ascii=False))
                if isinstance(message, ToolMessage) and message.artifact is not None:
                    parts.append(json.dumps(message.artifact, ensure_ascii=False, default=str))
        return "\n".join(parts)


def last_tool_json(messages: list[BaseMessage]) -> Any:
    """The JSON content of the most recent tool message (what the model read)."""
    for message in reversed(messages):
        if isinstance(message, ToolMessage):
            return json.loads(message.text)
    raise AssertionError("no tool message in the request")


def call(name: str, args: dict[str, Any], ident: str) -> dict[str, Any]:
    return {"name": name, "args": args, "id": ident, "type": "tool_call"}
