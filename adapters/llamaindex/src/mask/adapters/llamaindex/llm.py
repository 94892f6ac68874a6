"""``MaskedLLM``: a LlamaIndex LLM wrapper whose requests are protected before they leave.

Every chat, completion and tool-calling request is turned into a ``ModelRequest`` event on
the Mask's bus, and the wrapped model receives the protected copy. The model's output is
returned untouched: it holds tokens, and that is what the agent keeps in its memory and
sends back on the next turn. Reveal the answer for the end user with
:func:`~mask.adapters.llamaindex.reveal_response` or
:func:`~mask.adapters.llamaindex.reveal_stream`.

LlamaIndex's instrumentation events are emitted by the wrapped model, so observers see
exactly what the provider receives (tokens).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseAsyncGen,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseAsyncGen,
    CompletionResponseGen,
    LLMMetadata,
)
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.llms.function_calling import FunctionCallingLLM
from llama_index.core.llms.llm import LLM, ToolSelection

from mask.core import Mask, MaskConfigError
from mask.core.adapters import Call, Steps, arun, run

from ._convert import Codec, MediaRule
from .messages import (
    _protect_messages,
    aprotect_messages,
    aprotect_prompt,
    as_user_message,
    protect_messages,
    protect_prompt,
)

if TYPE_CHECKING:
    from llama_index.core.tools.types import BaseTool

__all__ = ["MaskedLLM"]


def _with_tools(name: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The tool-calling methods ``name`` and ``aname``: the wrapped model's own, given the
    history with the user message joined to it, protected; the other arguments (verbose,
    parallel calls...) pass through."""

    def method(self: MaskedLLM, tools: Sequence[BaseTool], *a: Any, **kw: Any) -> Any:
        return run(self._mask, self._with_tools(name, tools, a, kw))

    async def amethod(self: MaskedLLM, tools: Sequence[BaseTool], *a: Any, **kw: Any) -> Any:
        return await arun(self._mask, self._with_tools(f"a{name}", tools, a, kw))

    method.__name__ = method.__qualname__ = name
    amethod.__name__ = amethod.__qualname__ = f"a{name}"
    return method, amethod


