"""Mask for the Model Context Protocol: a proxy between any MCP client and any MCP server.

Tool results, resource contents and prompt messages reach the client (and its model)
protected; tool arguments are revealed only for the tools the policy authorizes.

Command line (replace ``COMMAND ARGS`` in a client's config)::

    mask mcp-proxy [--config mask.toml] -- COMMAND ARGS...
    mask mcp-proxy --url http://host/mcp [--listen 127.0.0.1:8808]

In-process, for an application that owns both ends:

>>> async with connect_in_memory(fastmcp_server, mask) as session:   # a MaskedClientSession
...     result = await session.call_tool("lookup_customer", {"customer_id": "c-1"})
>>> async with protect_server(fastmcp_server, mask) as proxy:        # a MaskProxy to serve
...     await serve_stdio(proxy)
"""

from __future__ import annotations

from .guard import MaskGuard
from .proxy import MaskProxy
from .session import MaskedClientSession
from .transports import (
    connect_in_memory,
    connect_upstream,
    http_app,
    http_upstream,
    memory_upstream,
    protect_server,
    serve_http,
    serve_stdio,
    stdio_upstream,
    upstream_environment,
)

__all__ = [
    "MaskGuard",
    "MaskProxy",
    "MaskedClientSession",
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
