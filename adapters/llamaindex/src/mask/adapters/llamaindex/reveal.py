"""Revealing the model's answer for the end user: whole (``ModelResponse``) or streamed (``StreamChunk``).

The agent keeps the tokenized answer in its memory; these helpers return *copies* for the
end user. Reveal uses the end-user policy (``tool=None``).

* :func:`reveal_response` — a str, ``ChatMessage``, ``ChatResponse``,
  ``CompletionResponse`` or the agent's ``AgentOutput`` (what ``await handler`` returns),
  revealed, same type back. Any other object is revealed as its ``str()``.
* :func:`reveal_stream` — wraps ``handler.stream_events()``: ``AgentStream`` events come
  back with ``delta`` revealed and ``response`` the revealed text so far; a token split
  across deltas is held back until it is complete, never emitted in part. Other events
  pass unchanged (they are the agent's internals and hold tokens).
* :class:`AnswerRevealer` / :func:`reveal_deltas` / :func:`areveal_deltas` — the same for
  any stream of text deltas (``llm.stream_chat(...)`` and friends).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any, TypeVar

from llama_index.core.base.llms.types import ChatMessage, ChatResponse, CompletionResponse

from mask.core import Mask
from mask.core.adapters import MASK, Steps, StreamSession, arun_each, run_each, twin_methods, twins
from mask.core.events import ModelResponse

from ._convert import Codec

__all__ = [
    "AnswerRevealer",
    "areveal_deltas",
    "areveal_response",
    "reveal_deltas",
    "reveal_response",
    "reveal_stream",
]

T = TypeVar("T")


# -- whole answers ----------------------------------------------------------------------


def _answer_fields(response: Any) -> dict[str, str]:
    """The fields of an answer object to reveal, each with how it is carried: a message, text or a value."""
    from llama_index.core.agent.workflow.workflow_events import AgentOutput

    if isinstance(response, ChatResponse):
        return {"message": "message", "delta": "text"}
    if isinstance(response, CompletionResponse):
        return {"text": "text", "delta": "text"}
    if isinstance(response, AgentOutput):
        return {"response": "message", "structured_response": "value"}
    return {}


def _encode(codec: Codec, kind: str, value: Any) -> Any:
    if kind == "message":
        return codec.encode_messages([value])
    return codec.encode_value(value) if kind == "value" else value


def _decode(codec: Codec, kind: str, original: Any, payload: Any) -> Any:
    if kind == "message":
        return codec.decode_messages([original], payload)[0]
    return codec.decode_value(original, payload) if kind == "value" else payload


def _reveal_response(response: T, *, scope: str | None = None) -> Steps[T]:
    """A copy of the model's answer with tokens revealed for the end user (``ModelResponse``)."""
    codec = Codec("allow", (yield MASK).config.max_depth)
    if isinstance(response, ChatMessage):
        payload = _encode(codec, "message", response)
        return _decode(codec, "message", response, (yield ModelResponse(payload=payload, scope=scope)).payload)
    fields = _answer_fields(response)
    if not fields:
        return (yield ModelResponse(payload=str(response), scope=scope)).payload
    payload = {name: _encode(codec, kind, getattr(response, name)) for name, kind in fields.items()}
    after = (yield ModelResponse(payload=payload, scope=scope)).payload
    return response.model_copy(  # type: ignore[attr-defined]
        update={name: _decode(codec, kind, getattr(response, name), after[name]) for name, kind in fields.items()}
    )


reveal_response, areveal_response = twins(_reveal_response)


# -- streamed answers -------------------------------------------------------------------


