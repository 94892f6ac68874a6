"""Message conversion, result reveal and stream reveal, on real LangChain message objects."""

from __future__ import annotations

import json
from typing import Annotated, Any

from langchain.agents import create_agent
from langchain.tools import ToolRuntime
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import InjectedToolCallId, tool
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command
from lc_scripted import ALICE, BOB, call
from pydantic import BaseModel

from mask.adapters.langchain import (
    MaskMiddleware,
    protect_messages,
    protect_tool,
    reveal_messages,
    reveal_result,
    reveal_stream,
)
from mask.core import Mask


class Contact(BaseModel):
    name: str
    email: str


def test_protect_messages_covers_content_blocks_json_and_tool_calls(policy_mask: Mask) -> None:
    image = {"type": "image", "url": f"https://cdn.example.com/{ALICE}.png"}
    pixels = {"type": "image", "base64": "QUJD" * 10, "mime_type": "image/png"}
    messages: list[BaseMessage] = [
        HumanMessage(content=[{"type": "text", "text": f"mail {ALICE}"}, image, pixels], id="h1"),
        AIMessage(content="", tool_calls=[call("send_email", {"to": BOB, "cc": [ALICE]}, "x1")], id="a1"),
        ToolMessage(content=json.dumps({"email": ALICE, "n": 2}), tool_call_id="x1", id="t1"),
        HumanMessage(content="nothing personal here", id="h2"),
    ]
    out = protect_messages(policy_mask, messages)
    flat = json.dumps([m.content for m in out]) + json.dumps(out[1].tool_calls)
    assert ALICE not in flat and BOB not in flat
    assert [m.id for m in out] == ["h1", "a1", "t1", "h2"]
    assert [type(m) for m in out] == [type(m) for m in messages]
    assert out[0].content[1]["type"] == "image" and ALICE not in out[0].content[1]["url"]  # a URL is text
    assert out[0].content[2] == pixels  # binary data is not text: kept as it is
    assert json.loads(out[2].content)["n"] == 2  # JSON content stays JSON
    assert out[1].tool_calls[0]["id"] == "x1" and out[1].tool_calls[0]["name"] == "send_email"
    assert out[3] is messages[3]  # unchanged messages are not copied
    assert ALICE in messages[0].content[0]["text"]  # the input was not changed in place
    back = reveal_messages(policy_mask, out)
    assert back[0].content[0]["text"] == f"mail {ALICE}"
    assert back[1].tool_calls[0]["args"] == {"to": BOB, "cc": [ALICE]}


def test_reveal_result_reveals_structured_response_and_keeps_its_type(policy_mask: Mask) -> None:
    token = policy_mask.protect(ALICE)
    result = {
        "messages": [AIMessage(content=f"contact {token}", id="a")],
        "structured_response": Contact(name="Alice", email=token),
    }
    shown = reveal_result(policy_mask, result)
    assert shown["messages"][0].text == f"contact {ALICE}"
    assert shown["structured_response"] == Contact(name="Alice", email=ALICE)
    assert result["structured_response"].email == token  # a copy: the agent's result is untouched


def test_model_stream_is_revealed_whole_tokens_only(policy_mask: Mask, scripted: Any) -> None:
    token = policy_mask.protect(ALICE)
    text = f"Write to {token}, then to {token}."
    model = scripted(lambda _m: AIMessage(content=text), chunk_size=2)
    raw: list[str] = []

    def tap() -> Any:
        for chunk in model.stream("hi"):
            raw.append(chunk.text)
            yield chunk

    chunks = list(reveal_stream(policy_mask, tap()))
    assert not any(token in piece for piece in raw)  # the model's stream split the token
    assert "".join(c.text for c in chunks) == f"Write to {ALICE}, then to {ALICE}."
    assert sum(c.text.count(ALICE) for c in chunks) == 2  # each arrives whole in one chunk
    assert all(token[:4] not in c.text for c in chunks)
    assert chunks[-1].final and chunks[-1].message_id
    assert not any(ALICE in repr(c) for c in chunks)  # plaintext for the user, never in a repr


