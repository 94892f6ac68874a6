"""The machinery every pattern detector shares: rules, prefilters, context, evasions, budget.

A :class:`PatternDetector` runs its :class:`Rule` objects over each text: a cheap
prefilter (a literal that must occur) decides whether a rule runs at all; matches are
found with the ``regex`` module under the call's time budget (``timeout=``), checked by
the rule's validator, scored with context words, mapped back through the evasion
normalization and dropped when they overlap a covered span. A candidate that overlaps a
covered span (a value the label stage found) is dropped before its validator and context
words run (:func:`taken_of`): the result is the same, without the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

import regex

from ..detector import STAGE_EXACT, Budget, Detector
from ..errors import MaskDetectionTimeout
from ..prescan import guided_matches
from ..spans import Coverage, Span, address_tail, coverage_of
from .context import DEFAULT_WINDOW, ContextWords, regions
from .normalize import Normalized
from .runs import Alphabet
from .shared import TextView, finditer_runs, normalized_of, view_of

__all__ = [
    "CONTEXT_BOOST",
    "NEGATIVE_PENALTY",
    "NEGATIVE_WINDOW",
    "Hit",
    "PatternDetector",
    "Rule",
    "Taken",
    "line_window",
    "literal_trie",
    "negative_window",
    "taken_of",
]

CONTEXT_BOOST = 0.3
"""Added to a match's score when a context word is near (capped at 1.0)."""
NEGATIVE_WINDOW = 20
"""Negative words count only this close before a value (``Order 4111...``, ``version 10.0.0.1``)."""
NEGATIVE_PENALTY = 0.45


"""Subtracted when a negative context word is near (``order``, ``tracking``, ``version``...)."""


def line_window(text: str, start: int, window: int) -> int:
    """``window`` characters before ``start``, but never past the start of the value's line
    (``ref: 123`` on the line above labels that line's value, not this one)."""
    newline = text.rfind("\n", max(0, start - window), start)
    return window if newline < 0 else start - newline - 1


def line_start(text: str, pos: int, reach: int, floor: int = 0) -> int:
    """Where ``pos``'s line starts, or ``reach`` characters back (not before ``floor``) when it
    starts further: a rule reading a value's line once per value must not read it from the text's
    start (quadratic in a long text without line breaks)."""
    lo = max(floor, pos - reach)
    return text.rfind("\n", lo, pos) + 1 or lo


def negative_window(text: str, start: int) -> int:
    """How far before ``start`` negative words count: :data:`NEGATIVE_WINDOW` characters on the value's line."""
    return line_window(text, start, NEGATIVE_WINDOW)


Hit = tuple[int, int, str, float]
"""``(start, end, entity type, score)`` in the scanned (normalized) text."""

_TAKEN_MEMO = "mask.pattern.taken"


class Taken(NamedTuple):
    """The spans earlier stages found in one text, for the scan of its normalized form:
    ``taken(start, end)`` says whether a candidate there would be dropped anyway."""

    norm: Normalized
    coverage: Coverage

    def __call__(self, start: int, end: int) -> bool:
        return self.coverage.overlaps(*self.norm.span(start, end))


def taken_of(budget: Budget, text: str) -> Taken | None:
    """What :meth:`PatternDetector.spans_in` left for the scan of ``text`` (normalized): the
    spans a candidate may be dropped for before it is validated (None: nothing is taken)."""
    found = budget.memo.get(_TAKEN_MEMO)
    return found if isinstance(found, Taken) and found.norm.text is text else None


_NO_WORDS = ContextWords(())


def _timed_match(pattern: regex.Pattern[str], timeout: float | None) -> Callable[[str, int], regex.Match[str] | None]:
    """``pattern.match(text, at)`` under ``timeout`` (what :func:`guided_matches` calls)."""
    if timeout is None:
        return pattern.match
    return lambda text, at: pattern.match(text, at, timeout=timeout)


_DIGIT = re.compile("[0-9]")


