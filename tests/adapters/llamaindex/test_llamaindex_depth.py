"""Payload depth: the LlamaIndex adapter converts with the Mask's configured ``mask.max_depth``."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest
from llama_index.core.agent.workflow import FunctionAgent, ToolCallResult
from llama_index.core.base.llms.types import ChatMessage
from llamaindex_fakes import ScriptedLLM, answer, call_tools

from mask.adapters.llamaindex import MaskedLLM, protect_messages, protect_tool, protect_tools, reveal_response
from mask.core import Mask, MaskInputError

EMAIL = "dora.deep@example.com"
POLICY: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}


def nested(depth: int, leaf: Any) -> Any:
    """``leaf`` under ``depth`` levels of ``{"next": ...}``."""
    return functools.reduce(lambda inner, _: {"next": inner}, range(depth), leaf)


def leaf_of(data: Any) -> Any:
    return leaf_of(data["next"]) if isinstance(data, dict) else data


@pytest.fixture
def shallow() -> Iterator[Mask]:
    """A Mask that accepts payloads at most 8 levels deep."""
    with Mask({**POLICY, "mask": {"max_depth": 8}}) as m:
        yield m


def export() -> dict:
    """Export the customer table."""
    return nested(20, {"email": EMAIL})


async def test_a_tool_output_deeper_than_the_configured_depth_is_refused(shallow: Mask) -> None:
    masked = protect_tool(export, shallow)
    with pytest.raises(MaskInputError, match="deeper than 8 levels") as info:
        masked.call()
    assert EMAIL not in str(info.value) and EMAIL not in repr(info.value)
    with pytest.raises(MaskInputError, match="deeper than 8 levels") as info:
        await masked.acall()
    assert EMAIL not in str(info.value)


async def test_the_agent_loop_gets_the_typed_error_and_the_model_no_plaintext(shallow: Mask) -> None:
    """LlamaIndex turns the tool's exception into an error output: the model reads only the typed error."""
    llm = ScriptedLLM([call_tools(("export", lambda ms: {})), answer(lambda ms: "too deep")])
    agent = FunctionAgent(tools=protect_tools([export], shallow), llm=MaskedLLM(llm, shallow), streaming=False)
    handler = agent.run(user_msg="export the customers")
    results = [ev async for ev in handler.stream_events() if isinstance(ev, ToolCallResult)]
    await handler
    output = results[0].tool_output
    assert output.is_error and isinstance(output.exception, MaskInputError)
    assert EMAIL not in output.content and EMAIL not in repr(output.raw_output)
    assert "deeper than 8 levels" in llm.received_text() and EMAIL not in llm.received_text()


def test_messages_and_answers_deeper_than_the_configured_depth_are_refused(shallow: Mask) -> None:
    message = ChatMessage(content="see the attachment", additional_kwargs={"meta": nested(20, EMAIL)})
    with pytest.raises(MaskInputError, match="deeper than 8 levels") as info:
        protect_messages(shallow, [message])
    assert EMAIL not in str(info.value)
    with pytest.raises(MaskInputError, match="deeper than 8 levels"):
        reveal_response(shallow, message)


async def test_a_configured_depth_above_the_default_is_honoured() -> None:
    """Nesting deeper than the toolkit's default (256) passes when the Mask allows it."""
    with Mask({**POLICY, "mask": {"max_depth": 400}}) as deep:

        def archive() -> dict:
            """Export the archive."""
            return nested(300, EMAIL)

        out = await protect_tool(archive, deep).acall()
        token = leaf_of(out.raw_output)
        assert token != EMAIL and "@" in token and EMAIL not in out.content
        message = ChatMessage(content="x", additional_kwargs={"meta": nested(300, EMAIL)})
        [protected] = protect_messages(deep, [message])
        assert leaf_of(protected.additional_kwargs["meta"]) == token
