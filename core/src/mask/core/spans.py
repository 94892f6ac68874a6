"""Detected spans and the deterministic overlap resolution."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

__all__ = ["Coverage", "Span", "overlaps_any", "resolve_overlaps", "uncovered"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A detection: ``text[start:end]`` is an entity of ``type``.

    Offsets are Python string indices. A span never carries the matched text,
    so its repr cannot leak plaintext.
    """

    start: int
    end: int
    type: str
    score: float = 1.0
    detector: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "score": round(self.score, 4),
            "detector": self.detector,
        }

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def _priority(span: Span) -> tuple[float, int, int, str, str]:
    # Higher score wins, then the longer span, then the earlier one; names break ties.
    return (-span.score, -(span.end - span.start), span.start, span.type, span.detector)


def resolve_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Keep a non-overlapping subset, deterministically, sorted by start.

    Spans are taken greedily by priority (score, length, position, names), so
    the result does not depend on the order detectors reported them in. The kept
    spans stay sorted (by start, hence by end), so each candidate is checked against
    its two neighbours only: O(n log n).
    """
    chosen: list[Span] = []
    starts: list[int] = []
    for span in sorted(spans, key=_priority):
        if span.end <= span.start:
            continue
        at = bisect_right(starts, span.start)
        if at > 0 and chosen[at - 1].end > span.start:
            continue
        if at < len(chosen) and chosen[at].start < span.end:
            continue
        chosen.insert(at, span)
        starts.insert(at, span.start)
    return chosen


def overlaps_any(span: Span, covered: Sequence[Span]) -> bool:
    """True when ``span`` overlaps one of ``covered`` (any order)."""
    return any(span.start < c.end and c.start < span.end for c in covered)


class Coverage:
    """Spans that others are tested against, sorted once: each test is a binary search
    (a detector checks every hit against everything found before it)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, covered: Iterable[Span]) -> None:
        ordered = sorted((c.start, c.end) for c in covered)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))
        """The furthest end among the first k spans."""

    def overlaps(self, span: Span) -> bool:
        """True when ``span`` overlaps one of the spans (what :func:`overlaps_any` says)."""
        before = bisect_left(self._starts, span.end)  # the spans that start before it ends
        return before > 0 and self._reach[before - 1] > span.start


def uncovered(span: Span, covered: Iterable[Span]) -> bool:
    """True when ``span`` overlaps none of ``covered``."""
    return not any(span.overlaps(c) for c in covered)
