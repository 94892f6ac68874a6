"""What a server may fill with anything is protected too: ``_meta`` and the fields the SDK's
result models do not declare (they accept extras), at any depth, through the proxy and
through a ``MaskedClientSession``; and the proxy advertises only the capabilities it forwards."""

from __future__ import annotations

from typing import Any

import anyio
import pytest
from crm_server import ALICE_EMAIL, BOB_EMAIL, PLAINTEXT
from mcp import ClientSession, types
from mcp.server.lowlevel import Server
from mcp.shared.memory import create_client_server_memory_streams
from mcp_harness import assert_no_plaintext

from mask.adapters.mcp import connect_in_memory, protect_server
from mask.core import Mask

pytestmark = pytest.mark.timeout(60)


def loose_server() -> Server[Any, Any]:
    """A low-level server whose results carry PII in ``_meta`` and in undeclared fields."""
    server: Server[Any, Any] = Server("loose")

    @server.list_tools()
    async def list_tools() -> list[types.Tool]:
        return [types.Tool(name="lookup", inputSchema={"type": "object"})]

    async def lookup(_request: types.CallToolRequest) -> types.ServerResult:
        block = types.TextContent(type="text", text="see the note", note=f"owner {ALICE_EMAIL}")  # type: ignore[call-arg]
        block.meta = {"contact": BOB_EMAIL}
        result = types.CallToolResult(content=[block], audit={"by": ALICE_EMAIL})  # type: ignore[call-arg]
        result.meta = {"trace": "t-1", "owner": f"Alice <{ALICE_EMAIL}>"}
        return types.ServerResult(result)

    server.request_handlers[types.CallToolRequest] = lookup

    @server.read_resource()
    async def read(_uri: Any) -> str:
        return "plain text"

    return server


def _check(result: types.CallToolResult) -> None:
    dumped = result.model_dump_json(by_alias=True)
    assert_no_plaintext(dumped, PLAINTEXT)
    assert result.content[0].text == "see the note"
    assert result.meta is not None and result.meta["trace"] == "t-1"  # harmless values stay
    assert "mask.example" in str(result.meta["owner"])
    assert "mask.example" in str(result.content[0].model_extra)


async def test_the_proxy_protects_meta_and_undeclared_fields(policy_mask: Mask) -> None:
    async with (
        protect_server(loose_server(), policy_mask) as proxy,
        create_client_server_memory_streams() as (client_streams, server_streams),
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(lambda: proxy.server.run(*server_streams, proxy.initialization_options()))
        async with ClientSession(*client_streams) as client:
            await client.initialize()
            result = await client.call_tool("lookup", {})
        tg.cancel_scope.cancel()
    _check(result)


async def test_a_masked_client_session_protects_them_too(policy_mask: Mask) -> None:
    async with connect_in_memory(loose_server(), policy_mask) as session:
        result = await session.call_tool("lookup", {})
    _check(result)


async def test_the_proxy_advertises_only_what_it_forwards(policy_mask: Mask) -> None:
    """A server's ``experimental`` capabilities name methods the proxy refuses: not advertised."""
    from mask.adapters.mcp import MaskProxy, connect_upstream

    server = loose_server()
    options = server.create_initialization_options(experimental_capabilities={"mask.test/extra": {}})
    proxy = MaskProxy(policy_mask)
    async with (
        create_client_server_memory_streams() as (upstream_streams, server_streams),
        create_client_server_memory_streams() as (client_streams, proxy_streams),
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(lambda: server.run(*server_streams, options))
        async with connect_upstream(proxy, *upstream_streams) as upstream:
            assert upstream.init is not None and upstream.init.capabilities.experimental
            tg.start_soon(proxy.serve, *proxy_streams)
            async with ClientSession(*client_streams) as client:
                init = await client.initialize()
        tg.cancel_scope.cancel()
    assert init.capabilities.tools is not None
    assert init.capabilities.experimental is None
