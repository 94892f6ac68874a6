"""Detected spans and the deterministic overlap resolution."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

__all__ = [
    "NAME_TYPES",
    "Coverage",
    "Span",
    "address_tail",
    "coverage_of",
    "join_readings",
    "overlaps_any",
    "resolve_overlaps",
    "trimmed_address_heads",
    "uncovered",
]


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


_TAIL_SEPARATORS = " \t\r\n,;:"
_MIN_TAIL = 8


def address_tail(span: Span, blockers: Sequence[Span], text: str) -> Span | None:
    """The rest of the street address ``span`` after the one span of ``blockers`` that took its
    start (separators skipped), or None: the address detector may read a phone number's last group
    as a house number (``+91 22 6654 3210  Nariman Point, Mumbai 400021``), and the phone then
    dropped the whole address. The rest must be eight characters or more with a letter, and
    overlap no other blocker."""
    if span.type != "STREET_ADDRESS":
        return None
    over = [b for b in blockers if b.start < span.end and span.start < b.end]
    if len(over) != 1 or not (over[0].start <= span.start < over[0].end < span.end):
        return None
    cut = over[0].end
    while cut < span.end and text[cut] in _TAIL_SEPARATORS:
        cut += 1
    if span.end - cut < _MIN_TAIL or not any(ch.isalpha() for ch in text[cut : span.end]):
        return None
    return Span(cut, span.end, span.type, span.score, span.detector)


def trimmed_address_heads(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` with each street address that starts inside another span and goes on past it
    cut to its rest (:func:`address_tail`): both are kept, whichever scores higher."""
    if not any(s.type == "STREET_ADDRESS" for s in spans):
        return list(spans)
    others = [s for s in spans if s.type != "STREET_ADDRESS"]
    out: list[Span] = []
    for span in spans:
        if span.type == "STREET_ADDRESS":
            heads = [o for o in others if o.start < span.start < o.end < span.end]
            if len(heads) == 1:
                tail = address_tail(span, heads, text)
                if tail is not None:
                    span = tail
        out.append(span)
    return out


NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "STREET_ADDRESS"})
"""Types whose tokens are names (``Person_7QK2FA``), whatever the value's shape: readings of one
value as two of them join as one (:func:`join_readings`)."""


def _family(type_: str) -> str:
    return "NAME" if type_ in NAME_TYPES else type_


def join_readings(kept: list[Span], spans: Sequence[Span]) -> list[Span]:
    """``kept`` (what :func:`resolve_overlaps` chose from ``spans``), each kept span widened
    to the extent of the spans of its family that overlap it, one through another.

    Two detectors often see one value differently: NER takes ``Brito`` and the name rules
    ``Yago Brito``, or ``Sam van`` and ``Berg`` where the rules read ``Sam van den Berg``. The
    higher score wins the overlap, and without this the other reading's characters stayed
    in clear. Kept spans of the family inside the extent become one span (the best kept
    one's type, score and detector); an extent that would overlap a kept span of another
    family is not taken. A family is one type, except that the name types
    (:data:`NAME_TYPES`) are one family: NER's company ``Abreu do`` and the rules' town
    ``Abreu do Campo`` are one value whichever it is. Every character of a widened span lies
    in some detected span of its family.
    """
    if len(kept) == len(spans):
        return kept  # nothing was dropped, so nothing overlaps
    by_family: dict[str, list[Span]] = {}
    for span in spans:
        by_family.setdefault(_family(span.type), []).append(span)
    out = sorted(kept)
    starts = [k.start for k in out]
    for family, group in by_family.items():
        if len(group) < 2:
            continue
        group.sort()
        clusters: list[list[int]] = []  # [start, end, members]
        for span in group:
            if clusters and span.start < clusters[-1][1]:
                clusters[-1][1] = max(clusters[-1][1], span.end)
                clusters[-1][2] += 1
            else:
                clusters.append([span.start, span.end, 1])
        for start, end, members in clusters:
            if members < 2:
                continue
            lo = bisect_right(starts, start)
            if lo and out[lo - 1].end > start:
                lo -= 1  # a kept span that starts before the extent and reaches into it
            hi = bisect_left(starts, end)
            window = out[lo:hi]  # the kept spans that overlap the extent (they never overlap each other)
            if not window or any(_family(k.type) != family or k.start < start or k.end > end for k in window):
                continue
            if len(window) == 1 and (window[0].start, window[0].end) == (start, end):
                continue
            best = min(window, key=_priority)
            out[lo:hi] = [Span(start, end, best.type, best.score, best.detector)]
            starts[lo:hi] = [start]
    return out


def overlaps_any(span: Span, covered: Sequence[Span]) -> bool:
    """True when ``span`` overlaps one of ``covered`` (any order)."""
    return any(span.start < c.end and c.start < span.end for c in covered)


class Coverage:
    """Ranges that others are tested against, sorted once: each test is a binary search (a
    detector checks every hit against everything found before it; the token finder, each
    numeric run against the detected spans)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))
        """The furthest end among the first k ranges."""

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``start..end`` overlaps one of the ranges (what :func:`overlaps_any` says)."""
        before = bisect_left(self._starts, end)  # the ranges that start before it ends
        return before > 0 and self._reach[before - 1] > start


def coverage_of(covered: Sequence[Span], memo: dict[object, object]) -> Coverage:
    """A :class:`Coverage` of ``covered``, kept in a detection call's ``memo`` while the list
    keeps its length: the detectors of one stage and the stage's own check get the same list,
    which ``Detectors.run`` only extends between stages. The memo holds the list, so its id is
    not reused during the call."""
    key = ("coverage", id(covered), len(covered))
    found = memo.get(key)
    if found is None or found[0] is not covered:  # type: ignore[index]
        found = memo[key] = (covered, Coverage((c.start, c.end) for c in covered))
    return found[1]  # type: ignore[index,no-any-return]


def uncovered(span: Span, covered: Iterable[Span]) -> bool:
    """True when ``span`` overlaps none of ``covered``."""
    return not any(span.overlaps(c) for c in covered)
