"""``MaskMiddleware`` for ``langchain.agents.create_agent`` (needs ``mask-langchain[agents]``).

What it does on each step of the agent loop:

* ``before_agent``: the incoming messages in the agent state (the user's input, a loaded
  history) are replaced by protected copies with the same ids, so the state holds tokens.
  With a checkpointer, the input checkpoints (steps -1 and 0) are saved *before* this
  runs: start runs with :meth:`MaskMiddleware.invoke` (``ainvoke``, ``stream``,
  ``astream``), which protects the input first, and every checkpoint holds tokens.
* ``wrap_model_call``: every message of the model request, and the system message, is
  protected (a ``ModelRequest`` event) before the model is called. This is the last gate:
  nothing another middleware injected reaches the model in plaintext either.
* ``wrap_tool_call``: the tool-call arguments are revealed (a ``ToolCall`` event, policy
  ``[tools.NAME] reveal``) on the copy of the request handed to the tool only; the
  ``AIMessage`` in the state keeps its tokens. (LangChain's callbacks for that tool run,
  tracers included, see the revealed arguments; tools wrapped with ``protect_tool`` are
  handed the tokens and reveal inside, where no callback sees them.) The tool's ``ToolMessage`` (content and
  artifact, also inside a ``Command``) is protected (a ``ToolResult`` event) before it
  enters the state. An exception raised by the tool has its message tokenized in place
  before it propagates (an outer middleware may turn it into a ToolMessage).
* The answer is never revealed inside the agent: the state stays tokenized. The end user
  gets plaintext from :meth:`MaskMiddleware.reveal_answer` (``agent.invoke`` result),
  :meth:`MaskMiddleware.reveal_messages` (a transcript) or :meth:`MaskMiddleware.reveal_stream`
  (``agent.stream(..., stream_mode="messages")``).

Put ``MaskMiddleware`` last in ``middleware=[...]``: the last middleware is the innermost
wrapper, closest to the model and the tools. Fail closed: a MaskError propagates typed
out of ``agent.invoke``; nothing unprotected is sent to the model.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from langchain_core.messages import BaseMessage, SystemMessage

from langchain.agents.middleware import AgentMiddleware, AgentState, ModelRequest, ModelResponse
from mask.core.adapters import Call, Steps, twin_methods

from .inputs import aprotect_input, protect_input
from .messages import (
    _protect_messages,
    areveal_answer,
    areveal_messages,
    areveal_result,
    reveal_answer,
    reveal_messages,
    reveal_result,
)
from .outputs import _reveal_tool_args, _run_tool
from .streaming import areveal_stream, reveal_stream
from .tools import MaskedTool

if TYPE_CHECKING:
    from langchain_core.messages import AIMessage, ToolMessage
    from langgraph.runtime import Runtime
    from langgraph.types import Command

    from langchain.agents.middleware import ToolCallRequest
    from mask.core import Mask

__all__ = ["MaskMiddleware", "ScopeResolver"]

T = TypeVar("T")
ScopeResolver = Callable[[Any], "str | None"]
"""Picks the tenant scope from the LangGraph runtime (e.g. ``lambda rt: rt.context.tenant``)."""


def _for_this_mask(function: Callable[..., T]) -> Callable[..., T]:
    """A method calling ``function(self.mask, value, scope=...)`` (the middleware's static scope by default)."""

    @functools.wraps(function)
    def method(self: MaskMiddleware, value: Any, *, scope: str | None = None) -> T:
        return function(self.mask, value, scope=scope or self._static_scope())

    return method


class MaskMiddleware(AgentMiddleware):
    """Protect the prompt and tool results, reveal tool arguments just in time.

    ``scope`` is a tenant name, or a callable that takes the LangGraph ``Runtime`` (with
    ``context``) and returns the tenant name (``None``: the Mask's configured scope).
    ``protect_state=False`` leaves the incoming messages in the state as given (the model
    still only receives protected copies).
    """

    def __init__(self, mask: Mask, *, scope: str | ScopeResolver | None = None, protect_state: bool = True) -> None:
        super().__init__()
        self.mask = mask
        self.scope = scope
        self.protect_state = protect_state

    def _scope(self, runtime: Any) -> str | None:
        if callable(self.scope):
            return self.scope(runtime)
        return self.scope

    # -- state ----------------------------------------------------------------------

    def _before_agent(self, state: AgentState, runtime: Runtime[Any]) -> Steps[dict[str, Any] | None]:
        """Replace the incoming messages of the state by protected copies (same ids)."""
        messages = list(state.get("messages", [])) if self.protect_state else []
        protected = yield from _protect_messages(messages, scope=self._scope(runtime))
        return _changed(messages, protected)

    before_agent, abefore_agent = twin_methods(_before_agent)

    # -- model ----------------------------------------------------------------------

    def _wrap_model_call(
        self, request: ModelRequest, handler: Callable[[ModelRequest], Any]
    ) -> Steps[ModelResponse | AIMessage]:
        """The model called (through ``handler``) on the request with every message protected."""
        system = [request.system_message] if request.system_message is not None else []
        protected = yield from _protect_messages([*system, *request.messages], scope=self._scope(request.runtime))
        return (yield Call(handler, _with_messages(request, protected, bool(system))))

    wrap_model_call, awrap_model_call = twin_methods(_wrap_model_call)

    # -- tools ----------------------------------------------------------------------

    def _wrap_tool_call(
        self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], Any]
    ) -> Steps[ToolMessage | Command[Any]]:
        """Reveal the arguments for the tool, call it through ``handler``, protect its result
        (or its error's message: an outer middleware may turn it into a ToolMessage)."""
        scope = self._scope(request.runtime)
        call = request.tool_call
        if not isinstance(request.tool, MaskedTool):  # a MaskedTool reveals inside, out of tracers' sight
            args = yield from _reveal_tool_args(call["name"], call["args"], scope=scope)
            if _revealed_any(call["args"], args):  # else the request as it came: no copy to make
                request = request.override(tool_call={**call, "args": args})
        return (yield from _run_tool(call["name"], Call(handler, request), scope=scope))

    wrap_tool_call, awrap_tool_call = twin_methods(_wrap_tool_call)

    # -- entry points: protect the input before the graph (and its checkpointer) sees it --

    protect_input = _for_this_mask(protect_input)
    aprotect_input = _for_this_mask(aprotect_input)

    def invoke(
        self, agent: Any, agent_input: Any, config: Any = None, *, scope: str | None = None, **kwargs: Any
    ) -> Any:
        """``agent.invoke`` on the protected input: with a checkpointer, every saved step
        (the input checkpoints included) holds tokens. ``scope`` is needed when the
        middleware picks its scope per run."""
        return agent.invoke(self.protect_input(agent_input, scope=scope), config, **kwargs)

    async def ainvoke(
        self, agent: Any, agent_input: Any, config: Any = None, *, scope: str | None = None, **kwargs: Any
    ) -> Any:
        """Async twin of :meth:`invoke`."""
        return await agent.ainvoke(await self.aprotect_input(agent_input, scope=scope), config, **kwargs)

    def stream(
        self, agent: Any, agent_input: Any, config: Any = None, *, scope: str | None = None, **kwargs: Any
    ) -> Iterator[Any]:
        """``agent.stream`` on the protected input (reveal for display with :meth:`reveal_stream`)."""
        return agent.stream(self.protect_input(agent_input, scope=scope), config, **kwargs)

    async def astream(
        self, agent: Any, agent_input: Any, config: Any = None, *, scope: str | None = None, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Async twin of :meth:`stream`."""
        async for item in agent.astream(await self.aprotect_input(agent_input, scope=scope), config, **kwargs):
            yield item

    # -- for the end user (never feed these back to the agent) ----------------------

    # Each takes ``(value, *, scope=None)`` and works as the function of the same name
    # with this middleware's Mask (and its scope, unless it picks one per run).
    reveal_answer = _for_this_mask(reveal_answer)
    areveal_answer = _for_this_mask(areveal_answer)
    reveal_result = _for_this_mask(reveal_result)
    areveal_result = _for_this_mask(areveal_result)
    reveal_messages = _for_this_mask(reveal_messages)
    areveal_messages = _for_this_mask(areveal_messages)
    reveal_stream = _for_this_mask(reveal_stream)
    areveal_stream = _for_this_mask(areveal_stream)

    def _static_scope(self) -> str | None:
        if callable(self.scope):
            raise TypeError("this middleware picks its scope per run: pass scope= to reveal for the end user")
        return self.scope

    def __repr__(self) -> str:
        return f"<MaskMiddleware mask={self.mask!r}>"


def _with_messages(request: ModelRequest, protected: list[BaseMessage], has_system: bool) -> ModelRequest:
    if has_system:
        system = protected[0]
        assert isinstance(system, SystemMessage)
        return request.override(system_message=system, messages=protected[1:])
    return request.override(messages=protected)


def _revealed_any(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """Whether the reveal replaced any argument (it hands back each one it left as the same object)."""
    return any(new is not old for old, new in zip(before.values(), after.values(), strict=True))


def _changed(before: list[BaseMessage], after: list[BaseMessage]) -> dict[str, Any] | None:
    """A state update replacing (same ids) only the messages protection changed."""
    replaced = [new for old, new in zip(before, after, strict=True) if new is not old]
    return {"messages": replaced} if replaced else None
