"""The real ADK agent loop (InMemoryRunner + LlmAgent + FunctionTools) under MaskPlugin."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from adk_harness import ALICE, BOB, PLANTED, make_harness, support_script, texts
from google.genai import types

from mask.core import Mask


@pytest.mark.parametrize("offload", [True, False], ids=["worker-thread", "inline"])
async def test_model_never_receives_plaintext_and_tools_get_what_policy_allows(adk_mask: Mask, offload: bool) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, support_script(seen), offload=offload)

    events, session_id = await h.run(f"Please email customer c-1 that the order shipped. I am {BOB}.")

    # (1) the model never received a planted value: prompt, system instruction, tool results
    assert len(h.model.requests) == 3
    for dump in h.model.request_dumps():
        for value in PLANTED:
            assert value not in dump
    token = seen["token"]
    assert token and token != ALICE and ALICE not in token
    # send_email echoes "to" in its result: the echo reaches the model tokenized
    assert seen["send_result"] == {"status": "sent", "to": token}
    assert ALICE not in seen["log_result"]["result"]

    # (2) the authorized tool got the real value; the unauthorized one got the token
    assert h.tools.calls["send_email"] == [
        {"to": ALICE, "subject": "Your order", "body": f"Hello {ALICE}, it shipped."}
    ]
    assert h.tools.calls["log_note"] == [{"text": f"emailed {token}"}]

    # (3) the end user sees the revealed answer
    assert texts(events)[-1] == f"Done: I emailed {ALICE} and logged it."

    # the agent's own history stays tokenized (user message, tool calls, tool results, answer)
    history = await h.session_dump(session_id)
    for value in PLANTED:
        assert value not in history
    assert token in history


async def test_unrevealed_stream_keeps_tokens(adk_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, support_script(seen))

    events, _ = await h.run("Please email customer c-1.", reveal=False)

    final = texts(events)[-1]
    assert final == f"Done: I emailed {seen['token']} and logged it."
    assert ALICE not in final


async def test_next_turn_history_is_tokenized(adk_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    steps = [*support_script(seen), lambda request: "Anything else?"]
    h = make_harness(adk_mask, steps)

    _, session_id = await h.run(f"Please email customer c-1. I am {BOB}.")
    events, _ = await h.run("Thanks!", session_id=session_id)

    assert texts(events)[-1] == "Anything else?"
    follow_up = h.model.requests[-1]
    calls = [p.function_call for c in follow_up.contents for p in c.parts or [] if p.function_call]
    assert {c.name for c in calls} == {"lookup_customer", "send_email", "log_note"}
    send = next(c for c in calls if c.name == "send_email")
    assert send.args is not None and send.args["to"] == seen["token"]  # ADK's copy was revealed, not history
    for value in PLANTED:
        assert value not in h.model.request_dumps()[-1]


async def test_plaintext_the_model_writes_itself_is_tokenized_in_history(adk_mask: Mask) -> None:
    invented = "dave.support@example.net"
    h = make_harness(adk_mask, [lambda request: f"Write to {invented} for help.", lambda request: "ok"])

    events, session_id = await h.run("Who can help me?")
    await h.run("thanks", session_id=session_id)

    assert texts(events)[-1] == f"Write to {invented} for help."
    assert invented not in await h.session_dump(session_id)
    assert invented not in h.model.request_dumps()[-1]


@pytest.mark.parametrize("offload", [True, False], ids=["worker-thread", "inline"])
async def test_streamed_answer_is_revealed_without_splitting_a_token(adk_mask: Mask, offload: bool) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, support_script(seen), offload=offload)

    raw_events, _ = await make_harness(adk_mask, support_script({})).run("Please email c-1.", stream=True, reveal=False)
    events, session_id = await h.run("Please email c-1.", stream=True)

    token = seen["token"]
    expected = f"Done: I emailed {ALICE} and logged it."
    # the raw stream really splits the token across chunks (3 characters each)
    raw_chunks = texts(raw_events, partial=True)
    assert len(raw_chunks) > 5 and all(token not in chunk for chunk in raw_chunks)
    assert "".join(raw_chunks) == f"Done: I emailed {token} and logged it."

    # (4) revealed chunks add up to the revealed answer; the value appears whole in one chunk
    chunks = texts(events, partial=True)
    assert "".join(chunks) == expected
    assert sum(ALICE in chunk for chunk in chunks) == 1
    assert texts(events, partial=False)[-1] == expected
    # partial function-call chunks are shown revealed too; ADK ran each call once
    partial_calls = [p.function_call for e in events if e.partial for p in e.content.parts if p.function_call]
    assert [c.args["to"] for c in partial_calls if c.name == "send_email"] == [ALICE]
    assert len(h.tools.calls["send_email"]) == 1
    history = await h.session_dump(session_id)
    assert ALICE not in history and token in history
    for dump in h.model.request_dumps():
        assert ALICE not in dump


async def test_events_without_text_pass_through(adk_mask: Mask) -> None:
    h = make_harness(adk_mask, [lambda request: types.FunctionCall(name="log_note", args={"text": "n"}), lambda r: "x"])

    events, _ = await h.run("note it")

    calls = [p.function_call for e in events for p in (e.content.parts if e.content else []) if p.function_call]
    assert calls and calls[0].args == {"text": "n"}
    assert h.tools.calls["log_note"] == [{"text": "n"}]


def test_these_tests_cannot_reach_the_network() -> None:
    with socket.socket() as sock, pytest.raises(AssertionError, match="network"):
        sock.connect(("8.8.8.8", 443))
