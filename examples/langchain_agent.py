"""Mask in a real LangChain agent loop, offline (a scripted model stands in for the LLM).

    pip install 'mask-langchain[agents]'
    python examples/langchain_agent.py

The agent looks a customer up, e-mails them and logs a note. ``MaskMiddleware`` protects
the prompt and every tool result before the model reads them, reveals the e-mail address
only to ``send_email`` (the policy below), leaves ``log_note`` with tokens, and the end
user gets the answer revealed, both from ``agent.invoke`` and from a stream.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from langchain.agents import create_agent
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.tools import tool
from pydantic import PrivateAttr

from mask.adapters.langchain import MaskMiddleware
from mask.core import Mask

POLICY = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},  # nobody else sees emails in plaintext
}


@tool
def lookup_customer(customer_id: str) -> dict:
    """Look a customer up in the CRM."""
    return {"id": customer_id, "name": "Robert Paulson", "email": "bob.paulson@example.org"}


@tool
def send_email(to: str, body: str) -> str:
    """Send an email."""
    print(f"  send_email received to={to!r}")
    return f"queued for {to}"


@tool
def log_note(text: str) -> str:
    """Write a note to the shared CRM log."""
    print(f"  log_note received text={text!r}")
    return "logged"


class ScriptedModel(BaseChatModel):
    """Plays the LLM: each step reads what it was sent (tokens only) and answers."""

    steps: list[Callable[[list[BaseMessage]], AIMessage]]
    _turn: int = PrivateAttr(default=0)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedModel:  # type: ignore[override]
        return self

    def _reply(self, messages: list[BaseMessage]) -> AIMessage:
        step = self.steps[self._turn % len(self.steps)]
        self._turn += 1
        return step(messages)

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._reply(messages))])

    def _stream(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kw: Any
    ) -> Iterator[ChatGenerationChunk]:
        reply = self._reply(messages)
        if reply.tool_calls:
            chunks = [{"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i}
                      for i, c in enumerate(reply.tool_calls)]  # fmt: skip
            yield ChatGenerationChunk(message=AIMessageChunk(content="", tool_call_chunks=chunks))
            return
        for start in range(0, len(reply.text), 5):  # 5 characters at a time: tokens arrive split
            yield ChatGenerationChunk(message=AIMessageChunk(content=reply.text[start : start + 5]))


def customer_email(messages: list[BaseMessage]) -> str:
    """What the model knows of the customer's email: the token in the lookup result."""
    lookup = next(m for m in reversed(messages) if isinstance(m, ToolMessage) and m.name == "lookup_customer")
    return json.loads(lookup.text)["email"]


def ask_lookup(messages: list[BaseMessage]) -> AIMessage:
    print(f"  model received the prompt: {messages[-1].text!r}")
    call = {"name": "lookup_customer", "args": {"customer_id": "42"}, "id": "call-1", "type": "tool_call"}
    return AIMessage(content="", tool_calls=[call])


def ask_email(messages: list[BaseMessage]) -> AIMessage:
    email = customer_email(messages)
    print(f"  model received the customer's email as {email!r}")
    return AIMessage(
        content="",
        tool_calls=[
            {
                "name": "send_email",
                "args": {"to": email, "body": "Your order shipped."},
                "id": "c2",
                "type": "tool_call",
            },
            {"name": "log_note", "args": {"text": f"emailed {email}"}, "id": "c3", "type": "tool_call"},
        ],
    )


def answer(messages: list[BaseMessage]) -> AIMessage:
    return AIMessage(content=f"Done: I emailed {customer_email(messages)} and logged it.")


def main() -> None:
    with Mask(POLICY) as mask:
        guard = MaskMiddleware(mask)  # put it last in middleware=[...]
        model = ScriptedModel(steps=[ask_lookup, ask_email, answer])
        agent = create_agent(model, [lookup_customer, send_email, log_note], middleware=[guard])
        prompt = {"messages": [HumanMessage("Tell bob.paulson@example.org (customer 42) that the order shipped.")]}

        print("agent.invoke:")
        result = agent.invoke(prompt)
        print(f"  state keeps tokens:   {result['messages'][-1].text!r}")
        print(f"  end user reads:       {guard.reveal_answer(result)!r}")

        print("agent.stream (stream_mode='messages'):")
        stream = agent.stream(prompt, stream_mode="messages")
        print("  end user reads:       " + "".join(chunk.text for chunk in guard.reveal_stream(stream)))


if __name__ == "__main__":
    main()
