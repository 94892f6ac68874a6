"""Running blocking work off the event loop, without importing asyncio up front."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["to_thread"]

R = TypeVar("R")


async def to_thread(func: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
    """:func:`asyncio.to_thread`, imported on first use: only code already running on an
    event loop calls this, and it has asyncio loaded, so ``import mask.core`` need not pay
    for it (about a sixth of the import)."""
    import asyncio

    return await asyncio.to_thread(func, *args, **kwargs)
