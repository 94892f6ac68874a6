"""The event bus: blinker signals scoped to one :class:`~mask.core.Mask`.

Each bus owns a private ``blinker.Namespace``, so two ``Mask`` objects in one process
never see each other's events. The bus is the blinker ``sender`` and the event is
passed as ``event=``; receivers' exceptions propagate and their order is undefined
(blinker's rules).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from blinker import Namespace, Signal

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

__all__ = ["Bus"]

E = TypeVar("E", bound=Event)

EVENT_TYPES: tuple[type[Event], ...] = (
    ToolCall,
    ToolResult,
    ModelRequest,
    ModelResponse,
    StreamChunk,
    Protected,
    Revealed,
    RevealRefused,
    ErrorEvent,
)


class Bus:
    """One signal per event type, in a namespace private to this bus."""

    def __init__(self) -> None:
        self._ns = Namespace()
        self._signals: dict[type[Event], Signal] = {t: self._ns.signal(t.name) for t in EVENT_TYPES}

    def signal(self, event_type: type[Event]) -> Signal:
        """The signal that carries events of ``event_type``."""
        return self._signals[event_type]

    def connect(self, event_type: type[E], receiver: Callable[..., Any], *, weak: bool = True) -> None:
        """Subscribe ``receiver(bus, event=...)`` to ``event_type``."""
        self._signals[event_type].connect(receiver, sender=self, weak=weak)

    def disconnect(self, event_type: type[Event], receiver: Callable[..., Any]) -> None:
        self._signals[event_type].disconnect(receiver, sender=self)

    def send(self, event: E) -> E:
        """Deliver ``event`` to its receivers and return it (its payload possibly replaced)."""
        self._signals[type(event)].send(self, event=event)
        return event

    async def send_async(self, event: E) -> E:
        """Like :meth:`send`, awaiting coroutine receivers (blinker's ``send_async``)."""
        await self._signals[type(event)].send_async(self, _sync_wrapper=_sync, event=event)
        return event

    def __repr__(self) -> str:
        return f"<Bus at {id(self):#x}>"


def _sync(func: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return call
