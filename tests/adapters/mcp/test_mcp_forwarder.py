"""What the proxy's JSON-RPC forwarder guarantees, in process, with the real SDK on both ends:
several clients on one upstream never see each other's answers, progress or cancellations;
only allowlisted methods reach the server; server failures and Mask failures end one
request (without server text) and never the proxy."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest
from crm_server import ALICE_EMAIL, BOB_EMAIL, PLAINTEXT
from mcp import ClientSession, types
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.lowlevel import Server
from mcp.shared.exceptions import McpError
from mcp.shared.memory import create_client_server_memory_streams
from mcp.shared.message import SessionMessage
from mcp_harness import assert_no_plaintext

from mask.adapters.mcp import MaskProxy, connect_upstream
from mask.core import Mask
from mask.core.events import Protected

pytestmark = pytest.mark.timeout(60)

EMAILS = {"a": ALICE_EMAIL, "b": BOB_EMAIL}


def build_server(log: list[str]) -> FastMCP:
    """A FastMCP server whose tools echo, report progress, ask the client things and
    notify; ``log`` records what the tools saw (and cancellations)."""
    server = FastMCP("forwarder", log_level="WARNING")

    @server.tool()
    async def echo(who: str, delay: float = 0.0) -> str:
        """The e-mail of ``who``, after ``delay`` seconds."""
        await anyio.sleep(delay)
        return f"{who}: {EMAILS[who]}"

    @server.tool()
    async def slow(who: str, delay: float, ctx: Context) -> str:
        """Progress that names ``who``'s e-mail, then an answer after ``delay`` seconds."""
        await ctx.report_progress(0.5, 1.0, f"working for {EMAILS[who]}")
        try:
            await anyio.sleep(delay)
        except anyio.get_cancelled_exc_class():
            log.append(f"cancelled {who}")
            raise
        return f"done for {who}"

    @server.tool()
    async def ask_client(ctx: Context) -> str:
        """Asks the client for roots, a sampling and a ping; says how each went."""
        outcomes = []
        for name, ask in (
            ("roots", ctx.session.list_roots),
            ("sampling", lambda: ctx.session.create_message(messages=[], max_tokens=1)),
            ("ping", ctx.session.send_ping),
        ):
            try:
                await ask()
                outcomes.append(f"{name}: ok")
            except McpError as exc:
                outcomes.append(f"{name}: {exc.error.code} {exc.error.message}")
        return "; ".join(outcomes)

    @server.tool()
    async def announce(ctx: Context) -> str:
        """A log message with an e-mail address and a tool-list change."""
        await ctx.info(f"announcing {ALICE_EMAIL}")
        await ctx.session.send_tool_list_changed()
        return "announced"

    return server


def malformed_server() -> Server[Any, Any]:
    """A low-level server whose ``tools/call`` result is no ``CallToolResult`` (and holds an e-mail)."""
    server: Server[Any, Any] = Server("malformed")

    @server.list_tools()
    async def list_tools() -> list[types.Tool]:
        return [types.Tool(name="broken", inputSchema={"type": "object"})]

    async def broken(_request: types.CallToolRequest) -> types.ServerResult:
        return types.ServerResult(types.EmptyResult(note=f"secret {ALICE_EMAIL}"))  # type: ignore[call-arg]

    server.request_handlers[types.CallToolRequest] = broken
    return server


class Recorded:
    """What the in-process server received from the proxy (every JSON-RPC message, in order)."""

    def __init__(self) -> None:
        self.received: list[Any] = []

    def methods(self) -> list[str]:
        return [getattr(m, "method", "(answer)") for m in self.received]

    def requests(self, method: str) -> list[types.JSONRPCRequest]:
        return [m for m in self.received if isinstance(m, types.JSONRPCRequest) and m.method == method]

    def notifications(self, method: str) -> list[types.JSONRPCNotification]:
        return [m for m in self.received if isinstance(m, types.JSONRPCNotification) and m.method == method]


class RawClient:
    """A client that writes JSON-RPC messages to the proxy as they are (no SDK session)."""

    def __init__(self, read: Any, write: Any) -> None:
        self._read = read
        self._write = write

    async def request(self, request_id: int, method: str, params: dict[str, Any] | None = None) -> Any:
        message = types.JSONRPCRequest(jsonrpc="2.0", id=request_id, method=method, params=params)
        await self._write.send(SessionMessage(types.JSONRPCMessage(message)))
        with anyio.fail_after(10):
            while True:
                answer = (await self._read.receive()).message.root
                if isinstance(answer, types.JSONRPCResponse | types.JSONRPCError) and answer.id == request_id:
                    return answer


