"""The real LlamaIndex agent loops (FunctionAgent, ReActAgent) driven by a scripted model, under Mask.

Scenario: the user asks to email a customer's invoice. The model looks the customer up
(the tool returns a real email address), copies the *token* it received into a
``send_email`` call (authorized for EMAIL_ADDRESS) and a ``log_note`` call (not
authorized), then answers with the token. Mask must keep every request to the model free
of plaintext, reveal just in time for ``send_email`` only, keep the agent's memory
tokenized, and reveal the answer for the end user, whole or streamed.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from llama_index.core.agent.workflow import AgentStream, FunctionAgent, ReActAgent, ToolCallResult
from llama_index.core.llms import ChatMessage
from llama_index.core.memory import ChatMemoryBuffer
from llamaindex_fakes import ScriptedLLM, answer, call_tools, last_tool_results, parse_tool_text

from mask.adapters.llamaindex import (
    MaskedLLM,
    protect_tools,
    protect_user_msg,
    reveal_response,
    reveal_stream,
)
from mask.core import Mask

CUSTOMER_EMAIL = "alice.smith@example.com"
BACKUP_EMAIL = "billing@alice-corp.com"
USER_EMAIL = "boss@shopco.com"


@dataclass
class Shop:
    """The tools of the scenario, recording what they receive."""

    customer_email: str = CUSTOMER_EMAIL
    as_dict: bool = False  # return a dict (FunctionTool renders it with str()) instead of JSON
    sent: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def tools(self) -> list[Any]:
        def lookup_customer(customer_id: str) -> Any:
            """Look a customer up by id; returns the record with the customer's email."""
            record = {"id": customer_id, "email": self.customer_email, "backup": BACKUP_EMAIL}
            return record if self.as_dict else json.dumps(record)

        def send_email(to: str, body: str) -> str:
            """Send an email."""
            self.sent.append({"to": to, "body": body})
            return f"queued message for {to}"

        def log_note(text: str) -> str:
            """Write a note to the CRM log."""
            self.notes.append(text)
            return "noted"

        return [lookup_customer, send_email, log_note]


def customer_token(messages: list[ChatMessage]) -> str:
    """What the model does: read the email field of the lookup result it received."""
    for message in messages:
        if message.role == "tool":
            data = parse_tool_text(message.content or "")
            if isinstance(data, dict) and "email" in data:
                return data["email"]
    raise AssertionError("the model never received the lookup result")


def invoice_script() -> list[Any]:
    return [
        call_tools(("lookup_customer", lambda ms: {"customer_id": "cust-42"})),
        call_tools(
            ("send_email", lambda ms: {"to": customer_token(ms), "body": f"Dear {customer_token(ms)}, your invoice."}),
            ("log_note", lambda ms: {"text": f"invoice sent to {customer_token(ms)}"}),
        ),
        answer(lambda ms: f"Done: the invoice went to {customer_token(ms)} as requested."),
    ]


def build_agent(
    mask: Mask, shop: Shop, llm: ScriptedLLM, *, streaming: bool, scope: str | None = None
) -> FunctionAgent:
    return FunctionAgent(
        name="billing",
        tools=protect_tools(shop.tools(), mask, scope=scope),
        llm=MaskedLLM(llm, mask, scope=scope),
        system_prompt="You are the billing assistant.",
        streaming=streaming,
    )


def assert_no_plaintext(text: str, *values: str) -> None:
    for value in values:
        assert value not in text


@pytest.mark.parametrize(("streaming", "as_dict"), [(False, False), (True, False), (False, True)])
async def test_function_agent_keeps_plaintext_from_the_model(li_mask: Mask, streaming: bool, as_dict: bool) -> None:
    shop = Shop(as_dict=as_dict)
    llm = ScriptedLLM(invoice_script())
    agent = build_agent(li_mask, shop, llm, streaming=streaming)
    memory = ChatMemoryBuffer.from_defaults()

    user_msg = protect_user_msg(li_mask, f"Email the invoice to customer cust-42 and cc me at {USER_EMAIL}.")
    result = await agent.run(user_msg=user_msg, memory=memory)

    # (1) the provider never received a planted value, in any message, block or kwarg
    assert len(llm.requests) == 3
    assert_no_plaintext(llm.received_text(), CUSTOMER_EMAIL, BACKUP_EMAIL, USER_EMAIL)
    token = customer_token(llm.requests[-1])
    assert token != CUSTOMER_EMAIL
    assert llm.tool_names[0] == ["lookup_customer", "send_email", "log_note"]

    # (2) the authorized tool got the real value, the other one the token
    assert shop.sent == [{"to": CUSTOMER_EMAIL, "body": f"Dear {CUSTOMER_EMAIL}, your invoice."}]
    assert shop.notes == [f"invoice sent to {token}"]

    # the agent's memory (what goes back to the model next turn) holds tokens only
    history = "\n".join(m.model_dump_json() for m in memory.get_all())
    assert token in history
    assert_no_plaintext(history, CUSTOMER_EMAIL, BACKUP_EMAIL, USER_EMAIL)

    # (3) the end user gets the revealed answer; the agent's own result stays tokenized
    shown = reveal_response(li_mask, result)
    assert shown.response.content == f"Done: the invoice went to {CUSTOMER_EMAIL} as requested."
    assert result.response.content == f"Done: the invoice went to {token} as requested."


