"""Reveal a streamed answer for the end user, chunk by chunk, never emitting part of a token.

Accepts what LangChain streams: ``model.stream(...)`` message chunks,
``agent.stream(..., stream_mode="messages")`` ``(chunk, metadata)`` pairs, the
``("messages", (chunk, metadata))`` items of a multi-mode stream, or plain ``str`` chunks.
Only AI message text is an answer: tool messages and other items are skipped.

Each AI message (by id) is its own stream on the Mask's bus (``StreamChunk`` events); the
engine holds back text that may be the beginning of a token until the next chunk decides.
A message's stream ends at its ``chunk_position="last"`` chunk, or when the input ends.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage

from mask.core.adapters import Steps, StreamSession, arun_each, run_each
from mask.core.events import StreamChunk

if TYPE_CHECKING:
    from mask.core import Mask

__all__ = ["RevealedChunk", "areveal_stream", "reveal_stream"]


@dataclass(frozen=True)
class RevealedChunk:
    """Revealed text ready to show; ``final`` marks the end of one message's stream.

    The text is plaintext for the end user: it is left out of the repr (logs stay clean).
    """

    text: str = field(repr=False)
    message_id: str | None = None
    final: bool = False
    metadata: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class _Piece:
    key: str
    message_id: str | None
    text: str
    last: bool
    metadata: Mapping[str, Any]


def _piece(item: Any) -> _Piece | None:
    """The answer text in one streamed item, or ``None`` for items that are not AI text."""
    metadata: Mapping[str, Any] = {}
    if isinstance(item, tuple) and len(item) == 2 and item[0] == "messages" and isinstance(item[1], tuple):
        item = item[1]
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], BaseMessage):
        item, meta = item
        metadata = meta if isinstance(meta, Mapping) else {}
    if isinstance(item, str):
        return _Piece("", None, item, False, metadata)
    if isinstance(item, AIMessage):  # AIMessageChunk is an AIMessage too
        last = not isinstance(item, AIMessageChunk) or item.chunk_position == "last"
        return _Piece(item.id or "", item.id, item.text, last, metadata)
    return None


class _Streams(StreamSession):
    """Open per-message streams of one ``reveal_stream`` call."""

    def __init__(self, scope: str | None) -> None:
        super().__init__(scope=scope, prefix=f"langchain:{uuid.uuid4().hex}:")
        self.pieces: dict[str, _Piece] = {}

    def event(self, piece: _Piece) -> StreamChunk:
        self.pieces[piece.key] = piece
        return self.chunk(piece.key, piece.text, piece.last)

    def reveal_item(self, item: Any) -> Steps[list[RevealedChunk]]:
        """The revealed text of one streamed item (none: nothing to show yet, or not AI text)."""
        piece = _piece(item)
        if piece is None:
            return []
        return _out(piece, (yield self.event(piece)))

    def finish(self, completed: bool) -> Steps[list[RevealedChunk]]:
        """End every open stream (the engine holds their buffers); their tails."""
        tails = []
        for key, event in self.closing():
            tails += _out(self.pieces[key], (yield event))
        return tails


def _out(piece: _Piece, event: StreamChunk) -> list[RevealedChunk]:
    text = event.payload or ""
    if not text and not event.final:
        return []
    return [RevealedChunk(text, piece.message_id, event.final, piece.metadata)]


def reveal_stream(mask: Mask, stream: Iterable[Any], *, scope: str | None = None) -> Iterator[RevealedChunk]:
    """Yield the revealed answer text of ``stream`` (see the module docs for what it accepts)."""
    streams = _Streams(scope)
    return run_each(mask, stream, streams.reveal_item, streams.finish)


def areveal_stream(
    mask: Mask, stream: AsyncIterator[Any] | Iterable[Any], *, scope: str | None = None
) -> AsyncIterator[RevealedChunk]:
    """Async twin of :func:`reveal_stream` (``agent.astream(...)``)."""
    streams = _Streams(scope)
    return arun_each(mask, stream, streams.reveal_item, streams.finish)
