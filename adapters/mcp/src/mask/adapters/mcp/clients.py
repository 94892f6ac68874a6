"""One client of the proxy: the stream its answers and notifications are written to.

The server's answers are written from the proxy's one upstream loop, so a client that stops
reading must not hold it up (every other client waits on that loop). A message goes straight
to the client's transport when its reader is waiting; otherwise it joins the client's outbox,
which :meth:`ClientConnection.run_writer` drains; a client whose outbox fills up is not reading
and is disconnected.
"""

from __future__ import annotations

import logging

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from mcp.shared.message import SessionMessage

from .jsonrpc import WriteStream

__all__ = ["OUTBOX", "ClientConnection"]

log = logging.getLogger("mask.adapters.mcp")

OUTBOX = 256
"""Messages a client may have waiting before the proxy takes it for gone."""


class ClientConnection:
    """Where the proxy writes to one client (compared and hashed by identity)."""

    __slots__ = ("_inbox", "_outbox", "_queued", "_write", "closed")

    def __init__(self, write: WriteStream, outbox: int = OUTBOX) -> None:
        self._write = write
        self._outbox: MemoryObjectSendStream[SessionMessage]
        self._inbox: MemoryObjectReceiveStream[SessionMessage]
        self._outbox, self._inbox = anyio.create_memory_object_stream[SessionMessage](outbox)
        self._queued = 0
        self.closed = False

    def __repr__(self) -> str:
        return f"<ClientConnection closed={self.closed} queued={self._queued}>"

    async def send(self, message: SessionMessage) -> bool:
        """Hand ``message`` to the client without waiting for it; ``False`` (and closed from now
        on) if it has gone or has stopped reading."""
        if self.closed:
            return False
        if not self._queued:  # nothing waits before it: straight to a reader that is waiting
            try:
                self._write.send_nowait(message)
                return True
            except anyio.WouldBlock:
                pass
            except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                self.closed = True
                return False
        try:
            self._outbox.send_nowait(message)
        except anyio.WouldBlock:
            log.warning("a client stopped reading its answers: disconnecting it")
            self.close()
            return False
        self._queued += 1
        return True

    async def run_writer(self) -> None:
        """Write the outbox to the client, in order, until the connection closes."""
        async with self._inbox:
            async for message in self._inbox:
                try:
                    await self._write.send(message)
                except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                    self.close()
                    return
                finally:
                    self._queued -= 1

    def close(self) -> None:
        """Stop writing to the client: later messages are dropped, the outbox ends."""
        self.closed = True
        self._outbox.close()
