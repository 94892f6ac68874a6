"""``MaskPlugin``: a Google ADK runner plugin that keeps PII away from the model.

Register it on the runner (``Runner(..., plugins=[MaskPlugin(mask)])``); every callback
turns into an event on the Mask's bus:

* ``on_user_message_callback`` — the user's message is protected (``ModelRequest``)
  before ADK stores it in the session.
* ``before_model_callback`` — the whole ``LlmRequest`` (contents and system instruction)
  is protected (``ModelRequest``) right before the model call: the last guard, whatever
  else wrote into the history.
* ``after_model_callback`` — a final (non-partial) model response is protected too, so
  plaintext the model produced on its own never enters the history.
* ``before_tool_callback`` — tokens in the arguments are revealed (``ToolCall``) where the
  policy lets this tool see them. The arguments are changed in place on ADK's private
  copy handed to the tool; the function call in the session keeps its tokens.
* ``after_tool_callback`` — the tool result is protected (``ToolResult``) and returned,
  replacing the result ADK stores and sends to the model; the tool's arguments get their
  tokens back so nothing later (tracing, callbacks) holds the revealed values.

The answer for the end user is revealed outside the agent loop, on copies of the events
the runner yields: see :meth:`MaskPlugin.reveal_events`.

Failure policy: if the engine raises (a :class:`~mask.core.MaskError`), the callback
raises and ADK aborts the run; ADK wraps plugin errors in ``RuntimeError`` and
:meth:`MaskPlugin.reveal_events` re-raises the typed ``MaskError`` itself. With
``on_error="redact"`` a tool result that cannot be protected is replaced by
``{"error": "[REDACTED:MASK_ERROR]"}`` instead, and the run goes on. Either way the
plaintext never reaches the model.

Ordering: ADK runs plugins in registration order and a non-``None`` return
short-circuits the plugins after it and the agent's own callbacks. ``MaskPlugin``
returns a value from ``after_tool_callback`` (the protected result), so register it
last and put other tool-result callbacks on plugins before it.
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from google.adk.plugins.base_plugin import BasePlugin
from google.genai import types

from mask.core import Mask, MaskError
from mask.core.adapters import arun
from mask.core.events import Event as MaskEvent
from mask.core.events import ModelRequest, ToolCall, ToolResult

from ._content import ContentPlan, through
from ._payload import has_strings, to_payload
from ._scope import ScopeResolver, ScopeSpec
from .reveal import EventRevealer, reveal_events, reveal_events_sync

if TYPE_CHECKING:
    from google.adk.agents.callback_context import CallbackContext
    from google.adk.agents.invocation_context import InvocationContext
    from google.adk.events.event import Event
    from google.adk.models.llm_request import LlmRequest
    from google.adk.models.llm_response import LlmResponse
    from google.adk.tools.base_tool import BaseTool
    from google.adk.tools.tool_context import ToolContext

__all__ = ["REDACTED_RESULT", "MaskPlugin"]

E = TypeVar("E", bound=MaskEvent)

REDACTED_RESULT = {"error": "[REDACTED:MASK_ERROR]"}
"""The tool result the model gets with ``on_error="redact"`` when protecting it failed."""


class MaskPlugin(BasePlugin):
    """Protects what the model sees and reveals tool arguments just in time.

    Args:
        mask: the Mask (one per application or tenant).
        scope: the tenant scope: a fixed string, a function of the ADK context
            (e.g. ``lambda ctx: ctx.user_id``), or None for the Mask's default scope.
        name: the plugin name (unique per runner).
        on_error: ``"raise"`` (default) or ``"redact"`` for tool results that cannot be
            protected.
        protect_user_message: protect the user's message before ADK stores it.
        protect_model_output: protect final model responses before ADK stores them.
        offload: go through ``Mask.adispatch`` (the default), which runs the engine in a
            worker thread so NER and remote vault round trips never block the event loop,
            and keeps small payloads on the loop when every part is in-process
            (``mask.async_inline_chars``). ``False`` always runs it inline on the loop:
            wrong for NER or a remote vault.
    """

    def __init__(
        self,
        mask: Mask,
        *,
        scope: ScopeSpec = None,
        name: str = "mask",
        on_error: Literal["raise", "redact"] = "raise",
        protect_user_message: bool = True,
        protect_model_output: bool = True,
        offload: bool = True,
    ) -> None:
        super().__init__(name=name)
        if on_error not in ("raise", "redact"):
            raise ValueError("on_error must be 'raise' or 'redact'")
        self.mask = mask
        self.on_error = on_error
        self.protect_user_message = protect_user_message
        self.protect_model_output = protect_model_output
        self.offload = offload
        self._scopes = ScopeResolver(scope)
        self._max_depth = mask.config.max_depth
        self._tokenized_args: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()

    # -- prompt -----------------------------------------------------------------------

    async def on_user_message_callback(
        self, *, invocation_context: InvocationContext, user_message: types.Content
    ) -> types.Content | None:
        """Protect the user's message before it is stored in the session."""
        return await self._protect_content(user_message, invocation_context) if self.protect_user_message else None

    async def before_model_callback(
        self, *, callback_context: CallbackContext, llm_request: LlmRequest
    ) -> LlmResponse | None:
        """Protect every content and the system instruction of the request, in one engine call."""
        scope = self._scopes.for_context(callback_context)
        config = llm_request.config
        system = config.system_instruction if config is not None else None
        plan, items = ContentPlan.build(llm_request.contents, max_depth=self._max_depth)
        system_payload = _system_payload(system)
        payload = {"contents": items, "system": system_payload}
        if not has_strings(payload):
            return None
        event = await self._send(ModelRequest(payload=payload, scope=scope))
        llm_request.contents = [c for c in plan.apply(llm_request.contents, event.payload["contents"]) if c is not None]
        if config is not None and system_payload is not None:
            config.system_instruction = _rebuild_system(system, event.payload["system"])
        return None

    async def after_model_callback(
        self, *, callback_context: CallbackContext, llm_response: LlmResponse
    ) -> LlmResponse | None:
        """Protect a final model response before it enters the session history."""
        if not self.protect_model_output or llm_response.partial or llm_response.content is None:
            return None
        protected = await self._protect_content(llm_response.content, callback_context)
        return None if protected is None else llm_response.model_copy(update={"content": protected})

    # -- tools ------------------------------------------------------------------------

    async def before_tool_callback(
        self, *, tool: BaseTool, tool_args: dict[str, Any], tool_context: ToolContext
    ) -> dict[str, Any] | None:
        """Reveal tokens in the arguments, in place, where the policy lets ``tool`` see them."""
        payload, media = to_payload(tool_args, max_depth=self._max_depth)
        if not has_strings(payload):
            return None
        scope = self._scopes.for_context(tool_context)
        event = await self._send(ToolCall(tool=tool.name, payload=payload, scope=scope))
        if event.payload == payload:
            return None
        self._tokenized_args[tool_context] = copy.copy(tool_args)
        tool_args.clear()
        tool_args.update(media.restore(event.payload))
        return None

    async def after_tool_callback(
        self, *, tool: BaseTool, tool_args: dict[str, Any], tool_context: ToolContext, result: Any
    ) -> Any:
        """Protect the tool result; the returned copy replaces what ADK stores and sends on."""
        self._restore_args(tool_args, tool_context)
        if result is None:
            return None
        scope = self._scopes.for_context(tool_context)
        try:
            if isinstance(result, types.FunctionResponse):
                response = await self._protect_value(result.response, tool.name, scope)
                return result.model_copy(update={"response": response})
            return await self._protect_value(result, tool.name, scope)
        except MaskError:
            if self.on_error == "redact":
                return dict(REDACTED_RESULT)
            raise

    async def on_tool_error_callback(
        self, *, tool: BaseTool, tool_args: dict[str, Any], tool_context: ToolContext, error: Exception
    ) -> dict[str, Any] | None:
        """Give the arguments their tokens back; the error itself goes on as ADK decides."""
        self._restore_args(tool_args, tool_context)
        return None

    # -- the end user's view ----------------------------------------------------------

    def revealer(self) -> EventRevealer:
        """A revealer for one event stream, using this plugin's Mask and scopes."""
        return EventRevealer(
            self.mask, scope=lambda event: self._scopes.for_invocation(event.invocation_id), offload=self.offload
        )

    def reveal_events(self, events: AsyncIterable[Event]) -> AsyncIterator[Event]:
        """Revealed copies of ``runner.run_async(...)`` events, for the end user.

        Streamed (partial) text is revealed through ``StreamChunk`` events, so a token is
        never shown in part; the session keeps the tokenized originals. A ``MaskError``
        raised inside a callback comes out typed (ADK wraps it in ``RuntimeError``).
        """
        return reveal_events(events, revealer=self.revealer())

    def reveal_events_sync(self, events: Iterable[Event]) -> Iterator[Event]:
        """Sync twin of :meth:`reveal_events`, for ``runner.run(...)``."""
        return reveal_events_sync(events, revealer=self.revealer())

    # -- helpers ----------------------------------------------------------------------

    async def _send(self, event: E) -> E:
        """Put ``event`` on the Mask's bus; its payload comes back protected or revealed."""
        if self.offload:
            return await self.mask.adispatch(event)
        return self.mask.dispatch(event)

    async def _protect_content(self, content: types.Content, ctx: Any) -> types.Content | None:
        """``content`` protected (``None`` when that changed nothing)."""
        steps = through(ModelRequest, [content], self._scopes.for_context(ctx), self._max_depth)
        [protected] = await arun(self.mask, steps, offload=self.offload)
        return None if protected is content else protected

    async def _protect_value(self, value: Any, tool: str, scope: str | None) -> Any:
        payload, media = to_payload(value, max_depth=self._max_depth)
        if not has_strings(payload):
            return media.restore(payload)
        event = await self._send(ToolResult(tool=tool, payload=payload, scope=scope))
        return media.restore(event.payload)

    def _restore_args(self, tool_args: dict[str, Any], tool_context: ToolContext) -> None:
        tokenized = self._tokenized_args.pop(tool_context, None)
        if tokenized is not None:
            tool_args.clear()
            tool_args.update(tokenized)

    def __repr__(self) -> str:
        return f"<MaskPlugin name={self.name!r} mask={self.mask!r}>"


def _system_payload(system: Any) -> Any:
    """The system instruction as a payload: a string, or the texts of a Content / parts list."""
    if isinstance(system, str):
        return system
    if isinstance(system, types.Content):
        return [part.text for part in system.parts or [] if part.text is not None]
    if isinstance(system, types.Part):
        return [system.text] if system.text is not None else None
    if isinstance(system, list) and all(isinstance(p, str | types.Part) for p in system):
        return [p if isinstance(p, str) else p.text for p in system if isinstance(p, str) or p.text is not None]
    return None


def _rebuild_system(system: Any, protected: Any) -> Any:
    if isinstance(system, str):
        return protected
    texts = iter(protected)
    if isinstance(system, types.Content):
        parts = [p.model_copy(update={"text": next(texts)}) if p.text is not None else p for p in system.parts or []]
        return system.model_copy(update={"parts": parts})
    if isinstance(system, types.Part):
        return system.model_copy(update={"text": next(texts)})
    return [
        next(texts) if isinstance(p, str) else (p.model_copy(update={"text": next(texts)}) if p.text is not None else p)
        for p in system
    ]
