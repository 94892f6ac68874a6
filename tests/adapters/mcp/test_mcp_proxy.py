"""``mask mcp-proxy`` between a real MCP client and a real FastMCP server, over stdio and
over streamable HTTP on loopback."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from crm_server import ALICE_EMAIL, BOB_EMAIL, PLAINTEXT, build
from mcp import types
from mcp.shared.exceptions import McpError
from mcp_harness import Target, assert_no_plaintext

pytestmark = pytest.mark.timeout(180)


def dump(obj: Any) -> str:
    return obj.model_dump_json() if hasattr(obj, "model_dump_json") else json.dumps(obj)


async def test_tool_results_reach_the_client_protected_and_json_stays_json(connect: Target) -> None:
    async with connect() as client:
        result = await client.call_tool("lookup_customer", {"customer_id": "c-1"})
        note = await client.call_tool("customer_note", {"customer_id": "c-1"})
    assert_no_plaintext(dump(result) + dump(note), PLAINTEXT)
    record = json.loads(result.content[0].text)  # the JSON text is still JSON, same keys
    assert set(record) == {"id", "name", "email", "phone", "card"}
    assert record["id"] == "c-1"
    assert record["email"].endswith("@mask.example")
    assert result.structuredContent == record  # structured content protected the same way
    assert record["email"] in note.content[0].text
    assert note.structuredContent == {"result": note.content[0].text}  # FastMCP's wrapper, same tokens


async def test_authorized_tool_gets_the_value_unauthorized_one_the_token(connect: Target) -> None:
    async with connect() as client:
        record = (await client.call_tool("lookup_customer", {"customer_id": "c-1"})).structuredContent
        token = record["email"]
        sent = await client.call_tool("send_email", {"to": token, "body": f"Hello {token}"})
        posted = await client.call_tool("post_to_chat", {"channel": "#sales", "text": f"mail {token}"})
    assert not sent.isError and not posted.isError
    assert connect.setup.received("send_email") == [{"to": ALICE_EMAIL, "body": f"Hello {ALICE_EMAIL}"}]
    assert connect.setup.received("post_to_chat") == [{"channel": "#sales", "text": f"mail {token}"}]
    assert ALICE_EMAIL not in connect.setup.stderr()


async def test_list_calls_pass_through_unchanged(connect: Target) -> None:
    direct = build()
    async with connect() as client:
        tools = await client.list_tools()
        templates = await client.list_resource_templates()
        resources = await client.list_resources()
        prompts = await client.list_prompts()
    expected_tools = {t.name: t.inputSchema for t in await direct.list_tools()}
    assert {t.name: t.inputSchema for t in tools.tools} == expected_tools
    assert [t.uriTemplate for t in templates.resourceTemplates] == ["crm://customers/{customer_id}"]
    assert [str(r.uri) for r in resources.resources] == ["crm://notes/today"]
    assert [p.name for p in prompts.prompts] == ["follow_up"]


async def test_resources_and_prompts_are_protected(connect: Target) -> None:
    async with connect() as client:
        record = await client.read_resource("crm://customers/c-1")
        notes = await client.read_resource("crm://notes/today")
        prompt = await client.get_prompt("follow_up", {"customer_id": "c-2"})
    assert_no_plaintext(dump(record) + dump(notes) + dump(prompt), PLAINTEXT)
    assert json.loads(record.contents[0].text)["email"].endswith("@mask.example")
    assert notes.contents[0].text.startswith("Call back +1 ")
    assert "@mask.example>" in prompt.messages[0].content.text


async def test_errors_pass_through_with_their_message_protected(connect: Target) -> None:
    async with connect() as client:
        failed = await client.call_tool("find_by_email", {"email": "nobody@nowhere.org"})
        with pytest.raises(McpError) as raised:
            await client.read_resource("crm://customers/c-9")
    assert failed.isError
    assert "no customer with e-mail mask." in failed.content[0].text
    assert "no record for mask." in raised.value.error.message
    assert_no_plaintext(dump(failed) + raised.value.error.message, (*PLAINTEXT, "nobody@nowhere.org"))


async def test_notifications_and_progress_pass_through_protected(connect: Target) -> None:
    logs: list[Any] = []
    progress: list[tuple[float, float | None, str | None]] = []

    async def on_log(params: types.LoggingMessageNotificationParams) -> None:
        logs.append(params.data)

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append((value, total, message))

    async with connect(logging_callback=on_log) as client:
        result = await client.call_tool(
            "slow_lookup", {"customer_id": "c-2", "delay": 0.05}, progress_callback=on_progress
        )
    assert json.loads(result.content[0].text)["email"].endswith("@mask.example")
    assert len(logs) == 1 and logs[0].startswith("looking up mask.")
    assert len(progress) == 1 and progress[0][:2] == (0.5, 1.0)
    assert progress[0][2].startswith("found mask.")
    assert_no_plaintext(json.dumps([logs, progress]), PLAINTEXT)


async def test_concurrent_calls_stay_correct(connect: Target) -> None:
    async with connect() as client:
        tokens = {
            cid: (await client.call_tool("lookup_customer", {"customer_id": cid})).structuredContent["email"]
            for cid in ("c-1", "c-2")
        }
        results: dict[int, types.CallToolResult] = {}

        async def one(n: int) -> None:
            cid = "c-1" if n % 2 else "c-2"
            results[n] = await client.call_tool("slow_lookup", {"customer_id": cid, "delay": 0.02 * (n % 4)})

        async def send(n: int) -> None:
            cid = "c-1" if n % 2 else "c-2"
            await client.call_tool("send_email", {"to": tokens[cid], "body": f"note {n}"})

        async with anyio.create_task_group() as tg:
            for n in range(12):
                tg.start_soon(one, n)
                tg.start_soon(send, n)
    for n, result in results.items():
        cid = "c-1" if n % 2 else "c-2"
        assert json.loads(result.content[0].text) == {"id": cid, "email": tokens[cid]}
    real = {"c-1": ALICE_EMAIL, "c-2": BOB_EMAIL}
    sent = connect.setup.received("send_email")
    assert len(sent) == 12
    assert sorted((s["body"], s["to"]) for s in sent) == sorted(
        (f"note {n}", real["c-1" if n % 2 else "c-2"]) for n in range(12)
    )


async def test_cancellation_reaches_the_server_and_the_session_goes_on(connect: Target) -> None:
    outcome: list[BaseException] = []

    async def slow(client: Any) -> None:
        try:
            await client.call_tool("slow_lookup", {"customer_id": "c-1", "delay": 60})
        except McpError as exc:
            outcome.append(exc)

    async with connect() as client:
        async with anyio.create_task_group() as tg:
            request_id = client._request_id  # the id the next request gets
            tg.start_soon(slow, client)
            with anyio.fail_after(60):
                while not connect.setup.received("slow_lookup"):
                    await anyio.sleep(0.05)
            cancel = types.CancelledNotification(params=types.CancelledNotificationParams(requestId=request_id))
            await client.send_notification(types.ClientNotification(cancel))
        after = await client.call_tool("lookup_customer", {"customer_id": "c-2"})
        with anyio.fail_after(60):
            while not connect.setup.received("slow_lookup_cancelled"):
                await anyio.sleep(0.05)
    assert len(outcome) == 1  # the client got an MCP error for the cancelled request
    assert connect.setup.received("slow_lookup_cancelled") == [{"customer_id": "c-1"}]
    assert after.structuredContent["id"] == "c-2"
