"""One implementation, two forms: sync and async adapter functions from a single generator.

An adapter step is written once as a generator that ``yield``\\ s the events it wants
dispatched on the Mask's bus and receives each processed event back (exceptions from the
engine are thrown into it), then ``return``\\ s its result. :func:`run` drives it with
:meth:`Mask.dispatch`, :func:`arun` with :meth:`Mask.adispatch`, and :func:`twins` makes
the public pair ``name(mask, ...)`` / ``aname(mask, ...)``.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..engine import Mask
    from ..events import Event

__all__ = ["Steps", "arun", "run", "twins"]

T = TypeVar("T")
Steps = Generator["Event", "Event", T]
"""An adapter step: yields events to dispatch, receives them processed, returns its result."""


def run(mask: Mask, steps: Steps[T]) -> T:
    """Drive ``steps`` with :meth:`Mask.dispatch`."""
    done, value = _advance(steps, None, None)
    while not done:
        try:
            answer, error = mask.dispatch(value), None
        except BaseException as exc:
            answer, error = None, exc
        done, value = _advance(steps, answer, error)
    return value


async def arun(mask: Mask, steps: Steps[T]) -> T:
    """Drive ``steps`` with :meth:`Mask.adispatch`."""
    done, value = _advance(steps, None, None)
    while not done:
        try:
            answer, error = await mask.adispatch(value), None
        except BaseException as exc:
            answer, error = None, exc
        done, value = _advance(steps, answer, error)
    return value


def _advance(steps: Steps[T], answer: Any, error: BaseException | None) -> tuple[bool, Any]:
    """Send the engine's answer (or throw its error) into ``steps``: (finished, next event or result)."""
    try:
        return False, (steps.send(answer) if error is None else steps.throw(error))
    except StopIteration as stop:
        return True, stop.value


def twins(impl: Callable[..., Steps[T]]) -> tuple[Callable[..., T], Callable[..., Awaitable[T]]]:
    """``(name(mask, ...), aname(mask, ...))`` from the step ``_name(...)``; the docstring is ``impl``'s."""
    name = impl.__name__.lstrip("_")

    @functools.wraps(impl)
    def sync(mask: Mask, *args: Any, **kwargs: Any) -> T:
        return run(mask, impl(*args, **kwargs))

    @functools.wraps(impl)
    async def async_(mask: Mask, *args: Any, **kwargs: Any) -> T:
        return await arun(mask, impl(*args, **kwargs))

    sync.__name__ = sync.__qualname__ = name
    async_.__name__ = async_.__qualname__ = f"a{name}"
    async_.__doc__ = f"Async twin of :func:`{name}`."
    return sync, async_