class Proxied:
    """A proxy in front of an in-process server; clients connect to it in memory."""

    def __init__(self, proxy: MaskProxy, upstream: Recorded, tg: Any, stack: contextlib.AsyncExitStack) -> None:
        self.proxy = proxy
        self.upstream = upstream
        self._tg = tg
        self._stack = stack

    @contextlib.asynccontextmanager
    async def streams(self) -> AsyncIterator[tuple[Any, Any]]:
        """A client's ``(read, write)`` streams, served by the proxy until they close."""
        async with create_client_server_memory_streams() as (client_streams, proxy_streams):
            self._tg.start_soon(self.proxy.serve, *proxy_streams)
            yield client_streams

    @contextlib.asynccontextmanager
    async def session(self, **session_kwargs: Any) -> AsyncIterator[ClientSession]:
        """An initialized SDK client session, hung up on exit."""
        async with self.streams() as streams, ClientSession(*streams, **session_kwargs) as session:
            await session.initialize()
            yield session

    async def client(self, **session_kwargs: Any) -> ClientSession:
        """An initialized SDK client session, open until the proxy closes."""
        return await self._stack.enter_async_context(self.session(**session_kwargs))

    async def raw_client(self) -> RawClient:
        """A raw client, open until the proxy closes."""
        return RawClient(*await self._stack.enter_async_context(self.streams()))


@contextlib.asynccontextmanager
async def proxied(server: Any, mask: Mask) -> AsyncIterator[Proxied]:
    """A proxy in front of an in-process server, which gets the proxy's messages through
    a relay that records them."""
    upstream = Recorded()
    lowlevel = getattr(server, "_mcp_server", server)
    to_relay, relay_in = anyio.create_memory_object_stream[SessionMessage](0)
    relay_out, server_in = anyio.create_memory_object_stream[SessionMessage | Exception](0)
    server_out, proxy_in = anyio.create_memory_object_stream[SessionMessage | Exception](0)

    async def relay() -> None:
        async with relay_in, relay_out:
            async for message in relay_in:
                upstream.received.append(message.message.root)
                await relay_out.send(message)

    proxy = MaskProxy(mask)
    async with anyio.create_task_group() as tg:
        tg.start_soon(relay)
        tg.start_soon(lambda: lowlevel.run(server_in, server_out, lowlevel.create_initialization_options()))
        async with connect_upstream(proxy, proxy_in, to_relay), contextlib.AsyncExitStack() as stack:
            yield Proxied(proxy, upstream, tg, stack)
        tg.cancel_scope.cancel()


async def test_two_clients_with_the_same_request_ids_get_their_own_answers(policy_mask: Mask) -> None:
    async with proxied(build_server([]), policy_mask) as proxied_server:
        a, b = await proxied_server.client(), await proxied_server.client()
        results: dict[str, types.CallToolResult] = {}

        async def call(session: ClientSession, who: str, delay: float) -> None:
            results[who] = await session.call_tool("echo", {"who": who, "delay": delay})

        async with anyio.create_task_group() as tg:  # a is answered last although it asked first
            tg.start_soon(call, a, "a", 0.2)
            await anyio.sleep(0.05)
            tg.start_soon(call, b, "b", 0.0)
        calls = proxied_server.upstream.requests("tools/call")
    assert a._request_id == b._request_id  # both clients numbered their requests alike
    assert results["a"].content[0].text.startswith("a: mask.")
    assert results["b"].content[0].text.startswith("b: mask.")
    assert_no_plaintext(results["a"].model_dump_json() + results["b"].model_dump_json(), PLAINTEXT)
    assert len({m.id for m in calls}) == 2  # the proxy's own ids upstream


async def test_a_method_not_on_the_allowlist_is_refused_and_never_forwarded(policy_mask: Mask) -> None:
    client_info = {"name": "raw", "version": "1"}
    async with proxied(build_server([]), policy_mask) as proxied_server:
        raw = await proxied_server.raw_client()
        init = await raw.request(
            1, "initialize", {"protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": client_info}
        )
        refused = await raw.request(2, "tasks/list")
        unknown = await raw.request(3, "mask/anything", {"value": ALICE_EMAIL})
        pong = await raw.request(4, "ping")
        listed = await raw.request(5, "tools/list")
        forwarded = proxied_server.upstream.methods()
    assert init.result["protocolVersion"] == "2024-11-05"  # a supported version the client asked for
    assert init.result["serverInfo"]["name"] == "forwarder"
    for answer in (refused, unknown):
        assert isinstance(answer, types.JSONRPCError)
        assert answer.error.code == types.METHOD_NOT_FOUND
    assert pong.result == {}
    assert {t["name"] for t in listed.result["tools"]} >= {"echo", "slow"}
    assert "tasks/list" not in forwarded and "mask/anything" not in forwarded and "ping" not in forwarded
    assert forwarded.count("initialize") == 1  # the proxy's own handshake, once


