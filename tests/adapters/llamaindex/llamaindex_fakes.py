"""A scripted stand-in for an LLM provider, plus the tools the agent tests drive.

``ScriptedLLM`` is a real ``FunctionCallingLLM`` subclass: LlamaIndex's agents call it
exactly as they call OpenAI or Anthropic. It records every request it receives (so tests
can scan what "the provider" saw) and answers from a script of steps; a step sees the
messages it was sent, so it can copy tokens out of tool results into its next tool call,
the way a real model does. Streaming answers are cut into small deltas so that tokens are
split across chunks.
"""

from __future__ import annotations

import ast
import json
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from typing import Any

from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseAsyncGen,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseAsyncGen,
    CompletionResponseGen,
    LLMMetadata,
    MessageRole,
    TextBlock,
    ToolCallBlock,
)
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
from llama_index.core.llms.function_calling import FunctionCallingLLM
from llama_index.core.llms.llm import ToolSelection
from pydantic import PrivateAttr

Step = Callable[[list[ChatMessage]], ChatMessage]

__all__ = [
    "ScriptedLLM",
    "Step",
    "answer",
    "call_tools",
    "last_tool_results",
    "parse_tool_text",
]


class ScriptedLLM(FunctionCallingLLM):
    """Answers from a script; records every request."""

    chunk_size: int = 3

    _script: list[Step] = PrivateAttr(default_factory=list)
    _requests: list[list[ChatMessage]] = PrivateAttr(default_factory=list)
    _prompts: list[str] = PrivateAttr(default_factory=list)
    _tool_names: list[list[str]] = PrivateAttr(default_factory=list)
    _deltas: list[str] = PrivateAttr(default_factory=list)

    def __init__(self, script: Sequence[Step], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._script = list(script)

    @classmethod
    def class_name(cls) -> str:
        return "ScriptedLLM"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(is_function_calling_model=True, is_chat_model=True, model_name="scripted")

    # -- what the "provider" saw ------------------------------------------------------

    @property
    def requests(self) -> list[list[ChatMessage]]:
        return self._requests

    @property
    def deltas(self) -> list[str]:
        """Every streamed delta this model emitted (tokens unrevealed)."""
        return self._deltas

    @property
    def tool_names(self) -> list[list[str]]:
        return self._tool_names

    def received_text(self) -> str:
        """Everything the model received, serialized (messages with all blocks and kwargs, prompts)."""
        parts = [m.model_dump_json() for request in self._requests for m in request]
        return "\n".join([*parts, *self._prompts])

    # -- answering --------------------------------------------------------------------

    def _next(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatMessage:
        copied = [m.model_copy(deep=True) for m in messages]
        self._requests.append(copied)
        tools = kwargs.get("tools") or []
        self._tool_names.append([t.metadata.name for t in tools])
        if not self._script:
            raise AssertionError("the scripted model ran out of steps")
        return self._script.pop(0)(copied)

    def _pieces(self, message: ChatMessage) -> list[ChatResponse]:
        text = message.content or ""
        if any(isinstance(b, ToolCallBlock) for b in message.blocks) or not text:
            return [ChatResponse(message=message, delta="")]
        out = []
        for end in range(self.chunk_size, len(text) + self.chunk_size, self.chunk_size):
            delta = text[end - self.chunk_size : end]
            self._deltas.append(delta)
            out.append(ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=text[:end]), delta=delta))
        return out

    def _chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        message = self._next(messages, **kwargs)
        return ChatResponse(message=message, delta=message.content or "")

    def _complete(self, prompt: str) -> CompletionResponse:
        self._prompts.append(prompt)
        message = self._next([ChatMessage(role=MessageRole.USER, content=prompt)])
        return CompletionResponse(text=message.content or "", delta=message.content or "")

    # Decorated like real integrations, so LlamaIndex instrumentation sees every request.

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        return self._chat(messages, **kwargs)

    @llm_chat_callback()
    async def achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        return self._chat(messages, **kwargs)

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        pieces = self._pieces(self._next(messages, **kwargs))

        def gen() -> Generator[ChatResponse, None, None]:
            yield from pieces

        return gen()

    @llm_chat_callback()
    async def astream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseAsyncGen:
        pieces = self._pieces(self._next(messages, **kwargs))

        async def gen() -> AsyncGenerator[ChatResponse, None]:
            for piece in pieces:
                yield piece

        return gen()

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return self._complete(prompt)

    @llm_completion_callback()
    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return self._complete(prompt)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        response = self._complete(prompt)

        def gen() -> Generator[CompletionResponse, None, None]:
            yield response

        return gen()

    @llm_completion_callback()
    async def astream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseAsyncGen:
        response = self._complete(prompt)

        async def gen() -> AsyncGenerator[CompletionResponse, None]:
            yield response

        return gen()

    # -- tool calling -----------------------------------------------------------------

    def _prepare_chat_with_tools(
        self,
        tools: Sequence[Any],
        user_msg: str | ChatMessage | None = None,
        chat_history: list[ChatMessage] | None = None,
        verbose: bool = False,
        allow_parallel_tool_calls: bool = False,
        tool_required: bool = False,
        **kwargs: Any,
    ) -> dict[str, Any]:
        messages = list(chat_history or [])
        if isinstance(user_msg, str):
            messages.append(ChatMessage(role=MessageRole.USER, content=user_msg))
        elif user_msg is not None:
            messages.append(user_msg)
        return {"messages": messages, "tools": tools}

    def get_tool_calls_from_response(
        self, response: ChatResponse, error_on_no_tool_call: bool = True, **kwargs: Any
    ) -> list[ToolSelection]:
        calls = [b for b in response.message.blocks if isinstance(b, ToolCallBlock)]
        if not calls and error_on_no_tool_call:
            raise ValueError("expected a tool call")
        return [
            ToolSelection(tool_id=c.tool_call_id or "", tool_name=c.tool_name, tool_kwargs=dict(c.tool_kwargs or {}))  # type: ignore[arg-type]
            for c in calls
        ]


# -- script steps -----------------------------------------------------------------------


def call_tools(*calls: tuple[str, Callable[[list[ChatMessage]], dict[str, Any]]]) -> Step:
    """A step that calls tools; each call's arguments are built from the messages received."""

    def step(messages: list[ChatMessage]) -> ChatMessage:
        blocks = [
            ToolCallBlock(tool_call_id=f"call-{len(messages)}-{i}", tool_name=name, tool_kwargs=build(messages))
            for i, (name, build) in enumerate(calls)
        ]
        return ChatMessage(role=MessageRole.ASSISTANT, blocks=blocks)

    return step


def answer(build: Callable[[list[ChatMessage]], str]) -> Step:
    """A step that answers with text built from the messages received."""

    def step(messages: list[ChatMessage]) -> ChatMessage:
        return ChatMessage(role=MessageRole.ASSISTANT, blocks=[TextBlock(text=build(messages))])

    return step


def last_tool_results(messages: list[ChatMessage]) -> list[str]:
    """The text of the tool messages at the end of ``messages``."""
    out: list[str] = []
    for m in reversed(messages):
        if m.role != MessageRole.TOOL:
            break
        out.insert(0, m.content or "")
    return out


def parse_tool_text(text: str) -> Any:
    """A tool result as the model reads it: JSON or a Python literal, else the text."""
    for parse in (json.loads, ast.literal_eval):
        try:
            return parse(text)
        except (ValueError, SyntaxError):
            continue
    return text
