"""One client of the proxy: the stream its answers and notifications are written to."""

from __future__ import annotations

import anyio

from mcp.shared.message import SessionMessage

from .jsonrpc import WriteStream, send

__all__ = ["ClientConnection"]


class ClientConnection:
    """Where the proxy writes to one client (compared and hashed by identity)."""

    __slots__ = ("_write", "closed")

    def __init__(self, write: WriteStream) -> None:
        self._write = write
        self.closed = False

    def __repr__(self) -> str:
        return f"<ClientConnection closed={self.closed}>"

    async def send(self, message: SessionMessage) -> bool:
        """Write ``message`` to the client; ``False`` (and closed from now on) if it has gone."""
        if self.closed:
            return False
        try:
            await send(self._write, message)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError):
            self.closed = True
            return False
        return True
