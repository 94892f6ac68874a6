"""The Python API for applications that own both ends: ``connect_in_memory`` /
``MaskedClientSession`` and ``protect_server`` around a real FastMCP server, in process."""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import anyio
import pytest
from crm_server import ALICE_EMAIL, PLAINTEXT, build
from mcp import ClientSession, types
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import McpError
from mcp.shared.memory import create_client_server_memory_streams
from mcp_harness import assert_no_plaintext

from mask.adapters.mcp import MaskedClientSession, connect_in_memory, protect_server
from mask.adapters.mcp.cli import WithholdForeignMessages
from mask.core import Mask
from mask.core.events import Protected, Revealed

pytestmark = pytest.mark.timeout(120)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def extra_server() -> Server[Any, Any]:
    """A low-level server with results the CRM does not produce: embedded resources, images, deep JSON."""
    server: Server[Any, Any] = Server("extra")
    names = ("card_with_resource", "deep", "not_json")

    @server.list_tools()
    async def list_tools() -> list[types.Tool]:
        return [types.Tool(name=n, inputSchema={"type": "object"}) for n in names]

    @server.call_tool()
    async def call_tool(name: str, arguments: dict[str, Any]) -> list[Any]:
        if name == "card_with_resource":
            resource = types.TextResourceContents(uri="crm://c-1", mimeType="text/plain", text=f"owner {ALICE_EMAIL}")
            image = types.ImageContent(type="image", data=base64.b64encode(PNG).decode(), mimeType="image/png")
            return [types.EmbeddedResource(type="resource", resource=resource), image]
        if name == "deep":
            nested: Any = ALICE_EMAIL
            for _ in range(300):  # deeper than mask.max_depth (256)
                nested = [nested]
            return [types.TextContent(type="text", text=json.dumps(nested))]
        return [types.TextContent(type="text", text="{not json] " + ALICE_EMAIL)]

    return server


async def test_masked_client_session_reveals_by_policy_and_protects_results(policy_mask: Mask) -> None:
    events: list[tuple[str, Any]] = []
    policy_mask.bus.connect(Protected, lambda _b, event: events.append(("protected", event.source)), weak=False)
    policy_mask.bus.connect(
        Revealed, lambda _b, event: event.counts and events.append(("revealed", event.tool)), weak=False
    )  # one Revealed per reveal call: keep those that revealed something
    async with connect_in_memory(build(), policy_mask) as session:
        assert isinstance(session, MaskedClientSession)
        record = await session.call_tool("lookup_customer", {"customer_id": "c-1"})
        token = record.structuredContent["email"]
        sent = await session.call_tool("send_email", {"to": token, "body": "hi"})
        prompt = await session.get_prompt("follow_up", {"customer_id": "c-1"})
        notes = await session.read_resource("crm://notes/today")
        tools = await session.list_tools()  # delegated to the wrapped session
    assert_no_plaintext(record.model_dump_json() + prompt.model_dump_json() + notes.model_dump_json(), PLAINTEXT)
    assert token in prompt.messages[0].content.text  # same value, same token
    assert "send_email" in {t.name for t in tools.tools}
    assert sent.content[0].text == "queued"
    # each call went through the bus: ToolResult (protected) for the lookup, ToolCall (revealed) for send_email
    assert events[:2] == [("protected", "tool-result"), ("revealed", "send_email")]
    assert policy_mask.reveal(token, tool="send_email") == ALICE_EMAIL


async def test_argument_names_are_never_revealed_and_values_go_out_as_a_list(policy_mask: Mask) -> None:
    from mask.adapters.mcp.guard import MaskGuard
    from mask.core.events import ToolCall

    token = policy_mask.protect(ALICE_EMAIL)
    sent: list[Any] = []
    original = policy_mask.bus._handlers[ToolCall]
    policy_mask.bus._handlers[ToolCall] = lambda bus, event: (sent.append(event.payload), original(bus, event))
    guard = MaskGuard(policy_mask)
    revealed = await guard.reveal_arguments("send_email", {token: token, "to": token, "body": f"for {token}"})
    assert revealed == {token: ALICE_EMAIL, "to": ALICE_EMAIL, "body": f"for {ALICE_EMAIL}"}
    assert sent[-1] == [token, token, f"for {token}"]  # names were not sent
    assert await guard.reveal_arguments("send_email", None) is None


async def test_embedded_resources_are_protected_images_pass_and_bad_json_stays_text(policy_mask: Mask) -> None:
    async with connect_in_memory(extra_server(), policy_mask) as session:
        result = await session.call_tool("card_with_resource", {})
        odd = await session.call_tool("not_json", {})
    embedded, image = result.content
    assert isinstance(embedded, types.EmbeddedResource)
    assert embedded.resource.text.startswith("owner mask.")
    assert isinstance(image, types.ImageContent) and base64.b64decode(image.data) == PNG
    assert odd.content[0].text.startswith("{not json] mask.")


async def test_a_payload_mask_refuses_is_an_mcp_error_not_plaintext(policy_mask: Mask) -> None:
    async with connect_in_memory(extra_server(), policy_mask) as session:
        with pytest.raises(McpError) as raised:
            await session.call_tool("deep", {})
    assert raised.value.error.message == "Mask refused the message: MaskInputError"
    assert ALICE_EMAIL not in repr(raised.value.error)


async def test_protect_server_serves_a_protected_proxy_in_process(policy_mask: Mask) -> None:
    async with (
        protect_server(build(), policy_mask) as proxy,
        create_client_server_memory_streams() as (client_streams, server_streams),
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(lambda: proxy.server.run(*server_streams, proxy.initialization_options()))
        async with ClientSession(*client_streams) as client:
            init = await client.initialize()
            result = await client.call_tool("customer_note", {"customer_id": "c-1"})
        tg.cancel_scope.cancel()
    assert init.serverInfo.name == "crm"  # the proxy presents the upstream server's identity
    assert init.capabilities.tools is not None and init.capabilities.prompts is not None
    assert_no_plaintext(result.model_dump_json(), PLAINTEXT)
    assert "mask.example" in result.content[0].text


def test_foreign_log_messages_are_withheld_and_ours_kept() -> None:
    foreign = logging.LogRecord("mcp.client", logging.WARNING, __file__, 1, "bad %s", (ALICE_EMAIL,), None)
    ours = logging.LogRecord("mask.adapters.mcp", logging.WARNING, __file__, 1, "closed (%s)", ("OSError",), None)
    flt = WithholdForeignMessages()
    assert flt.filter(foreign) and flt.filter(ours)
    assert ALICE_EMAIL not in foreign.getMessage()
    assert ours.getMessage() == "closed (OSError)"


async def test_an_unexpected_exception_in_the_proxy_reaches_the_client_by_type_only(policy_mask: Mask) -> None:
    def failing_observer(_bus: Any, event: Any) -> None:
        raise RuntimeError(f"observer failed on {ALICE_EMAIL}")

    policy_mask.bus.connect(Protected, failing_observer, weak=False)
    async with (
        protect_server(build(), policy_mask) as proxy,
        create_client_server_memory_streams() as (client_streams, server_streams),
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(lambda: proxy.server.run(*server_streams, proxy.initialization_options()))
        async with ClientSession(*client_streams) as client:
            await client.initialize()
            with pytest.raises(McpError) as raised:
                await client.call_tool("customer_note", {"customer_id": "c-1"})
        tg.cancel_scope.cancel()
    assert raised.value.error.message == "the proxy failed: RuntimeError"
    assert_no_plaintext(repr(raised.value.error), PLAINTEXT)
