"""Conversion rules for what tools return and what parts carry."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from adk_harness import ALICE, ScriptedLlm, function_response
from google.adk.agents import LlmAgent
from google.adk.models import LlmRequest
from google.adk.runners import InMemoryRunner
from google.genai import types
from pydantic import BaseModel

from mask.adapters.adk import MaskPlugin, to_payload
from mask.adapters.adk._content import ContentPlan
from mask.core import Mask, MaskInputError


class Customer(BaseModel):
    name: str
    email: str


@dataclasses.dataclass
class Ticket:
    id: int
    reporter: str


class Opaque:
    def __str__(self) -> str:
        return f"opaque owned by {ALICE}"


def test_to_payload_rules() -> None:
    image = types.Part.from_bytes(data=b"\x89PNG", mime_type="image/png")
    value = {
        "model": Customer(name="A", email=ALICE),
        "ticket": Ticket(7, ALICE),
        "tags": ("a", 1),
        "set": {3},
        "other": Opaque(),
        "image": image,
        "n": None,
    }

    payload, media = to_payload(value)

    assert payload["model"] == {"name": "A", "email": ALICE}
    assert payload["ticket"] == {"id": 7, "reporter": ALICE}
    assert payload["tags"] == ("a", 1)
    assert payload["set"] == [3]
    assert payload["other"] == f"opaque owned by {ALICE}"
    assert payload["n"] is None
    assert media == [image]
    assert media.restore(payload)["image"] is image


def test_cyclic_and_too_deep_payloads_get_typed_errors() -> None:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    with pytest.raises(MaskInputError, match="cyclic"):
        to_payload(cyclic)
    deep: list[Any] = []
    for _ in range(50):
        deep = [deep]
    with pytest.raises(MaskInputError, match="deeper"):
        to_payload(deep, max_depth=10)


def test_content_plan_rebuilds_copies_and_leaves_originals_alone() -> None:
    contents = [
        types.Content(role="user", parts=[types.Part(text=f"hi {ALICE}")]),
        types.Content(
            role="model",
            parts=[
                types.Part(function_call=types.FunctionCall(name="f", args={"to": ALICE})),
                types.Part(executable_code=types.ExecutableCode(code=f"print('{ALICE}')", language="PYTHON")),
            ],
        ),
        types.Content(
            role="user",
            parts=[
                types.Part(function_response=types.FunctionResponse(name="f", response={"r": ALICE})),
                types.Part(code_execution_result=types.CodeExecutionResult(output=ALICE, outcome="OUTCOME_OK")),
            ],
        ),
    ]
    before = [c.model_dump_json() for c in contents]

    plan, items = ContentPlan.build(contents)
    rebuilt = plan.apply(contents, [_swap(i) for i in items])

    assert [c.model_dump_json() for c in contents] == before
    dump = "".join(c.model_dump_json() for c in rebuilt if c is not None)
    assert ALICE not in dump and dump.count("TOKEN") == 5


def _swap(item: Any) -> Any:
    if isinstance(item, str):
        return item.replace(ALICE, "TOKEN")
    if isinstance(item, dict):
        return {k: _swap(v) for k, v in item.items()}
    return item


async def test_structured_tool_results_are_protected_and_media_kept(adk_mask: Mask) -> None:
    image = types.Part.from_bytes(data=b"\x89PNG\r\n", mime_type="image/png")

    def get_customer() -> Customer:
        """A pydantic result."""
        return Customer(name="Alice", email=ALICE)

    def get_badge() -> dict:
        """A result with an image."""
        return {"owner": ALICE, "badge": image}

    seen: dict[str, Any] = {}

    def call_both(_request: LlmRequest) -> list[types.FunctionCall]:
        return [types.FunctionCall(name="get_customer", args={}), types.FunctionCall(name="get_badge", args={})]

    def answer(request: LlmRequest) -> str:
        seen["customer"] = function_response(request, "get_customer")
        seen["badge"] = function_response(request, "get_badge")
        seen["media"] = [
            p.function_response.parts
            for c in request.contents
            for p in c.parts or []
            if p.function_response and p.function_response.parts
        ]
        return "ok"

    model = ScriptedLlm(steps=[call_both, answer])
    plugin = MaskPlugin(adk_mask)
    runner = InMemoryRunner(agent=LlmAgent(name="a", model=model, tools=[get_customer, get_badge]), plugins=[plugin])
    session = await runner.session_service.create_session(app_name=runner.app_name, user_id="u")
    message = types.Content(role="user", parts=[types.Part(text="show the customer")])
    async for _ in plugin.reveal_events(runner.run_async(user_id="u", session_id=session.id, new_message=message)):
        pass

    assert seen["customer"]["name"].startswith("Person_")  # a name field: labels decide
    assert seen["customer"]["email"] != ALICE
    assert ALICE not in str(seen)
    assert seen["badge"]["owner"] != ALICE
    assert seen["media"] and seen["media"][0][0].inline_data.data == b"\x89PNG\r\n"
    assert all(ALICE not in dump for dump in model.request_dumps())


def test_content_plan_replaces_unknown_objects_even_when_nothing_was_found() -> None:
    response = {"obj": Opaque(), "plain": "nothing here"}
    contents = [
        types.Content(role="user", parts=[types.Part(text="no pii")]),
        types.Content(
            role="user", parts=[types.Part(function_response=types.FunctionResponse(name="f", response=response))]
        ),
    ]

    plan, items = ContentPlan.build(contents)
    rebuilt = plan.apply(contents, items)  # the engine changed nothing

    assert rebuilt[0] is contents[0]  # plain JSON stays the very same object
    assert rebuilt[1] is not None and rebuilt[1].parts is not None
    assert rebuilt[1].parts[0].function_response is not None
    assert rebuilt[1].parts[0].function_response.response == {
        "obj": f"opaque owned by {ALICE}",
        "plain": "nothing here",
    }
