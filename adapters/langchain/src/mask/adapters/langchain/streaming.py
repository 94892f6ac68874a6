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
from dataclasses import dataclass, field, replace
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


def _piece(item: Any) -> tuple[str, RevealedChunk] | None:
    """The stream key and answer text (``final``: the message's last chunk) of one streamed
    item, or ``None`` for items that are not AI text."""
    metadata: Mapping[str, Any] = {}
    if isinstance(item, tuple) and len(item) == 2 and item[0] == "messages" and isinstance(item[1], tuple):
        item = item[1]
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], BaseMessage):
        item, meta = item
        metadata = meta if isinstance(meta, Mapping) else {}
    if isinstance(item, str):
        return "", RevealedChunk(item, None, False, metadata)
    if isinstance(item, AIMessage):  # AIMessageChunk is an AIMessage too
        last = not isinstance(item, AIMessageChunk) or item.chunk_position == "last"
        return item.id or "", RevealedChunk(item.text, item.id, last, metadata)
    return None


class _Streams(StreamSession):
    """Open per-message streams of one ``reveal_stream`` call, and the latest piece of each."""

    def __init__(self, scope: str | None) -> None:
        super().__init__(scope=scope, prefix=f"langchain:{uuid.uuid4().hex}:")
        self.pieces: dict[str, RevealedChunk] = {}

    def reveal_item(self, item: Any) -> Steps[list[RevealedChunk]]:
        """The revealed text of one streamed item (none: nothing to show yet, or not AI text)."""
        found = _piece(item)
        if found is None:
            return []
        key, piece = found
        self.pieces[key] = piece
        return _out(piece, (yield self.chunk(key, piece.text, piece.final)))

    def finish(self, completed: bool) -> Steps[list[RevealedChunk]]:
        """End every open stream (the engine holds their buffers); their tails."""
        tails = []
        for key, event in self.closing():
            tails += _out(self.pieces[key], (yield event))
        return tails


def _out(piece: RevealedChunk, event: StreamChunk) -> list[RevealedChunk]:
    """What to show for ``piece`` once the engine revealed it (nothing while it holds text back)."""
    text = event.payload or ""
    return [replace(piece, text=text, final=event.final)] if text or event.final else []


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
