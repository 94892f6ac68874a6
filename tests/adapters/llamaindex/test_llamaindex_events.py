"""What the agent's own events hold (as the README states): ``AgentInput`` carries the
application's system prompt as written, and the user's input as protected; the model
receives neither in plaintext."""

from __future__ import annotations

import json
from typing import Any

from llama_index.core.agent.workflow import AgentInput, FunctionAgent, ToolCall, ToolCallResult
from llamaindex_fakes import ScriptedLLM, answer, call_tools

from mask.adapters.llamaindex import MaskedLLM, protect_tools, protect_user_msg
from mask.core import Mask

OPS = "ops.desk@shopco.com"  # the application put a contact into its own system prompt
USER = "boss@shopco.com"
CUSTOMER = "alice.smith@example.com"


def lookup_customer(customer_id: str) -> str:
    """Look a customer up by id."""
    return json.dumps({"id": customer_id, "email": CUSTOMER})


async def test_agent_input_holds_the_system_prompt_as_written_and_the_user_input_protected(li_mask: Mask) -> None:
    llm = ScriptedLLM([call_tools(("lookup_customer", lambda ms: {"customer_id": "c-1"})), answer(lambda ms: "Done.")])
    agent = FunctionAgent(
        name="billing",
        tools=protect_tools([lookup_customer], li_mask),
        llm=MaskedLLM(llm, li_mask),
        system_prompt=f"You are the billing assistant. Escalate to {OPS}.",
    )
    handler = agent.run(user_msg=protect_user_msg(li_mask, f"Find customer c-1, reply to {USER}."))
    events: list[Any] = [event async for event in handler.stream_events()]
    await handler

    inputs = [e for e in events if isinstance(e, AgentInput)]
    assert inputs
    for event in inputs:
        text = "\n".join(m.model_dump_json() for m in event.input)
        assert OPS in text  # the system prompt as the application wrote it
        assert USER not in text and CUSTOMER not in text  # user input and tool results: tokens
    tool_events = [e for e in events if isinstance(e, ToolCall | ToolCallResult)]
    assert tool_events
    assert all(CUSTOMER not in repr(e) and USER not in repr(e) for e in tool_events)
    seen = llm.received_text()
    assert OPS not in seen and USER not in seen and CUSTOMER not in seen  # MaskedLLM protected all
