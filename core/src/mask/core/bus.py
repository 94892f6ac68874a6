"""The event bus of one :class:`~mask.core.Mask`: input events to the engine, output events to observers.

*Input* events (``ToolCall``, ``ToolResult``, ``ModelRequest``, ``ModelResponse``,
``StreamChunk``) carry payloads: each has exactly one handler, the engine's, called
directly by :meth:`Bus.send`; nobody else can subscribe to them, so no receiver ever
sees a payload before it is protected or after it is revealed, whatever order things
were connected in. *Output* events (``Protected``, ``Revealed``, ``RevealRefused``,
``ErrorEvent``: counts and types, never values) go out on blinker signals in a
namespace private to this bus, so two ``Mask`` objects in one process never see each
other's events. The bus is the blinker ``sender`` and the event is passed as
``event=``; receivers' exceptions propagate and their order is undefined (blinker's rules).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from blinker import Namespace, Signal

from .errors import MaskPluginError
from .events import (
    ErrorEvent,
    Event,
    ModelRequest,
    ModelResponse,
    Protected,
    Revealed,
    RevealRefused,
    StreamChunk,
    ToolCall,
    ToolResult,
)

__all__ = ["INPUT_EVENTS", "OUTPUT_EVENTS", "Bus"]

E = TypeVar("E", bound=Event)

INPUT_EVENTS: tuple[type[Event], ...] = (ToolCall, ToolResult, ModelRequest, ModelResponse, StreamChunk)
"""Events that carry a payload to the engine: one handler each, no observers."""
OUTPUT_EVENTS: tuple[type[Event], ...] = (Protected, Revealed, RevealRefused, ErrorEvent)
"""Events the engine emits for observers: counts and types, never values or tokens."""


class Bus:
    """The engine's handler per input event type; one signal per output event type."""

    def __init__(self) -> None:
        self._ns = Namespace()
        self._signals: dict[type[Event], Signal] = {t: self._ns.signal(t.name) for t in OUTPUT_EVENTS}
        self._handlers: dict[type[Event], Callable[[Bus, Any], None]] = {}
        self._gates: dict[type[Event], dict[Any, Callable[[], bool]]] = {t: {} for t in OUTPUT_EVENTS}

    def handle(self, event_type: type[E], handler: Callable[[Bus, E], None]) -> None:
        """Make ``handler(bus, event)`` the one handler of an input event type (the engine's)."""
        if event_type not in INPUT_EVENTS:
            raise MaskPluginError(f"{event_type.__name__} is an output event: connect observers to it instead")
        if event_type in self._handlers:
            raise MaskPluginError(f"{event_type.__name__} already has its handler (the engine's)")
        self._handlers[event_type] = handler

    def signal(self, event_type: type[Event]) -> Signal:
        """The signal that carries output events of ``event_type``."""
        return self._signals[self._output(event_type)]

    def connect(
        self,
        event_type: type[E],
        receiver: Callable[..., Any],
        *,
        weak: bool = True,
        live: Callable[[], bool] | None = None,
    ) -> None:
        """Subscribe ``receiver(bus, event=...)`` to an output event type. ``live()``, if
        given, says whether the receiver would do anything with an event now (an exporter
        not set up yet: False); :meth:`wants` asks it, so no event is built for it then."""
        signal = self._signals[self._output(event_type)]
        signal.connect(receiver, sender=self, weak=weak)
        gates = self._gates[event_type]
        for key in _keys_of(signal, receiver):
            if live is None:
                gates.pop(key, None)
            else:
                gates[key] = live

    def disconnect(self, event_type: type[Event], receiver: Callable[..., Any]) -> None:
        signal = self._signals[self._output(event_type)]
        for key in _keys_of(signal, receiver):
            self._gates[event_type].pop(key, None)
        signal.disconnect(receiver, sender=self)

    @staticmethod
    def _output(event_type: type[Event]) -> type[Event]:
        if event_type in INPUT_EVENTS:
            raise MaskPluginError(
                f"{event_type.__name__} carries a payload and is handled by the engine alone; observers connect "
                f"to the output events: {', '.join(t.__name__ for t in OUTPUT_EVENTS)}"
            )
        if event_type not in OUTPUT_EVENTS:
            raise MaskPluginError(f"unknown event type {getattr(event_type, '__name__', event_type)!r}")
        return event_type

    def wants(self, event_type: type[Event]) -> bool:
        """Whether an output event of ``event_type`` may reach a receiver now (False: it would
        reach none, so the engine builds none). A receiver once connected counts until blinker
        forgets it (a disconnect from this bus alone may leave it counted: a wasted event, never
        a lost one). Audit sinks are no receivers (the engine writes to them itself), so an
        event skipped never skips an audit record. A receiver connected with ``live`` counts
        while ``live()`` is true."""
        signal = self._signals[event_type]
        if not signal.receivers or signal.is_muted:
            return False
        gates = self._gates[event_type]
        for key in signal.receivers:
            gate = gates.get(key)
            if gate is None or gate():
                return True
        return False

    def send(self, event: E) -> E:
        """Deliver ``event`` and return it: an input event to the engine's handler (its payload
        comes back protected or revealed), an output event to its observers."""
        kind = type(event)
        signal = self._signals.get(kind)
        if signal is not None:  # an output event
            if signal.receivers:
                signal.send(self, event=event)
            return event
        handler = self._handlers.get(kind)
        if handler is not None:
            handler(self, event)
        elif kind in INPUT_EVENTS:
            raise MaskPluginError(f"no handler for {kind.__name__} (is this bus a Mask's?)")
        else:
            self._output(kind)  # raises: not an event of this bus
        return event

    async def send_async(self, event: E) -> E:
        """Like :meth:`send`, awaiting coroutine observers (blinker's ``send_async``)."""
        if type(event) in INPUT_EVENTS:
            return self.send(event)
        await self._signals[self._output(type(event))].send_async(self, _sync_wrapper=_sync, event=event)
        return event

    def __repr__(self) -> str:
        return f"<Bus at {id(self):#x}>"


def _keys_of(signal: Signal, receiver: Callable[..., Any]) -> list[Any]:
    """The keys under which ``signal`` holds ``receiver`` (held weakly or strongly)."""
    return [
        key for key, held in signal.receivers.items() if (held() if isinstance(held, weakref.ref) else held) == receiver
    ]


def _sync(func: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return call
