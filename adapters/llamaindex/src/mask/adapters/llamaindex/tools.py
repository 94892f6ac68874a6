"""Tool wrappers: reveal arguments just in time (``ToolCall``), protect output (``ToolResult``).

``protect_tool(tool, mask)`` wraps any LlamaIndex tool. The wrapper keeps the tool's
metadata (name, description, ``fn_schema``, ``return_direct``), so agents and models see
the same tool. On every call:

1. the JSON-like arguments go out as a ``ToolCall`` event; the engine reveals the tokens
   this tool's policy allows (``[tools.NAME] reveal = [...]``) and the wrapped tool runs on
   that revealed *copy*; arguments that are not JSON-like (objects passed by application
   code, the workflow ``Context``) are passed unchanged and never revealed;
2. the tool's ``ToolOutput`` (content blocks, ``raw_output`` and any error text) goes out
   as one ``ToolResult`` event and comes back protected, same types; ``raw_input`` holds
   the arguments as the model sent them (tokens), never the revealed copy.

The wrapped tool runs outside LlamaIndex's instrumentation spans: span handlers (tracing
integrations) would be given its revealed arguments and unprotected output. The wrapper's
own span shows the call as the model made it, tokens in and tokens out.

Failures are fail-closed: a :class:`~mask.core.MaskError` raised while revealing or
protecting propagates unchanged (the output never reaches the model). Note that
LlamaIndex's agents turn *any* tool exception into an error ``ToolOutput`` whose content
is ``str(exc)``; Mask errors never carry plaintext, so the model only learns that the
call failed. An exception raised by the wrapped tool itself is re-raised as
:class:`MaskedToolError` whose message has been protected; the workflow's own control-flow
exceptions (``ctx.wait_for_event`` pausing for a human, ...) pass through unchanged.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable, Iterable
from typing import Any

from llama_index.core.base.llms.types import TextBlock
from llama_index.core.instrumentation import DISPATCHER_SPAN_DECORATED_ATTR
from llama_index.core.tools import FunctionTool
from llama_index.core.tools.types import AsyncBaseTool, BaseTool, ToolMetadata, ToolOutput

from mask.core import Mask, MaskError
from mask.core.adapters import Call, Steps, arun, is_jsonlike, run
from mask.core.events import ToolCall, ToolResult

from ._convert import Codec, MediaRule

__all__ = ["MaskedFunctionTool", "MaskedTool", "MaskedToolError", "protect_tool", "protect_tools"]


class MaskedToolError(Exception):
    """The wrapped tool raised; the message is the protected ``"<Type>: <message>"``.

    The original exception is kept on :attr:`original` for the application, but neither
    chained nor shown in ``str``/``repr`` (its message may contain plaintext).
    """

    def __init__(self, message: str, *, tool: str, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.tool = tool
        self.original = original

    def __repr__(self) -> str:
        return f"MaskedToolError(tool={self.tool!r})"


class MaskedTool(AsyncBaseTool):
    """A LlamaIndex tool whose arguments are revealed and whose output is protected.

    :attr:`tool` is the wrapped tool (it receives revealed arguments), :attr:`mask` the Mask
    whose bus reveals and protects, :attr:`scope` the tenant of the tokens.
    """

    def __init__(self, tool: BaseTool, mask: Mask, *, scope: str | None = None, media: MediaRule = "raise") -> None:
        if not isinstance(tool, BaseTool):
            raise TypeError(f"protect_tool wants a LlamaIndex BaseTool, got {type(tool).__name__}")
        self.tool, self.mask, self.scope = tool, mask, scope
        self._codec = Codec(media, mask.config.max_depth)
        self._name = tool.metadata.name or type(tool).__name__
        self._context = getattr(tool, "ctx_param_name", None)  # the workflow Context's parameter
        if isinstance(tool, AsyncBaseTool):
            self._run, self._arun = _unspanned(tool.call), _unspanned(tool.acall)
        else:  # a sync tool runs in a thread, as LlamaIndex's own async adapter runs it
            self._run = _unspanned(tool.__call__)
            self._arun = functools.partial(asyncio.to_thread, self._run)

    @property
    def metadata(self) -> ToolMetadata:
        return self.tool.metadata

    def call(self, *args: Any, **kwargs: Any) -> ToolOutput:
        """Reveal the arguments for this tool, run it, protect its output."""
        return run(self.mask, self._call(self._run, args, kwargs))

    async def acall(self, *args: Any, **kwargs: Any) -> ToolOutput:
        """Async twin of :meth:`call`."""
        return await arun(self.mask, self._call(self._arun, args, kwargs))

    # -- protection (a step: see mask.core.adapters.driver) ---------------------------

    def _call(self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Steps[ToolOutput]:
        # Only JSON-like arguments go out to be revealed; objects (the workflow Context...) pass as they are.
        depth = self._codec.max_depth
        shown = [i for i, arg in enumerate(args) if is_jsonlike(arg, max_depth=depth)]
        named = {k: v for k, v in kwargs.items() if k != self._context and is_jsonlike(v, max_depth=depth)}
        # The values alone, positional then named: an argument name is never searched nor
        # revealed (a token the model wrote as a name stays that token).
        payload = [*(args[i] for i in shown), *named.values()]
        revealed = (yield ToolCall(tool=self._name, payload=payload, scope=self.scope)).payload
        real_args = list(args)
        for i, arg in zip(shown, revealed, strict=False):
            real_args[i] = arg
        real_kwargs = {**kwargs, **dict(zip(named, revealed[len(shown) :], strict=True))}
        try:
            output = yield Call(method, *real_args, **real_kwargs)
        except Exception as exc:  # Mask's own errors and control flow go on, others leave protected
            if isinstance(exc, MaskError) or _is_control_flow(exc):
                raise
            event = yield ToolResult(tool=self._name, payload=_describe(exc), scope=self.scope)
            raise MaskedToolError(event.payload, tool=self._name, original=exc) from None
        if not isinstance(output, ToolOutput):  # a misbehaving custom tool: its str() is the content
            output = ToolOutput(tool_name=self._name, content=str(output), raw_input={}, raw_output=output)
        error = output.exception
        blocks, raw_output, protected_error = yield from self._protect_output(output, error)
        raw_input = {"args": args, "kwargs": {k: v for k, v in kwargs.items() if k != self._context}}
        update = {"blocks": blocks, "raw_input": raw_input, "raw_output": raw_output}
        if protected_error is error:
            return output.model_copy(update=update)
        return ToolOutput(**update, tool_name=output.tool_name, is_error=output.is_error, exception=protected_error)

    def _protect_output(self, output: ToolOutput, error: BaseException | None) -> Steps[tuple[list[Any], Any, Any]]:
        """The protected ``blocks``, ``raw_output`` and ``exception`` of ``output``."""
        codec, raw, blocks = self._codec, output.raw_output, output.blocks
        # FunctionTool renders its content as str(raw_output): then protect the raw value and
        # render the content again from the protected value (same text a tool would give).
        rendered = raw is not None and len(blocks) == 1 and isinstance(blocks[0], TextBlock)
        rendered = rendered and blocks[0].text == str(raw)
        if rendered and error is None:  # the usual FunctionTool result: its raw value alone
            payload = codec.encode_value(raw)
            protected = (yield ToolResult(tool=self._name, payload=payload, scope=self.scope)).payload
            raw_output = protected if payload is raw else codec.decode_value(raw, protected)
            return [TextBlock(text=str(raw_output))], raw_output, None
        raw_is_content = isinstance(raw, str) and raw == output.content
        rendered = rendered and not raw_is_content
        payload = {
            "blocks": None if rendered else codec.encode_blocks(blocks),
            "raw": None if raw_is_content else codec.encode_value(raw),
            "error": None if error is None else _describe(error),
        }
        protected = (yield ToolResult(tool=self._name, payload=payload, scope=self.scope)).payload
        if rendered:
            raw_output = codec.decode_value(raw, protected["raw"])
            new_blocks = [TextBlock(text=str(raw_output))]
        else:
            new_blocks = codec.decode_blocks(blocks, protected["blocks"])
            content = "\n".join(b.text for b in new_blocks if isinstance(b, TextBlock))
            raw_output = content if raw_is_content else codec.decode_value(raw, protected["raw"])
        if error is not None and not isinstance(error, MaskError):
            error = MaskedToolError(protected["error"], tool=self._name)
        return new_blocks, raw_output, error

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name!r} scope={self.scope!r}>"


class MaskedFunctionTool(MaskedTool, FunctionTool):
    """A masked :class:`FunctionTool`: still a ``FunctionTool``, so agents inject ``Context``.

    LlamaIndex agents pass the workflow ``Context`` only to ``FunctionTool`` instances
    whose function asks for it; this subclass keeps that working. The context is handed
    to the wrapped tool as is and never goes through Mask.
    """

    def __init__(self, tool: FunctionTool, mask: Mask, *, scope: str | None = None, media: MediaRule = "raise") -> None:
        MaskedTool.__init__(self, tool, mask, scope=scope, media=media)
        # What agents read of a FunctionTool (fn, real_fn, requires_context, ctx_param_name...)
        # is the wrapped tool's; its partial params are applied by the wrapped tool itself.
        vars(self).update({**vars(tool), **vars(self), "partial_params": {}})


# LlamaIndex's span around ``call``/``acall`` binds the arguments to the method's signature
# on every call: made once here, not from the function each time.
for _name in ("call", "acall"):
    _function = inspect.unwrap(vars(MaskedTool)[_name])
    _function.__signature__ = inspect.signature(_function)


def _unspanned(method: Callable[..., Any]) -> Callable[..., Any]:
    """``method`` without its LlamaIndex instrumentation span: span handlers (tracers) would be
    given the revealed arguments and the unprotected result. The wrapper's own span shows the
    call as the model made it."""
    inner = getattr(method, "__wrapped__", None)
    return inner if getattr(inner, DISPATCHER_SPAN_DECORATED_ATTR, False) else method


def _is_control_flow(exc: BaseException) -> bool:
    """Workflow signals raised through tools (``ctx.wait_for_event``'s WaitingForEvent, ...) pass unchanged."""
    return type(exc).__module__.startswith(("workflows.", "llama_index.core.workflow"))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def protect_tool(
    tool: BaseTool | Callable[..., Any], mask: Mask, *, scope: str | None = None, media: MediaRule = "raise"
) -> MaskedTool:
    """Wrap a LlamaIndex tool (or a plain function, made a ``FunctionTool``) with Mask.

    ``scope`` selects the tenant; ``media`` decides what happens to image, audio, video
    and document blocks in the tool's output, which cannot be scanned: ``"raise"``
    (default), ``"drop"`` or ``"allow"``.
    """
    if isinstance(tool, MaskedTool):
        if tool.mask is mask and tool.scope == scope:
            return tool
        tool = tool.tool
    if not isinstance(tool, BaseTool):
        if not callable(tool):
            raise TypeError(f"protect_tool wants a LlamaIndex tool or a function, got {type(tool).__name__}")
        tool = FunctionTool.from_defaults(tool)
    if isinstance(tool, FunctionTool):
        return MaskedFunctionTool(tool, mask, scope=scope, media=media)
    return MaskedTool(tool, mask, scope=scope, media=media)


def protect_tools(
    tools: Iterable[BaseTool | Callable[..., Any]], mask: Mask, *, scope: str | None = None, media: MediaRule = "raise"
) -> list[MaskedTool]:
    """:func:`protect_tool` for each of ``tools``."""
    return [protect_tool(tool, mask, scope=scope, media=media) for tool in tools]
