"""Finding token-shaped substrings in text (not yet verified: see ``TokenService.resolve``).

Every reversible scheme offers the shapes of its tokens (:meth:`TokenScheme.patterns`).
Non-numeric shapes (``Person_7QK2FA``, ``mask.xxxx@mask.example``, ``[EMAIL_7QK2FA]``) are
searched one by one; numeric shapes (SSN, card, routing and phone tokens) are read run by
run, in each run of digits and separators (:meth:`TokenFinder.find`).

Protecting a text needs only part of that before detection (:meth:`TokenFinder.find_covering`):
the shapes that carry no data, which detectors skip. A data-carrying numeric shape
matters only where it covers a detected span, so those runs are read afterwards, and only
where a span lies (:meth:`PendingRuns.matches_over`).
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import regex

from ..errors import MaskConfigError
from ..prescan import ZEROED_DIGITS, guided_matches
from .runs import MAX_TOKEN_CHUNKS, NumericShape, RunReader
from .scheme import TokenMatch, TokenPattern, TokenScheme, as_pattern

__all__ = ["MAX_TOKEN_CHUNKS", "PendingRuns", "TokenFinder"]

_FLAGS = regex.IGNORECASE | regex.V0 | regex.ASCII
"""How token shapes are compiled. Tokens are ASCII, so ``\\d`` is ``[0-9]``: a Unicode digit next
to a token (``႐ 000-19-5810``) is no part of it. (The schemes' canonical forms keep ASCII digits
only, so such a match verified as the token, and its reveal swallowed the digit.)"""
_NUMERIC_RUN = regex.compile(r"[+(]?\d(?:[ ()./-]*\d){5,}", regex.ASCII)
"""A run of digits and separators holding at least six digits (where numeric shapes live)."""
_DIGIT_RUN = re.compile(r"\d(?:[ ()./-]*+\d){5,}+", re.ASCII)
""":data:`_NUMERIC_RUN` from its first digit: a pattern that opens with a digit lets the stdlib
engine skip ahead to digits (half the time of the ``regex`` scan over the corpus). Possessive:
nothing follows the repetition, so giving back a digit or a separator never makes a match."""
_ZERO_RUN = re.compile(rb"0(?:[ ()./-]*+0){5,}+")
""":data:`_DIGIT_RUN` in an ASCII text's copy whose digits are all ``0`` (:data:`~mask.core.prescan.ZEROED_DIGITS`): the
engine skips ahead to one literal character (half the instructions of the scan of the text)."""


RunPattern = re.Pattern[str] | regex.Pattern[str]
"""A pattern of numeric shapes, as the run reader matches it (:func:`_run_pattern`)."""


def _run_pattern(source: str) -> RunPattern:
    """The numeric shapes of ``source`` (every shape of a numeric run in one alternation, or
    the covering ones) as the run reader matches them at a start or searches a run: by the
    stdlib engine where the pattern compiles there (the built-in shapes: plain ASCII syntax,
    which both engines read alike, at about half the instructions a match), else by
    ``regex``, and where the stdlib engine warns that it may read it otherwise (a nested set).
    A test compares both engines' matches on random runs."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return re.compile(source, re.IGNORECASE | re.ASCII)
    except (re.error, Warning):
        return regex.compile(source, _FLAGS)


