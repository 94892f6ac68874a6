"""MaskMiddleware in the real ``langchain.agents.create_agent`` loop, driven by a scripted model."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.tools import tool
from lc_scripted import ALICE, BOB, POLICY, ScriptedChatModel, call, last_tool_json

from mask.adapters.langchain import MaskMiddleware, protect_tool
from mask.core import Mask, MaskInputError

Make = Callable[..., ScriptedChatModel]


class Crm:
    """Real tools with a record of what each one received."""

    def __init__(self) -> None:
        self.calls: dict[str, list[dict[str, Any]]] = {"lookup_customer": [], "send_email": [], "log_note": []}

        @tool
        def lookup_customer(customer_id: str) -> dict:
            """Look a customer up by id."""
            self.calls["lookup_customer"].append({"customer_id": customer_id})
            return {"id": customer_id, "name": "Alice", "email": ALICE, "backup": BOB}

        @tool
        def send_email(to: str, body: str) -> str:
            """Send an email."""
            self.calls["send_email"].append({"to": to, "body": body})
            return f"queued a message to {to}"

        @tool
        def log_note(text: str) -> str:
            """Write a note to the CRM log."""
            self.calls["log_note"].append({"text": text})
            return "noted"

        self.tools = [lookup_customer, send_email, log_note]


def first_step(messages: list[BaseMessage]) -> AIMessage:
    return AIMessage(content="", tool_calls=[call("lookup_customer", {"customer_id": "42"}, "t1")])


def second_step(messages: list[BaseMessage]) -> AIMessage:
    email = last_tool_json(messages)["email"]  # the token the model was shown
    return AIMessage(
        content="",
        tool_calls=[
            call("send_email", {"to": email, "body": f"Hello, your address {email} is verified."}, "t2"),
            call("log_note", {"text": f"emailed {email}"}, "t3"),
        ],
    )


def answer_step(messages: list[BaseMessage]) -> AIMessage:
    for message in reversed(messages):
        if isinstance(message, ToolMessage) and message.name == "lookup_customer":
            email = json.loads(message.text)["email"]
            return AIMessage(content=f"Done: I wrote to {email} and logged it.")
    raise AssertionError("the model never saw the lookup result")


PROMPT = f"Please confirm the address of customer 42; they also use {BOB}."


def run_agent(mask: Mask, scripted: Make, **middleware: Any) -> tuple[dict[str, Any], ScriptedChatModel, Crm]:
    crm = Crm()
    model = scripted(first_step, second_step, answer_step)
    guard = MaskMiddleware(mask, **middleware)
    agent = create_agent(model, crm.tools, system_prompt="You help the CRM team.", middleware=[guard])
    result = agent.invoke({"messages": [HumanMessage(PROMPT)]})
    return result, model, crm


def state_text(result: dict[str, Any]) -> str:
    parts = []
    for message in result["messages"]:
        parts.append(json.dumps(message.content, ensure_ascii=False))
        parts.extend(json.dumps(c["args"]) for c in getattr(message, "tool_calls", None) or [])
    return "\n".join(parts)


def test_model_never_receives_plaintext(policy_mask: Mask, scripted: Make) -> None:
    _result, model, crm = run_agent(policy_mask, scripted)
    assert len(model.requests) == 3
    seen = model.seen_text()
    assert ALICE not in seen and BOB not in seen
    assert "customer 42" in seen  # the prompt did arrive, protected
    assert crm.calls["lookup_customer"] == [{"customer_id": "42"}]


def test_authorized_tool_gets_values_unauthorized_gets_tokens(policy_mask: Mask, scripted: Make) -> None:
    _result, _model, crm = run_agent(policy_mask, scripted)
    [sent] = crm.calls["send_email"]
    assert sent == {"to": ALICE, "body": f"Hello, your address {ALICE} is verified."}
    [note] = crm.calls["log_note"]
    assert ALICE not in note["text"]
    token = note["text"].removeprefix("emailed ")
    assert token != ALICE and policy_mask.reveal(token) == ALICE


def test_state_stays_tokenized_and_answer_is_revealed_for_the_user(policy_mask: Mask, scripted: Make) -> None:
    result, _model, _crm = run_agent(policy_mask, scripted)
    assert ALICE not in state_text(result) and BOB not in state_text(result)
    guard = MaskMiddleware(policy_mask)
    assert guard.reveal_answer(result) == f"Done: I wrote to {ALICE} and logged it."
    transcript = guard.reveal_messages(result["messages"])
    assert transcript[0].text == PROMPT
    assert all(a.id == b.id for a, b in zip(transcript, result["messages"], strict=True))
    assert ALICE not in state_text(result)  # revealing made copies only


def test_streamed_answer_is_revealed_with_tokens_split_across_chunks(policy_mask: Mask, scripted: Make) -> None:
    crm = Crm()
    model = scripted(first_step, second_step, answer_step, chunk_size=3)
    guard = MaskMiddleware(policy_mask)
    agent = create_agent(model, crm.tools, middleware=[guard])
    raw: list[str] = []

    def tap(stream: Any) -> Any:
        for item in stream:
            message = item[0]
            if isinstance(message, AIMessage) and message.text:
                raw.append(message.text)
            yield item

    stream = agent.stream({"messages": [HumanMessage(PROMPT)]}, stream_mode="messages")
    chunks = list(guard.reveal_stream(tap(stream)))
    text = "".join(c.text for c in chunks)
    assert text == f"Done: I wrote to {ALICE} and logged it."
    token = policy_mask.protect(ALICE)
    assert token in "".join(raw) and not any(token in piece for piece in raw)  # the model split the token
    assert any(ALICE in c.text for c in chunks)  # revealed whole, in one chunk
    assert chunks[-1].final
    assert ALICE not in model.seen_text()


def test_two_masks_in_one_process_do_not_cross(scripted: Make, tmp_path: Path) -> None:
    config_a = {**POLICY, "mask": {"scope": "tenant-a", "data_dir": str(tmp_path / "a")}}  # own key and vault
    config_b = {**POLICY, "mask": {"scope": "tenant-b", "data_dir": str(tmp_path / "b")}}
    with Mask(config_a) as tenant_a, Mask(config_b) as tenant_b:
        result_a, model_a, _ = run_agent(tenant_a, scripted)
        result_b, model_b, _ = run_agent(tenant_b, scripted)
        assert MaskMiddleware(tenant_a).reveal_answer(result_a).count(ALICE) == 1
        assert MaskMiddleware(tenant_b).reveal_answer(result_b).count(ALICE) == 1
        assert ALICE not in model_a.seen_text() and ALICE not in model_b.seen_text()
        assert state_text(result_a) != state_text(result_b)  # different tokens for the same value
        # a's tokens mean nothing to b, and the other way round
        assert ALICE not in MaskMiddleware(tenant_b).reveal_answer(result_a)
        assert ALICE not in MaskMiddleware(tenant_a).reveal_answer(result_b)


def test_scopes_in_one_mask_do_not_cross(policy_mask: Mask, scripted: Make) -> None:
    result_a, _, crm_a = run_agent(policy_mask, scripted, scope="tenant-a")
    assert crm_a.calls["send_email"][0]["to"] == ALICE
    assert MaskMiddleware(policy_mask, scope="tenant-a").reveal_answer(result_a).count(ALICE) == 1
    assert ALICE not in MaskMiddleware(policy_mask, scope="tenant-b").reveal_answer(result_a)


def test_scope_from_runtime_context(policy_mask: Mask, scripted: Make) -> None:
    crm = Crm()
    model = scripted(first_step, second_step, answer_step)
    guard = MaskMiddleware(policy_mask, scope=lambda runtime: runtime.context["tenant"])
    agent = create_agent(model, crm.tools, middleware=[guard], context_schema=dict)
    result = agent.invoke({"messages": [HumanMessage(PROMPT)]}, context={"tenant": "acme"})
    assert crm.calls["send_email"][0]["to"] == ALICE
    assert ALICE not in model.seen_text()
    assert guard.reveal_answer(result, scope="acme").count(ALICE) == 1
    assert ALICE not in guard.reveal_answer(result, scope="other")
    with pytest.raises(TypeError):
        guard.reveal_answer(result)


def test_engine_error_propagates_typed_and_nothing_reaches_the_model(scripted: Make) -> None:
    limits = {**POLICY, "mask": {"max_input_chars": 200}}
    with Mask(limits) as small:
        crm = Crm()
        big = (f"{ALICE} " * 40).strip()

        @tool
        def export(table: str) -> str:
            """Export a table."""
            return big

        model = scripted(lambda _m: AIMessage(content="", tool_calls=[call("export", {"table": "users"}, "e1")]))
        agent = create_agent(model, [*crm.tools, export], middleware=[MaskMiddleware(small)])
        with pytest.raises(MaskInputError) as info:
            agent.invoke({"messages": [HumanMessage("export the users")]})
        assert ALICE not in str(info.value)
        assert len(model.requests) == 1 and ALICE not in model.seen_text()


def test_tool_errors_handed_to_the_model_are_protected(policy_mask: Mask, scripted: Make) -> None:
    @tool
    def lookup_customer(customer_id: str) -> str:
        """Look a customer up (fails)."""
        raise ValueError(f"mailbox {ALICE} is locked")

    def after_error(messages: list[BaseMessage]) -> AIMessage:
        return AIMessage(content="The lookup failed.")

    from langchain.agents.middleware import ToolRetryMiddleware  # real middleware that turns errors into messages

    model = scripted(first_step, after_error)
    retry = ToolRetryMiddleware(max_retries=0, on_failure="continue")
    agent = create_agent(model, [lookup_customer], middleware=[retry, MaskMiddleware(policy_mask)])
    result = agent.invoke({"messages": [HumanMessage("look up 42")]})
    assert ALICE not in model.seen_text()
    assert ALICE not in state_text(result)  # the error message was tokenized before the retry middleware saw it
    [error] = [m for m in result["messages"] if isinstance(m, ToolMessage)]
    assert error.status == "error" and "is locked" in error.text


async def test_async_agent_loop_and_stream(policy_mask: Mask, scripted: Make) -> None:
    crm = Crm()
    model = scripted(first_step, second_step, answer_step, first_step, second_step, answer_step, chunk_size=5)
    guard = MaskMiddleware(policy_mask)
    agent = create_agent(model, crm.tools, middleware=[guard])
    result = await agent.ainvoke({"messages": [HumanMessage(PROMPT)]})
    assert await guard.areveal_answer(result) == f"Done: I wrote to {ALICE} and logged it."
    assert crm.calls["send_email"][0]["to"] == ALICE
    assert ALICE not in crm.calls["log_note"][0]["text"]
    stream = agent.astream({"messages": [HumanMessage(PROMPT)]}, stream_mode="messages")
    text = "".join([c.text async for c in guard.areveal_stream(stream)])
    assert text == f"Done: I wrote to {ALICE} and logged it."
    assert ALICE not in model.seen_text() and BOB not in model.seen_text()
    assert ALICE not in state_text(result)


def test_protected_tools_without_middleware_in_the_agent_loop(policy_mask: Mask, scripted: Make) -> None:
    crm = Crm()
    model = scripted(first_step, second_step, answer_step)
    agent = create_agent(model, [protect_tool(t, policy_mask) for t in crm.tools])
    result = agent.invoke({"messages": [HumanMessage("Please confirm the address of customer 42.")]})
    assert ALICE not in model.seen_text() and BOB not in model.seen_text()
    assert crm.calls["send_email"][0]["to"] == ALICE
    assert ALICE not in crm.calls["log_note"][0]["text"]
    assert MaskMiddleware(policy_mask).reveal_answer(result).count(ALICE) == 1


def test_structured_response_is_revealed_for_the_user_only(policy_mask: Mask, scripted: Make) -> None:
    from langchain.agents.structured_output import ToolStrategy
    from pydantic import BaseModel

    class Contact(BaseModel):
        name: str
        email: str

    def structured(messages: list[BaseMessage]) -> AIMessage:
        email = last_tool_json(messages)["email"]
        return AIMessage(content="", tool_calls=[call("Contact", {"name": "Alice", "email": email}, "s1")])

    crm = Crm()
    model = scripted(first_step, structured)
    guard = MaskMiddleware(policy_mask)
    agent = create_agent(model, crm.tools, middleware=[guard], response_format=ToolStrategy(Contact))
    result = agent.invoke({"messages": [HumanMessage(PROMPT)]})
    assert isinstance(result["structured_response"], Contact)
    assert result["structured_response"].email != ALICE  # the state keeps the token
    shown = guard.reveal_result(result)
    assert shown["structured_response"] == Contact(name="Alice", email=ALICE)
    assert shown["messages"][0].text == PROMPT
    assert ALICE not in model.seen_text() and ALICE not in state_text(result)


def test_protected_tools_under_middleware_keep_revealed_args_out_of_callbacks(
    policy_mask: Mask, scripted: Make
) -> None:
    from langchain_core.callbacks import BaseCallbackHandler

    class Tracer(BaseCallbackHandler):
        def __init__(self) -> None:
            self.seen: list[str] = []

        def on_tool_start(self, serialized: Any, input_str: str, **kwargs: Any) -> None:
            self.seen.append(input_str + json.dumps(kwargs.get("inputs"), default=str))

        def on_tool_end(self, output: Any, **kwargs: Any) -> None:
            self.seen.append(str(output))

    crm = Crm()
    tracer = Tracer()
    model = scripted(first_step, second_step, answer_step)
    tools = [protect_tool(t, policy_mask) for t in crm.tools]
    agent = create_agent(model, tools, middleware=[MaskMiddleware(policy_mask)])
    result = agent.invoke({"messages": [HumanMessage(PROMPT)]}, config={"callbacks": [tracer]})
    assert crm.calls["send_email"][0]["to"] == ALICE  # the tool ran on the real value
    assert len(tracer.seen) == 6 and not any(ALICE in s or BOB in s for s in tracer.seen)
    assert ALICE not in model.seen_text() and ALICE not in state_text(result)


def test_model_call_gate_protects_what_other_middleware_injects(policy_mask: Mask, scripted: Make) -> None:
    from langchain.agents.middleware import dynamic_prompt

    @dynamic_prompt
    def owner_prompt(request: Any) -> str:
        return f"You act for the account owner {BOB}."

    model = scripted(lambda m: AIMessage(content="ok"))
    guard = MaskMiddleware(policy_mask, protect_state=False)  # only the model-call gate is left
    agent = create_agent(model, [], middleware=[owner_prompt, guard])
    result = agent.invoke({"messages": [HumanMessage(f"my address is {ALICE}")]})
    assert result["messages"][0].text == f"my address is {ALICE}"  # protect_state=False: the input stays as given
    seen = model.seen_text()
    assert ALICE not in seen and BOB not in seen
    assert "You act for the account owner" in seen


def test_tool_request_is_copied_only_when_an_argument_is_revealed(policy_mask: Mask) -> None:
    """The handler gets the request as it came when the reveal changed no argument, and a
    copy with the revealed arguments otherwise; the original request keeps its tokens."""
    from langchain.agents.middleware import ToolCallRequest

    crm = Crm()
    send = next(t for t in crm.tools if t.name == "send_email")
    guard = MaskMiddleware(policy_mask)
    token = policy_mask.protect(ALICE)
    seen: list[ToolCallRequest] = []

    def handler(request: ToolCallRequest) -> ToolMessage:
        seen.append(request)
        return ToolMessage("sent", tool_call_id=request.tool_call["id"])

    plain = ToolCallRequest(
        tool_call=call("send_email", {"to": "the team", "body": "hi"}, "c1"), tool=send, state={}, runtime=None
    )
    guard.wrap_tool_call(plain, handler)
    assert seen[-1] is plain

    masked = ToolCallRequest(
        tool_call=call("send_email", {"to": token, "body": "hi"}, "c2"), tool=send, state={}, runtime=None
    )
    guard.wrap_tool_call(masked, handler)
    assert seen[-1] is not masked and seen[-1].tool_call["args"] == {"to": ALICE, "body": "hi"}
    assert masked.tool_call["args"] == {"to": token, "body": "hi"}
