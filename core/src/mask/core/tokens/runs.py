"""Reading the numeric runs of a text: where numeric token shapes match, and their prefixes.

:class:`~.finder.TokenFinder` finds the runs of digits and separators (``_NUMERIC_RUN``);
a :class:`RunReader` reads each into token matches (not yet verified).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import NamedTuple

import regex

from .scheme import TokenMatch, TokenPattern, TokenScheme

__all__ = ["MAX_TOKEN_CHUNKS", "Found", "NumericShape", "RunReader"]

_PAREN_START = regex.compile(r"(?<=[()])[^ ]")
"""Where a token may also start inside a chunk of a numeric run: after a parenthesis."""
_DROP_SEPARATORS = str.maketrans("", "", "+()./- ")
MAX_TOKEN_CHUNKS = 8
"""Most space-separated chunks a numeric token has (a token keeps the layout of the value
it replaces; the phone detector accepts eight groups, a card five, an SSN three): longer
numeric matches are no tokens, and their prefixes are tried up to this many chunks."""
_CACHE_LIMIT = 65536
_MISSING = object()
_BEHIND = 8
_AHEAD = 160
_SLACK = 16
"""A numeric shape looks at most ``_BEHIND`` characters before a start and ``_SLACK``
past its match: a start's candidates are a function of the text around it."""
_WINDOW_CACHE_LIMIT = 4096
_LONG_RUN = 16


class NumericShape(NamedTuple):
    """A numeric shape: a named group (``n0``, ``n1``...) of the pattern that tries them all
    at a start, most specific first."""

    scheme: TokenScheme
    pattern: TokenPattern
    scheme_name: str
    reserved: bool
    carries_data: bool
    min_length: int
    """Shortest canonical form of a token of this shape (shorter prefixes are not tried)."""
    rest: re.Pattern[str] | regex.Pattern[str] | None
    """The less specific shapes, tried at the same start after this one matched (None: none)."""


class Found(NamedTuple):
    """A token-shaped slice found at a start: its length, canonical token and entity type,
    and what its shape says."""

    length: int
    token: str
    entity_type: str | None
    scheme: str
    reserved: bool
    carries_data: bool


_found: Callable[[tuple[int, str, str | None, str, bool, bool]], Found] = partial(tuple.__new__, Found)  # type: ignore[assignment]
"""A :class:`Found` of a plain tuple, without the Python-level ``__new__`` of a NamedTuple (the hot loop)."""


def _longest_first(found: Found) -> int:
    return -found.length


def _read_token(shape: NumericShape, text: str, start: int, stop: int) -> tuple[str, str | None] | None:
    """The canonical token and entity type of ``text[start:stop]``, or None when the
    shape's scheme cannot read it as one of its tokens."""
    try:
        token = shape.scheme.normalize(text[start:stop])
        return token, shape.pattern.entity_type or shape.scheme.entity_type_of(token)
    except (ValueError, IndexError):
        return None


class _RunLayout(NamedTuple):
    """Where tokens may start in a run of several chunks, and where its chunks end."""

    starts: list[int]
    """The run's start, after its '(' or '+', each space-separated chunk, after a parenthesis."""
    chunk_ends: list[int]
    """The end of each space-separated chunk but the last (a match's prefixes end there)."""
    digits_at: list[int]
    """Digits from the run's start to each of ``chunk_ends``."""


