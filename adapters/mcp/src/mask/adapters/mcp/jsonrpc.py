"""The JSON-RPC messages the proxy builds and sends, as the SDK's transports carry them.

Every transport of the ``mcp`` SDK reads and writes
:class:`~mcp.shared.message.SessionMessage` objects wrapping a
:class:`~mcp.types.JSONRPCMessage` on anyio memory streams; these helpers build one
from plain JSON data and write it.
"""

from __future__ import annotations

from typing import Any

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream
from pydantic import BaseModel

from mcp import types
from mcp.shared.message import ServerMessageMetadata, SessionMessage

__all__ = [
    "INVALID",
    "MALFORMED",
    "NOT_FOUND",
    "UNAVAILABLE",
    "ReadStream",
    "WriteStream",
    "dump",
    "error",
    "failure",
    "notification",
    "request",
    "response",
    "send",
]

ReadStream = MemoryObjectReceiveStream[SessionMessage | Exception]
"""What a transport gives to read (an exception stands for a message it could not parse)."""
WriteStream = MemoryObjectSendStream[SessionMessage]
"""What a transport gives to write."""

UNAVAILABLE = "the upstream MCP server is not available"
MALFORMED = "the upstream MCP server sent a malformed message"


def failure(message: str, code: int = types.INTERNAL_ERROR) -> types.ErrorData:
    """An error of the proxy's own (a fixed text: never server or payload text)."""
    return types.ErrorData(code=code, message=message)


NOT_FOUND = failure("Method not found", types.METHOD_NOT_FOUND)
INVALID = failure("Invalid request parameters", types.INVALID_PARAMS)


def dump(model: BaseModel) -> dict[str, Any]:
    """A model as JSON data, the way the SDK's sessions send it."""
    return model.model_dump(by_alias=True, mode="json", exclude_none=True)


def request(request_id: types.RequestId, method: str, params: dict[str, Any] | None) -> SessionMessage:
    """A request."""
    message = types.JSONRPCRequest(jsonrpc="2.0", id=request_id, method=method, params=params)
    return SessionMessage(types.JSONRPCMessage(message))


def response(request_id: types.RequestId, result: dict[str, Any]) -> SessionMessage:
    """A successful response."""
    return SessionMessage(types.JSONRPCMessage(types.JSONRPCResponse(jsonrpc="2.0", id=request_id, result=result)))


def error(request_id: types.RequestId, data: types.ErrorData) -> SessionMessage:
    """An error response."""
    return SessionMessage(types.JSONRPCMessage(types.JSONRPCError(jsonrpc="2.0", id=request_id, error=data)))


def notification(
    method: str, params: dict[str, Any] | None, *, related_request_id: types.RequestId | None = None
) -> SessionMessage:
    """A notification; ``related_request_id`` routes it to that request's stream over streamable HTTP."""
    metadata = None if related_request_id is None else ServerMessageMetadata(related_request_id=related_request_id)
    message = types.JSONRPCMessage(types.JSONRPCNotification(jsonrpc="2.0", method=method, params=params))
    return SessionMessage(message, metadata)


async def send(stream: WriteStream, message: SessionMessage) -> None:
    """Write ``message`` to a transport's memory stream: at once when its reader is waiting
    (as it is between messages: this skips a trip through the event loop), else wait for it."""
    try:
        stream.send_nowait(message)
    except anyio.WouldBlock:
        await stream.send(message)
