"""Events on the bus: what adapters send and what the engine emits.

An adapter sends an event whose ``payload`` the engine's receiver replaces with the
protected or revealed payload; the adapter reads it back. Events never hold a
plaintext value in their repr.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ErrorEvent",
    "Event",
    "ModelRequest",
    "ModelResponse",
    "Protected",
    "RevealRefused",
    "Revealed",
    "StreamChunk",
    "ToolCall",
    "ToolResult",
]


@dataclass(eq=False)
class Event:
    """Base event: a ``name`` and a creation time."""

    name = "event"
    created: float = field(default_factory=time.time, kw_only=True)
    scope: str | None = field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


@dataclass(eq=False, repr=False)
class _PayloadEvent(Event):
    payload: Any = None


@dataclass(eq=False, repr=False)
class ToolCall(_PayloadEvent):
    """A model asked to call ``tool`` with ``payload`` (arguments): reveal what it may see."""

    name = "tool-call"
    tool: str = ""


@dataclass(eq=False, repr=False)
class ToolResult(_PayloadEvent):
    """``tool`` returned ``payload``: protect it before the model sees it."""

    name = "tool-result"
    tool: str = ""


@dataclass(eq=False, repr=False)
class ModelRequest(_PayloadEvent):
    """A prompt or message list is about to be sent to the model: protect it."""

    name = "model-request"


@dataclass(eq=False, repr=False)
class ModelResponse(_PayloadEvent):
    """The model answered: reveal the answer for the end user."""

    name = "model-response"


@dataclass(eq=False, repr=False)
class StreamChunk(_PayloadEvent):
    """One chunk of a streamed answer (``payload`` is text); ``final`` flushes."""

    name = "stream-chunk"
    stream_id: str = ""
    final: bool = False


@dataclass(eq=False, repr=False)
class Protected(Event):
    """The engine protected a payload: sent on every protect call, also when nothing was found.

    ``counts`` per entity type, ``detectors`` per detector, ``schemes`` per token scheme;
    ``entities`` per ``(entity type, action, detector, scheme)``, action ``tokenize`` or
    ``redact``; ``duration`` in seconds; ``chars`` the payload's string characters.
    Counts, names and timings only: never a value or a token.
    """

    name = "protected"
    counts: Mapping[str, int] = field(default_factory=dict)
    source: str | None = None
    tool: str | None = None
    detectors: Mapping[str, int] = field(default_factory=dict)
    schemes: Mapping[str, int] = field(default_factory=dict)
    entities: Mapping[tuple[str, str, str, str], int] = field(default_factory=dict)
    duration: float = 0.0
    chars: int = 0


@dataclass(eq=False, repr=False)
class Revealed(Event):
    """The engine revealed tokens (counts per entity type; ``refused`` per entity type, all
    reasons), ``duration`` seconds over ``chars`` characters; sent on every reveal call, also
    when no token was revealed, before its :class:`RevealRefused` events."""

    name = "revealed"
    counts: Mapping[str, int] = field(default_factory=dict)
    tool: str | None = None
    refused: Mapping[str, int] = field(default_factory=dict)
    duration: float = 0.0
    chars: int = 0


@dataclass(eq=False, repr=False)
class RevealRefused(Event):
    """Policy refused to reveal tokens to ``tool`` (counts per entity type); ``reason`` is
    ``policy``, ``tampered`` or ``unverified``."""

    name = "reveal-refused"
    counts: Mapping[str, int] = field(default_factory=dict)
    tool: str | None = None
    reason: str = ""
    duration: float = 0.0
    chars: int = 0


@dataclass(eq=False, repr=False)
class ErrorEvent(Event):
    """An operation failed; ``error`` is the error type name only."""

    name = "error"
    error: str = ""
    operation: str = ""
