"""A streamable-HTTP client transport that answers every request, even when the server cannot.

The SDK's transport drops a request silently when the server's response stream ends
without an answer (the server crashed mid-call), and lets a refused connection escape
from its task group (which would end the whole proxy). This transport, a subclass of the
SDK's, turns both into a JSON-RPC error for that request, so the proxy's client gets an
MCP error and the proxy keeps serving.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx

from mcp import types
from mcp.client.streamable_http import RequestContext, StreamableHTTPTransport
from mcp.shared.message import SessionMessage

__all__ = ["UPSTREAM_LOST", "fail_closed_http_client"]

log = logging.getLogger("mask.adapters.mcp")

UPSTREAM_LOST = "the upstream MCP server did not answer (connection lost)"


class _AnswerWatch:
    """Wraps the transport's read-stream writer; notes whether the request got its answer."""

    def __init__(self, writer: Any, request_id: types.RequestId) -> None:
        self._writer = writer
        self._request_id = request_id
        self.answered = False

    async def send(self, item: Any) -> None:
        if isinstance(item, SessionMessage):
            root = item.message.root
            if isinstance(root, types.JSONRPCResponse | types.JSONRPCError) and str(root.id) == str(self._request_id):
                self.answered = True
        await self._writer.send(item)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._writer, name)


class _FailClosedTransport(StreamableHTTPTransport):
    async def _handle_post_request(self, ctx: RequestContext) -> None:
        root = ctx.session_message.message.root
        if not isinstance(root, types.JSONRPCRequest):
            try:
                await super()._handle_post_request(ctx)
            except Exception as exc:
                log.warning("could not send a notification upstream (%s)", type(exc).__name__)
            return
        watch = _AnswerWatch(ctx.read_stream_writer, root.id)
        try:
            await super()._handle_post_request(dataclasses.replace(ctx, read_stream_writer=watch))
        except Exception as exc:
            log.warning("upstream request failed (%s)", type(exc).__name__)
        if not watch.answered:
            error = types.JSONRPCError(
                jsonrpc="2.0",
                id=root.id,
                error=types.ErrorData(code=types.CONNECTION_CLOSED, message=UPSTREAM_LOST),
            )
            with contextlib.suppress(anyio.ClosedResourceError, anyio.BrokenResourceError):
                await ctx.read_stream_writer.send(SessionMessage(types.JSONRPCMessage(error)))


@contextlib.asynccontextmanager
async def fail_closed_http_client(url: str, http_client: httpx.AsyncClient) -> AsyncIterator[tuple[Any, Any]]:
    """``(read, write)`` streams to the streamable-HTTP server at ``url`` (the SDK's
    ``streamable_http_client``, with the fail-closed transport)."""
    read_writer, read_stream = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    write_stream, write_reader = anyio.create_memory_object_stream[SessionMessage](0)
    transport = _FailClosedTransport(url)
    async with anyio.create_task_group() as tg:
        try:

            def start_get_stream() -> None:
                tg.start_soon(transport.handle_get_stream, http_client, read_writer)

            tg.start_soon(
                transport.post_writer, http_client, write_reader, read_writer, write_stream, start_get_stream, tg
            )
            try:
                yield read_stream, write_stream
            finally:
                if transport.session_id:
                    with contextlib.suppress(Exception):
                        await transport.terminate_session(http_client)
                tg.cancel_scope.cancel()
        finally:
            await read_writer.aclose()
            await write_stream.aclose()
