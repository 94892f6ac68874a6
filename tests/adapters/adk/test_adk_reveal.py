"""The end user's view: sync runs, thoughts, system instruction shapes, the revealer alone."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from adk_harness import ALICE, CAROL, make_harness, support_script, texts
from google.adk.events.event import Event
from google.adk.models import LlmRequest
from google.genai import types

from mask.adapters.adk import EventRevealer, MaskPlugin, reveal_events, reveal_events_sync
from mask.adapters.adk.plugin import _rebuild_system, _system_payload
from mask.core import Mask


def test_sync_runner_run_with_reveal_events_sync(adk_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, support_script(seen))
    message = types.Content(role="user", parts=[types.Part(text="Please email customer c-1.")])
    session = asyncio.run(h.runner.session_service.create_session(app_name=h.runner.app_name, user_id="u"))

    events = list(h.plugin.reveal_events_sync(h.runner.run(user_id="u", session_id=session.id, new_message=message)))

    assert texts(events)[-1] == f"Done: I emailed {ALICE} and logged it."
    assert h.tools.calls["send_email"][0]["to"] == ALICE
    assert all(ALICE not in dump for dump in h.model.request_dumps())


def _event(text: str, *, partial: bool | None = None, thought: bool | None = None) -> Event:
    part = types.Part(text=text, thought=thought)
    return Event(
        invocation_id="inv-1", author="agent", content=types.Content(role="model", parts=[part]), partial=partial
    )


def test_revealer_streams_thoughts_and_answer_separately(adk_mask: Mask) -> None:
    token = adk_mask.protect(ALICE)
    thought = f"I should write to {token} soon"
    answer = f"Writing to {token}."
    revealer = EventRevealer(adk_mask)
    shown: list[Event] = []
    for i in range(0, max(len(thought), len(answer)), 4):
        if thought[i : i + 4]:
            shown += revealer.reveal(_event(thought[i : i + 4], partial=True, thought=True))
        if answer[i : i + 4]:
            shown += revealer.reveal(_event(answer[i : i + 4], partial=True))
    final = _event(answer, partial=False)
    shown += revealer.reveal(final)

    thoughts = "".join(p.text or "" for e in shown if e.partial for p in e.content.parts if p.thought)
    assert thoughts == f"I should write to {ALICE} soon"
    assert "".join(texts(shown, partial=True)) == f"Writing to {ALICE}."
    assert texts(shown, partial=False) == [f"Writing to {ALICE}."]
    assert final.content is not None and final.content.parts[0].text == answer  # the original is untouched
    assert revealer.close() == []


def test_revealer_close_flushes_an_unfinished_stream(adk_mask: Mask) -> None:
    token = adk_mask.protect(ALICE)
    revealer = EventRevealer(adk_mask)

    first = revealer.reveal(_event(f"to {token[:5]}", partial=True))
    second = revealer.reveal(_event(token[5:], partial=True))
    tail = revealer.close()

    assert "".join(texts(first + second + tail)) == f"to {ALICE}"


def test_a_consumer_that_stops_early_ends_the_open_streams(adk_mask: Mask) -> None:
    token = adk_mask.protect(ALICE)
    revealer = EventRevealer(adk_mask)
    closed: list[bool] = []

    def events() -> Any:
        try:
            yield _event(f"to {token[:5]}", partial=True)
            yield _event(token[5:], partial=True)
        finally:
            closed.append(True)

    shown = reveal_events_sync(events(), revealer=revealer)
    next(shown)
    shown.close()

    assert not revealer._streams and not revealer._session.open  # the engine keeps no stream state
    assert closed == [True]


async def test_reveal_events_over_any_async_iterable(adk_mask: Mask) -> None:
    token = adk_mask.protect(ALICE)

    async def events() -> Any:
        yield _event(f"mail {token}")

    shown = [e async for e in reveal_events(events(), adk_mask)]
    assert texts(shown) == [f"mail {ALICE}"]
    with pytest.raises(TypeError):
        [e async for e in reveal_events(events())]
    with pytest.raises(TypeError):
        list(reveal_events_sync([]))


@pytest.mark.parametrize(
    "system",
    [
        f"Escalate to {CAROL}.",
        types.Content(role="system", parts=[types.Part(text=f"Escalate to {CAROL}.")]),
        types.Part(text=f"Escalate to {CAROL}."),
        [f"Escalate to {CAROL}.", types.Part(text="be brief")],
    ],
)
async def test_system_instruction_shapes_are_protected(adk_mask: Mask, system: Any) -> None:
    payload = _system_payload(system)
    protected = adk_mask.protect(payload)
    rebuilt = _rebuild_system(system, protected)

    assert type(rebuilt) is type(system)
    dump = str(rebuilt.model_dump() if hasattr(rebuilt, "model_dump") else rebuilt)
    assert CAROL not in dump and "Escalate to" in dump


class _SystemAsContent(MaskPlugin):
    """Hands MaskPlugin a system instruction given as a Content, as some apps build it."""

    async def before_model_callback(self, *, callback_context: Any, llm_request: LlmRequest) -> Any:
        text = str(llm_request.config.system_instruction)
        llm_request.config.system_instruction = types.Content(role="system", parts=[types.Part(text=text)])
        return await super().before_model_callback(callback_context=callback_context, llm_request=llm_request)


async def test_before_model_protects_a_content_system_instruction(adk_mask: Mask) -> None:
    seen: dict[str, Any] = {}

    def grab(request: LlmRequest) -> str:
        seen["system"] = request.config.system_instruction
        return "ok"

    h = make_harness(adk_mask, [grab], plugin_cls=_SystemAsContent)
    await h.run("hi")

    assert isinstance(seen["system"], types.Content)
    assert "Escalations go to" in seen["system"].model_dump_json()
    assert CAROL not in seen["system"].model_dump_json()
