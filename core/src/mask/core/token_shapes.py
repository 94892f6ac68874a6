"""Tokens already in the texts to protect (a model or a user passed one back).

Protect looks for token shapes before detection runs (:meth:`ShapesFound.find`):

- a shape reserved for tokens that carries no data (``[EMAIL_7QK2FA]``,
  ``Person_7QK2FA``, ``MSK1...``) holds no PII, so detectors skip it (its *covered* span)
  without a vault read; but a numeric one that a longer run of digits holds (an SSN token's
  shape at the end of ``+31 666-17-6031``) is a guard as below, so the phone number is read;
- a shape real data can have (a phone number) is detected like any value; where it covers
  a detected span it is that span's *guard* (:func:`span_guards`), verified in the same
  vault read as the allocation: a guard that verifies is a token, left as it is.

The numeric runs only data-carrying shapes can match are read after detection, and only
where a span lies (:meth:`ShapesFound.matches`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from .spans import Span
from .tokens.finder import PendingRuns, numeric_runs
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
        covered = [_covered(text, found) for text, (found, _) in zip(texts, shapes, strict=True)]
        return cls(shapes, covered)

    def matches(self, spans: Sequence[Sequence[Span]]) -> list[list[TokenMatch]]:
        """Each text's matches, with its pending runs read where a detected span lies."""
        return [
            pending.complete(found, [(s.start, s.end) for s in row]) if row else found
            for (found, pending), row in zip(self.texts, spans, strict=True)
        ]


def _covered(text: str, found: list[TokenMatch]) -> list[Span]:
    """The ``MASK_TOKEN`` spans of ``text``: its reserved shapes that carry no data; but a numeric
    one that a run of digits holds after digits that are no token shape (``+31 666-17-6031``,
    ``+31 (0)666-176031``: the rest of a phone number, or a token after a stray digit) becomes a
    guard in ``found`` instead (:func:`span_guards`): detection reads the run, and a span the shape
    covers is a token only if its vault read verifies it. A phone number that holds the shape is
    then protected; a token, detected as itself, is still left as it is."""
    free = [i for i, m in enumerate(found) if m.reserved and not m.carries_data]
    if not free:
        return []
    runs = list(numeric_runs(text))
    starts = [r[0] for r in runs]
    ends = {m.end for m in found}  # a token shape may come first in the run (a card's, then an SSN's)
    out = []
    for i in free:
        m = found[i]
        k = bisect_right(starts, m.start) - 1
        if k >= 0 and runs[k][0] < m.start < runs[k][1]:
            before = m.start
            while before > runs[k][0] and text[before - 1] in _RUN_SEPARATORS:
                before -= 1
            if before > runs[k][0] and before not in ends:
                found[i] = replace(m, carries_data=True)  # verified like a shape real data can have
                continue
        out.append(Span(m.start, m.end, "MASK_TOKEN", 1.0, "mask"))
    return out


_RUN_SEPARATORS = " ()./-+"
"""What stands between the pieces of a numeric run (``finder.numeric_runs``)."""


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