class RunReader:
    """Reads numeric runs of one text into a list of matches.

    Numeric shapes are greedy ("012 555 0134 2024"): in each run of digits, the shapes
    (most specific first) are tried at the start of every space-separated chunk (and
    after a parenthesis), and the match's prefixes made of whole space-separated chunks
    are kept too, so a token next to another number is still found whole.

    The work per chunk start is bounded: a minted numeric token has at most
    :data:`MAX_TOKEN_CHUNKS` space-separated chunks (the layouts the detectors accept),
    so a longer match is dropped and only prefixes of up to that many chunks are tried.
    In a long run, canonical forms are computed once per distinct slice
    (in :meth:`_read_start`) and the matches at a start once per distinct window of text
    around it (:meth:`read`), so a hostile run (``"1 " * 300_000``) costs a few candidates
    per chunk, not one per prefix. Matches come out by start, longest first. A run's
    matches depend on the run alone (and the characters the shapes look at around it):
    the caches only spare repeated work.
    """

    __slots__ = ("append", "canonical", "numeric", "out", "shapes", "text", "windows")

    def __init__(
        self,
        numeric: re.Pattern[str] | regex.Pattern[str] | None,
        shapes: Mapping[str, NumericShape],
        text: str,
        out: list[TokenMatch],
    ) -> None:
        assert numeric is not None
        self.numeric = numeric
        self.shapes = shapes
        self.text = text
        self.out = out
        self.append = out.append
        self.canonical: dict[tuple[str, str], tuple[str, str | None] | None] = {}
        """``(slice, group)`` -> what :func:`_read_token` gave (long runs only)."""
        self.windows: dict[str, tuple[Found, ...]] = {}
        """The text around a start -> what was found there (long runs only)."""

    def read(self, run_start: int, run_end: int, last_begin: int | None = None) -> None:
        """The matches of the run ``text[run_start:run_end]`` (those starting at or before
        ``last_begin``, when given)."""
        text = self.text
        limit = min(run_end + 1, len(text))  # one character more: the look-ahead sees it
        body = text[run_start:run_end]
        last = run_end if last_begin is None else last_begin
        if " " not in body and "(" not in body and ")" not in body:
            self._read_chunk(run_start, limit, body[0] == "+" and last > run_start)
            return
        layout = self._layout(run_start, run_end, body)
        starts, chunk_ends = layout.starts, layout.chunk_ends
        windows = self.windows
        counted_to, digits_before = run_start, 0
        long_run = len(starts) > _LONG_RUN
        for begin in starts:
            if begin > last:
                break  # starts come in order
            # A repeated neighbourhood gives the same candidates (hostile input is
            # repetitive): in a long run, the window around a start keys what was found.
            window = text[begin - _BEHIND : begin + _AHEAD] if long_run and begin >= _BEHIND else None
            if window is not None:
                seen_here = windows.get(window)
                if seen_here is not None:
                    if seen_here:
                        self._emit(begin, seen_here)
                    continue
            if chunk_ends:
                digits_before += len(text[counted_to:begin].translate(_DROP_SEPARATORS))
                counted_to = begin
            found, end = self._read_start(begin, limit, layout, digits_before, long_run)
            if found:
                self._emit(begin, found)
            # The match and its prefixes depend on the window alone when the match
            # ends well inside it (or the run ends inside it: the search saw no more).
            settled = end + _SLACK <= begin + _AHEAD or begin + _AHEAD >= limit
            if window is not None and settled and len(windows) < _WINDOW_CACHE_LIMIT:
                windows[window] = found

    def _read_chunk(self, run_start: int, limit: int, plus: bool) -> None:
        """A run of one chunk ("2020-05-28", "+1-507-986-6661"): no prefixes, no inner
        starts but after a leading '+', no repetition."""
        m = self.numeric.match(self.text, run_start, limit)
        if m is not None:
            shape = self.shapes[m.lastgroup]  # type: ignore[index]
            if shape.rest is None:  # the least specific shape matched: no other can
                stop = m.end()
                read = _read_token(shape, self.text, run_start, stop)
                if read is not None:
                    self.append(
                        TokenMatch(
                            run_start, stop, read[0], shape.scheme_name, read[1], shape.reserved, shape.carries_data
                        )
                    )
            else:
                self.simple(run_start, limit)
        if plus:
            self.simple(run_start + 1, limit)

    def _layout(self, run_start: int, run_end: int, body: str) -> _RunLayout:
        """Tokens start where values do: at the run's start, after its '+', after a
        space or a parenthesis ("(0034) 612...", "call 212...")."""
        text = self.text
        starts = [run_start]
        inner_from = run_start + 1
        if text[run_start] in "(+":
            starts.append(inner_from)
            inner_from += 1
        chunk_ends: list[int] = []
        digits_at: list[int] = []
        if " " in body:
            pos, seen = run_start, 0
            for part in body.split(" "):
                if part:
                    if pos >= inner_from:
                        starts.append(pos)
                    seen += len(part.translate(_DROP_SEPARATORS))
                    chunk_ends.append(pos + len(part))
                    digits_at.append(seen)
                pos += len(part) + 1
            chunk_ends.pop()  # the run's own end is no prefix
            digits_at.pop()
        if "(" in body or ")" in body:
            starts.extend(m.start() for m in _PAREN_START.finditer(text, inner_from, run_end))
            starts = sorted(set(starts))
        return _RunLayout(starts, chunk_ends, digits_at)

    def _read_start(
        self, begin: int, limit: int, layout: _RunLayout, digits_before: int, long_run: bool
    ) -> tuple[tuple[Found, ...], int]:
        """Every shape that matches at ``begin``, the most specific first (a phone token
        "005-920 3870" also begins like a card token), with their prefixes of whole
        chunks; longest first. And the furthest end a shape matched to."""
        text = self.text
        m = self.numeric.match(text, begin, limit)
        if m is None:
            return (), 0
        found: list[Found] = []
        taken: set[int] = set()
        end = 0
        canonical = self.canonical
        while m is not None:
            group = m.lastgroup
            scheme, pattern, scheme_name, reserved, carries, min_length, rest = self.shapes[group]  # type: ignore[index]
            match_end = m.end()
            end = max(end, match_end)
            if layout.chunk_ends:
                stops: Sequence[int] = self._stops(begin, match_end, min_length, layout, digits_before)
            else:
                stops = (match_end,)
            for stop in stops:
                if stop in taken:
                    continue
                # The canonical form, once per distinct slice in a long run (inline: the hot loop).
                piece = text[begin:stop]
                read = canonical.get((piece, group), _MISSING) if long_run else _MISSING
                if read is _MISSING:
                    try:
                        token = scheme.normalize(piece)
                        read = (token, pattern.entity_type or scheme.entity_type_of(token))
                    except (ValueError, IndexError):
                        read = None
                    if long_run and len(canonical) < _CACHE_LIMIT:
                        canonical[(piece, group)] = read  # type: ignore[index]
                if read is None or (stop != match_end and len(read[0]) < min_length):  # type: ignore[index]
                    continue
                taken.add(stop)
                found.append(_found((stop - begin, read[0], read[1], scheme_name, reserved, carries)))  # type: ignore[index]
            m = rest.match(text, begin, limit) if rest is not None else None
        if len(found) > 1:
            found.sort(key=_longest_first)
        return tuple(found), end

    @staticmethod
    def _stops(begin: int, match_end: int, min_length: int, layout: _RunLayout, digits_before: int) -> list[int]:
        """Where a token starting at ``begin`` may end, in a run of several chunks: where the
        shape's match does, and (longest first) its prefixes of whole chunks, each with enough digits for a token
        (the canonical form of a numeric shape is its digits), at most
        :data:`MAX_TOKEN_CHUNKS` chunks long. A match of more chunks than that is no token
        itself."""
        chunk_ends = layout.chunk_ends
        first_end = bisect_right(chunk_ends, begin)
        inner_ends = bisect_left(chunk_ends, match_end)
        stops = [match_end] if inner_ends - first_end < MAX_TOKEN_CHUNKS else []
        first = bisect_left(layout.digits_at, digits_before + min_length)
        last = min(inner_ends, first_end + MAX_TOKEN_CHUNKS)
        if first < last:
            stops.extend(reversed(chunk_ends[first:last]))
        return stops

    def _emit(self, begin: int, found: Sequence[Found]) -> None:
        for length, token, etype, scheme_name, reserved, carries in found:
            self.append(TokenMatch(begin, begin + length, token, scheme_name, etype, reserved, carries))

    def simple(self, begin: int, limit: int) -> None:
        """:meth:`read` at one start of a run without spaces or parentheses: every
        shape that matches there, the longest first (no prefixes: a token is whole chunks)."""
        text = self.text
        m = self.numeric.match(text, begin, limit)
        if m is None:
            return
        found: list[Found] = []
        while m is not None:
            shape = self.shapes[m.lastgroup]  # type: ignore[index]
            stop = m.end()
            if all(f.length != stop - begin for f in found):
                read = _read_token(shape, text, begin, stop)
                if read is not None:
                    found.append(
                        _found((stop - begin, read[0], read[1], shape.scheme_name, shape.reserved, shape.carries_data))
                    )
            m = shape.rest.match(text, begin, limit) if shape.rest is not None else None
        if len(found) > 1:
            found.sort(key=_longest_first)
        self._emit(begin, found)
