"""MaskedLLM (requests protected, answers left tokenized) and the reveal helpers for the end user."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from llama_index.core.agent.workflow import AgentOutput, AgentStream, FunctionAgent
from llama_index.core.base.llms.types import ChatResponse, CompletionResponse, ImageBlock, TextBlock
from llama_index.core.llms import ChatMessage, MockLLM
from llama_index.core.prompts import PromptTemplate
from llamaindex_fakes import ScriptedLLM, answer
from pydantic import BaseModel

from mask.adapters.llamaindex import (
    AnswerRevealer,
    MaskedLLM,
    areveal_deltas,
    areveal_response,
    protect_messages,
    reveal_deltas,
    reveal_response,
    reveal_stream,
)
from mask.core import Mask, MaskConfigError, MaskInputError, MaskVaultError

EMAIL = "dave.brown@example.com"
OTHER = "erin@example.org"


class Meta(BaseModel):
    owner: str


def echo_tokens(ms: list[ChatMessage]) -> str:
    return f"you said: {ms[-1].content}"


def test_chat_and_completion_requests_are_protected(li_mask: Mask) -> None:
    llm = ScriptedLLM([answer(echo_tokens) for _ in range(4)])
    masked = MaskedLLM(llm, li_mask)
    messages = [
        ChatMessage(role="system", content="Be brief."),
        ChatMessage(
            role="user", content=f"Write to {EMAIL}", additional_kwargs={"cc": [OTHER], "meta": Meta(owner=OTHER)}
        ),
    ]
    response = masked.chat(messages)
    # the wrapped model got a protected copy; the caller's messages are untouched
    assert EMAIL not in llm.received_text() and OTHER not in llm.received_text()
    sent = llm.requests[0][1]
    assert isinstance(sent.additional_kwargs["meta"], Meta)
    assert sent.additional_kwargs["cc"][0] != OTHER
    assert messages[1].content == f"Write to {EMAIL}"
    assert messages[1].additional_kwargs["meta"].owner == OTHER
    # the answer stays tokenized (that is what the agent keeps); reveal is for the end user
    token = sent.content.removeprefix("Write to ")
    assert response.message.content == f"you said: Write to {token}"
    assert reveal_response(li_mask, response).message.content == f"you said: Write to {EMAIL}"

    assert masked.complete(f"mail {EMAIL}").text == f"you said: mail {token}"
    assert "".join(r.delta or "" for r in masked.stream_chat(messages[1:])) == f"you said: Write to {token}"
    assert EMAIL not in llm.received_text()
    assert masked.predict(PromptTemplate("Reply to {who}"), who=EMAIL) == f"you said: Reply to {token}"
    assert EMAIL not in llm.received_text()


async def test_async_paths_are_protected(li_mask: Mask) -> None:
    llm = ScriptedLLM([answer(echo_tokens) for _ in range(4)])
    masked = MaskedLLM(llm, li_mask, scope="tenant-a")
    msg = ChatMessage(role="user", content=f"ping {EMAIL}")
    await masked.achat([msg])
    await masked.acomplete(f"ping {EMAIL}")
    chunks = [r async for r in await masked.astream_chat([msg])]
    assert chunks[-1].message.content.startswith("you said: ")
    assert EMAIL not in chunks[-1].message.content
    await masked.achat_with_tools([], user_msg=f"ping {EMAIL}")
    assert len(llm.requests) == 4
    assert EMAIL not in llm.received_text()


def test_metadata_and_tool_support_come_from_the_wrapped_model(li_mask: Mask, caplog: pytest.LogCaptureFixture) -> None:
    plain = MaskedLLM(MockLLM(), li_mask)
    assert plain.metadata.is_function_calling_model is False
    with pytest.raises(MaskConfigError):
        plain.chat_with_tools([], user_msg="hi")
    scripted = MaskedLLM(ScriptedLLM([]), li_mask)
    assert scripted.metadata.is_function_calling_model is True
    assert scripted.metadata.model_name == "scripted"
    assert repr(scripted) == "<MaskedLLM llm=ScriptedLLM scope=None>"
    history = [ChatMessage(role="user", content="before")]
    prepared = scripted._prepare_chat_with_tools_compat([], "hi", history, tool_required=True)  # LlamaIndex's entry
    assert [m.content for m in prepared["messages"]] == ["before", "hi"]
    assert "tool_required is not supported" not in caplog.text


def test_media_in_requests_follow_the_rule(li_mask: Mask) -> None:
    image = ChatMessage(role="user", blocks=[TextBlock(text=f"from {EMAIL}"), ImageBlock(image=b"\x89PNG")])
    with pytest.raises(MaskInputError, match="ImageBlock"):
        MaskedLLM(ScriptedLLM([answer(echo_tokens)]), li_mask).chat([image])
    llm = ScriptedLLM([answer(echo_tokens), answer(echo_tokens)])
    MaskedLLM(llm, li_mask, media="drop").chat([image])
    MaskedLLM(llm, li_mask, media="allow").chat([image])
    assert [len(r[0].blocks) for r in llm.requests] == [1, 2]
    assert EMAIL not in llm.received_text()
    with pytest.raises(MaskInputError):
        protect_messages(li_mask, [image], media="never")  # type: ignore[arg-type]


async def test_request_failure_stops_the_agent_with_a_typed_error(fragile_mask: Mask, switchable_vault: Any) -> None:
    """(6) When protecting the prompt fails, the run fails typed and the provider is never called."""
    llm = ScriptedLLM([answer(lambda ms: "never")])
    agent = FunctionAgent(tools=[], llm=MaskedLLM(llm, fragile_mask), streaming=True)
    switchable_vault.down = True
    with pytest.raises(MaskVaultError) as info:
        await agent.run(user_msg=f"hello, I am {EMAIL}")
    assert EMAIL not in str(info.value)
    assert llm.requests == []


async def test_reveal_response_keeps_types(li_mask: Mask) -> None:
    token = li_mask.protect(EMAIL)
    assert reveal_response(li_mask, f"to {token}") == f"to {EMAIL}"
    assert await areveal_response(li_mask, f"to {token}") == f"to {EMAIL}"

    message = ChatMessage(role="assistant", content=f"to {token}")
    shown = reveal_response(li_mask, message)
    assert isinstance(shown, ChatMessage) and shown.content == f"to {EMAIL}"
    assert message.content == f"to {token}"  # the agent's copy is untouched

    completion = reveal_response(li_mask, CompletionResponse(text=f"to {token}", delta=token))
    assert (completion.text, completion.delta) == (f"to {EMAIL}", EMAIL)

    chat = reveal_response(li_mask, ChatResponse(message=message, delta=token))
    assert (chat.message.content, chat.delta) == (f"to {EMAIL}", EMAIL)

    output = AgentOutput(
        response=message, current_agent_name="a", structured_response={"to": token, "n": 1}, tool_calls=[]
    )
    shown_output = reveal_response(li_mask, output)
    assert isinstance(shown_output, AgentOutput)
    assert shown_output.response.content == f"to {EMAIL}"
    assert shown_output.structured_response == {"to": EMAIL, "n": 1}
    assert output.structured_response == {"to": token, "n": 1}

    class Other:
        def __str__(self) -> str:
            return f"other {token}"

    assert reveal_response(li_mask, Other()) == f"other {EMAIL}"


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


async def test_reveal_deltas_never_emit_part_of_a_token(li_mask: Mask) -> None:
    token = li_mask.protect(EMAIL)
    answer_text = f"Mail {token} now, then {token}."
    for size in (1, 2, 5):
        out = list(reveal_deltas(li_mask, pieces(answer_text, size)))
        assert "".join(out) == f"Mail {EMAIL} now, then {EMAIL}."
        assert sum(EMAIL in o for o in out) == 2

    async def agen() -> AsyncIterator[str]:
        for p in pieces(answer_text, 3):
            yield p

    assert "".join([p async for p in areveal_deltas(li_mask, agen())]) == f"Mail {EMAIL} now, then {EMAIL}."
    assert li_mask._streams == {}


async def test_answer_revealer_close_releases_an_abandoned_stream(li_mask: Mask) -> None:
    token = li_mask.protect(EMAIL)
    revealer = AnswerRevealer(li_mask)
    assert revealer.feed("to " + token[:4]) == "to "
    assert li_mask._streams  # the engine holds the partial token
    revealer.close()
    assert li_mask._streams == {}
    assert revealer.flush() == ""


async def test_reveal_stream_flushes_per_turn_and_per_agent(li_mask: Mask) -> None:
    token = li_mask.protect(EMAIL)
    half = len(token) // 2

    def stream(agent: str, delta: str, response: str) -> AgentStream:
        return AgentStream(delta=delta, response=response, current_agent_name=agent, tool_calls=[])

    async def events() -> AsyncIterator[Any]:
        yield stream("a", f"hi {token[:half]}", "...")
        yield stream("b", "next", "...")  # another agent: a's stream ends with its held-back text
        yield stream("b", f" {token[:half]}", "...")
        yield AgentOutput(response=ChatMessage(content="x"), current_agent_name="b")
        yield stream("b", token[half:], "...")  # a new turn: the earlier partial was plain text

    out = [ev async for ev in reveal_stream(li_mask, events())]
    cut = next(i for i, ev in enumerate(out) if isinstance(ev, AgentOutput))
    before, after = out[:cut], out[cut + 1 :]
    assert all(isinstance(ev, AgentStream) for ev in before + after)
    # agent a: the partial token is held back, then released as plain text when b starts
    assert [ev.delta for ev in before[:2]] == ["hi ", token[:half]]
    assert [ev.current_agent_name for ev in before[:2]] == ["a", "a"]
    assert before[1].response == f"hi {token[:half]}"
    # agent b's turn ends at the AgentOutput: its held-back text comes out before it
    assert "".join(ev.delta for ev in before[2:]) == f"next {token[:half]}"
    assert before[-1].delta.endswith(token[:half]) and before[-1].tool_calls == []
    # a new turn starts a new stream: the earlier partial is never joined with it
    assert "".join(ev.delta for ev in after) == token[half:]
    assert li_mask._streams == {}


def test_bytes_in_message_kwargs(li_mask: Mask) -> None:
    """Text bytes are protected and stay bytes; binary bytes (e.g. thought signatures) follow the media rule."""
    signature = b"\x89\xff\x00sig"
    text = ChatMessage(role="user", content="hi", additional_kwargs={"note": f"cc {EMAIL}".encode()})
    binary = ChatMessage(role="assistant", content="ok", additional_kwargs={"signature": signature})

    protected = protect_messages(li_mask, [text])[0].additional_kwargs["note"]
    assert isinstance(protected, bytes) and EMAIL.encode() not in protected
    with pytest.raises(MaskInputError, match="binary"):
        protect_messages(li_mask, [binary])
    assert protect_messages(li_mask, [binary], media="allow")[0].additional_kwargs["signature"] == signature
    assert protect_messages(li_mask, [binary], media="drop")[0].additional_kwargs["signature"] is None
