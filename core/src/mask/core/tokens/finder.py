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

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

import regex

from ..errors import MaskConfigError
from .scheme import TokenMatch, TokenPattern, TokenScheme, as_pattern

__all__ = ["MAX_TOKEN_CHUNKS", "PendingRuns", "TokenFinder"]

_NUMERIC_RUN = regex.compile(r"[+(]?\d(?:[ ()./-]*\d){5,}")
"""A run of digits and separators holding at least six digits (where numeric shapes live)."""
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


def _by_start_longest_first(match: TokenMatch) -> tuple[int, int]:
    return match.start, -match.end


def _longest_first(candidate: tuple[int, str, str | None, str, bool, bool]) -> int:
    return -candidate[0]


def _read_token(
    scheme: TokenScheme, pattern: TokenPattern, text: str, start: int, stop: int
) -> tuple[str, str | None] | None:
    """The canonical token and entity type of ``text[start:stop]``, or None when the scheme
    cannot read it as one of its tokens."""
    try:
        token = scheme.normalize(text[start:stop])
        return token, pattern.entity_type or scheme.entity_type_of(token)
    except (ValueError, IndexError):
        return None


@dataclass(frozen=True, slots=True)
class PendingRuns:
    """Numeric runs of a text not read yet: :meth:`TokenFinder.find_covering` left them for
    after detection, since no shape that carries no data can match in them."""

    finder: TokenFinder
    text: str
    runs: tuple[tuple[int, int], ...]
    """``(start, end)`` of each run, in order."""

    def matches_over(self, spans: Sequence[tuple[int, int]]) -> list[TokenMatch]:
        """The matches of every pending run that overlaps one of ``spans`` (``(start, end)``),
        by start.

        A token that covers a span lies inside its run (and the one character after it
        that the look-ahead sees), so a run that overlaps no span holds no token a span
        needs."""
        if not self.runs or not spans:
            return []
        ordered = sorted(spans)
        starts = [s for s, _ in ordered]
        reach = list(accumulate((e for _, e in ordered), max))  # furthest end among the first k spans
        out: list[TokenMatch] = []
        reader = _RunReader(self.finder, self.text, out)
        text_len = len(self.text)
        for run_start, run_end in self.runs:
            before = bisect_left(starts, min(run_end + 1, text_len))  # spans starting before the run's end
            if before and reach[before - 1] > run_start:
                reader.read(run_start, run_end)
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
        self.combined = self._compile()

    @property
    def patterns(self) -> list[regex.Pattern[str]]:
        """Every token shape, compiled (the streaming reveal checks each for partial matches)."""
        return [compiled for _, _, compiled in self._finders]

    def _compile(self) -> regex.Pattern[str] | None:
        """One compiled regex per distinct shape (scanned one by one: much faster than
        one alternation, whose shared scan defeats each shape's literal optimizations),
        and the combined alternation for callers that want a single pattern."""
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
                    compiled = regex.compile(pattern.source, regex.IGNORECASE | regex.V0)
                except regex.error as exc:
                    raise MaskConfigError(f"token scheme {scheme.name!r} has an invalid pattern: {exc}") from None
                self._finders.append((scheme, pattern, compiled))
        numeric = [(scheme, pattern) for scheme, pattern, _ in self._finders if pattern.numeric]
        self._numeric_groups = {f"n{i}": pair for i, pair in enumerate(numeric)}
        self._numeric = (
            regex.compile(
                "|".join(f"(?P<n{i}>{pattern.source})" for i, (_, pattern) in enumerate(numeric)),
                regex.IGNORECASE | regex.V0,
            )
            if numeric
            else None
        )
        # After a shape matched at a start, the less specific shapes are tried there too.
        self._numeric_after = {
            f"n{i}": regex.compile(
                "|".join(f"(?P<n{j}>{pattern.source})" for j, (_, pattern) in enumerate(numeric) if j > i),
                regex.IGNORECASE | regex.V0,
            )
            for i in range(len(numeric) - 1)
        }
        self._numeric_info = {
            group: (
                scheme,
                pattern,
                scheme.name,
                pattern.reserved,
                pattern.carries_data,
                pattern.min_length,
                self._numeric_after.get(group),
            )
            for group, (scheme, pattern) in self._numeric_groups.items()
        }
        self._finders = [f for f in self._finders if not f[1].numeric] + [f for f in self._finders if f[1].numeric]
        covering = [pattern.source for _, pattern in numeric if pattern.reserved and not pattern.carries_data]
        self._covering = (
            regex.compile("|".join(f"(?:{s})" for s in covering), regex.IGNORECASE | regex.V0) if covering else None
        )
        """The numeric shapes that carry no data (detectors skip them), in one pattern."""

        if not sources:
            return None
        return regex.compile("|".join(f"(?:{s})" for s in sources), regex.IGNORECASE | regex.V0)

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
        for scheme, pattern, compiled in self._finders:
            if pattern.numeric:
                break  # numeric shapes are read run by run below
            if pattern.hint is not None and pattern.hint not in text:
                continue
            before = len(out)
            for m in compiled.finditer(text):
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
        reader = _RunReader(self, text, out)
        covering = self._covering if defer else None
        pending: list[tuple[int, int]] = []
        text_len = len(text)
        for run in _NUMERIC_RUN.finditer(text):
            run_start, run_end = run.span()
            if defer and (covering is None or covering.search(text, run_start, min(run_end + 1, text_len)) is None):
                pending.append((run_start, run_end))
                continue
            reader.read(run_start, run_end)
        return tuple(pending)