class MaskedLLM(FunctionCallingLLM):
    """Wraps ``llm`` so that everything sent to it is protected by ``mask``.

    Works for function-calling models (``FunctionAgent``) and plain chat/completion models
    (``ReActAgent``): ``metadata`` is the wrapped model's, so agents see the same
    capabilities. ``scope`` selects the tenant; ``media`` decides what happens to blocks
    that cannot be scanned (images, audio, video, documents): ``"raise"`` (default),
    ``"drop"`` or ``"allow"``.
    """

    llm: LLM = Field(description="The wrapped model; it only ever receives protected requests.")
    scope: str | None = Field(default=None, description="Mask scope (tenant) of every request.")
    media: str = Field(default="raise", description="Rule for blocks that cannot be scanned.")

    _mask: Mask = PrivateAttr()

    def __init__(
        self, llm: LLM, mask: Mask, *, scope: str | None = None, media: MediaRule = "raise", **kwargs: Any
    ) -> None:
        kwargs.setdefault("callback_manager", llm.callback_manager)
        super().__init__(llm=llm, scope=scope, media=Codec(media, mask.config.max_depth).media, **kwargs)
        self._mask = mask

    @classmethod
    def class_name(cls) -> str:
        return "MaskedLLM"

    @property
    def mask(self) -> Mask:
        """The Mask protecting this model's requests."""
        return self._mask

    @property
    def metadata(self) -> LLMMetadata:
        return self.llm.metadata

    # -- protection helpers -----------------------------------------------------------

    def _protect(self, messages: Sequence[ChatMessage]) -> list[ChatMessage]:
        return protect_messages(self._mask, messages, scope=self.scope, media=self.media)  # type: ignore[arg-type]

    async def _aprotect(self, messages: Sequence[ChatMessage]) -> list[ChatMessage]:
        return await aprotect_messages(self._mask, messages, scope=self.scope, media=self.media)  # type: ignore[arg-type]

    def _tool_llm(self) -> FunctionCallingLLM:
        if not isinstance(self.llm, FunctionCallingLLM):
            raise MaskConfigError(f"the wrapped model {type(self.llm).__name__} does not support tool calling")
        return self.llm

    # -- chat -------------------------------------------------------------------------

    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        return self.llm.chat(self._protect(messages), **kwargs)

    async def achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        return await self.llm.achat(await self._aprotect(messages), **kwargs)

    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        return self.llm.stream_chat(self._protect(messages), **kwargs)

    async def astream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseAsyncGen:
        return await self.llm.astream_chat(await self._aprotect(messages), **kwargs)

    # -- completion -------------------------------------------------------------------

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return self.llm.complete(protect_prompt(self._mask, prompt, scope=self.scope), formatted=formatted, **kwargs)

    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        safe = await aprotect_prompt(self._mask, prompt, scope=self.scope)
        return await self.llm.acomplete(safe, formatted=formatted, **kwargs)

    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        safe = protect_prompt(self._mask, prompt, scope=self.scope)
        return self.llm.stream_complete(safe, formatted=formatted, **kwargs)

    async def astream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseAsyncGen:
        safe = await aprotect_prompt(self._mask, prompt, scope=self.scope)
        return await self.llm.astream_complete(safe, formatted=formatted, **kwargs)

    # -- tool calling -----------------------------------------------------------------

    chat_with_tools, achat_with_tools = _with_tools("chat_with_tools")
    stream_chat_with_tools, astream_chat_with_tools = _with_tools("stream_chat_with_tools")

    def _with_tools(self, name: str, tools: Sequence[BaseTool], a: tuple[Any, ...], kw: dict[str, Any]) -> Steps[Any]:
        method = getattr(self._tool_llm(), name)
        messages, a, kw = _tool_request(a, kw)
        safe = yield from _protect_messages(messages, scope=self.scope, media=self.media)  # type: ignore[arg-type]
        return (yield Call(method, tools, None, safe, *a, **kw))

    def _prepare_chat_with_tools(
        self, tools: Sequence[BaseTool], *a: Any, tool_required: bool = False, **kw: Any
    ) -> dict[str, Any]:
        # The wrapped model's own (``tool_required`` is named: LlamaIndex checks the signature
        # for it). The prepared kwargs go to self.chat(), which protects the messages.
        return self._tool_llm()._prepare_chat_with_tools_compat(tools, *a, tool_required=tool_required, **kw)

    def _validate_chat_with_tools_response(self, response: ChatResponse, *a: Any, **kw: Any) -> ChatResponse:
        return self._tool_llm()._validate_chat_with_tools_response(response, *a, **kw)

    def get_tool_calls_from_response(
        self, response: ChatResponse, error_on_no_tool_call: bool = True, **kwargs: Any
    ) -> list[ToolSelection]:
        return self._tool_llm().get_tool_calls_from_response(
            response, error_on_no_tool_call=error_on_no_tool_call, **kwargs
        )

    def __repr__(self) -> str:
        return f"<MaskedLLM llm={type(self.llm).__name__} scope={self.scope!r}>"


def _tool_request(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[list[ChatMessage], tuple[Any, ...], dict[str, Any]]:
    """``(user_msg, chat_history, *rest)`` of a ``*_with_tools`` call: the history with the
    user message joined to it, and the rest of the arguments."""
    kwargs = dict(kwargs)
    user_msg = args[0] if args else kwargs.pop("user_msg", None)
    chat_history = args[1] if len(args) > 1 else kwargs.pop("chat_history", None)
    user = as_user_message(user_msg)
    history = list(chat_history or [])
    return ([*history, user] if user is not None else history), args[2:], kwargs
