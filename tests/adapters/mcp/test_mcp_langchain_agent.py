"""End to end: LangChain's MCP adapter feeds the proxy's tools to a ``create_agent`` loop
driven by a scripted model. The client config is the server's own command behind
``mask mcp-proxy --``."""

from __future__ import annotations

import json
import sys

import pytest
from crm_server import ALICE_EMAIL, PLAINTEXT
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, BaseMessage
from langchain_mcp_adapters.client import MultiServerMCPClient
from langchain_mcp_adapters.tools import load_mcp_tools
from mcp_harness import CRM_SERVER, ProxySetup
from mcp_scripted import ScriptedChatModel, call, last_tool_text

pytestmark = pytest.mark.timeout(180)


async def test_a_langchain_agent_works_on_tokens_and_the_authorized_tool_gets_real_values(setup: ProxySetup) -> None:
    config = {
        "crm": {
            "transport": "stdio",
            "command": sys.executable,
            "args": [*setup.proxy_args(), "--", sys.executable, str(CRM_SERVER)],
            "env": setup.env,
        }
    }
    tokens: dict[str, str] = {}

    def lookup(_messages: list[BaseMessage]) -> AIMessage:
        return AIMessage("", tool_calls=[call("lookup_customer", {"customer_id": "c-1"}, "t1")])

    def act(messages: list[BaseMessage]) -> AIMessage:
        tokens["email"] = json.loads(last_tool_text(messages))["email"]
        token = tokens["email"]
        return AIMessage(
            "",
            tool_calls=[
                call("send_email", {"to": token, "body": "Your order shipped."}, "t2"),
                call("post_to_chat", {"channel": "#sales", "text": f"Mailed {token}"}, "t3"),
            ],
        )

    def answer(_messages: list[BaseMessage]) -> AIMessage:
        return AIMessage(f"Done: mailed {tokens['email']}.")

    model = ScriptedChatModel(script=[lookup, act, answer])
    client = MultiServerMCPClient(config)
    async with client.session("crm") as session:
        tools = await load_mcp_tools(session)
        agent = create_agent(model, tools)
        state = await agent.ainvoke({"messages": [("user", "Tell customer c-1 their order shipped.")]})

    seen = model.seen_text()
    for value in PLAINTEXT:
        assert value not in seen, "plaintext reached the model"
    assert tokens["email"].endswith("@mask.example")
    assert setup.received("send_email") == [{"to": ALICE_EMAIL, "body": "Your order shipped."}]
    assert setup.received("post_to_chat") == [{"channel": "#sales", "text": f"Mailed {tokens['email']}"}]
    assert state["messages"][-1].text == f"Done: mailed {tokens['email']}."