@dataclass(frozen=True)
class Rule:
    """One entity shape: a pattern, an optional validator, scoring and context words.

    ``group`` names the part of the match that is the value (the rest is anchoring, such
    as ``password=``). With a ``trigger``, the pattern only runs within ``reach``
    characters of the trigger's matches (a cheap pattern that finds where to look). ``validate`` gets the value text and says whether it is real.
    ``anchors`` are literals of which one must occur in the text for the rule to run
    (``anchors_lower``: searched in the lower-cased text).
    """

    entity_type: str
    pattern: regex.Pattern[str]
    score: float
    validate: Callable[[str], bool] | None = None
    context: ContextWords = _NO_WORDS
    context_required: bool = False
    negative: ContextWords = _NO_WORDS
    anchors: tuple[str, ...] = ()
    anchors_lower: bool = False
    group: int | str = 0
    trigger: regex.Pattern[str] | None = None
    reach: int = 0
    max_length: int = 64
    """Longest value of a context-gated rule: only this far around a context word is scanned."""
    lower_pattern: regex.Pattern[str] | None = None
    """The pattern for the lower-cased text (faster than ``IGNORECASE``); ``pattern`` is the fallback."""
    window: int | None = None
    """This rule's context window (default: the detector's)."""
    anchor_gate: tuple[str, ...] = ()
    """Literals of which one occurs in every anchor: when none is in the text, no anchor is
    either (checked first: fewer searches than the anchors themselves)."""
    gate: re.Pattern[str] | None = None
    """With ``lower_pattern``: a (linear) pattern of which every match of ``lower_pattern``
    holds a match; a range of the lower-cased text without one is not scanned."""
    before_only: bool = False
    """Context words count only before the value (``account number 1234...``)."""
    same_line: bool = False
    """Context words count only on the value's line (a label on the line above names another field)."""
    alphabet: Alphabet | None = None
    """The characters every match is made of (see :mod:`.runs`): a rule that scans the whole
    text scans only an ASCII text's runs of them (the same matches)."""
    starts: re.Pattern[str] | None = None
    """A stdlib pattern that a search finds at every place a match of ``pattern`` may start
    (opening with a character the engine skips ahead to): a rule that scans the whole text
    matches its pattern only there (:func:`~mask.core.prescan.guided_matches`, the same matches),
    where a scan of its own would try every position its first character allows."""


class SpanFinder(Detector):
    """A detector that is one function of a text: :meth:`may_hold` (a cheap test) and :meth:`find`
    (``(start, end, type)`` of each value), reported at :attr:`score` where no earlier stage
    found something (the vCard reader, the spoken numbers)."""

    inline_safe: ClassVar[bool] = True
    score: ClassVar[float] = 0.9

    def may_hold(self, text: str) -> bool:
        """False when ``text`` cannot hold a value (:meth:`find` is not run)."""
        return True

    def find(self, text: str) -> Iterable[tuple[int, int, str]]:
        """``(start, end, type)`` of each value of ``text``."""
        raise NotImplementedError

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        out: list[list[Span]] = []
        try:
            for i, text in enumerate(texts):
                budget.check(self.name)
                if not self.may_hold(text):
                    out.append([])
                    continue
                done = covered[i] if i < len(covered) else ()
                clear = coverage_of(done, budget.memo) if done else None
                out.append(
                    [
                        Span(a, b, etype, self.score, self.name)
                        for a, b, etype in self.find(text)
                        if clear is None or not clear.overlaps(a, b)
                    ]
                )
        except TimeoutError:
            raise MaskDetectionTimeout(f"detector {self.name!r} exceeded its time budget") from None
        return out

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


