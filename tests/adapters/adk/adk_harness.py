"""mask-adk test harness: a scripted ADK model, recording tools and a runner factory.

The agent loop is ADK's own (``InMemoryRunner`` + ``LlmAgent``); only the model is a
double: a ``BaseLlm`` subclass that records every ``LlmRequest`` it receives and answers
from a script whose steps read that request (e.g. copy a token out of a tool result).
No network is used: conftest.py refuses any socket connection off loopback.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any

from google.adk.agents import LlmAgent
from google.adk.agents.run_config import RunConfig, StreamingMode
from google.adk.events.event import Event
from google.adk.models import BaseLlm, LlmRequest, LlmResponse
from google.adk.runners import InMemoryRunner
from google.genai import types
from pydantic import Field

from mask.adapters.adk import MaskPlugin
from mask.core import Mask

ALICE = "alice.real@example.com"  # customer email (tool output)
BOB = "bob.owner@example.org"  # end user's own email (prompt)
CAROL = "carol.escalations@example.net"  # in the system instruction
PLANTED = (ALICE, BOB, CAROL)

Step = Callable[[LlmRequest], "str | types.FunctionCall | list[types.FunctionCall]"]


def policy_mask(**extra: Any) -> Mask:
    """The adapter brief's Mask: memory vault, no audit sinks, send_email may see emails.

    The spaCy NER plugin is switched off: these tests plant emails (pattern detectors),
    and loading a language model per Mask would only slow them down.
    """
    config: dict[str, Any] = {
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
        "plugins": {"disable": ["spacy"]},
    }
    for section, values in extra.items():
        config.setdefault(section, {}).update(values)
    return Mask(config)


class ScriptedLlm(BaseLlm):
    """Answers from ``steps``; records a deep copy of every request it receives."""

    model: str = "scripted-adk-model"
    steps: list[Any] = Field(default_factory=list)
    requests: list[LlmRequest] = Field(default_factory=list)
    chunk_size: int = 3

    async def generate_content_async(
        self, llm_request: LlmRequest, stream: bool = False
    ) -> AsyncGenerator[LlmResponse, None]:
        self.requests.append(llm_request.model_copy(deep=True))
        if not self.steps:
            raise AssertionError("the scripted model ran out of steps")
        answer = self.steps.pop(0)(llm_request)
        if isinstance(answer, str):
            if stream:
                for i in range(0, len(answer), self.chunk_size):
                    yield LlmResponse(content=_model_text(answer[i : i + self.chunk_size]), partial=True)
            yield LlmResponse(content=_model_text(answer), partial=False if stream else None)
            return
        calls = answer if isinstance(answer, list) else [answer]
        content = types.Content(role="model", parts=[types.Part(function_call=c) for c in calls])
        if stream:  # as Gemini streams them: the calls as a partial chunk, then the aggregate
            yield LlmResponse(content=content.model_copy(deep=True), partial=True)
        yield LlmResponse(content=content, partial=False if stream else None)

    def request_dumps(self) -> list[str]:
        """Every recorded request as JSON (what the provider would have received)."""
        return [r.model_dump_json(exclude={"tools_dict"}) for r in self.requests]


def _model_text(text: str) -> types.Content:
    return types.Content(role="model", parts=[types.Part(text=text)])


def function_response(request: LlmRequest, name: str) -> dict[str, Any]:
    """The latest response of tool ``name`` the model received."""
    for content in reversed(request.contents):
        for part in content.parts or []:
            if part.function_response is not None and part.function_response.name == name:
                return dict(part.function_response.response or {})
    raise AssertionError(f"the model received no response of {name}")


def user_text(request: LlmRequest) -> str:
    """The first user text the model received."""
    for content in request.contents:
        if content.role == "user":
            for part in content.parts or []:
                if part.text:
                    return part.text
    raise AssertionError("no user text in the request")


@dataclass
class ToolCalls:
    """What each tool received, in order."""

    calls: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def record(self, name: str, **kwargs: Any) -> None:
        self.calls.setdefault(name, []).append(kwargs)


def make_tools(calls: ToolCalls, customers: dict[str, dict[str, Any]]) -> list[Callable[..., Any]]:
    """Plain python-function tools (ADK wraps them in FunctionTool)."""

    def lookup_customer(customer_id: str) -> dict:
        """Look up a customer record by id."""
        calls.record("lookup_customer", customer_id=customer_id)
        return dict(customers[customer_id])

    def send_email(to: str, subject: str, body: str) -> dict:
        """Send an email (authorized to see email addresses)."""
        calls.record("send_email", to=to, subject=subject, body=body)
        return {"status": "sent", "to": to}

    def log_note(text: str) -> str:
        """Write a note to the CRM log (not authorized to see PII)."""
        calls.record("log_note", text=text)
        return f"logged: {text}"

    return [lookup_customer, send_email, log_note]


@dataclass
class Harness:
    """One agent on one runner, with its Mask, plugin, model and tool calls."""

    mask: Mask
    plugin: MaskPlugin
    model: ScriptedLlm
    runner: InMemoryRunner
    tools: ToolCalls
    user_id: str = "user-1"

    async def run(
        self,
        text: str,
        *,
        reveal: bool = True,
        stream: bool = False,
        session_id: str | None = None,
        user_id: str | None = None,
    ) -> tuple[list[Event], str]:
        """Run one user turn; the events (revealed unless ``reveal=False``) and the session id."""
        user = user_id or self.user_id
        if session_id is None:
            session = await self.runner.session_service.create_session(app_name=self.runner.app_name, user_id=user)
            session_id = session.id
        config = RunConfig(streaming_mode=StreamingMode.SSE if stream else StreamingMode.NONE)
        events = self.runner.run_async(
            user_id=user,
            session_id=session_id,
            new_message=types.Content(role="user", parts=[types.Part(text=text)]),
            run_config=config,
        )
        source = self.plugin.reveal_events(events) if reveal else events
        return [event async for event in source], session_id

    async def session_dump(self, session_id: str, user_id: str | None = None) -> str:
        session = await self.runner.session_service.get_session(
            app_name=self.runner.app_name, user_id=user_id or self.user_id, session_id=session_id
        )
        assert session is not None
        return session.model_dump_json()


def make_harness(
    mask: Mask,
    steps: list[Step],
    *,
    customers: dict[str, dict[str, Any]] | None = None,
    instruction: str = f"You help the shop. Escalations go to {CAROL}.",
    extra_plugins: list[Any] | None = None,
    plugin_cls: type[MaskPlugin] = MaskPlugin,
    **plugin_options: Any,
) -> Harness:
    calls = ToolCalls()
    model = ScriptedLlm(steps=list(steps))
    customers = customers or {"c-1": {"name": "Alice", "email": ALICE, "notes": f"prefers mail to {ALICE}"}}
    agent = LlmAgent(name="support", model=model, instruction=instruction, tools=make_tools(calls, customers))
    plugin = plugin_cls(mask, **plugin_options)
    runner = InMemoryRunner(agent=agent, app_name="shop", plugins=[*(extra_plugins or []), plugin])
    return Harness(mask, plugin, model, runner, calls)


def texts(events: list[Event], *, partial: bool | None = None) -> list[str]:
    """The non-thought texts of ``events`` (only partial / only final ones if asked)."""
    out = []
    for event in events:
        if partial is not None and bool(event.partial) != partial:
            continue
        for part in (event.content.parts or []) if event.content else []:
            if part.text is not None and not part.thought:
                out.append(part.text)
    return out


def support_script(seen: dict[str, Any]) -> list[Any]:
    """lookup -> send_email (authorized) + log_note (not authorized), in parallel -> answer."""

    def lookup(_request: LlmRequest) -> types.FunctionCall:
        return types.FunctionCall(name="lookup_customer", args={"customer_id": "c-1"})

    def act(request: LlmRequest) -> list[types.FunctionCall]:
        token = function_response(request, "lookup_customer")["email"]
        seen["token"] = token
        return [
            types.FunctionCall(
                name="send_email", args={"to": token, "subject": "Your order", "body": f"Hello {token}, it shipped."}
            ),
            types.FunctionCall(name="log_note", args={"text": f"emailed {token}"}),
        ]

    def answer(request: LlmRequest) -> str:
        seen["send_result"] = function_response(request, "send_email")
        seen["log_result"] = function_response(request, "log_note")
        return f"Done: I emailed {seen['token']} and logged it."

    return [lookup, act, answer]
