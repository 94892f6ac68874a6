"""Tokens already in the texts to protect (a model or a user passed one back).

Protect looks for token shapes before detection runs (:meth:`ShapesFound.find`):

- a shape reserved for tokens that carries no data (``[EMAIL_7QK2FA]``,
  ``Person_7QK2FA``, ``MSK1...``) holds no PII, so detectors skip it (its *covered* span)
  without a vault read;
- a shape real data can have (a phone number) is detected like any value; where it covers
  a detected span it is that span's *guard* (:func:`span_guards`), verified in the same
  vault read as the allocation: a guard that verifies is a token, left as it is.

The numeric runs only data-carrying shapes can match are read after detection, and only
where a span lies (:meth:`ShapesFound.matches`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .spans import Span
from .tokens.finder import PendingRuns
from .tokens.scheme import TokenMatch
from .tokens.service import TokenService

__all__ = ["ShapesFound", "TextShapes", "span_guards"]


class TextShapes(NamedTuple):
    """The token-shaped matches of one text found before detection, and its numeric runs
    left for after it."""

    found: list[TokenMatch]
    pending: PendingRuns


@dataclass(slots=True)
class ShapesFound:
    """The token shapes of a batch of texts, and the spans detection may skip."""

    texts: list[TextShapes]
    covered: list[list[Span]]
    """Per text, the reserved shapes that carry no data (``MASK_TOKEN`` spans)."""

    @classmethod
    def find(cls, tokens: TokenService, texts: Sequence[str]) -> ShapesFound:
        shapes = [TextShapes(*tokens.find_covering(t)) for t in texts]
        covered = [
            [Span(m.start, m.end, "MASK_TOKEN", 1.0, "mask") for m in found if m.reserved and not m.carries_data]
            for found, _ in shapes
        ]
        return cls(shapes, covered)

    def matches(self, spans: Sequence[Sequence[Span]]) -> list[list[TokenMatch]]:
        """Each text's matches, with its pending runs read where a detected span lies."""
        return [
            pending.complete(found, [(s.start, s.end) for s in row]) if row else found
            for (found, pending), row in zip(self.texts, spans, strict=True)
        ]


def span_guards(matches: list[TokenMatch], spans: Sequence[Span], reach: int) -> list[list[TokenMatch]]:
    """For each span, the data-shaped token matches that cover it (``matches`` by start;
    ``reach``: the longest token, so how far before a span a covering match may start)."""
    shaped = [m for m in matches if m.carries_data]
    if not shaped:
        return [[] for _ in spans]
    starts = [m.start for m in shaped]
    out = []
    for s in spans:
        start = s.start
        lo, hi = bisect_left(starts, start - reach), bisect_right(starts, start)
        out.append([m for m in shaped[lo:hi] if s.end <= m.end] if lo < hi else [])
    return out
