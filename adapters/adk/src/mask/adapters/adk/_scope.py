"""Which tenant (Mask scope) an ADK invocation belongs to."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from google.adk.agents.readonly_context import ReadonlyContext

__all__ = ["ScopeResolver", "ScopeSpec"]

ScopeSpec = str | Callable[[ReadonlyContext], str | None] | None
"""A fixed scope, a function of the ADK context (``ctx.user_id``, ``ctx.session``, ``ctx.state``), or None."""


class ScopeResolver:
    """Resolves the scope once per invocation and remembers it for the event stream.

    The revealer only sees events, which carry an ``invocation_id`` but no context, so the
    scope chosen by the callbacks is kept for the most recent ``capacity`` invocations.
    An invocation it no longer remembers falls back to the Mask's default scope, where a
    token of another scope does not reveal (fail closed).
    """

    def __init__(self, scope: ScopeSpec, *, capacity: int = 10_000) -> None:
        if scope is not None and not isinstance(scope, str) and not callable(scope):
            raise TypeError("scope must be a str, a callable taking the ADK context, or None")
        self._scope = scope
        self._capacity = capacity
        self._seen: OrderedDict[str, str | None] = OrderedDict()
        self._lock = threading.Lock()

    def for_context(self, ctx: Any) -> str | None:
        """The scope of the invocation ``ctx`` (a ReadonlyContext or an InvocationContext)."""
        if not callable(self._scope):
            return self._scope
        invocation_id = ctx.invocation_id
        with self._lock:
            if invocation_id in self._seen:
                self._seen.move_to_end(invocation_id)
                return self._seen[invocation_id]
        readonly = ctx if isinstance(ctx, ReadonlyContext) else ReadonlyContext(ctx)
        scope = self._scope(readonly)
        if scope is not None and not isinstance(scope, str):
            raise TypeError("the scope callable must return a str or None")
        with self._lock:
            self._seen[invocation_id] = scope
            while len(self._seen) > self._capacity:
                self._seen.popitem(last=False)
        return scope

    def for_invocation(self, invocation_id: str) -> str | None:
        """The scope remembered for ``invocation_id`` (the fixed scope when not callable)."""
        if not callable(self._scope):
            return self._scope
        with self._lock:
            return self._seen.get(invocation_id)
