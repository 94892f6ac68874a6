"""Failures stay typed and closed: the model never gets what could not be protected."""

from __future__ import annotations

from typing import Any

import pytest
from adk_harness import ALICE, ScriptedLlm, function_response, make_harness, policy_mask
from google.adk.agents import LlmAgent
from google.adk.models import LlmRequest
from google.adk.plugins import BasePlugin
from google.adk.runners import InMemoryRunner
from google.genai import types

from mask.adapters.adk import REDACTED_RESULT, MaskPlugin, mask_error_of
from mask.core import Mask, MaskInputError

HUGE_NOTE = "x" * 2_000 + f" contact {ALICE}"


def _lookup_then_answer(seen: dict[str, Any]) -> list[Any]:
    def lookup(_request: LlmRequest) -> types.FunctionCall:
        return types.FunctionCall(name="lookup_customer", args={"customer_id": "c-big"})

    def answer(request: LlmRequest) -> str:
        seen["lookup"] = function_response(request, "lookup_customer")
        return "could not read the record"

    return [lookup, answer]


@pytest.fixture
def small_mask() -> Mask:
    """Accepts at most 1,000 characters per payload: the big tool result is refused."""
    return policy_mask(mask={"max_input_chars": 1_000})


async def test_engine_error_propagates_typed_and_the_model_never_sees_the_output(small_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(small_mask, _lookup_then_answer(seen), customers={"c-big": {"notes": HUGE_NOTE}})

    with pytest.raises(MaskInputError) as info:
        await h.run("look up c-big")

    assert ALICE not in str(info.value)
    assert len(h.model.requests) == 1  # the run stopped before the tool result reached the model
    assert all(ALICE not in dump for dump in h.model.request_dumps())
    assert "lookup" not in seen


async def test_raw_run_async_raises_adk_runtime_error_around_the_mask_error(small_mask: Mask) -> None:
    h = make_harness(small_mask, _lookup_then_answer({}), customers={"c-big": {"notes": HUGE_NOTE}})

    with pytest.raises(RuntimeError) as info:
        await h.run("look up c-big", reveal=False)

    assert isinstance(mask_error_of(info.value), MaskInputError)
    assert ALICE not in str(info.value)


async def test_redact_mode_sends_a_redacted_result_and_the_run_goes_on(small_mask: Mask) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(
        small_mask, _lookup_then_answer(seen), customers={"c-big": {"notes": HUGE_NOTE}}, on_error="redact"
    )

    events, _ = await h.run("look up c-big")

    assert seen["lookup"] == REDACTED_RESULT
    assert all(ALICE not in dump for dump in h.model.request_dumps())
    assert events[-1].content is not None and events[-1].content.parts[0].text == "could not read the record"


class _ArgsSpy(BasePlugin):
    """Registered after MaskPlugin: sees the arguments ADK keeps once a tool failed."""

    def __init__(self) -> None:
        super().__init__(name="args-spy")
        self.after_error: list[dict[str, Any]] = []

    async def on_tool_error_callback(
        self, *, tool: Any, tool_args: dict[str, Any], tool_context: Any, error: Exception
    ):
        self.after_error.append(dict(tool_args))
        return {"error": type(error).__name__}


async def test_a_failing_tool_gets_its_arguments_tokenized_again(adk_mask: Mask) -> None:
    received: list[str] = []

    def send_email(to: str) -> dict:
        """Send an email; fails."""
        received.append(to)
        raise ConnectionError("smtp down")

    seen: dict[str, Any] = {}

    def call(request: LlmRequest) -> types.FunctionCall:
        seen["token"] = request.contents[0].parts[0].text.split()[-1]
        return types.FunctionCall(name="send_email", args={"to": seen["token"]})

    model = ScriptedLlm(steps=[call, lambda request: "sorry"])
    spy = _ArgsSpy()
    plugin = MaskPlugin(adk_mask)
    runner = InMemoryRunner(agent=LlmAgent(name="a", model=model, tools=[send_email]), plugins=[plugin, spy])
    session = await runner.session_service.create_session(app_name=runner.app_name, user_id="u")
    message = types.Content(role="user", parts=[types.Part(text=f"write to {ALICE}")])

    async for _ in plugin.reveal_events(runner.run_async(user_id="u", session_id=session.id, new_message=message)):
        pass

    assert received == [ALICE]
    assert spy.after_error == [{"to": seen["token"]}]
    assert seen["token"] != ALICE


def test_plugin_rejects_bad_options(adk_mask: Mask) -> None:
    with pytest.raises(ValueError, match="on_error"):
        MaskPlugin(adk_mask, on_error="open")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="scope"):
        MaskPlugin(adk_mask, scope=42)  # type: ignore[arg-type]
