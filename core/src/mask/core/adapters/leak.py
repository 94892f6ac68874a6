"""One leak guard for every adapter: scan what reaches a model for plaintext PII.

Tokens Mask minted are not PII, and entity types the policy passes through are ignored.
When a request carries plaintext PII the guard counts it (per entity type, never values),
logs the types, sends an :class:`~mask.core.events.ErrorEvent` (``error="PlaintextToModel"``)
on the Mask's bus so metrics and alert receivers see it and, with ``block``, raises
:class:`~mask.core.MaskPolicyError` (types and counts only) so the request is never sent.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..errors import MaskPolicyError
from ..events import ErrorEvent

if TYPE_CHECKING:
    from ..engine import Mask

__all__ = ["LeakGuard"]

log = logging.getLogger("mask.adapters")


class LeakGuard:
    """Checks model requests; :attr:`stats` counts ``model_requests``, ``leaky_requests`` and ``pii:TYPE``."""

    def __init__(self, mask: Mask, *, scope: str | None = None, block: bool = False) -> None:
        self.mask = mask
        self.scope = scope
        self.block = block
        self.stats: Counter[str] = Counter()
        self._lock = threading.Lock()

    @property
    def leaks(self) -> dict[str, int]:
        """Entity types (and counts) found in requests that reached a model; empty is good."""
        with self._lock:
            return {key[4:]: n for key, n in self.stats.items() if key.startswith("pii:")}

    def check(self, texts: Iterable[str]) -> Counter[str]:
        """The plaintext PII types in ``texts`` (one model request); see the module docs."""
        texts = [t for t in texts if t]
        found: Counter[str] = Counter()
        for spans in self.mask.scan(texts, scope=self.scope) if texts else ():
            found.update(s.type for s in spans if self.mask.config.entity(s.type).action != "passthrough")
        with self._lock:
            self.stats["model_requests"] += 1
            if not found:
                return found
            self.stats["leaky_requests"] += 1
            self.stats.update({f"pii:{etype}": n for etype, n in found.items()})
        log.warning("PII reached a model unprotected: %s", dict(found))
        self.mask.bus.send(ErrorEvent(error="PlaintextToModel", operation="model-request", scope=self.scope))
        if self.block:
            summary = ", ".join(f"{etype} x{n}" for etype, n in sorted(found.items()))
            raise MaskPolicyError(f"blocked a model request carrying plaintext PII ({summary})")
        return found