def _match(scheme: TokenScheme, pattern: TokenPattern, text: str, start: int, end: int) -> TokenMatch:
    token = scheme.normalize(text)
    etype = pattern.entity_type or scheme.entity_type_of(token)
    return TokenMatch(start, end, token, scheme.name, etype, pattern.reserved, pattern.carries_data)


class _RunReader:
    """Reads numeric runs of one text into a list of matches.

    Numeric shapes are greedy ("012 555 0134 2024"): in each run of digits, the shapes
    (most specific first) are tried at the start of every space-separated chunk (and
    after a parenthesis), and the match's prefixes made of whole space-separated chunks
    are kept too, so a token next to another number is still found whole.

    The work per chunk start is bounded: a minted numeric token has at most
    :data:`MAX_TOKEN_CHUNKS` space-separated chunks (the layouts the detectors accept),
    so a longer match is dropped and only prefixes of up to that many chunks are tried.
    Canonical forms are computed once per distinct slice, so a hostile run
    (``"1 " * 300_000``) costs a few candidates per chunk, not one per prefix. Matches
    come out by start, longest first. A run's matches depend on the run alone (and the
    characters the shapes look at around it): the caches only spare repeated work.
    """

    __slots__ = ("append", "cache", "groups", "numeric", "out", "text", "windows")

    def __init__(self, finder: TokenFinder, text: str, out: list[TokenMatch]) -> None:
        assert finder._numeric is not None
        self.numeric: regex.Pattern[str] = finder._numeric
        self.groups = finder._numeric_info
        self.text = text
        self.out = out
        self.append = out.append
        self.cache: dict[tuple[str, str], tuple[str, str | None] | None] = {}
        self.windows: dict[str, tuple[tuple[int, str, str | None, str, bool, bool], ...]] = {}

    def read(self, run_start: int, run_end: int) -> None:
        """The matches of the run ``text[run_start:run_end]``."""
        text, numeric, groups, append = self.text, self.numeric, self.groups, self.append
        cache, windows = self.cache, self.windows
        limit = min(run_end + 1, len(text))  # one character more: the look-ahead sees it
        body = text[run_start:run_end]
        if " " not in body and "(" not in body and ")" not in body:
            # The common run ("2020-05-28", "+1-507-986-6661"): one chunk, so no
            # prefixes, no inner starts but after a leading '+', no repetition.
            m = numeric.match(text, run_start, limit)
            if m is not None:
                scheme, pattern, scheme_name, reserved, carries, _, rest = groups[m.lastgroup]  # type: ignore[index]
                if rest is None:  # the least specific shape matched: no other can
                    stop = m.end()
                    read = _read_token(scheme, pattern, text, run_start, stop)
                    if read is not None:
                        append(TokenMatch(run_start, stop, read[0], scheme_name, read[1], reserved, carries))
                else:
                    self.simple(run_start, limit)
            if body[0] == "+":
                self.simple(run_start + 1, limit)
            return
        # Tokens start where values do: at the run's start, after its '+', after a
        # space or a parenthesis ("(0034) 612...", "call 212...").
        starts = [run_start]
        inner_from = run_start + 1
        if text[run_start] in "(+":
            starts.append(inner_from)
            inner_from += 1
        chunk_ends: list[int] = []
        digits_at: list[int] = []  # digits from the run's start to each chunk's end
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
        counted_to, digits_before = run_start, 0
        long_run = len(starts) > _LONG_RUN
        for begin in starts:
            # A repeated neighbourhood gives the same candidates (hostile input is
            # repetitive): in a long run, the window around a start keys what was found.
            window = text[begin - _BEHIND : begin + _AHEAD] if long_run and begin >= _BEHIND else None
            if window is not None:
                seen_here = windows.get(window)
                if seen_here is not None:
                    for stop, token, etype, scheme_name, reserved, carries in seen_here:
                        append(TokenMatch(begin, begin + stop, token, scheme_name, etype, reserved, carries))
                    continue
            if chunk_ends:
                digits_before += len(text[counted_to:begin].translate(_DROP_SEPARATORS))
                counted_to = begin
            m = numeric.match(text, begin, limit)
            if m is None:
                if window is not None and len(windows) < _WINDOW_CACHE_LIMIT:
                    windows[window] = ()
                continue
            # Every shape that matches here counts, the most specific first: a phone
            # token "005-920 3870" also begins like a card token.
            found: list[tuple[int, str, str | None, str, bool, bool]] = []
            taken: set[int] = set()
            end = 0
            while m is not None:
                group = m.lastgroup
                scheme, pattern, scheme_name, reserved, carries, min_length, rest = groups[group]  # type: ignore[index]
                match_end = m.end()
                end = max(end, match_end)
                stops = [match_end]
                if chunk_ends:
                    # Prefixes of whole chunks, each with enough digits for a token (the
                    # canonical form of a numeric shape is its digits), at most
                    # MAX_TOKEN_CHUNKS chunks long, ending before the match does. A
                    # match of more chunks than that is no token itself.
                    first_end = bisect_right(chunk_ends, begin)
                    inner_ends = bisect_left(chunk_ends, match_end)
                    if inner_ends - first_end >= MAX_TOKEN_CHUNKS:
                        stops = []
                    first = bisect_left(digits_at, digits_before + min_length)
                    last = min(inner_ends, first_end + MAX_TOKEN_CHUNKS)
                    if first < last:
                        stops.extend(reversed(chunk_ends[first:last]))
                for stop in stops:
                    if stop in taken:
                        continue
                    piece = text[begin:stop]
                    known = cache.get((piece, group), _MISSING) if long_run else _MISSING
                    if known is _MISSING:
                        try:
                            token = scheme.normalize(piece)
                            known = (token, pattern.entity_type or scheme.entity_type_of(token))
                        except (ValueError, IndexError):
                            known = None
                        if long_run and len(cache) < _CACHE_LIMIT:
                            cache[(piece, group)] = known  # type: ignore[index]
                    if known is None or (stop != match_end and len(known[0]) < min_length):
                        continue
                    taken.add(stop)
                    found.append((stop - begin, known[0], known[1], scheme_name, reserved, carries))
                m = rest.match(text, begin, limit) if rest is not None else None
            if len(found) > 1:
                found.sort(key=_longest_first)
            for stop, token, etype, scheme_name, reserved, carries in found:
                append(TokenMatch(begin, begin + stop, token, scheme_name, etype, reserved, carries))
            # The match and its prefixes depend on the window alone when the match
            # ends well inside it (or the run ends inside it: the search saw no more).
            settled = end + _SLACK <= begin + _AHEAD or begin + _AHEAD >= limit
            if window is not None and settled and len(windows) < _WINDOW_CACHE_LIMIT:
                windows[window] = tuple(found)

    def simple(self, begin: int, limit: int) -> None:
        """:meth:`read` at one start of a run without spaces or parentheses: every
        shape that matches there, the longest first (no prefixes: a token is whole chunks)."""
        text = self.text
        m = self.numeric.match(text, begin, limit)
        if m is None:
            return
        found: list[tuple[int, str, str | None, str, bool, bool]] = []
        while m is not None:
            scheme, pattern, scheme_name, reserved, carries, _, rest = self.groups[m.lastgroup]  # type: ignore[index]
            stop = m.end()
            if all(f[0] != stop for f in found):
                read = _read_token(scheme, pattern, text, begin, stop)
                if read is not None:
                    found.append((stop, read[0], read[1], scheme_name, reserved, carries))
            m = rest.match(text, begin, limit) if rest is not None else None
        if len(found) > 1:
            found.sort(key=_longest_first)
        for stop, token, etype, scheme_name, reserved, carries in found:
            self.append(TokenMatch(begin, stop, token, scheme_name, etype, reserved, carries))