def test_plain_string_and_multi_mode_items(policy_mask: Mask) -> None:
    token = policy_mask.protect(BOB)
    pieces = [token[:5], token[5:], " ok"]
    out = "".join(c.text for c in reveal_stream(policy_mask, iter(pieces)))
    assert out == f"{BOB} ok"
    items = [
        ("updates", {"model": {}}),
        ("messages", (AIMessageChunk(content=token[:3], id="m"), {"langgraph_node": "model"})),
        ("messages", (ToolMessage(content=token, tool_call_id="t"), {})),
        ("messages", (AIMessageChunk(content=token[3:], id="m", chunk_position="last"), {"langgraph_node": "model"})),
    ]
    chunks = list(reveal_stream(policy_mask, iter(items)))
    assert "".join(c.text for c in chunks) == BOB
    assert chunks[-1].metadata == {"langgraph_node": "model"}


def test_abandoned_stream_releases_the_engine_buffer(policy_mask: Mask) -> None:
    token = policy_mask.protect(ALICE)
    stream = reveal_stream(policy_mask, iter(["hello ", token[:6], token[6:], " bye"]))
    assert next(stream).text == "hello "
    stream.close()  # the consumer walks away in the middle of a token
    assert policy_mask._streams == {}


def test_tool_returning_a_command_is_protected(policy_mask: Mask, scripted: Any) -> None:
    @tool
    def lookup_customer(customer_id: str, tool_call_id: Annotated[str, InjectedToolCallId]) -> Command:
        """Look a customer up and update the state directly."""
        return Command(update={"messages": [ToolMessage(content=f"owner: {ALICE}", tool_call_id=tool_call_id)]})

    def answer(messages: list[BaseMessage]) -> AIMessage:
        return AIMessage(content=f"found {messages[-1].text}")

    model = scripted(
        lambda _m: AIMessage(content="", tool_calls=[call("lookup_customer", {"customer_id": "1"}, "k")]), answer
    )
    guard = MaskMiddleware(policy_mask)
    result = create_agent(model, [lookup_customer], middleware=[guard]).invoke({"messages": [HumanMessage("who?")]})
    assert ALICE not in model.seen_text()
    assert ALICE not in json.dumps([m.content for m in result["messages"]])
    assert guard.reveal_answer(result) == f"found owner: {ALICE}"


def test_protected_tool_keeps_injected_runtime(policy_mask: Mask, scripted: Any) -> None:
    @tool
    def whoami(customer_id: str, runtime: ToolRuntime) -> str:
        """Describe the customer, using the agent state."""
        return f"{customer_id} is {ALICE}; {len(runtime.state['messages'])} messages so far"

    model = scripted(
        lambda _m: AIMessage(content="", tool_calls=[call("whoami", {"customer_id": "c9"}, "w")]),
        lambda m: AIMessage(content=m[-1].text),
    )
    wrapped = protect_tool(whoami, policy_mask)
    assert "runtime" not in wrapped.tool_call_schema.model_json_schema()["properties"]
    result = create_agent(model, [wrapped]).invoke({"messages": [HumanMessage("who is c9?")]})
    tool_message = result["messages"][2]
    assert isinstance(tool_message, ToolMessage) and tool_message.text.endswith("; 2 messages so far")
    assert ALICE not in model.seen_text()
    assert policy_mask.reveal(tool_message.text).startswith(f"c9 is {ALICE}")


def test_checkpointed_history_stays_tokenized_across_turns(policy_mask: Mask, scripted: Any) -> None:
    def echo(messages: list[BaseMessage]) -> AIMessage:
        return AIMessage(content=f"noted: {messages[-1].text}")

    model = scripted(echo, echo)
    guard = MaskMiddleware(policy_mask)
    agent = create_agent(model, [], middleware=[guard], checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t-1"}}
    agent.invoke({"messages": [HumanMessage(f"my email is {ALICE}")]}, config)
    second = agent.invoke({"messages": [HumanMessage(f"and my colleague is {BOB}")]}, config)
    saved = agent.get_state(config).values["messages"]
    assert len(saved) == 4
    dumped = json.dumps([m.content for m in saved])
    assert ALICE not in dumped and BOB not in dumped
    assert ALICE not in model.seen_text() and BOB not in model.seen_text()
    assert guard.reveal_answer(second) == f"noted: and my colleague is {BOB}"
    assert guard.reveal_messages(saved)[0].text == f"my email is {ALICE}"