async def test_an_unknown_protocol_version_gets_the_latest_and_bad_params_are_refused(policy_mask: Mask) -> None:
    client_info = {"name": "raw", "version": "1"}
    async with proxied(build_server([]), policy_mask) as proxied_server:
        raw = await proxied_server.raw_client()
        init = await raw.request(
            1, "initialize", {"protocolVersion": "1999-01-01", "capabilities": {}, "clientInfo": client_info}
        )
        bad = await raw.request(2, "tools/call", {"arguments": {"to": ALICE_EMAIL}})  # no tool name
        forwarded = proxied_server.upstream.methods()
    assert init.result["protocolVersion"] == types.LATEST_PROTOCOL_VERSION
    assert isinstance(bad, types.JSONRPCError) and bad.error.code == types.INVALID_PARAMS
    assert_no_plaintext(repr(bad), PLAINTEXT)
    assert "tools/call" not in forwarded


async def test_a_malformed_result_is_an_error_without_server_text(policy_mask: Mask) -> None:
    async with proxied(malformed_server(), policy_mask) as proxied_server:
        client = await proxied_server.client()
        with pytest.raises(McpError) as raised:
            await client.call_tool("broken", {})
        tools = await client.list_tools()  # the connection goes on
    assert raised.value.error.code == types.INTERNAL_ERROR
    assert raised.value.error.message == "the upstream MCP server sent a malformed message"
    assert_no_plaintext(repr(raised.value.error), PLAINTEXT)
    assert [t.name for t in tools.tools] == ["broken"]


async def test_server_requests_get_the_sdk_client_answers_and_the_server_goes_on(policy_mask: Mask) -> None:
    async with proxied(build_server([]), policy_mask) as proxied_server:
        client = await proxied_server.client()
        asked = await client.call_tool("ask_client", {})
        after = await client.call_tool("echo", {"who": "b"})
    assert asked.content[0].text == (
        f"roots: {types.INVALID_REQUEST} List roots not supported; "
        f"sampling: {types.INVALID_REQUEST} Sampling not supported; ping: ok"
    )
    assert after.content[0].text.startswith("b: mask.")


async def test_progress_and_cancellation_reach_only_their_own_client(policy_mask: Mask) -> None:
    log: list[str] = []
    progress: dict[str, list[str | None]] = {"a": [], "b": []}
    outcome: dict[str, Any] = {}

    def on_progress(who: str) -> Any:
        async def record(_value: float, _total: float | None, message: str | None) -> None:
            progress[who].append(message)

        return record

    async def call(session: ClientSession, who: str, delay: float) -> None:
        arguments = {"who": who, "delay": delay}
        try:
            outcome[who] = await session.call_tool("slow", arguments, progress_callback=on_progress(who))
        except McpError as exc:
            outcome[who] = exc

    async with proxied(build_server(log), policy_mask) as proxied_server:
        a, b = await proxied_server.client(), await proxied_server.client()
        async with anyio.create_task_group() as tg:
            a_id = a._request_id  # the id a's call gets (b's call gets the same one)
            tg.start_soon(call, a, "a", 30.0)
            tg.start_soon(call, b, "b", 0.5)
            with anyio.fail_after(10):
                while not (progress["a"] and progress["b"]):
                    await anyio.sleep(0.01)
            cancel = types.CancelledNotification(params=types.CancelledNotificationParams(requestId=a_id))
            await a.send_notification(types.ClientNotification(cancel))
        with anyio.fail_after(10):
            while not log:
                await anyio.sleep(0.01)
        after = await a.call_tool("echo", {"who": "a"})
        calls = {m.params["arguments"]["who"]: m for m in proxied_server.upstream.requests("tools/call")[:2]}
        (cancelled,) = proxied_server.upstream.notifications("notifications/cancelled")
    assert isinstance(outcome["a"], McpError) and outcome["a"].error.message == "Request cancelled"
    assert outcome["b"].content[0].text == "done for b"
    assert log == ["cancelled a"]  # b's request, with the same client id, ran to its end
    assert cancelled.params["requestId"] == calls["a"].id != calls["b"].id
    assert [message.startswith("working for mask.") for message in progress["a"] + progress["b"]] == [True, True]
    assert progress["a"] != progress["b"]  # each client got its own progress message
    assert_no_plaintext(repr(progress), PLAINTEXT)
    tokens = {who: m.params["_meta"]["progressToken"] for who, m in calls.items()}
    assert tokens["a"] != tokens["b"] and all(str(t).startswith("mask-") for t in tokens.values())
    assert after.content[0].text.startswith("a: mask.")