@dataclass
class PatternDetector(Detector):
    """A detector made of rules; subclasses may override :meth:`scan` for special logic."""

    inline_safe: ClassVar[bool] = True

    name: str = ""
    rules: Sequence[Rule] = ()
    entity_types: frozenset[str] = frozenset()
    window: int = DEFAULT_WINDOW
    stage: int = STAGE_EXACT
    regex_timeout: float | None = None
    """Per-search timeout when the call has no budget (custom patterns may be slow)."""
    needs_digit: bool = False
    """Every value of every rule holds an ASCII digit: an ASCII text without one (nothing in
    it normalizes into a digit) is skipped without running the rules."""

    def __post_init__(self) -> None:
        if not self.entity_types:
            self.entity_types = frozenset(r.entity_type for r in self.rules)
        self._quiet = _quiet_test(self.rules)

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    # -- the Detector contract ----------------------------------------------------------

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        out: list[list[Span]] = []
        own_test = type(self).wanted is PatternDetector.wanted
        try:
            for i, text in enumerate(texts):
                budget.check(self.name)
                if not text or not (self._wanted_in(text, budget) if own_test else self.wanted(text)):
                    out.append([])
                    continue
                out.append(self.spans_in(text, covered[i] if i < len(covered) else (), budget))
        except TimeoutError:
            raise MaskDetectionTimeout(f"detector {self.name!r} exceeded its time budget") from None
        return out

    def spans_in(self, text: str, covered: Sequence[Span], budget: Budget) -> list[Span]:
        """Spans in one text, in original offsets, none overlapping ``covered``."""
        norm = normalized_of(text, budget)
        spans = []
        coverage = coverage_of(covered, budget.memo) if covered else None
        budget.memo[_TAKEN_MEMO] = Taken(norm, coverage) if coverage is not None else None
        try:
            for start, end, etype, score in self.scan(norm, budget):
                start, end = norm.span(start, end)
                span = Span(start, end, etype, round(min(1.0, max(0.0, score)), 4), self.name)
                if coverage is not None and coverage.overlaps(start, end):
                    # a scan that does not ask taken_of() found it; an address whose house number
                    # is the end of a phone number found before keeps its rest
                    tail = address_tail(span, covered, text) if etype == "STREET_ADDRESS" else None
                    if tail is None or coverage.overlaps(tail.start, tail.end):
                        continue
                    span = tail
                spans.append(span)
        finally:
            budget.memo[_TAKEN_MEMO] = None
        return spans

    # -- for subclasses -----------------------------------------------------------------

    def wanted(self, text: str) -> bool:
        """A cheap test on the raw text: False skips it (must not lose evasion cases).

        An ASCII text is its own normalized form, so it is skipped when it holds no digit a
        ``needs_digit`` detector needs, or none of the literals every rule needs (its anchors,
        or the first pieces of its required context words)."""
        return self._wanted_in(text, None)

    def _wanted_in(self, text: str, budget: Budget | None) -> bool:
        """:meth:`wanted`; with the call's ``budget``, reading the lower-cased text from the call's
        view of it (made once for every detector and kept for the scan: an ASCII text is its own
        normalized form)."""
        if not text.isascii():
            return True
        if self.needs_digit and _DIGIT.search(text) is None:
            return False
        quiet = self._quiet
        if quiet is None:
            return True
        lower = view_of(text, budget).lower if budget is not None and quiet.blind is not None else None
        return quiet.found(text, lower)

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        """Hits in the normalized text: every rule whose anchors occur runs."""
        text = norm.text
        view = view_of(text, budget)
        for rule in self.rules:
            if rule.anchors:
                hay = view.lower if rule.anchors_lower else text
                if rule.anchor_gate and not any(g in hay for g in rule.anchor_gate):
                    continue
                if not any(a in hay for a in rule.anchors):
                    continue
            if rule.context_required and rule.context and rule.context.absent(view):
                continue  # no context word in the text: the rule has no region to scan
            yield from self.run_rule(rule, text, budget, view=view)

    def run_rule(
        self,
        rule: Rule,
        text: str,
        budget: Budget,
        view: TextView | None = None,
    ) -> Iterator[Hit]:
        """Hits of one rule; ``view`` (the call's view of ``text``) caches the lower-cased
        text and context regions across rules and detectors."""
        if view is None:
            view = view_of(text, budget)
        pattern = rule.pattern
        hay = text
        gate = None
        if rule.lower_pattern is not None:
            aligned = view.lower_aligned  # None when lower-casing changed offsets: use the original text
            if aligned is not None:
                hay, pattern, gate = aligned, rule.lower_pattern, rule.gate
        if rule.context_required and rule.context and rule.alphabet is None:
            # (a rule read in runs of its alphabet scans those, fewer than a context word's
            # regions; score() drops a match without its context all the same)
            reach = (self.window if rule.window is None else rule.window) + rule.max_length
            for lo, hi in rule.context.regions(text, reach, budget.remaining(), view=view):
                if gate is None or gate.search(hay, lo, hi) is not None:
                    yield from self._matches(rule, pattern, text, hay, budget, lo, hi, view)
            return
        if rule.trigger is not None:
            for lo, hi in regions(rule.trigger, text, rule.reach, budget.remaining()):
                yield from self._matches(rule, pattern, text, hay, budget, lo, hi, view)
            return
        if gate is None or gate.search(hay) is not None:
            runs = rule.alphabet is not None and hay is text
            yield from self._matches(rule, pattern, text, hay, budget, 0, len(text), view, runs)

    def _matches(
        self,
        rule: Rule,
        pattern: regex.Pattern[str],
        text: str,
        hay: str,
        budget: Budget,
        lo: int,
        hi: int,
        view: TextView | None = None,
        runs: bool = False,
    ) -> Iterator[Hit]:
        """Hits of ``pattern`` in ``hay[lo:hi]``; ``runs``: the whole text, scanned in the runs
        of the rule's :attr:`~Rule.alphabet` only."""
        timeout = budget.remaining()
        if timeout is None:
            timeout = self.regex_timeout
        group = rule.group
        validate = rule.validate
        taken = taken_of(budget, text)
        if runs and rule.alphabet is not None:
            found = finditer_runs(pattern, view or view_of(text, budget), rule.alphabet, timeout)
        elif rule.starts is not None and pattern is rule.pattern and lo == 0 and hi == len(hay):
            found = guided_matches(_timed_match(pattern, timeout), rule.starts.search, hay)
        else:
            found = pattern.finditer(hay, lo, hi, timeout=timeout)
        for m in found:
            start, end = m.span(group)
            if start < 0 or end <= start:
                continue
            if taken is not None and taken(start, end):
                continue
            if validate is not None and not validate(text[start:end]):
                continue
            score = self.score(rule, text, start, end, view)
            if score is not None:
                yield start, end, rule.entity_type, score

    def score(self, rule: Rule, text: str, start: int, end: int, view: TextView | None = None) -> float | None:
        """The rule's score adjusted by context words; None drops a context-gated match.

        The nearest context word decides: a negative word (``order``, ``version``) before the
        value and closer than any positive one lowers the score, a positive one raises it.
        (Negative words count only before a value: after it they mostly label the next one.)
        """
        window = self.window if rule.window is None else rule.window
        if rule.same_line:
            window = line_window(text, start, window)
        near = rule.context.distance(text, start, end, window, rule.before_only, view) if rule.context else None
        if rule.context_required and near is None:
            return None
        far = (
            rule.negative.distance(text, start, end, negative_window(text, start), True, view)
            if rule.negative
            else None
        )
        if far is not None and (near is None or far < near):
            return rule.score - NEGATIVE_PENALTY
        if near is not None and not rule.context_required:
            return min(1.0, rule.score + CONTEXT_BOOST)
        return rule.score


