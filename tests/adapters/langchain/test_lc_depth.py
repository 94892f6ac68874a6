"""Payload depth: the LangChain adapter converts with the Mask's configured ``mask.max_depth``."""

from __future__ import annotations

from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.tools import tool
from lc_scripted import ALICE, POLICY, call

from mask.adapters.langchain import MaskMiddleware, protect_messages, protect_tool, protect_tool_output, reveal_result
from mask.core import Mask, MaskInputError


def nested(depth: int, leaf: Any) -> Any:
    """``leaf`` under ``depth`` levels of dicts."""
    for _ in range(depth):
        leaf = {"next": leaf}
    return leaf


def leaf_of(data: Any) -> Any:
    while isinstance(data, dict):
        data = data["next"]
    return data


def test_agent_refuses_a_tool_output_deeper_than_the_configured_depth(scripted: Any) -> None:
    with Mask({**POLICY, "mask": {"max_depth": 8}}) as shallow:

        @tool
        def export(table: str) -> dict:
            """Export a table."""
            return nested(20, {"email": ALICE})

        model = scripted(lambda _m: AIMessage(content="", tool_calls=[call("export", {"table": "users"}, "e1")]))
        agent = create_agent(model, [export], middleware=[MaskMiddleware(shallow)])
        with pytest.raises(MaskInputError, match="deeper than 8 levels") as info:
            agent.invoke({"messages": [HumanMessage("export the users")]})
        assert ALICE not in str(info.value)
        assert len(model.requests) == 1 and ALICE not in model.seen_text()


def test_protected_tool_and_messages_refuse_payloads_deeper_than_the_configured_depth() -> None:
    with Mask({**POLICY, "mask": {"max_depth": 8}}) as shallow:

        @tool
        def export(table: str) -> dict:
            """Export a table."""
            return nested(20, ALICE)

        with pytest.raises(MaskInputError, match="deeper than 8 levels") as info:
            protect_tool(export, shallow).invoke({"table": "users"})
        assert ALICE not in str(info.value)
        deep_call = AIMessage(content="", tool_calls=[call("send_email", {"to": nested(20, ALICE)}, "c1")])
        with pytest.raises(MaskInputError, match="deeper than 8 levels"):
            protect_messages(shallow, [deep_call])
        with pytest.raises(MaskInputError, match="deeper than 8 levels"):
            reveal_result(shallow, {"messages": [], "structured_response": nested(20, ALICE)})


def test_a_configured_depth_above_the_default_is_honoured() -> None:
    deep = nested(300, ALICE)  # deeper than to_payload's default of 256
    with Mask({**POLICY, "mask": {"max_depth": 320}}) as roomy:

        @tool
        def export(table: str) -> dict:
            """Export a table."""
            return deep

        out = protect_tool(export, roomy).invoke({"table": "users"})
        assert leaf_of(out) != ALICE and roomy.reveal(leaf_of(out)) == ALICE
        assert leaf_of(protect_tool_output(roomy, "export", deep)) != ALICE
        [message] = protect_messages(roomy, [AIMessage(content="", tool_calls=[call("send_email", deep, "c1")])])
        assert roomy.reveal(leaf_of(message.tool_calls[0]["args"])) == ALICE
