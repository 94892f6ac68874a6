"""What the pattern detectors of one call share about a text, computed once and on demand.

Fifteen detectors look at the same text: each used to normalize it, lower-case it and
search it for its context words on its own. A :class:`TextView` holds those results for
one (normalized) text; :func:`view_of` keeps one view per text in the call's
:attr:`Budget.memo <mask.core.detector.Budget.memo>`, so it lives exactly as long as the
detection call and is never shared between calls (no module-level state).

Everything here is exact: a view only caches what the detectors computed before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from ..detector import Budget
from .normalize import Normalized, normalize
from .runs import Alphabet, find_runs, finditer_in

if TYPE_CHECKING:
    from .context import ContextWords

__all__ = ["UNSPACED_LETTERS", "TextView", "finditer_runs", "merge", "normalized_of", "view_of"]

UNSPACED_LETTERS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}"
"""Letters of scripts written without blanks between words, or with particles glued to them
(``電話番号は090-1234-5678です``, ``전화번호는``), as a ``regex`` class body: a letter of them next to a
word or a value is no word boundary."""


class TextView:
    """Cached facts about one normalized text: its lower-case form, literal positions, context words.

    Its repr shows the length only (the text is plaintext).
    """

    __slots__ = ("_hits", "_lower", "_positions", "_present", "_regions", "_runs", "ascii", "text")

    def __init__(self, text: str, lower: str | None = None) -> None:
        self.text = text
        self.ascii = text.isascii()
        self._lower = lower
        self._positions: dict[str, list[int]] = {}
        self._hits: dict[int, list[tuple[int, int]]] = {}
        self._regions: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._present: dict[int, bool] = {}
        self._runs: dict[int, list[tuple[int, int]]] = {}

    def __repr__(self) -> str:
        return f"<TextView {len(self.text)} chars>"

    @property
    def lower(self) -> str:
        """``text.lower()`` (which may differ in length from ``text`` outside ASCII)."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def lower_aligned(self) -> str | None:
        """``text.lower()`` when it kept every offset, else None."""
        lower = self.lower
        return lower if len(lower) == len(self.text) else None

    def positions(self, literal: str) -> list[int]:
        """Every start of ``literal`` in the lower-cased text, overlapping ones included (sorted)."""
        found = self._positions.get(literal)
        if found is None:
            found = []
            lower = self.lower
            at = lower.find(literal)
            while at >= 0:
                found.append(at)
                at = lower.find(literal, at + 1)
            self._positions[literal] = found
        return found

    def has_any(self, literals: tuple[str, ...]) -> bool:
        """One of ``literals`` occurs in the lower-cased text (cached by the tuple's identity:
        callers pass a tuple they keep, such as a ContextWords' first pieces)."""
        found = self._present.get(id(literals))
        if found is None:
            lower = self.lower
            found = self._present[id(literals)] = any(literal in lower for literal in literals)
        return found

    def runs(self, alphabet: Alphabet) -> list[tuple[int, int]] | None:
        """The text's runs of ``alphabet`` (see :mod:`.runs`); None when the text is not ASCII."""
        if not self.ascii:
            return None
        found = self._runs.get(id(alphabet))
        if found is None:
            found = self._runs[id(alphabet)] = find_runs(self.text, alphabet)
        return found

    def context_hits(self, words: ContextWords) -> list[tuple[int, int]]:
        """Occurrences of ``words`` at word boundaries in the lower-cased text (see ContextWords.find_all)."""
        key = id(words)
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = words.find_all(self)
        return hits

    def context_regions(self, words: ContextWords, reach: int) -> list[tuple[int, int]]:
        """Merged ranges within ``reach`` of an occurrence of ``words`` (lower-case text aligned)."""
        key = (id(words), reach)
        spans = self._regions.get(key)
        if spans is None:
            spans = self._regions[key] = merge(self.context_hits(words), reach, len(self.text))
        return spans


def finditer_runs(
    pattern: regex.Pattern[str], view: TextView, alphabet: Alphabet, timeout: float | None
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(view.text)``, searching only the runs of ``alphabet`` when the text
    has them (``alphabet`` must describe ``pattern``: see :mod:`.runs`)."""
    runs = view.runs(alphabet)
    if runs is None:
        return pattern.finditer(view.text, timeout=timeout)
    return finditer_in(pattern, view.text, runs, alphabet.tail, timeout)


def normalized_of(text: str, budget: Budget) -> Normalized:
    """``normalize(text)``, once per call."""
    return _once(budget, ("norm", text), normalize, text)  # type: ignore[return-value]


def view_of(text: str, budget: Budget) -> TextView:
    """The call's :class:`TextView` of ``text`` (a normalized text)."""
    return _once(budget, ("view", text), TextView, text)  # type: ignore[return-value]


def _once(budget: Budget, key: tuple[str, str], make: Callable[[str], object], text: str) -> object:
    found = budget.memo.get(key)
    if found is None:
        found = budget.memo[key] = make(text)
    return found


def merge(hits: list[tuple[int, int]], reach: int, size: int) -> list[tuple[int, int]]:
    """``hits`` (sorted) widened by ``reach`` on each side, clipped to ``size``, overlaps merged."""
    out: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - reach), min(size, end + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
