"""A crashing or misbehaving server ends in an MCP error to the client and never in plaintext."""

from __future__ import annotations

from typing import Any

import pytest
from crm_server import PLAINTEXT
from mcp import types
from mcp.shared.exceptions import McpError
from mcp_harness import ProxySetup, Target, assert_no_plaintext, stdio_session

pytestmark = pytest.mark.timeout(180)


class Inbox:
    """The client's message handler: anything that is not a valid protocol message lands here."""

    def __init__(self) -> None:
        self.exceptions: list[Exception] = []

    async def __call__(self, message: Any) -> None:
        if isinstance(message, Exception):
            self.exceptions.append(message)


async def test_a_server_crash_is_an_mcp_error_and_later_calls_fail_cleanly(fresh_connect: Target) -> None:
    inbox = Inbox()
    setup = fresh_connect.setup
    async with fresh_connect(message_handler=inbox) as client:
        before = await client.call_tool("lookup_customer", {"customer_id": "c-1"})
        with pytest.raises(McpError) as crashed:
            await client.call_tool("crash", {})
        with pytest.raises(McpError) as after:
            await client.call_tool("lookup_customer", {"customer_id": "c-1"})
    assert before.structuredContent["id"] == "c-1"
    assert setup.received("crash") == [{}]
    for error in (crashed.value.error, after.value.error):
        assert error.code in (types.INTERNAL_ERROR, types.CONNECTION_CLOSED)
        assert_no_plaintext(error.message + repr(error.data), PLAINTEXT)
    assert inbox.exceptions == []
    assert_no_plaintext(setup.stderr(), PLAINTEXT)


async def test_a_malformed_line_from_the_server_fails_the_call_without_plaintext(setup: ProxySetup) -> None:
    inbox = Inbox()
    async with stdio_session(setup, message_handler=inbox) as client:
        with pytest.raises(McpError) as raised:
            await client.call_tool("garbage", {})
        after = await client.call_tool("lookup_customer", {"customer_id": "c-2"})
    assert raised.value.error.message == "the upstream MCP server sent a malformed message"
    assert after.structuredContent["id"] == "c-2"  # the session goes on
    assert inbox.exceptions == []  # nothing but protocol messages reached the client
    assert_no_plaintext(setup.stderr(), PLAINTEXT)


async def test_a_result_that_does_not_validate_is_an_mcp_error_without_plaintext(setup: ProxySetup) -> None:
    async with stdio_session(setup) as client:
        with pytest.raises(McpError) as raised:
            await client.call_tool("malformed_result", {})
        after = await client.call_tool("lookup_customer", {"customer_id": "c-2"})
    assert raised.value.error.message == "the upstream MCP server sent a malformed message"
    assert after.structuredContent["id"] == "c-2"
    assert_no_plaintext(repr(raised.value.error) + setup.stderr(), PLAINTEXT)