async def test_notifications_reach_every_client_protected(policy_mask: Mask) -> None:
    seen: dict[str, list[Any]] = {"a": [], "b": []}

    def handler(who: str) -> Any:
        async def record(message: Any) -> None:
            if isinstance(message, types.ServerNotification):
                seen[who].append(message.root)

        return record

    async with proxied(build_server([]), policy_mask) as proxied_server:
        a = await proxied_server.client(message_handler=handler("a"))
        await proxied_server.client(message_handler=handler("b"))
        await a.call_tool("announce", {})
        with anyio.fail_after(10):
            while len(seen["b"]) < 2:
                await anyio.sleep(0.01)
    for who in ("a", "b"):
        kinds = [type(n).__name__ for n in seen[who]]
        assert kinds == ["LoggingMessageNotification", "ToolListChangedNotification"]
        assert seen[who][0].params.data.startswith("announcing mask.")
    assert_no_plaintext(repr(seen), PLAINTEXT)


async def test_a_guard_failure_ends_one_request_and_the_next_call_works(policy_mask: Mask) -> None:
    failures = [RuntimeError(f"observer failed on {ALICE_EMAIL}")]

    def fail_once(_bus: Any, event: Any) -> None:
        if failures:
            raise failures.pop()

    policy_mask.bus.connect(Protected, fail_once, weak=False)
    async with proxied(build_server([]), policy_mask) as proxied_server:
        client = await proxied_server.client()
        with pytest.raises(McpError) as raised:
            await client.call_tool("echo", {"who": "a"})
        after = await client.call_tool("echo", {"who": "b"})
    assert raised.value.error.message == "the proxy failed: RuntimeError"
    assert_no_plaintext(repr(raised.value.error), PLAINTEXT)
    assert after.content[0].text.startswith("b: mask.")


async def test_a_client_that_goes_away_has_its_requests_cancelled_upstream(policy_mask: Mask) -> None:
    log: list[str] = []
    async with proxied(build_server(log), policy_mask) as proxied_server:
        a = await proxied_server.client()
        async with proxied_server.session() as b, anyio.create_task_group() as tg:
            tg.start_soon(lambda: b.call_tool("slow", {"who": "b", "delay": 30.0}))
            with anyio.fail_after(10):
                while not proxied_server.upstream.requests("tools/call"):
                    await anyio.sleep(0.01)
            tg.cancel_scope.cancel()  # b hangs up mid-call
        with anyio.fail_after(10):
            while not log:
                await anyio.sleep(0.01)
        after = await a.call_tool("echo", {"who": "a"})
    assert log == ["cancelled b"]
    assert after.content[0].text.startswith("a: mask.")


async def test_a_client_that_stops_reading_holds_up_no_other(policy_mask: Mask) -> None:
    """The server's answers are written from one loop: a client that never reads its answers
    gets them queued, and the others keep getting theirs."""
    async with proxied(build_server([]), policy_mask) as proxied_server:
        stalled_read, stalled_write = await proxied_server._stack.enter_async_context(proxied_server.streams())
        for request_id in (1, 2, 3):  # answers nobody reads
            request = types.JSONRPCRequest(
                jsonrpc="2.0", id=request_id, method="tools/call", params={"name": "echo", "arguments": {"who": "a"}}
            )
            await stalled_write.send(SessionMessage(types.JSONRPCMessage(request)))
        reader = await proxied_server.client()
        with anyio.fail_after(10):
            result = await reader.call_tool("echo", {"who": "b"})
        assert stalled_read is not None
    assert result.content[0].text.startswith("b: mask.")


async def test_a_client_whose_outbox_fills_up_is_disconnected() -> None:
    from mask.adapters.mcp.clients import ClientConnection

    send, receive = anyio.create_memory_object_stream[SessionMessage](0)
    client = ClientConnection(send, outbox=2)
    message = SessionMessage(types.JSONRPCMessage(types.JSONRPCNotification(jsonrpc="2.0", method="x")))
    assert await client.send(message) and await client.send(message)  # queued: nobody reads
    assert not await client.send(message)
    assert client.closed
    send.close()
    receive.close()
