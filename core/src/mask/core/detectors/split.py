"""Values split across adjacent strings of one payload (``["4111 1111", "1111 1111"]``).

Agents and tools sometimes break a value over two JSON strings: a card number in two
list items, an IBAN over two fields. This detector joins the end of each string with
the start of the next (directly, and with one space) and runs the card, IBAN and SSN
detectors over the junction; a value that validates only when joined is reported as
one span in each string, each covering its part, scored a little below a whole value
(x0.9). It runs in the exact stage, so where a part overlaps another exact detection
(a phone-shaped half of an IBAN), the higher score wins.

Covered: CREDIT_CARD, IBAN_CODE and US_SSN split once between two adjacent strings
(in payload order, i.e. consecutive list items or consecutive values of one object).
Not covered: values split over three or more strings, or strings that are not
adjacent in the payload.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..detector import STAGE_EXACT, Budget, Detector
from ..errors import MaskDetectionTimeout
from ..spans import Span
from .base import PatternDetector
from .financial import card_detector, iban_detector
from .identity import ssn_detector
from .normalize import normalize

__all__ = ["SplitValueDetector"]

JUNCTION = 40
"""Characters taken from each side of a junction (longer than any value it looks for)."""
SPLIT_SCORE_FACTOR = 0.9
_VALUE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .-")
"""Every character a card, IBAN or SSN match can hold (after evasions are undone)."""
_VALUE_STR = "".join(sorted(_VALUE_CHARS))
_MIN_DIGITS = {"credit_card": 13, "us_ssn": 9, "iban": 2}
"""Digits a value of each inner detector holds at least (an IBAN: its check digits)."""


class SplitValueDetector(Detector):
    inline_safe = True
    name = "split_values"
    stage = STAGE_EXACT

    def __init__(self, window: int) -> None:
        self.inner: list[PatternDetector] = [card_detector(window), iban_detector(window), ssn_detector(window)]
        self.entity_types = frozenset().union(*(d.entity_types for d in self.inner))

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in texts]
        try:
            for i in range(len(texts) - 1):
                budget.check(self.name)
                self._junction(i, texts, covered, out, budget)
        except TimeoutError:
            raise MaskDetectionTimeout(f"detector {self.name!r} exceeded its time budget") from None
        return out

    def _junction(
        self, i: int, texts: Sequence[str], covered: Sequence[Sequence[Span]], out: list[list[Span]], budget: Budget
    ) -> None:
        left, right = texts[i], texts[i + 1]
        if (
            not left
            or not right
            or not (left[-1].isalnum() or left[-1] in " -")
            or not (right[0].isalnum() or right[0] in " -")
        ):
            return
        tail, head = left[-JUNCTION:], right[:JUNCTION]
        digits = _digits_across(tail, head)
        inner = [det for det in self.inner if digits >= _MIN_DIGITS.get(det.name, 0)]
        if not inner:
            return
        offset = len(left) - len(tail)
        for sep in ("", " "):
            joined = tail + sep + head
            cut = len(tail)
            for det in inner:
                for span in det.spans_in(joined, (), budget):
                    if not (span.start < cut and span.end > cut + len(sep)):
                        continue  # does not cross the junction: the string's own detectors handle it
                    score = round(span.score * SPLIT_SCORE_FACTOR, 4)
                    first = Span(offset + span.start, len(left), span.type, score, self.name)
                    second = Span(0, span.end - cut - len(sep), span.type, score, self.name)
                    if any(first.overlaps(c) for c in covered[i]) or any(second.overlaps(c) for c in covered[i + 1]):
                        continue
                    out[i].append(first)
                    out[i + 1].append(second)
                    return


def _digits_across(tail: str, head: str) -> int:
    """Digits in the stretch of value characters that runs across the junction.

    A value crossing the junction lies inside that stretch (normalization maps one
    character to at most one, so the ends of ``tail`` and ``head`` can be normalized
    apart): with too few digits there, no inner detector can find a crossing value.
    """
    t, h = normalize(tail).text, normalize(head).text
    run = t[len(t.rstrip(_VALUE_STR)) :] + h[: len(h) - len(h.lstrip(_VALUE_STR))]
    return sum(1 for ch in run if "0" <= ch <= "9")
