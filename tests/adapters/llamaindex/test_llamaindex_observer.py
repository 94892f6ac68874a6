"""MaskObserver: LlamaIndex instrumentation sees what the provider receives; it only observes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from llama_index.core.agent.workflow import FunctionAgent
from llama_index.core.instrumentation import Dispatcher
from llama_index.core.llms import ChatMessage
from llamaindex_fakes import ScriptedLLM, answer

from mask.adapters.llamaindex import MaskedLLM, MaskObserver
from mask.core import Mask

EMAIL = "frank@example.net"


@pytest.fixture
def observer(li_mask: Mask) -> Iterator[MaskObserver]:
    with MaskObserver(mask=li_mask) as obs:  # attached to LlamaIndex's root dispatcher
        yield obs


async def test_wrapped_model_requests_hold_no_pii(li_mask: Mask, observer: MaskObserver) -> None:
    llm = ScriptedLLM([answer(lambda ms: "ok")])
    agent = FunctionAgent(tools=[], llm=MaskedLLM(llm, li_mask), streaming=False)
    await agent.run(user_msg=f"I am {EMAIL}")
    assert observer.events.get("LLMChatStartEvent", 0) >= 1
    assert observer.leaks == {}


async def test_an_unwrapped_model_is_reported_by_type_only(
    li_mask: Mask, observer: MaskObserver, caplog: pytest.LogCaptureFixture
) -> None:
    llm = ScriptedLLM([answer(lambda ms: "ok"), answer(lambda ms: "ok")])
    agent = FunctionAgent(tools=[], llm=llm, streaming=False)
    await agent.run(user_msg=f"I am {EMAIL}")
    llm.complete(f"and {EMAIL}")
    assert observer.leaks == {"EMAIL_ADDRESS": 2}
    assert EMAIL not in caplog.text and EMAIL not in repr(observer)
    assert "EMAIL_ADDRESS" in caplog.text


def test_attach_and_detach_on_a_given_dispatcher(li_mask: Mask) -> None:
    dispatcher = Dispatcher(name="mask-test", propagate=False)
    observer = MaskObserver(mask=li_mask, scan=False).attach(dispatcher)
    assert observer in dispatcher.event_handlers
    ScriptedLLM([answer(lambda ms: "ok")]).chat([ChatMessage(content=EMAIL)])  # root dispatcher: not seen
    assert observer.events == {}
    observer.detach()
    assert observer not in dispatcher.event_handlers
