"""Argument names a reveal cannot change, asked of the Mask once per set of names.

Adapters send a tool call's arguments to be revealed. The engine finds token-shaped
substrings in every string of the payload, dict keys included; an argument name in which
the Mask's token shapes find nothing always comes back as it was. Such names need not
go out: the adapter sends their values alone (in order) and keeps the names, which saves
the search in each name on every call. A name that does hold a token shape still goes
out as a key, as before. Only names are kept here (never values), in a bounded table.

A name is never revealed: :func:`as_sent` puts the revealed values back under the names
they were sent with (a token the model wrote as an argument name stays that token).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import MaskInputError

if TYPE_CHECKING:
    from ..engine import Mask

__all__ = ["PlainNames", "as_sent", "plain_names"]

_SIZE = 64


def plain_names(mask: Mask, names: Iterable[Any]) -> frozenset[str]:
    """Those of ``names`` in which ``mask`` finds no token shape (a reveal leaves them as they are)."""
    find = mask.tokens.find
    return frozenset(name for name in names if isinstance(name, str) and not find(name))


class PlainNames:
    """``plain(names)``: those of ``names`` in which ``mask`` finds no token shape."""

    __slots__ = ("_known", "_lock", "_mask")

    def __init__(self, mask: Mask) -> None:
        self._mask = mask
        self._known: dict[frozenset[Any], frozenset[str]] = {}
        self._lock = threading.Lock()

    def __call__(self, names: Iterable[Any]) -> frozenset[str]:
        key = frozenset(names)
        found = self._known.get(key)
        if found is None:
            found = plain_names(self._mask, key)
            with self._lock:
                if len(self._known) >= _SIZE:
                    self._known.clear()
                self._known[key] = found
        return found


def as_sent(sent: Mapping[str, Any], revealed: Mapping[str, Any]) -> dict[str, Any]:
    """The values of ``revealed`` (the reveal of the dict ``sent``, in its order) under the
    names of ``sent``: an argument name is never revealed."""
    if len(revealed) != len(sent):
        raise MaskInputError("two tool-call argument names reveal to the same value")
    return dict(zip(sent, revealed.values(), strict=True))
