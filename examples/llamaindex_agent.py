"""Mask in a real LlamaIndex FunctionAgent loop, offline (a scripted model stands in for the LLM).

    pip install mask-llamaindex
    python examples/llamaindex_agent.py

The agent looks a customer up, e-mails them and logs a note. ``protect_tools`` protects
every tool result before the model reads it and reveals the e-mail address only to
``send_email`` (the policy below); ``log_note`` keeps tokens. ``MaskedLLM`` protects every
request, so the agent's memory stays tokenized, and the end user gets the answer revealed,
streamed with ``reveal_stream`` (a token split across chunks is never shown in part).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import Any

from llama_index.core.agent.workflow import AgentStream, FunctionAgent
from llama_index.core.base.llms.types import ChatResponse, CompletionResponse, LLMMetadata, ToolCallBlock
from llama_index.core.llms import ChatMessage
from llama_index.core.llms.function_calling import FunctionCallingLLM
from llama_index.core.llms.llm import ToolSelection
from pydantic import PrivateAttr

from mask.adapters.llamaindex import MaskedLLM, protect_tools, protect_user_msg, reveal_response, reveal_stream
from mask.core import Mask

POLICY = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
}


def lookup_customer(customer_id: str) -> str:
    """Look a customer up in the CRM (returns JSON)."""
    return json.dumps({"id": customer_id, "name": "Bob", "email": "bob.paulson@example.org"})


def send_email(to: str, body: str) -> str:
    """Send an e-mail (the policy lets this tool see e-mail addresses)."""
    print(f"  send_email received to={to!r}")
    return f"queued for {to}"


def log_note(text: str) -> str:
    """Write a note to the shared CRM log (no PII allowed)."""
    print(f"  log_note received text={text!r}")
    return "logged"


class ScriptedModel(FunctionCallingLLM):
    """Plays the LLM: each step reads what it was sent (tokens only) and answers."""

    _steps: list[Callable[[list[ChatMessage]], ChatMessage]] = PrivateAttr(default_factory=list)

    def __init__(self, steps: Sequence[Callable[[list[ChatMessage]], ChatMessage]]) -> None:
        super().__init__()
        self._steps = list(steps)

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(is_function_calling_model=True, is_chat_model=True, model_name="scripted")

    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        print("  model received:", " | ".join((m.content or "<tool call>")[:60] for m in messages))
        message = self._steps.pop(0)(list(messages))
        return ChatResponse(message=message, delta=message.content or "")

    async def achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        return self.chat(messages, **kwargs)

    async def astream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> AsyncGenerator[ChatResponse, None]:
        final = self.chat(messages, **kwargs).message
        text = final.content or ""

        async def gen() -> AsyncGenerator[ChatResponse, None]:
            if not text:
                yield ChatResponse(message=final, delta="")
            for end in range(4, len(text) + 4, 4):  # 4-character deltas: tokens arrive in pieces
                yield ChatResponse(message=ChatMessage(role="assistant", content=text[:end]), delta=text[end - 4 : end])

        return gen()

    def _prepare_chat_with_tools(self, tools: Sequence[Any], chat_history: Any = None, **kwargs: Any) -> dict:
        return {"messages": list(chat_history or []), "tools": tools}

    def get_tool_calls_from_response(self, response: ChatResponse, **kwargs: Any) -> list[ToolSelection]:
        calls = [b for b in response.message.blocks if isinstance(b, ToolCallBlock)]
        return [
            ToolSelection(tool_id=c.tool_call_id or "", tool_name=c.tool_name, tool_kwargs=c.tool_kwargs) for c in calls
        ]  # type: ignore[arg-type]

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        raise NotImplementedError

    acomplete = stream_complete = astream_complete = stream_chat = complete  # type: ignore[assignment]


def customer_email(messages: list[ChatMessage]) -> str:
    """What the model read in the lookup result: a token, never the address."""
    return next(json.loads(m.content)["email"] for m in messages if m.role == "tool" and "email" in (m.content or ""))


def script() -> list[Callable[[list[ChatMessage]], ChatMessage]]:
    def call(name: str, build: Callable[[list[ChatMessage]], dict]) -> Callable[[list[ChatMessage]], ChatMessage]:
        return lambda ms: ChatMessage(
            role="assistant", blocks=[ToolCallBlock(tool_call_id=f"c{len(ms)}", tool_name=name, tool_kwargs=build(ms))]
        )

    return [
        call("lookup_customer", lambda ms: {"customer_id": "cust-7"}),
        call("send_email", lambda ms: {"to": customer_email(ms), "body": "Your invoice is attached."}),
        call("log_note", lambda ms: {"text": f"invoice mailed to {customer_email(ms)}"}),
        lambda ms: ChatMessage(role="assistant", content=f"Done: I e-mailed the invoice to {customer_email(ms)}."),
    ]


async def main() -> None:
    mask = Mask(POLICY)
    tools = protect_tools([lookup_customer, send_email, log_note], mask)
    user_msg = protect_user_msg(mask, "Send customer cust-7 their invoice; I am ops@shopmail.com.")

    print("1) whole answer")
    agent = FunctionAgent(tools=tools, llm=MaskedLLM(ScriptedModel(script()), mask), streaming=False)
    result = await agent.run(user_msg=user_msg)
    print("  agent kept (tokens):", result.response.content)
    print("  user sees:          ", reveal_response(mask, result).response.content)

    print("2) streamed answer")
    agent = FunctionAgent(tools=tools, llm=MaskedLLM(ScriptedModel(script()), mask), streaming=True)
    handler = agent.run(user_msg=user_msg)
    shown = [ev.delta async for ev in reveal_stream(mask, handler.stream_events()) if isinstance(ev, AgentStream)]
    await handler
    print("  user sees:          ", "".join(shown))
    print("  chunks:             ", [d for d in shown if d])
    mask.close()


if __name__ == "__main__":
    asyncio.run(main())