async def test_streamed_answer_is_revealed_without_partial_tokens(li_mask: Mask) -> None:
    shop = Shop()
    llm = ScriptedLLM(invoice_script(), chunk_size=3)
    agent = build_agent(li_mask, shop, llm, streaming=True)
    handler = agent.run(user_msg="Email the invoice to customer cust-42.")

    deltas: list[str] = []
    responses: list[str] = []
    tool_results: list[ToolCallResult] = []
    async for event in reveal_stream(li_mask, handler.stream_events()):
        if isinstance(event, AgentStream):
            deltas.append(event.delta)
            responses.append(event.response)
        elif isinstance(event, ToolCallResult):
            tool_results.append(event)
    result = await handler

    token = customer_token(llm.requests[-1])
    expected = f"Done: the invoice went to {CUSTOMER_EMAIL} as requested."
    # (4) the model streamed the token in pieces; the user got it whole, revealed
    assert not any(token in d for d in llm.deltas), "the scripted model must split the token"
    assert "".join(llm.deltas) == result.response.content
    assert "".join(deltas) == expected
    assert any(CUSTOMER_EMAIL in d for d in deltas)
    assert responses[-1] == expected
    assert not any(token[: len(token) // 2] in d for d in deltas)
    # the stream's tool events are the agent's internals: tokens, never plaintext
    assert sorted(r.tool_name for r in tool_results) == ["log_note", "lookup_customer", "send_email"]
    for r in tool_results:
        assert_no_plaintext(r.tool_output.content + json.dumps(r.tool_kwargs), CUSTOMER_EMAIL, BACKUP_EMAIL)
    # the engine's per-stream state is released after the stream ends
    assert li_mask._streams == {}


async def test_masked_llm_protects_an_unprotected_user_message(li_mask: Mask) -> None:
    """Even when the app forgets protect_user_msg, the request to the provider is protected."""
    llm = ScriptedLLM([answer(lambda ms: "ok")])
    agent = FunctionAgent(tools=[], llm=MaskedLLM(llm, li_mask), streaming=False)
    await agent.run(user_msg=f"My address is {USER_EMAIL}; remember it.")
    assert USER_EMAIL not in llm.received_text()
    assert "address" in llm.received_text()


async def test_two_tenants_in_one_process_do_not_cross() -> None:
    """(5) Two Mask instances run agents concurrently; neither reveals the other's tokens."""
    mask_a = Mask(
        {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}}}
    )
    mask_b = Mask(
        {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}}}
    )
    shop_a, shop_b = Shop("ann@tenant-a.com"), Shop("bert@tenant-b.com")
    llm_a, llm_b = ScriptedLLM(invoice_script()), ScriptedLLM(invoice_script())
    agent_a = build_agent(mask_a, shop_a, llm_a, streaming=True)
    agent_b = build_agent(mask_b, shop_b, llm_b, streaming=False)

    result_a, result_b = await asyncio.gather(
        agent_a.run(user_msg="Invoice cust-42."), agent_b.run(user_msg="Invoice cust-42.")
    )

    assert shop_a.sent[0]["to"] == "ann@tenant-a.com"
    assert shop_b.sent[0]["to"] == "bert@tenant-b.com"
    assert_no_plaintext(llm_a.received_text(), "ann@tenant-a.com", "bert@tenant-b.com")
    assert_no_plaintext(llm_b.received_text(), "ann@tenant-a.com", "bert@tenant-b.com")
    assert "ann@tenant-a.com" in reveal_response(mask_a, result_a).response.content
    assert "bert@tenant-b.com" in reveal_response(mask_b, result_b).response.content

    # tenant A's token is just text to tenant B: B's authorized tool and B's user see the token
    token_a = customer_token(llm_a.requests[-1])
    send_b = protect_tools(shop_b.tools(), mask_b)[1]
    await send_b.acall(to=token_a, body="x")
    assert shop_b.sent[-1]["to"] == token_a
    assert reveal_response(mask_b, f"to {token_a}") == f"to {token_a}"
    mask_a.close()
    mask_b.close()


