"""The detector contract: what a ``mask_detectors`` plugin returns."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from .errors import MaskDetectionTimeout
from .spans import Span

__all__ = ["STAGE_EXACT", "STAGE_NER", "Budget", "Detector", "Pending"]

STAGE_EXACT = 0
"""Cheap, exact detectors (patterns with checksums) run first."""
STAGE_NER = 100
"""Expensive detectors (NER) run last and skip what is already covered."""


@dataclass(slots=True)
class Budget:
    """A time budget shared by the detectors of one call."""

    deadline: float | None = None
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)
    """Scratch the detectors of one call share (a text's normalized form, where its context
    words are), keyed by what it was computed from: it lives as long as the call and is
    never printed (its keys are plaintext)."""

    @classmethod
    def of(cls, seconds: float | None) -> Budget:
        return cls(None if seconds is None else time.monotonic() + seconds)

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def check(self, detector: str) -> None:
        """Raise :class:`MaskDetectionTimeout` when the budget is spent."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise MaskDetectionTimeout(f"detector {detector!r} exceeded its time budget")


class Pending(Protocol):
    """A detection :meth:`Detector.begin` started: finished, or cancelled, exactly once."""

    def finish(self) -> list[list[Span]]:
        """Wait for the work started and return what :meth:`Detector.detect` would have."""
        ...

    def cancel(self) -> None:
        """Give up the work started (the stage failed before :meth:`finish`)."""
        ...


class Detector(ABC):
    """Finds entities in texts.

    ``detect`` gets every string of one payload at once (so it can batch) and, for
    each, the spans earlier stages already found: a detector must not report spans
    overlapping them (the waterfall).
    """

    name: str = ""
    entity_types: frozenset[str] = frozenset()
    stage: int = STAGE_EXACT
    inline_safe: ClassVar[bool] = False
    """True when calls finish in well under a millisecond with no network I/O, so async
    callers may run small payloads on the event loop instead of a worker thread."""

    @abstractmethod
    def detect(
        self,
        texts: Sequence[str],
        covered: Sequence[Sequence[Span]],
        budget: Budget,
    ) -> list[list[Span]]:
        """Return, for each text, the spans found in it."""

    def begin(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> Pending | None:
        """Start the part of :meth:`detect` that runs outside this process (NER's worker share), so
        that it runs while the stage's other detectors do; None (the default): nothing to start,
        :meth:`detect` is called as usual."""
        return None

    def warm_up(self) -> None:
        """Load now what this detector would load on its first call (``Mask.warm_up``)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
