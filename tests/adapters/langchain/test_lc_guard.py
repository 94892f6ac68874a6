"""MaskLeakGuard: a real LangChain callback that refuses prompts carrying plaintext PII."""

from __future__ import annotations

from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from lc_scripted import ALICE

from mask.adapters.langchain import MaskLeakGuard, MaskMiddleware
from mask.core import Mask, MaskPolicyError
from mask.core.events import ErrorEvent


def test_blocks_a_leaky_request_before_the_model_is_called(policy_mask: Mask, scripted: Any) -> None:
    errors: list[ErrorEvent] = []
    policy_mask.bus.connect(ErrorEvent, lambda _bus, event: errors.append(event), weak=False)
    model = scripted(lambda _m: AIMessage(content="hi"))
    guard = MaskLeakGuard(policy_mask)
    with pytest.raises(MaskPolicyError) as info:
        model.invoke([HumanMessage(f"write to {ALICE}")], config={"callbacks": [guard]})
    assert "EMAIL_ADDRESS" in str(info.value) and ALICE not in str(info.value)
    assert model.requests == []  # never called
    assert guard.stats["leaky_requests"] == 1 and guard.stats["pii:EMAIL_ADDRESS"] == 1
    assert [e.error for e in errors] == ["PlaintextToModel"]
    assert ALICE not in repr(guard)


async def test_blocks_async_requests_too(policy_mask: Mask, scripted: Any) -> None:
    model = scripted(lambda _m: AIMessage(content="hi"))
    with pytest.raises(MaskPolicyError):
        await model.ainvoke([HumanMessage(f"write to {ALICE}")], config={"callbacks": [MaskLeakGuard(policy_mask)]})
    assert model.requests == []


def test_counts_without_blocking(policy_mask: Mask, scripted: Any) -> None:
    model = scripted(lambda _m: AIMessage(content="hi"))
    guard = MaskLeakGuard(policy_mask, block=False)
    assert model.invoke([HumanMessage(f"write to {ALICE}")], config={"callbacks": [guard]}).text == "hi"
    assert guard.stats["leaky_requests"] == 1


def test_agent_with_middleware_passes_the_guard(policy_mask: Mask, scripted: Any) -> None:
    model = scripted(lambda m: AIMessage(content=f"ok {m[-1].text}"))
    guard = MaskLeakGuard(policy_mask)
    agent = create_agent(model, [], middleware=[MaskMiddleware(policy_mask)])
    result = agent.invoke({"messages": [HumanMessage(f"mail {ALICE}")]}, config={"callbacks": [guard]})
    assert guard.stats["model_requests"] == 1 and guard.stats["leaky_requests"] == 0
    assert MaskMiddleware(policy_mask).reveal_answer(result) == f"ok mail {ALICE}"
    unguarded = create_agent(scripted(lambda m: AIMessage(content="x")), [])
    with pytest.raises(MaskPolicyError):
        unguarded.invoke({"messages": [HumanMessage(f"mail {ALICE}")]}, config={"callbacks": [guard]})


def test_entity_types_the_policy_passes_through_are_not_leaks(scripted: Any) -> None:
    config = {
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "entities": {"EMAIL_ADDRESS": {"action": "passthrough"}},
    }
    with Mask(config) as open_mask:
        model = scripted(lambda _m: AIMessage(content="hi"))
        guard = MaskLeakGuard(open_mask)
        assert model.invoke([HumanMessage(f"write to {ALICE}")], config={"callbacks": [guard]}).text == "hi"
        assert guard.stats["leaky_requests"] == 0 and guard.stats["model_requests"] == 1


def test_a_leak_in_a_dict_key_of_tool_arguments_is_caught(policy_mask: Mask, scripted: Any) -> None:
    model = scripted(lambda _m: AIMessage(content="hi"))
    history = [
        HumanMessage("look them up"),
        AIMessage(content="", tool_calls=[{"name": "crm", "args": {"records": {ALICE: "vip"}}, "id": "c1"}]),
        ToolMessage(content="done", tool_call_id="c1"),
    ]
    with pytest.raises(MaskPolicyError):
        model.invoke(history, config={"callbacks": [MaskLeakGuard(policy_mask)]})
    assert model.requests == []