class AnswerRevealer:
    """Reveals one streamed answer, delta by delta, as ``StreamChunk`` events.

    ``feed(delta)`` returns the revealed text that is safe to show now (a token that may
    continue in the next delta is held back); ``flush()`` ends the stream and returns the
    rest. Always end a stream (``flush``/``close``): the engine keeps its state until then.
    """

    def __init__(self, mask: Mask, *, scope: str | None = None, stream_id: str | None = None) -> None:
        self.mask = mask
        self.stream_id = stream_id or f"llamaindex-{uuid.uuid4().hex}"
        self._session = StreamSession(scope=scope, prefix=self.stream_id)
        self._open = True

    def _step(self, delta: str, final: bool) -> Steps[str]:
        if final and not self._open:
            return ""
        self._open = not final
        return (yield from self._session.reveal("", delta, final))

    def _feed(self, delta: str) -> Steps[str]:
        """The revealed text that is safe to show now (a token that may continue is held back)."""
        return (yield from self._step(delta, False))

    def _flush(self) -> Steps[str]:
        """End the stream: the rest of the revealed text."""
        return (yield from self._step("", True))

    feed, afeed = twin_methods(_feed)
    flush, aflush = twin_methods(_flush)

    def _shown(self, delta: str, final: bool = False) -> Steps[list[str]]:
        """:meth:`_step` as the pieces to show (none for an empty one)."""
        text = yield from self._step(delta, final)
        return [text] if text else []

    def _end(self, done: bool) -> Steps[list[str]]:
        return (yield from self._shown("", True))

    def close(self) -> None:
        """End the stream, discarding anything held back (for abandoned streams)."""
        self.flush()

    def __repr__(self) -> str:
        return f"<AnswerRevealer {self.stream_id}>"


def reveal_deltas(mask: Mask, deltas: Iterable[str], *, scope: str | None = None) -> Iterator[str]:
    """Revealed text for a stream of text deltas (empty pieces are skipped)."""
    revealer = AnswerRevealer(mask, scope=scope)
    return run_each(mask, deltas, revealer._shown, revealer._end)


def areveal_deltas(mask: Mask, deltas: AsyncIterable[str], *, scope: str | None = None) -> AsyncIterator[str]:
    """Async twin of :func:`reveal_deltas`."""
    revealer = AnswerRevealer(mask, scope=scope)
    return arun_each(mask, deltas, revealer._shown, revealer._end)


def reveal_stream(mask: Mask, events: AsyncIterable[Any], *, scope: str | None = None) -> AsyncIterator[Any]:
    """``handler.stream_events()`` with every ``AgentStream`` delta revealed for the end user.

    Each model turn (a run of ``AgentStream`` events of one agent) is one stream; it is
    flushed when another event arrives, the agent changes, or the events end. Text held
    back at a flush comes as one more ``AgentStream`` (no tool calls) before the next event.
    """
    turns = _Turns(scope)
    return arun_each(mask, events, turns.step, turns.end)


class _Turns:
    """The model turns of one :func:`reveal_stream` call, each a stream of the session."""

    def __init__(self, scope: str | None) -> None:
        self.session = StreamSession(scope=scope, prefix=f"llamaindex-{uuid.uuid4().hex}-")
        self.keys = itertools.count()
        self.key = ""
        self.last: Any = None  # the open turn's latest AgentStream (None: no turn open)
        self.text = ""

    def step(self, event: Any) -> Steps[list[Any]]:
        from llama_index.core.agent.workflow.workflow_events import AgentStream

        turn = isinstance(event, AgentStream)
        out = []
        if self.last is not None and not (turn and event.current_agent_name == self.last.current_agent_name):
            out = yield from self.end(True)
        if not turn:
            return [*out, event]
        if self.last is None:
            self.key, self.text = str(next(self.keys)), ""
        self.last = event
        delta = yield from self.session.reveal(self.key, event.delta or "")
        self.text += delta
        return [*out, event.model_copy(update={"delta": delta, "response": self.text})]

    def end(self, done: bool) -> Steps[list[Any]]:
        """End the open turn; its held-back tail as one more ``AgentStream``."""
        last, self.last = self.last, None
        if last is None:
            return []
        tail = yield from self.session.reveal(self.key, "", True)
        self.text += tail
        update = {"delta": tail, "response": self.text, "tool_calls": [], "thinking_delta": None}
        return [last.model_copy(update=update)] if tail else []
