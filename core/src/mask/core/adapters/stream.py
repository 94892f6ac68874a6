"""One stream-reveal session for every adapter: streamed answers revealed chunk by chunk.

Each answer stream (a message id, an agent turn...) is a ``StreamChunk`` stream on the
Mask's bus under ``prefix + key``; the engine holds back text that may be the start of a
token until the next chunk decides, so a token is never shown in part. Always end what you
open (:meth:`StreamSession.closing`): the engine keeps a stream's state until its final chunk.
"""

from __future__ import annotations

import uuid

from ..events import StreamChunk
from .driver import Steps

__all__ = ["StreamSession"]


class StreamSession:
    """The open answer streams of one reveal call, by key."""

    def __init__(self, *, scope: str | None = None, prefix: str | None = None) -> None:
        self.scope = scope
        self.prefix = f"stream:{uuid.uuid4().hex}:" if prefix is None else prefix
        self.open: dict[str, None] = {}
        """Keys of the open streams, in the order they opened."""

    def chunk(self, key: str, text: str, final: bool = False) -> StreamChunk:
        """The event for ``text`` of stream ``key`` (``final`` ends the stream)."""
        if final:
            self.open.pop(key, None)
        else:
            self.open[key] = None
        return StreamChunk(stream_id=self.prefix + key, payload=text, final=final, scope=self.scope)

    def reveal(self, key: str, text: str, final: bool = False) -> Steps[str]:
        """Step: the revealed text of stream ``key`` that is safe to show now."""
        if not text and not final:
            return ""
        return (yield self.chunk(key, text, final)).payload or ""

    def closing(self) -> list[tuple[str, StreamChunk]]:
        """Final events for every stream still open (keys and events), to dispatch at the end."""
        keys, self.open = list(self.open), {}
        return [
            (key, StreamChunk(stream_id=self.prefix + key, payload="", final=True, scope=self.scope)) for key in keys
        ]
