"""``MaskObserver``: a LlamaIndex instrumentation handler that watches what reaches models.

LlamaIndex's instrumentation handlers only observe (they cannot change a payload, and
their exceptions are swallowed), so Mask enforces in its wrappers. This observer is a
safety net on top: it counts LLM events and, when ``scan=True``, runs Mask's detectors on
every chat/completion request a model receives with Mask's one leak guard
(:class:`mask.core.adapters.LeakGuard`). With :class:`MaskedLLM` in place that finds
nothing; an unwrapped model somewhere in the app shows up in :attr:`leaks` (counts per
entity type, never values), in a warning log line and as an ``ErrorEvent``
(``PlaintextToModel``) on the Mask's bus. Entity types the policy passes through are no leak.

>>> observer = MaskObserver(mask=mask).attach()   # on LlamaIndex's root dispatcher
>>> ...
>>> observer.leaks                                 # {} when every model is wrapped
>>> observer.detach()
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from typing import Any

from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.instrumentation import Dispatcher, get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.llm import LLMChatStartEvent, LLMCompletionStartEvent

from mask.core import Mask, MaskError
from mask.core.adapters import LeakGuard

__all__ = ["MaskObserver"]

log = logging.getLogger("mask.adapters.llamaindex")


class MaskObserver(BaseEventHandler):
    """Counts instrumentation events; with ``scan=True``, counts PII found in model requests."""

    scan: bool = Field(default=True, description="Scan every model request for PII that escaped protection.")
    scope: str | None = Field(default=None, description="Mask scope used to recognise minted tokens.")

    _mask: Mask = PrivateAttr()
    _guard: LeakGuard = PrivateAttr()
    _events: Counter[str] = PrivateAttr(default_factory=Counter)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _dispatcher: Dispatcher | None = PrivateAttr(default=None)

    def __init__(self, *, mask: Mask, **data: Any) -> None:
        super().__init__(**data)
        self._mask = mask
        self._guard = LeakGuard(mask, scope=self.scope)

    @classmethod
    def class_name(cls) -> str:
        return "MaskObserver"

    @property
    def events(self) -> dict[str, int]:
        """How many events of each class this observer has seen."""
        with self._lock:
            return dict(self._events)

    @property
    def leaks(self) -> dict[str, int]:
        """Entity types (and counts) found in requests that reached a model; empty is good."""
        return self._guard.leaks

    def handle(self, event: Any, **kwargs: Any) -> None:
        with self._lock:
            self._events[event.class_name()] += 1
        if not self.scan:
            return
        if isinstance(event, LLMChatStartEvent):
            texts = [block_text for m in event.messages for block_text in _texts(m)]
        elif isinstance(event, LLMCompletionStartEvent):
            texts = [event.prompt]
        else:
            return
        self._check(texts)

    def _check(self, texts: list[str]) -> None:
        try:
            self._guard.check(texts)
        except MaskError as exc:
            log.error("MaskObserver could not scan a model request (%s)", type(exc).__name__)

    def attach(self, dispatcher: Dispatcher | None = None) -> MaskObserver:
        """Add this observer to ``dispatcher`` (default: LlamaIndex's root dispatcher)."""
        dispatcher = dispatcher or get_dispatcher()
        dispatcher.add_event_handler(self)
        self._dispatcher = dispatcher
        return self

    def detach(self) -> None:
        """Remove this observer from the dispatcher it was attached to."""
        if self._dispatcher is not None:
            self._dispatcher.event_handlers = [h for h in self._dispatcher.event_handlers if h is not self]
            self._dispatcher = None

    def __enter__(self) -> MaskObserver:
        return self.attach() if self._dispatcher is None else self

    def __exit__(self, *exc: object) -> None:
        self.detach()

    def __repr__(self) -> str:
        return f"<MaskObserver scan={self.scan} leaks={self.leaks}>"


def _texts(message: Any) -> list[str]:
    """The text a model reads in a message: text blocks and tool-call arguments."""
    out: list[str] = []
    for block in getattr(message, "blocks", []):
        text = getattr(block, "text", None)
        if isinstance(text, str):
            out.append(text)
        kwargs = getattr(block, "tool_kwargs", None)
        if kwargs:
            out.append(str(kwargs))
    return out