async def test_scopes_of_one_mask_do_not_cross(li_mask: Mask) -> None:
    """Tenants as scopes of one Mask: a token minted in one scope does not reveal in another."""
    shop = Shop()
    llm = ScriptedLLM(invoice_script())
    result = await build_agent(li_mask, shop, llm, streaming=False, scope="tenant-a").run(user_msg="Invoice cust-42.")
    assert shop.sent[0]["to"] == CUSTOMER_EMAIL
    token = customer_token(llm.requests[-1])

    other = Shop()
    send_b = protect_tools(other.tools(), li_mask, scope="tenant-b")[1]
    await send_b.acall(to=token, body="x")
    assert other.sent == [{"to": token, "body": "x"}]
    assert reveal_response(li_mask, result, scope="tenant-b").response.content == result.response.content
    assert CUSTOMER_EMAIL in reveal_response(li_mask, result, scope="tenant-a").response.content


async def test_react_agent_loop(li_mask: Mask) -> None:
    """The text-based ReAct loop: tool calls are parsed from the model's (tokenized) text."""

    def react_call(ms: list[ChatMessage]) -> str:
        return (
            "Thought: I need to email the customer.\nAction: send_email\n"
            f"Action Input: {json.dumps({'to': observed(ms), 'body': 'Your invoice.'})}"
        )

    def observed(ms: list[ChatMessage]) -> str:
        text = "\n".join(m.content or "" for m in ms)
        for piece in text.split("Observation: ")[1:]:
            data = parse_tool_text(piece.splitlines()[0])
            if isinstance(data, dict) and "email" in data:
                return data["email"]
        raise AssertionError("no lookup observation")

    shop = Shop()
    llm = ScriptedLLM(
        [
            answer(
                lambda ms: 'Thought: look up first.\nAction: lookup_customer\nAction Input: {"customer_id": "cust-42"}'
            ),
            answer(react_call),
            answer(lambda ms: f"Thought: I can answer.\nAnswer: Sent to {observed(ms)}."),
        ]
    )
    agent = ReActAgent(tools=protect_tools(shop.tools(), li_mask), llm=MaskedLLM(llm, li_mask), streaming=False)
    result = await agent.run(user_msg=f"Invoice cust-42, reply to {USER_EMAIL}.")

    assert_no_plaintext(llm.received_text(), CUSTOMER_EMAIL, BACKUP_EMAIL, USER_EMAIL)
    assert shop.sent == [{"to": CUSTOMER_EMAIL, "body": "Your invoice."}]
    assert reveal_response(li_mask, result).response.content == f"Sent to {CUSTOMER_EMAIL}."
    assert CUSTOMER_EMAIL not in result.response.content
    assert last_tool_results(llm.requests[-1]) == []  # ReAct feeds observations as text, not tool messages


async def test_multi_agent_workflow_with_handoff(li_mask: Mask) -> None:
    """AgentWorkflow: two agents share tokenized memory across a handoff; the stream is revealed per agent."""
    from llama_index.core.agent.workflow import AgentWorkflow

    shop = Shop()
    lookup_tool, send_tool, note_tool = protect_tools(shop.tools(), li_mask)
    researcher_llm = ScriptedLLM(
        [
            call_tools(("lookup_customer", lambda ms: {"customer_id": "cust-42"})),
            call_tools(("handoff", lambda ms: {"to_agent": "mailer", "reason": f"mail {customer_token(ms)}"})),
        ]
    )
    mailer_llm = ScriptedLLM(
        [
            call_tools(("send_email", lambda ms: {"to": customer_token(ms), "body": "Your invoice."})),
            answer(lambda ms: f"Mailed {customer_token(ms)}."),
        ]
    )
    researcher = FunctionAgent(
        name="researcher",
        description="Looks customers up.",
        tools=[lookup_tool],
        llm=MaskedLLM(researcher_llm, li_mask),
        can_handoff_to=["mailer"],
    )
    mailer = FunctionAgent(
        name="mailer", description="Sends email.", tools=[send_tool, note_tool], llm=MaskedLLM(mailer_llm, li_mask)
    )
    workflow = AgentWorkflow(agents=[researcher, mailer], root_agent="researcher")
    handler = workflow.run(user_msg=protect_user_msg(li_mask, f"Invoice cust-42, I am {USER_EMAIL}."))
    deltas = [ev.delta async for ev in reveal_stream(li_mask, handler.stream_events()) if isinstance(ev, AgentStream)]
    result = await handler

    for llm in (researcher_llm, mailer_llm):
        assert_no_plaintext(llm.received_text(), CUSTOMER_EMAIL, BACKUP_EMAIL, USER_EMAIL)
    assert shop.sent == [{"to": CUSTOMER_EMAIL, "body": "Your invoice."}]
    assert "".join(deltas) == f"Mailed {CUSTOMER_EMAIL}."
    assert reveal_response(li_mask, result).response.content == f"Mailed {CUSTOMER_EMAIL}."