def _numeric_runs(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_NUMERIC_RUN.finditer(text)``: a run from its first digit, and the ``+``
    or ``(`` right before it (no earlier run ends there: runs end with a digit)."""
    runs = (
        _ZERO_RUN.finditer(text.encode("ascii").translate(ZEROED_DIGITS))
        if text.isascii()
        else _DIGIT_RUN.finditer(text)
    )
    for m in runs:
        start, end = m.span()
        if start and text[start - 1] in "+(":
            start -= 1
        yield start, end


def _by_start_longest_first(match: TokenMatch) -> tuple[int, int]:
    return match.start, -match.end


@dataclass(frozen=True, slots=True)
class PendingRuns:
    """Numeric runs of a text not read yet: :meth:`TokenFinder.find_covering` left them for
    after detection, since no shape that carries no data can match in them."""

    finder: TokenFinder
    text: str
    runs: tuple[tuple[int, int], ...]
    """``(start, end)`` of each run, in order."""

    def matches_over(self, spans: Sequence[tuple[int, int]]) -> list[TokenMatch]:
        """The matches that may cover one of ``spans`` (``(start, end)``), by start: those
        of every pending run that holds a span, up to the last span start in it.

        A token lies inside its run (and the one character after it that the look-ahead
        sees), so it covers only a span inside that run, and only when it starts at or
        before the span does: a run that holds no span is not read, nor a start past the
        last span it holds."""
        if not self.runs or not spans:
            return []
        ordered = sorted(spans)
        starts = [start for start, _ in ordered]
        out: list[TokenMatch] = []
        reader = RunReader(self.finder._numeric, self.finder._shapes, self.text, out)
        text_len = len(self.text)
        for run_start, run_end in self.runs:
            limit = min(run_end + 1, text_len)
            last = -1
            for i in range(bisect_left(starts, run_start), bisect_left(starts, limit)):
                if ordered[i][1] <= limit:
                    last = ordered[i][0]
            if last >= 0:
                reader.read(run_start, run_end, last)
        return out

    def complete(self, found: list[TokenMatch], spans: Sequence[tuple[int, int]]) -> list[TokenMatch]:
        """``found`` (what :meth:`TokenFinder.find_covering` returned) with the matches over
        ``spans`` added, by start, longest first: what :meth:`TokenFinder.find` gives
        wherever a span lies."""
        more = self.matches_over(spans)
        return sorted(found + more, key=_by_start_longest_first) if more else found


class TokenFinder:
    """The token shapes of a set of schemes, compiled, and the search for them in text."""

    def __init__(self, schemes: Mapping[str, TokenScheme]) -> None:
        self.schemes = dict(schemes)
        self._finders: list[tuple[TokenScheme, TokenPattern, regex.Pattern[str]]] = []
        self._starts: dict[str, tuple[re.Pattern[bytes], int]] = {}
        """Each shape's compiled :attr:`~.scheme.TokenPattern.starts`, by source."""
        self._compile()

    @property
    def patterns(self) -> list[regex.Pattern[str]]:
        """Every token shape, compiled (the streaming reveal checks each for partial matches)."""
        return [compiled for _, _, compiled in self._finders]

    def _compile(self) -> None:
        """One compiled regex per distinct shape (scanned one by one: much faster than
        one alternation, whose shared scan defeats each shape's literal optimizations);
        the numeric shapes also in one pattern of named groups (:class:`NumericShape`)."""
        sources: dict[str, None] = {}
        for scheme in self.schemes.values():
            if not scheme.reversible:
                continue
            for item in scheme.patterns():
                pattern = as_pattern(item)
                if pattern.source in sources:
                    continue  # the same shape offered by several schemes: the first wins
                sources[pattern.source] = None
                try:
                    compiled = regex.compile(pattern.source, _FLAGS)
                    if pattern.starts is not None:
                        self._starts[pattern.source] = (re.compile(pattern.starts[0]), pattern.starts[1])
                except (regex.error, re.error) as exc:
                    raise MaskConfigError(f"token scheme {scheme.name!r} has an invalid pattern: {exc}") from None
                self._finders.append((scheme, pattern, compiled))
        numeric = [(scheme, pattern) for scheme, pattern, _ in self._finders if pattern.numeric]
        self._numeric = (
            _run_pattern("|".join(f"(?P<n{i}>{pattern.source})" for i, (_, pattern) in enumerate(numeric)))
            if numeric
            else None
        )
        # After a shape matched at a start, the less specific shapes are tried there too.
        self._numeric_after = {
            f"n{i}": _run_pattern(
                "|".join(f"(?P<n{j}>{pattern.source})" for j, (_, pattern) in enumerate(numeric) if j > i)
            )
            for i in range(len(numeric) - 1)
        }
        self._shapes = {
            group: NumericShape(
                scheme,
                pattern,
                scheme.name,
                pattern.reserved,
                pattern.carries_data,
                pattern.min_length,
                self._numeric_after.get(group),
            )
            for group, (scheme, pattern) in ((f"n{i}", pair) for i, pair in enumerate(numeric))
        }
        self._finders = [f for f in self._finders if not f[1].numeric] + [f for f in self._finders if f[1].numeric]
        covering = [pattern.source for _, pattern in numeric if pattern.reserved and not pattern.carries_data]
        self._covering = _run_pattern("|".join(f"(?:{s})" for s in covering)) if covering else None
        """The numeric shapes that carry no data (detectors skip them), in one pattern."""

    def find(self, text: str) -> list[TokenMatch]:
        """Token-shaped substrings of ``text`` (not yet verified), by start. They may overlap."""
        return self._find(text, defer=False)[0]

    def find_covering(self, text: str) -> tuple[list[TokenMatch], PendingRuns]:
        """What detection needs before it runs: every non-numeric match, and every match in
        the numeric runs where a shape that carries no data can match (detectors skip those
        tokens). The other runs come back pending: read them with
        :meth:`PendingRuns.matches_over` once the spans are known. Together they give what
        :meth:`find` gives wherever a span lies."""
        return self._find(text, defer=True)

    def _find(self, text: str, defer: bool) -> tuple[list[TokenMatch], PendingRuns]:
        out: list[TokenMatch] = []
        pending: tuple[tuple[int, int], ...] = ()
        if not text:
            return out, PendingRuns(self, text, pending)
        sources = 0
        split_used = False
        copy: bytes | None = None
        for scheme, pattern, compiled in self._finders:
            if pattern.numeric:
                break  # numeric shapes are read run by run below
            if pattern.hint is not None and pattern.hint not in text:
                continue
            before = len(out)
            starts = self._starts.get(pattern.source) if self._starts and text.isascii() else None
            if starts is not None and copy is None:
                copy = shape_copy(text)
            for m in compiled.finditer(text) if starts is None else _matches_from(compiled, starts, text, copy):
                matched = m.group()
                start = m.start()
                try:
                    out.append(_match(scheme, pattern, matched, start, start + len(matched)))
                    if pattern.split is not None:
                        for s, e in pattern.split(matched):
                            out.append(_match(scheme, pattern, matched[s:e], start + s, start + e))
                            split_used = True
                except (ValueError, IndexError):
                    continue  # a shape a scheme cannot normalize is no token
            sources += len(out) > before
        if self._numeric is not None:
            before = len(out)
            pending = self._find_numeric(text, out, defer)
            sources += len(out) > before
        if sources > 1 or split_used:
            out.sort(key=_by_start_longest_first)
        return out, PendingRuns(self, text, pending)

    def _find_numeric(self, text: str, out: list[TokenMatch], defer: bool) -> tuple[tuple[int, int], ...]:
        """Reads every numeric run into ``out``; with ``defer``, only the runs where a shape
        that carries no data can match (a search over the run finds every start a read
        would try), returning the others."""
        reader = RunReader(self._numeric, self._shapes, text, out)
        covering = self._covering if defer else None
        pending: list[tuple[int, int]] = []
        text_len = len(text)
        for run_start, run_end in _numeric_runs(text):
            if defer and (covering is None or covering.search(text, run_start, min(run_end + 1, text_len)) is None):
                pending.append((run_start, run_end))
                continue
            reader.read(run_start, run_end)
        return tuple(pending)


_SHAPES = bytes(48 if 48 <= b <= 57 else 97 if 65 <= b <= 90 or 97 <= b <= 122 else b for b in range(256))


def shape_copy(text: str) -> bytes:
    """An ASCII ``text`` with every digit ``0`` and every letter ``a`` (what the pre-scans of
    :attr:`~.scheme.TokenPattern.starts` read)."""
    return text.encode("ascii").translate(_SHAPES)


def _matches_from(
    compiled: regex.Pattern[str], starts: tuple[re.Pattern[bytes], int], text: str, copy: bytes
) -> Iterator[regex.Match[str]]:
    """``compiled.finditer(text)`` in an ASCII ``text`` (``copy`` its :func:`shape_copy`), the
    shape matched only where its pre-scan says it may start (the leftmost match from each
    position on, as the shape's own scan finds it)."""
    return guided_matches(compiled.match, starts[0].search, text, copy, starts[1])


def _match(scheme: TokenScheme, pattern: TokenPattern, text: str, start: int, end: int) -> TokenMatch:
    token = scheme.normalize(text)
    etype = pattern.entity_type or scheme.entity_type_of(token)
    return TokenMatch(start, end, token, scheme.name, etype, pattern.reserved, pattern.carries_data)
