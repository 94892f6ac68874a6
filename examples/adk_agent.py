"""Mask in a real Google ADK agent loop, offline (a scripted model stands in for Gemini).

    pip install mask-adk
    python examples/adk_agent.py

The agent looks a customer up, e-mails them and logs a note. ``MaskPlugin`` protects the
prompt, the system instruction and every tool result before the model reads them,
reveals the e-mail address only to ``send_email`` (the policy below), leaves
``log_note`` with tokens, keeps the session history tokenized, and the end user gets the
answer revealed, both whole and streamed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
from typing import Any

from google.adk.agents import LlmAgent
from google.adk.agents.run_config import RunConfig, StreamingMode
from google.adk.models import BaseLlm, LlmRequest, LlmResponse
from google.adk.runners import InMemoryRunner
from google.genai import types
from pydantic import Field

from mask.adapters.adk import MaskPlugin
from mask.core import Mask

POLICY = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
}


def lookup_customer(customer_id: str) -> dict:
    """Look a customer up in the CRM."""
    return {"id": customer_id, "name": "Bob Paulson", "email": "bob.paulson@example.org"}


def send_email(to: str, body: str) -> dict:
    """Send an e-mail (the policy lets this tool see e-mail addresses)."""
    print(f"  send_email received to={to!r}")
    return {"status": "queued", "to": to}


def log_note(text: str) -> str:
    """Write a note to the shared CRM log (no PII allowed)."""
    print(f"  log_note received text={text!r}")
    return "logged"


class ScriptedModel(BaseLlm):
    """Plays the LLM: each step reads what it was sent (tokens only) and answers."""

    model: str = "scripted"
    steps: list[Callable[[LlmRequest], Any]] = Field(default_factory=list)

    async def generate_content_async(
        self, llm_request: LlmRequest, stream: bool = False
    ) -> AsyncGenerator[LlmResponse, None]:
        reply = self.steps.pop(0)(llm_request)
        if isinstance(reply, str):
            if stream:  # 5 characters at a time: tokens arrive split across chunks
                for start in range(0, len(reply), 5):
                    yield LlmResponse(content=_text(reply[start : start + 5]), partial=True)
            yield LlmResponse(content=_text(reply), partial=False if stream else None)
            return
        parts = [types.Part(function_call=call) for call in reply]
        yield LlmResponse(content=types.Content(role="model", parts=parts))


def _text(text: str) -> types.Content:
    return types.Content(role="model", parts=[types.Part(text=text)])


def customer_email(request: LlmRequest) -> str:
    """What the model knows of the customer's email: the token in the lookup result."""
    for content in reversed(request.contents):
        for part in content.parts or []:
            if part.function_response and part.function_response.name == "lookup_customer":
                return str((part.function_response.response or {})["email"])
    raise LookupError("no lookup result yet")


def ask_lookup(request: LlmRequest) -> list[types.FunctionCall]:
    print(f"  model received the prompt: {request.contents[-1].parts[0].text!r}")
    return [types.FunctionCall(name="lookup_customer", args={"customer_id": "42"})]


def ask_email(request: LlmRequest) -> list[types.FunctionCall]:
    email = customer_email(request)
    print(f"  model received the customer's email as {email!r}")
    return [
        types.FunctionCall(name="send_email", args={"to": email, "body": "Your order shipped."}),
        types.FunctionCall(name="log_note", args={"text": f"emailed {email}"}),
    ]


def answer(request: LlmRequest) -> str:
    return f"Done: I emailed {customer_email(request)} and logged it."


async def run_turn(mask: Mask, *, stream: bool) -> None:
    model = ScriptedModel(steps=[ask_lookup, ask_email, answer])
    agent = LlmAgent(name="support", model=model, tools=[lookup_customer, send_email, log_note])
    plugin = MaskPlugin(mask)  # register it last in plugins=[...]
    runner = InMemoryRunner(agent=agent, app_name="shop", plugins=[plugin])
    session = await runner.session_service.create_session(app_name="shop", user_id="u1")
    message = types.Content(role="user", parts=[types.Part(text="Tell bob.paulson@example.org his order shipped.")])
    config = RunConfig(streaming_mode=StreamingMode.SSE if stream else StreamingMode.NONE)

    events = runner.run_async(user_id="u1", session_id=session.id, new_message=message, run_config=config)
    shown = []
    async for event in plugin.reveal_events(events):
        wanted = event.partial if stream else event.is_final_response()
        if wanted and event.content and event.content.parts and event.content.parts[0].text:
            shown.append(event.content.parts[0].text)
    stored = await runner.session_service.get_session(app_name="shop", user_id="u1", session_id=session.id)
    assert stored is not None and stored.events[-1].content is not None
    print(f"  session keeps tokens:  {stored.events[-1].content.parts[0].text!r}")
    print(f"  end user reads:        {''.join(shown)!r}")


async def main() -> None:
    with Mask(POLICY) as mask:
        print("runner.run_async:")
        await run_turn(mask, stream=False)
        print("runner.run_async, streamed (SSE):")
        await run_turn(mask, stream=True)


if __name__ == "__main__":
    asyncio.run(main())
