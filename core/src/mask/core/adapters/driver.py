"""One implementation, two forms: sync and async adapter functions from a single generator.

An adapter step is written once as a generator that ``yield``\\ s the events it wants
dispatched on the Mask's bus and receives each processed event back (exceptions from the
engine are thrown into it), then ``return``\\ s its result. A step may also yield a
:class:`Call` of the framework (the wrapped tool, the next handler): it receives the
result, or the exception thrown into it; or :data:`MASK`, to receive the Mask driving it
(its settings: ``config.max_depth``). :func:`run` drives a step with :meth:`Mask.dispatch`
and plain calls, :func:`arun` with :meth:`Mask.adispatch` and awaits what a call returns;
:func:`twins` makes the public pair ``name(mask, ...)`` / ``aname(mask, ...)``, and
:func:`twin_methods` the pair of methods ``name(self, ...)`` / ``aname(self, ...)``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..engine import Mask
    from ..events import Event

__all__ = ["MASK", "Call", "Steps", "arun", "run", "twin_methods", "twins"]

T = TypeVar("T")
Steps = Generator["Event | Call", Any, T]
"""An adapter step: yields events to dispatch (or calls to make), receives them processed, returns its result."""

MASK: Any = object()
"""What a step yields to receive the Mask that drives it: ``depth = (yield MASK).config.max_depth``."""


class Call:
    """What a step yields to call the framework: ``fn(*args, **kwargs)``, awaited by :func:`arun`."""

    __slots__ = ("args", "fn", "kwargs")

    def __init__(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        self.fn, self.args, self.kwargs = fn, args, kwargs

    def __call__(self) -> Any:
        return self.fn(*self.args, **self.kwargs)


def run(mask: Mask, steps: Steps[T]) -> T:
    """Drive ``steps`` with :meth:`Mask.dispatch`."""
    done, value = _advance(mask, steps, None, None)
    while not done:
        try:
            answer, error = (value() if isinstance(value, Call) else mask.dispatch(value)), None
        except BaseException as exc:
            answer, error = None, exc
        done, value = _advance(mask, steps, answer, error)
    return value


async def arun(mask: Mask, steps: Steps[T], *, offload: bool = True) -> T:
    """Drive ``steps`` with :meth:`Mask.adispatch` (``offload=False``: :meth:`Mask.dispatch`, on the loop)."""
    done, value = _advance(mask, steps, None, None)
    while not done:
        try:
            answer, error = await _answer(mask, value, offload), None
        except BaseException as exc:
            answer, error = None, exc
        done, value = _advance(mask, steps, answer, error)
    return value


async def _answer(mask: Mask, value: Any, offload: bool) -> Any:
    if isinstance(value, Call):
        answer = value()
        return await answer if inspect.isawaitable(answer) else answer
    return await mask.adispatch(value) if offload else mask.dispatch(value)


def _advance(mask: Mask, steps: Steps[T], answer: Any, error: BaseException | None) -> tuple[bool, Any]:
    """Send the engine's answer (or throw its error) into ``steps``: (finished, next event or result)."""
    try:
        value = steps.send(answer) if error is None else steps.throw(error)
        while value is MASK:
            value = steps.send(mask)
        return False, value
    except StopIteration as stop:
        return True, stop.value


def twins(impl: Callable[..., Steps[T]]) -> tuple[Callable[..., T], Callable[..., Awaitable[T]]]:
    """``(name(mask, ...), aname(mask, ...))`` from the step ``_name(...)``; the docstring is ``impl``'s."""

    def sync(mask: Mask, *args: Any, **kwargs: Any) -> T:
        return run(mask, impl(*args, **kwargs))

    async def async_(mask: Mask, *args: Any, **kwargs: Any) -> T:
        return await arun(mask, impl(*args, **kwargs))

    return _named(impl, sync, async_, "func")


def twin_methods(impl: Callable[..., Steps[T]]) -> tuple[Callable[..., T], Callable[..., Awaitable[T]]]:
    """Methods ``(name(self, ...), aname(self, ...))`` from the step method ``_name(self, ...)``,
    driven with ``self.mask`` (and ``self.offload`` where the object has one)."""

    def sync(self: Any, *args: Any, **kwargs: Any) -> T:
        return run(self.mask, impl(self, *args, **kwargs))

    async def async_(self: Any, *args: Any, **kwargs: Any) -> T:
        return await arun(self.mask, impl(self, *args, **kwargs), offload=getattr(self, "offload", True))

    return _named(impl, sync, async_, "meth")


def _named(impl: Callable[..., Any], sync: Any, async_: Any, role: str) -> tuple[Any, Any]:
    """``sync`` and ``async_`` wrapping ``impl``: its docstring, its name without the leading underscore."""
    name = impl.__name__.lstrip("_")
    owner = impl.__qualname__.rpartition(".")[0]
    for twin, twin_name in ((sync, name), (async_, f"a{name}")):
        functools.update_wrapper(twin, impl)
        twin.__name__ = twin_name
        twin.__qualname__ = f"{owner}.{twin_name}" if owner else twin_name
    async_.__doc__ = f"Async twin of :{role}:`{name}`."
    return sync, async_
