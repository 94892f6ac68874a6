"""Every checkpoint of an agent run holds tokens: the input is protected before the graph sees it.

``agent.invoke`` writes its input into the first checkpoints (steps -1 and 0) before any
middleware runs; ``MaskMiddleware.invoke(agent, ...)`` protects the input first.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.tools import tool
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from lc_scripted import ScriptedChatModel, call, last_tool_json

from mask.adapters.langchain import MaskMiddleware
from mask.core import Mask

EMAIL = "dana.white@example.net"
PHONE = "+1 415 555 0134"
PROMPT = f"Hi, I am Dana ({EMAIL}, {PHONE}). Please look up customer 7."
Make = Callable[..., ScriptedChatModel]


@tool
def lookup_customer(customer_id: str) -> dict:
    """Look a customer up by id."""
    return {"id": customer_id, "email": EMAIL}


def first_step(messages: list[BaseMessage]) -> AIMessage:
    return AIMessage(content="", tool_calls=[call("lookup_customer", {"customer_id": "7"}, "t1")])


def answer_step(messages: list[BaseMessage]) -> AIMessage:
    return AIMessage(content=f"Customer 7 is {last_tool_json(messages)['email']}.")


def plaintext_in(value: Any) -> list[str]:
    text = json.dumps(value, default=repr, ensure_ascii=False)
    return [p for p in (EMAIL, PHONE, PHONE.replace(" ", "")) if p in text]


def checkpoint_leaks(saver: Any, config: dict[str, Any]) -> dict[int, list[str]]:
    """Plaintext found in each saved step: channel values and pending writes."""
    leaks: dict[int, list[str]] = {}
    tuples = list(saver.list(config))
    assert len(tuples) >= 4  # steps -1, 0 and the model/tool steps
    for t in tuples:
        found = plaintext_in(t.checkpoint["channel_values"]) + plaintext_in(t.pending_writes or [])
        if found:
            leaks[t.metadata.get("step", -99)] = found
    return leaks


@pytest.fixture
def sqlite_saver(tmp_path: Path) -> Iterator[SqliteSaver]:
    con = sqlite3.connect(tmp_path / "checkpoints.sqlite3", check_same_thread=False)
    yield SqliteSaver(con)
    con.close()


def make_agent(mask: Mask, scripted: Make, saver: Any) -> tuple[Any, MaskMiddleware]:
    guard = MaskMiddleware(mask)
    model = scripted(first_step, answer_step, first_step, answer_step)
    return create_agent(model, [lookup_customer], middleware=[guard], checkpointer=saver), guard


def test_plain_invoke_leaves_the_input_in_the_first_checkpoints(policy_mask: Mask, scripted: Make) -> None:
    """Why the entry point exists: middleware runs after the input checkpoints are written."""
    saver = InMemorySaver()
    agent, _guard = make_agent(policy_mask, scripted, saver)
    config = {"configurable": {"thread_id": "plain"}}
    agent.invoke({"messages": [HumanMessage(PROMPT)]}, config)
    assert set(checkpoint_leaks(saver, config)) == {-1, 0}


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_every_checkpoint_holds_tokens(
    policy_mask: Mask, scripted: Make, kind: str, sqlite_saver: SqliteSaver, tmp_path: Path
) -> None:
    saver = InMemorySaver() if kind == "memory" else sqlite_saver
    agent, guard = make_agent(policy_mask, scripted, saver)
    config = {"configurable": {"thread_id": f"t-{kind}"}}
    result = guard.invoke(agent, {"messages": [("user", PROMPT)]}, config)
    assert guard.reveal_answer(result) == f"Customer 7 is {EMAIL}."
    second = guard.invoke(agent, {"messages": [{"role": "user", "content": f"Again: {EMAIL}"}]}, config)
    assert guard.reveal_answer(second) == f"Customer 7 is {EMAIL}."
    assert checkpoint_leaks(saver, config) == {}
    transcript = guard.reveal_messages(second["messages"])
    assert transcript[0].text == PROMPT  # the user's words come back for display
    if kind == "sqlite":
        raw = (tmp_path / "checkpoints.sqlite3").read_bytes()
        wal = tmp_path / "checkpoints.sqlite3-wal"
        raw += wal.read_bytes() if wal.exists() else b""
        assert EMAIL.encode() not in raw and PHONE.encode() not in raw


def test_stream_protects_the_input_too(policy_mask: Mask, scripted: Make) -> None:
    saver = InMemorySaver()
    agent, guard = make_agent(policy_mask, scripted, saver)
    config = {"configurable": {"thread_id": "stream"}}
    chunks = list(guard.stream(agent, {"messages": [HumanMessage(PROMPT)]}, config, stream_mode="values"))
    assert chunks and not plaintext_in([c["messages"] for c in chunks])
    assert checkpoint_leaks(saver, config) == {}


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_async_entry_points_protect_every_checkpoint(
    policy_mask: Mask, scripted: Make, kind: str, tmp_path: Path
) -> None:
    async def scenario() -> dict[int, list[str]]:
        config = {"configurable": {"thread_id": f"a-{kind}"}}
        if kind == "memory":
            saver: Any = InMemorySaver()
            agent, guard = make_agent(policy_mask, scripted, saver)
            result = await guard.ainvoke(agent, {"messages": [HumanMessage(PROMPT)]}, config)
            assert await guard.areveal_answer(result) == f"Customer 7 is {EMAIL}."
            return checkpoint_leaks(saver, config)
        async with AsyncSqliteSaver.from_conn_string(str(tmp_path / "a.sqlite3")) as saver:
            agent, guard = make_agent(policy_mask, scripted, saver)
            items = [c async for c in guard.astream(agent, {"messages": [HumanMessage(PROMPT)]}, config)]
            assert items
            leaks: dict[int, list[str]] = {}
            async for t in saver.alist(config):
                found = plaintext_in(t.checkpoint["channel_values"]) + plaintext_in(t.pending_writes or [])
                if found:
                    leaks[t.metadata.get("step", -99)] = found
            return leaks

    assert asyncio.run(scenario()) == {}


def test_protect_input_keeps_other_state_keys_and_message_kinds(policy_mask: Mask) -> None:
    guard = MaskMiddleware(policy_mask)
    given = {"messages": [("user", PROMPT)], "tenant_note": "kept as is"}
    protected = guard.protect_input(given)
    assert protected["tenant_note"] == "kept as is" and given["messages"] == [("user", PROMPT)]
    [message] = protected["messages"]
    assert isinstance(message, HumanMessage) and not plaintext_in(message.content)
    assert guard.protect_input(None) is None  # resuming a thread: nothing to protect
