"""Revealing the runner's events for the end user, on copies, never in the session.

ADK persists an event to the session before the runner yields it, and the session is
what the model reads on the next turn, so the answer is revealed only on copies of the
yielded events. Whole events go out as ``ModelResponse`` (everything the end user would
see: text, thoughts, function-call arguments, function responses, ``event.output`` when
it is a str/dict/list). Streamed text (``partial=True`` events) goes out as
``StreamChunk`` events: the engine holds back a possible token prefix until it is
complete, so a token is never shown in part and a value is never split. When the final
(non-partial) event of a stream arrives, the held-back tail is sent first as one more
partial event, so the partial texts still add up to the final text.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import Any

from google.adk.events.event import Event
from google.genai import types

from mask.core import Mask, MaskError
from mask.core.adapters import Held, Steps, StreamSession, arun_each, run, run_each, twin_methods
from mask.core.events import ModelResponse

from ._content import ContentPlan, through
from ._payload import has_strings, to_payload

__all__ = ["EventRevealer", "mask_error_of", "reveal_events", "reveal_events_sync"]

StreamKey = tuple[str, str, "str | None", bool]
EventScope = str | Callable[[Event], str | None] | None
"""A tenant scope, or a function of the event that picks it."""


class EventRevealer:
    """Reveals one event stream (one ``run_async`` call) for the end user.

    Args:
        mask: the Mask whose bus reveals.
        scope: the tenant scope, or a function of the event (``MaskPlugin`` passes one
            that looks up the scope its callbacks resolved for ``event.invocation_id``).
        offload: :meth:`areveal` runs the engine in a worker thread (default); ``False``
            runs it inline on the event loop.
    """

    def __init__(self, mask: Mask, *, scope: EventScope = None, offload: bool = True) -> None:
        self.mask = mask
        self.offload = offload
        self._scope = scope
        self._session = StreamSession(prefix=f"adk-{uuid.uuid4().hex[:12]}-")
        self._counter = itertools.count()
        self._streams: dict[StreamKey, tuple[str, Event]] = {}  # open streams: session key, latest event
        self._max_depth = mask.config.max_depth

    # -- public -----------------------------------------------------------------------

    def _reveal(self, event: Event) -> Steps[list[Event]]:
        """The events to show for ``event`` (a held-back stream tail may come first)."""
        scope = self._scope(event) if callable(self._scope) else self._scope
        if event.partial:
            revealed = yield from self._partial(event, scope)
            return [revealed]
        out = yield from self._flush((event.invocation_id, event.author, event.branch))
        out.append((yield from self._whole(event, scope)))
        return out

    def _close(self) -> Steps[list[Event]]:
        """Flush every open stream: the tails still held back, as partial events."""
        return (yield from self._flush(None))

    reveal, areveal = twin_methods(_reveal)
    close, aclose = twin_methods(_close)

    def discard(self) -> None:
        """Close every open stream and drop what it held (after an error)."""
        run(self.mask, self._end(False))

    def _end(self, done: bool) -> Steps[list[Event]]:
        """Every open stream flushed: their tails if ``done``, else dropped (a failure to flush too)."""
        if done:
            return (yield from self._flush(None))
        with contextlib.suppress(MaskError):
            yield from self._flush(None)
        return []

    def _whole(self, event: Event, scope: str | None) -> Steps[Event]:
        contents = [event.content]
        plan, items = ContentPlan.build(contents, max_depth=self._max_depth)
        output, media = None, Held()
        if isinstance(original := getattr(event, "output", None), str | dict | list):
            output, media = to_payload(original, max_depth=self._max_depth)
        payload = {"content": items, "output": output}
        if not has_strings(payload):
            return event
        answer = yield ModelResponse(payload=payload, scope=scope)
        update: dict[str, Any] = {}
        content = plan.apply(contents, answer.payload["content"])[0]
        if content is not event.content:
            update["content"] = content
        if output is not None and answer.payload["output"] != output:
            update["output"] = media.restore(answer.payload["output"])
        return event.model_copy(update=update) if update else event

    def _partial(self, event: Event, scope: str | None) -> Steps[Event]:
        content = event.content
        if content is None or not content.parts:
            return (yield from self._whole(event, scope))
        parts = list(content.parts)
        others: list[int] = []
        for i, part in enumerate(parts):
            if part.text is None:
                others.append(i)
                continue
            key: StreamKey = (event.invocation_id, event.author, event.branch, bool(part.thought))
            sid = self._streams[key][0] if key in self._streams else str(next(self._counter))
            self._streams[key] = (sid, event)
            chunk = yield self._session.chunk(sid, part.text, scope=scope)
            parts[i] = part.model_copy(update={"text": chunk.payload})
        if others:
            rest = types.Content(role=content.role, parts=[parts[i] for i in others])
            [revealed] = yield from through(ModelResponse, [rest], scope, self._max_depth)
            for i, part in zip(others, revealed.parts or [], strict=True):  # type: ignore[union-attr]
                parts[i] = part
        return event.model_copy(update={"content": content.model_copy(update={"parts": parts})})

    def _flush(self, owner: tuple[str, str, str | None] | None) -> Steps[list[Event]]:
        out: list[Event] = []
        for key in [k for k in self._streams if owner is None or k[:3] == owner]:
            sid, last = self._streams.pop(key)
            chunk = yield self._session.chunk(sid, "", final=True)
            if chunk.payload:
                role = last.content.role if last.content is not None else "model"
                content = types.Content(role=role, parts=[types.Part(text=chunk.payload, thought=key[3] or None)])
                out.append(last.model_copy(update={"id": Event.new_id(), "partial": True, "content": content}))
        return out


def mask_error_of(exc: BaseException) -> MaskError | None:
    """The :class:`MaskError` behind ``exc``, following ``__cause__`` (ADK wraps plugin errors:
    ``raise RuntimeError(...) from error``)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, MaskError):
            return current
        seen.add(id(current))
        current = current.__cause__
    return None


def reveal_events(
    events: AsyncIterable[Event],
    mask: Mask | None = None,
    *,
    scope: EventScope = None,
    revealer: EventRevealer | None = None,
) -> AsyncIterator[Event]:
    """Revealed copies of ``events`` (e.g. ``runner.run_async(...)``) for the end user.

    Give a ``mask`` (and ``scope``) or a ready ``revealer``. A ``RuntimeError`` that ADK
    raised around a :class:`MaskError` is re-raised as that typed ``MaskError``; ``events``
    is closed at the end.
    """
    revealer = _revealer("reveal_events", mask, scope, revealer)
    steps, end = revealer._reveal, revealer._end
    return arun_each(revealer.mask, events, steps, end, failed=_typed, close=True, offload=revealer.offload)


def reveal_events_sync(
    events: Iterable[Event],
    mask: Mask | None = None,
    *,
    scope: EventScope = None,
    revealer: EventRevealer | None = None,
) -> Iterator[Event]:
    """Sync twin of :func:`reveal_events` (e.g. for ``runner.run(...)``)."""
    revealer = _revealer("reveal_events_sync", mask, scope, revealer)
    return run_each(revealer.mask, events, revealer._reveal, revealer._end, failed=_typed, close=True)


def _revealer(name: str, mask: Mask | None, scope: EventScope, revealer: EventRevealer | None) -> EventRevealer:
    if revealer is not None:
        return revealer
    if mask is None:
        raise TypeError(f"{name} needs a mask or a revealer")
    return EventRevealer(mask, scope=scope)


def _typed(exc: Exception) -> BaseException:
    """The error to raise for ``exc``: the MaskError ADK wrapped, else ``exc``."""
    return mask_error_of(exc) or exc