class _QuietTest(NamedTuple):
    """Literals one of which an ASCII text must hold for some rule to run: ``exact`` ones
    searched in the text, ``blind`` ones in its lower-cased form (a plain alternation over
    the lower-cased text is many times faster than case-blind pieces in one pattern)."""

    exact: re.Pattern[str] | tuple[str, ...] | None
    blind: re.Pattern[str] | tuple[str, ...] | None

    def found(self, text: str, lower: str | None = None) -> bool:
        """Whether ``text`` holds one of the literals (``lower``: ``text.lower()``, when known)."""
        exact, blind = self.exact, self.blind
        if exact is not None:
            if isinstance(exact, tuple):
                if any(literal in text for literal in exact):
                    return True
            elif exact.search(text) is not None:
                return True
        if blind is None:
            return False
        if lower is None:
            lower = text.lower()
        if isinstance(blind, tuple):
            return any(literal in lower for literal in blind)
        return blind.search(lower) is not None


def _quiet_test(rules: Sequence[Rule]) -> _QuietTest | None:
    """What an ASCII text must hold for some rule to run (None: no such literal is known).

    Every rule anchored: one of the anchors (case-blind for ``anchors_lower`` ones, which
    are looked for in the lower-cased text). Every rule needing context words: the first
    piece of one of them (they are looked for in the lower-cased text)."""
    if not rules:
        return None
    if all(r.anchors for r in rules):
        exact = {a for r in rules if not r.anchors_lower for a in r.anchors}
        blind = {a.lower() for r in rules if r.anchors_lower for a in r.anchors}
    elif all(r.context_required and r.context and r.context.heads for r in rules):
        exact, blind = set(), {h for r in rules for h in r.context.heads}
    else:
        return None
    return _QuietTest(_alternation(exact), _alternation(blind))


_FEW_LITERALS = 6
"""Up to this many literals are looked for one by one (``str.__contains__``), more with one
trie pattern: a few substring searches beat a pattern scan that stops at every character
a literal may start with."""


def _alternation(literals: set[str]) -> re.Pattern[str] | tuple[str, ...] | None:
    """What finds where one of ``literals`` occurs: the literals themselves when they are
    few, else a pattern of them as a trie (each position tries one branch). A literal another
    one starts is left out (the shorter one occurs wherever the longer one does)."""
    kept = sorted(a for a in literals if not any(o != a and a.startswith(o) for o in literals))
    if not kept:
        return None
    return tuple(kept) if len(kept) <= _FEW_LITERALS else re.compile(literal_trie(kept))


def literal_trie(spellings: Iterable[str]) -> str:
    """A regex alternation of ``spellings`` as a prefix tree (one pass over a word, not one per spelling)."""
    tree: dict[str, dict] = {}
    for word in spellings:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return "(?:" + render(tree) + ")"


def words(*items: str | Iterable[str]) -> ContextWords:
    """Context words from strings and iterables of strings."""
    flat: list[str] = []
    for item in items:
        flat.extend([item] if isinstance(item, str) else item)
    return ContextWords(flat)
