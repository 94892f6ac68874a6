"""The proxy's one connection to the MCP server it fronts, on a transport's raw streams.

:meth:`Upstream.initialize` does the MCP handshake; :meth:`Upstream.run` then reads the
server's messages in one loop and hands answers and notifications to a :class:`Router`
(the proxy). Requests the server sends to the client (ping, sampling, elicitation, roots)
are answered here, as the SDK's ``ClientSession`` answers them without callbacks: the
proxy forwards none of them to its clients.
"""

from __future__ import annotations

import logging
from typing import Protocol

import anyio
from anyio.abc import TaskGroup

from mcp import types
from mcp.client.session import DEFAULT_CLIENT_INFO
from mcp.shared.exceptions import McpError
from mcp.shared.message import SessionMessage
from mcp.shared.version import SUPPORTED_PROTOCOL_VERSIONS

from . import jsonrpc
from .jsonrpc import MALFORMED, NOT_FOUND, UNAVAILABLE, ReadStream, WriteStream

__all__ = ["INITIALIZE_ID", "Router", "Upstream"]

log = logging.getLogger("mask.adapters.mcp")

INITIALIZE_ID = 0
"""The id of the proxy's ``initialize`` request (forwarded requests are numbered from 1)."""

REFUSED: dict[str, types.ErrorData] = {
    "sampling/createMessage": jsonrpc.failure("Sampling not supported", types.INVALID_REQUEST),
    "elicitation/create": jsonrpc.failure("Elicitation not supported", types.INVALID_REQUEST),
    "roots/list": jsonrpc.failure("List roots not supported", types.INVALID_REQUEST),
}
"""What the server gets when it asks the client for something (the SDK client's defaults)."""


class Router(Protocol):
    """Where the upstream's answers and notifications go (the proxy)."""

    async def upstream_answer(self, answer: types.JSONRPCResponse | types.JSONRPCError) -> None:
        """A response or error to a forwarded request."""

    async def upstream_notification(self, notification: types.JSONRPCNotification) -> None:
        """A notification from the server."""

    async def upstream_failed(self, reason: str, *, closed: bool) -> None:
        """Every request in flight is lost (``closed``: for good)."""


class Upstream:
    """The connection to the server: the handshake, writes, and the reader loop."""

    def __init__(self, read: ReadStream, write: WriteStream, task_group: TaskGroup) -> None:
        self._read = read
        self._write = write
        self._tasks = task_group
        self.init: types.InitializeResult | None = None
        self.closed = False

    def __repr__(self) -> str:
        name = self.init.serverInfo.name if self.init is not None else None
        return f"<Upstream server={name!r} closed={self.closed}>"

    async def send(self, message: SessionMessage) -> None:
        """Write ``message`` to the server (anyio's closed/broken errors if it has gone)."""
        await jsonrpc.send(self._write, message)

    def send_soon(self, message: SessionMessage) -> None:
        """Write ``message`` from a task of its own (for the reader loop, which must not wait
        for the server: the server may be busy writing to it)."""
        self._tasks.start_soon(self._send_quietly, message)

    async def initialize(self) -> types.InitializeResult:
        """The MCP handshake: ``initialize`` (its result validated), then ``notifications/initialized``."""
        params = types.InitializeRequestParams(
            protocolVersion=types.LATEST_PROTOCOL_VERSION,
            capabilities=types.ClientCapabilities(),
            clientInfo=DEFAULT_CLIENT_INFO,
        )
        await self.send(jsonrpc.request(INITIALIZE_ID, "initialize", jsonrpc.dump(params)))
        async for message in self._read:
            if isinstance(message, Exception):
                raise McpError(jsonrpc.failure(MALFORMED))
            root = message.message.root
            if isinstance(root, types.JSONRPCRequest):
                self._answer(root)
            elif isinstance(root, types.JSONRPCError) and root.id in (INITIALIZE_ID, str(INITIALIZE_ID)):
                raise McpError(root.error)
            elif isinstance(root, types.JSONRPCResponse) and root.id in (INITIALIZE_ID, str(INITIALIZE_ID)):
                result = types.InitializeResult.model_validate(root.result)
                if result.protocolVersion not in SUPPORTED_PROTOCOL_VERSIONS:
                    raise RuntimeError(f"unsupported protocol version from the server: {result.protocolVersion}")
                await self.send(jsonrpc.notification("notifications/initialized", None))
                self.init = result
                return result
        raise McpError(jsonrpc.failure(UNAVAILABLE))

    async def run(self, router: Router) -> None:
        """Read the server's messages until its stream ends; a failure handling one never ends the loop."""
        try:
            async for message in self._read:
                try:
                    await self._dispatch(message, router)
                except Exception as exc:  # never let one message break the connection
                    log.warning("dropped a message from the upstream server (%s)", type(exc).__name__)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError):
            pass
        self.closed = True
        log.warning("the upstream MCP server closed the connection")
        await router.upstream_failed(UNAVAILABLE, closed=True)

    async def _dispatch(self, message: SessionMessage | Exception, router: Router) -> None:
        """One message from the server: to ``router``, or answered here (a request)."""
        if isinstance(message, Exception):
            log.warning("malformed message from the upstream server (%s)", type(message).__name__)
            await router.upstream_failed(MALFORMED, closed=False)
            return
        root = message.message.root
        if isinstance(root, types.JSONRPCResponse | types.JSONRPCError):
            await router.upstream_answer(root)
        elif isinstance(root, types.JSONRPCNotification):
            await router.upstream_notification(root)
        else:
            self._answer(root)

    def _answer(self, request: types.JSONRPCRequest) -> None:
        """Answer a request from the server (in a task of its own, see :meth:`send_soon`)."""
        if request.method == "ping":
            answer = jsonrpc.response(request.id, {})
        else:
            answer = jsonrpc.error(request.id, REFUSED.get(request.method, NOT_FOUND))
        self.send_soon(answer)

    async def _send_quietly(self, message: SessionMessage) -> None:
        """:meth:`send`, logging (by type) rather than raising when the server has gone."""
        try:
            await self.send(message)
        except Exception as exc:  # the server may be gone already
            log.debug("could not answer the upstream server (%s)", type(exc).__name__)
