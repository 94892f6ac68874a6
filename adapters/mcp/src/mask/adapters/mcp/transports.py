"""Connecting the proxy: upstream over stdio, streamable HTTP or in memory; clients over
stdio or streamable HTTP.

>>> async with stdio_upstream(proxy, "python", ["server.py"]):
...     await serve_stdio(proxy)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import anyio

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.memory import create_client_server_memory_streams

from .http_upstream import fail_closed_http_client
from .jsonrpc import ReadStream, WriteStream
from .proxy import MaskProxy
from .session import MaskedClientSession
from .upstream import Upstream

if TYPE_CHECKING:
    from anyio.abc import TaskStatus

    from mask.core import Mask

__all__ = [
    "connect_in_memory",
    "connect_upstream",
    "http_app",
    "http_upstream",
    "memory_upstream",
    "protect_server",
    "serve_http",
    "serve_stdio",
    "stdio_upstream",
    "upstream_environment",
]

SECRET_PREFIXES = ("MASK_",)
"""Variables the proxy keeps from the server it starts (its key, its config)."""


def upstream_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a stdio server: the proxy's own, without Mask's settings and keys."""
    env = os.environ if base is None else base
    return {k: v for k, v in env.items() if not k.startswith(SECRET_PREFIXES)}


@contextlib.asynccontextmanager
async def connect_upstream(proxy: MaskProxy, read: ReadStream, write: WriteStream) -> AsyncIterator[Upstream]:
    """Initialize the upstream connection on a transport's streams and attach it to ``proxy``."""
    async with anyio.create_task_group() as tg:
        upstream = Upstream(read, write, tg)
        await upstream.initialize()
        proxy.attach(upstream)
        tg.start_soon(upstream.run, proxy)
        try:
            yield upstream
        finally:
            tg.cancel_scope.cancel()


@contextlib.asynccontextmanager
async def stdio_upstream(
    proxy: MaskProxy,
    command: str,
    args: Sequence[str] = (),
    *,
    env: Mapping[str, str] | None = None,
    cwd: str | None = None,
) -> AsyncIterator[Upstream]:
    """Start ``command args`` as a stdio MCP server and front it (its stderr is ours)."""
    params = StdioServerParameters(
        command=command, args=list(args), env=upstream_environment() if env is None else dict(env), cwd=cwd
    )
    async with stdio_client(params) as (read, write), connect_upstream(proxy, read, write) as upstream:
        yield upstream


@contextlib.asynccontextmanager
async def http_upstream(
    proxy: MaskProxy, url: str, *, headers: Mapping[str, str] | None = None
) -> AsyncIterator[Upstream]:
    """Front the streamable-HTTP MCP server at ``url``."""
    from mcp.shared._httpx_utils import create_mcp_http_client

    async with (
        create_mcp_http_client(headers=dict(headers) if headers else None) as http,
        fail_closed_http_client(url, http) as (read, write),
        connect_upstream(proxy, read, write) as upstream,
    ):
        yield upstream


@contextlib.asynccontextmanager
async def _in_memory(server: Any) -> AsyncIterator[tuple[Any, Any]]:
    """Run an in-process server (a ``FastMCP`` or a low-level ``Server``); yield the client's streams."""
    lowlevel = getattr(server, "_mcp_server", server)  # FastMCP keeps its low-level server there
    async with (
        create_client_server_memory_streams() as (client_streams, server_streams),
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(lambda: lowlevel.run(*server_streams, lowlevel.create_initialization_options()))
        try:
            yield client_streams
        finally:
            tg.cancel_scope.cancel()


@contextlib.asynccontextmanager
async def memory_upstream(proxy: MaskProxy, server: Any) -> AsyncIterator[Upstream]:
    """Front an in-process server (a ``FastMCP`` or a low-level ``Server``) over memory streams."""
    async with _in_memory(server) as (read, write), connect_upstream(proxy, read, write) as upstream:
        yield upstream


@contextlib.asynccontextmanager
async def protect_server(server: Any, mask: Mask, *, scope: str | None = None) -> AsyncIterator[MaskProxy]:
    """A proxy in front of an in-process server, ready to serve clients on any transport.

    >>> async with protect_server(fastmcp, mask) as proxy:
    ...     await serve_stdio(proxy)
    """
    proxy = MaskProxy(mask, scope=scope)
    async with memory_upstream(proxy, server):
        yield proxy


@contextlib.asynccontextmanager
async def connect_in_memory(server: Any, mask: Mask, *, scope: str | None = None) -> AsyncIterator[MaskedClientSession]:
    """A protected client session to an in-process server (an app that owns both ends)."""
    async with _in_memory(server) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield MaskedClientSession(session, mask, scope=scope)


async def serve_stdio(proxy: MaskProxy, *, stdin: Any = None, stdout: Any = None) -> None:
    """Serve one client on stdin/stdout (or the given async text files) until it disconnects."""
    from mcp.server.stdio import stdio_server

    async with stdio_server(stdin, stdout) as (read, write):
        await proxy.serve(read, write)


def http_app(proxy: MaskProxy, *, path: str = "/mcp") -> Any:
    """A Starlette app serving the proxy over streamable HTTP at ``path``."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    manager = StreamableHTTPSessionManager(app=proxy.server)

    async def endpoint(scope: Any, receive: Any, send: Any) -> None:
        await manager.handle_request(scope, receive, send)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        async with manager.run():
            yield

    app = Starlette(routes=[Route(path, endpoint=_AsgiEndpoint(endpoint))], lifespan=lifespan)
    return app


class _AsgiEndpoint:
    """Starlette calls a class instance as a raw ASGI app (a function would be a request handler)."""

    def __init__(self, handler: Any) -> None:
        self._handler = handler

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self._handler(scope, receive, send)


async def serve_http(
    proxy: MaskProxy,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    path: str = "/mcp",
    task_status: TaskStatus[None] | None = None,
) -> None:
    """Serve the proxy over streamable HTTP on ``host:port`` until cancelled."""
    import uvicorn

    config = uvicorn.Config(
        http_app(proxy, path=path), host=host, port=port, log_level="warning", access_log=False, log_config=None
    )
    server = uvicorn.Server(config)
    if task_status is not None:
        task_status.started()
    await server.serve()
