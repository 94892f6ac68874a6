"""One stream-reveal session for every adapter: streamed answers revealed chunk by chunk.

Each answer stream (a message id, an agent turn...) is a ``StreamChunk`` stream on the
Mask's bus under ``prefix + key``; the engine holds back text that may be the start of a
token until the next chunk decides, so a token is never shown in part. Always end what you
open (:meth:`StreamSession.closing`): the engine keeps a stream's state until its final chunk.
:func:`run_each` / :func:`arun_each` reveal a whole stream with a step per item and an end
step that closes what is open, also when the input fails or the consumer stops early.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from ..events import StreamChunk
from .driver import Steps, arun, run

if TYPE_CHECKING:
    from ..engine import Mask

__all__ = ["StreamSession", "arun_each", "run_each"]

T = TypeVar("T")


class StreamSession:
    """The open answer streams of one reveal call, by key."""

    def __init__(self, *, scope: str | None = None, prefix: str | None = None) -> None:
        self.scope = scope
        self.prefix = f"stream:{uuid.uuid4().hex}:" if prefix is None else prefix
        self.open: dict[str, str | None] = {}
        """The open streams, in the order they opened, and the scope of each."""

    def chunk(self, key: str, text: str, final: bool = False, *, scope: str | None = None) -> StreamChunk:
        """The event for ``text`` of stream ``key`` (``final`` ends the stream). A stream keeps
        the scope of its first chunk: ``scope``, else the session's."""
        first = self.scope if scope is None else scope
        stream_scope = self.open.pop(key, first) if final else self.open.setdefault(key, first)
        return StreamChunk(stream_id=self.prefix + key, payload=text, final=final, scope=stream_scope)

    def reveal(self, key: str, text: str, final: bool = False) -> Steps[str]:
        """Step: the revealed text of stream ``key`` that is safe to show now."""
        if not text and not final:
            return ""
        return (yield self.chunk(key, text, final)).payload or ""

    def closing(self) -> list[tuple[str, StreamChunk]]:
        """Final events for every stream still open (keys and events), to dispatch at the end."""
        return [(key, self.chunk(key, "", True)) for key in list(self.open)]


def run_each(
    mask: Mask,
    items: Iterable[Any],
    step: Callable[[Any], Steps[Iterable[T]]],
    end: Callable[[bool], Steps[Iterable[T]]],
    *,
    failed: Callable[[Exception], BaseException] | None = None,
    close: bool = False,
) -> Iterator[T]:
    """What ``step(item)`` gives for each of ``items``, then what ``end(True)`` gives.

    When the input fails or the consumer stops early, ``end(False)`` runs instead (it must
    end the open streams; nothing more is shown). ``failed(exc)`` names the error to raise
    in place of ``exc`` (``exc`` itself to keep it); ``close`` closes ``items`` at the end.
    """
    done = False
    try:
        with _failures(failed):
            for item in items:
                yield from run(mask, step(item))
        done = True
    finally:
        try:
            tail = run(mask, end(done))
        finally:
            if close and callable(closer := getattr(items, "close", None)):
                closer()
    yield from tail


async def arun_each(
    mask: Mask,
    items: AsyncIterable[Any] | Iterable[Any],
    step: Callable[[Any], Steps[Iterable[T]]],
    end: Callable[[bool], Steps[Iterable[T]]],
    *,
    failed: Callable[[Exception], BaseException] | None = None,
    close: bool = False,
    offload: bool = True,
) -> AsyncIterator[T]:
    """Async twin of :func:`run_each` (``items`` may be sync or async; ``offload`` as in :func:`arun`)."""
    done = False
    try:
        with _failures(failed):
            async for item in _aiter(items):
                for out in await arun(mask, step(item), offload=offload):
                    yield out
        done = True
    finally:
        try:
            tail = await arun(mask, end(done), offload=offload)
        finally:
            if close and callable(closer := getattr(items, "aclose", None)):
                await closer()
    for out in tail:
        yield out


async def _aiter(items: AsyncIterable[Any] | Iterable[Any]) -> AsyncIterator[Any]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


@contextlib.contextmanager
def _failures(failed: Callable[[Exception], BaseException] | None) -> Iterator[None]:
    """Raise ``failed(exc)`` in place of an ``exc`` from the block (when it names another error)."""
    try:
        yield
    except Exception as exc:
        if failed is not None and (other := failed(exc)) is not exc:
            raise other from None
        raise
