"""The reveal pipeline: texts with tokens in, the values back where policy allows.

One call of :meth:`Revealer.reveal_texts`: find the token-shaped substrings of every text,
verify them all in one vault read (:meth:`~mask.core.tokens.TokenService.resolve_texts`),
then in each text choose which matches to replace (:func:`choose_edits`) and splice the
values in (:mod:`.edits`), each written the way the text writes values where it lands
(:mod:`.written_forms`: escaped in a string of JSON text, percent-encoded in a URL query...).

The engine (:class:`~mask.core.Mask`) walks the payload, audits and sends the events; this
module only turns texts into revealed texts and says what it did.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from .config import MaskConfig, ToolPolicy
from .edits import Edit, splice
from .escapes import unescape
from .tokens.scheme import TokenMatch, TokenScheme, as_pattern
from .tokens.service import Resolution, TokenService
from .written_forms import writer

try:  # the stdlib's parser of regular expressions: what the shortest match of a shape is
    from re import _parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["RevealOutcome", "Revealer", "choose_edits"]

_SIX_DIGITS = re.compile(r"\d(?:[ ()./-]*\d){5}", re.ASCII)
"""Where a numeric shape may match: six ASCII digits with only separators between them (every
match of a :attr:`~.tokens.scheme.TokenPattern.numeric` shape is such a run, and the finder
reads nothing else for them)."""
_REGEX_ONLY = re.compile(r"\{[^}]*[A-Za-z]|\[\[?:")
"""What the ``regex`` module reads otherwise than the stdlib's parser (fuzzy constraints
``{e<=1}``, POSIX classes ``[[:alpha:]]``, ``\\N{...}``): no bound is taken from such a shape."""


def shortest_match(schemes: Iterable[TokenScheme]) -> int:
    """A length below which no text holds a match of a non-numeric token shape of ``schemes``
    (the finder's: reversible schemes' :meth:`~.tokens.scheme.TokenScheme.patterns`): the
    fewest characters any of them consumes, as the stdlib's parser reads its source; 0 when
    one cannot be read so (a shape in syntax only the ``regex`` module knows)."""
    shortest: int | None = None
    for scheme in schemes:
        if not scheme.reversible:
            continue
        for item in scheme.patterns():
            pattern = as_pattern(item)
            if pattern.numeric:
                continue
            if _REGEX_ONLY.search(pattern.source):
                return 0
            try:
                low = _sre_parse.parse(pattern.source, re.IGNORECASE | re.ASCII).getwidth()[0]
            except Exception:  # any shape the stdlib cannot read gives no bound
                return 0
            shortest = low if shortest is None else min(shortest, low)
    return shortest or 0


@dataclass(slots=True)
class RevealOutcome:
    """The revealed texts and what happened, in counts and tokens (never values)."""

    texts: list[str]
    revealed: Counter[str] = field(default_factory=Counter)
    """Tokens revealed, per entity type."""
    refused: dict[str, Counter[str]] = field(default_factory=dict)
    """Tokens left as they are, per reason (``policy``, ``tampered``, ``unverified``) and type."""
    shown: list[str] = field(default_factory=list)
    """The tokens revealed (their audit fingerprints name them)."""

    def refuse(self, reason: str, entity_type: str) -> None:
        self.refused.setdefault(reason, Counter())[entity_type] += 1


class Revealer:
    """Runs the reveal pipeline for one :class:`~mask.core.Mask`."""

    def __init__(self, config: MaskConfig, tokens: TokenService) -> None:
        self.config = config
        self.tokens = tokens
        self._shortest = shortest_match(tokens.schemes.values())
        """Texts shorter than this, without six digits in a run, hold no token: not searched."""

    def reveal_texts(self, texts: list[str], tool: str | None, scope: str) -> RevealOutcome | None:
        """``texts`` with the tokens ``tool`` (None: the end user) may see revealed; None
        when no text holds a token-shaped substring. Vault errors propagate."""
        matches = [self._find(t) for t in texts]
        if not any(matches):
            return None
        resolution = self.tokens.resolve_texts(matches, scope)
        policy = self.config.tool_policy(tool)
        mark = self.config.unresolved == "mark"
        outcome = RevealOutcome([])
        for text, per in zip(texts, matches, strict=True):
            if not per:
                outcome.texts.append(text)  # a text without a match stays as it is
                continue
            edits = choose_edits(text, per, resolution, policy, mark, outcome, writer(text))
            outcome.texts.append(splice(text, edits))
        return outcome

    def _find(self, text: str) -> list[TokenMatch]:
        """The token-shaped matches of ``text``, read in its decoded view where it has escapes
        (the one detection reads: a token protect put after ``%20`` or ``\\u00e9`` is found)."""
        view = unescape(text)
        read = text if view is None else view.text
        if len(read) < self._shortest and _SIX_DIGITS.search(read) is None:
            return []  # too short for a non-numeric shape, no run of digits for a numeric one
        if view is None:
            return self.tokens.find(text)
        return [replace(m, start=view.raw(m.start), end=view.raw(m.end)) for m in self.tokens.find(view.text)]


def choose_edits(
    text: str,
    matches: Sequence[TokenMatch],
    resolution: Resolution,
    policy: ToolPolicy,
    mark: bool,
    outcome: RevealOutcome,
    written: Callable[[int, str], str] | None = None,
) -> list[Edit]:
    """The edits of ``text`` (whose token-shaped ``matches`` were resolved), recording
    each decision in ``outcome``; ``written`` escapes a value for where it lands.

    Verified tokens first, longest first (the candidates of greedy shapes overlap): each
    is revealed if ``policy`` allows its type. Then the reserved shapes and tampered tokens
    that did not verify are refused (``mark``: replaced with ``[UNRESOLVED:TYPE]``). A
    match that overlaps one already chosen is skipped."""
    edits: list[Edit] = []
    taken = bytearray(len(text))  # 1 where a chosen match lies
    found = resolution.found
    for m in sorted((m for m in matches if m.token in found), key=lambda m: (m.start - m.end, m.start)):
        if taken.find(1, m.start, m.end) >= 0:
            continue
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        record = found[m.token]
        if policy.allows(record.entity_type):
            outcome.revealed[record.entity_type] += 1
            outcome.shown.append(m.token)
            edits.append(Edit(m.start, m.end, record.value if written is None else written(m.start, record.value)))
        else:
            outcome.refuse("policy", record.entity_type)
    for m in matches:
        if m.token in found or not (m.reserved or m.token in resolution.tampered):
            continue
        if taken.find(1, m.start, m.end) >= 0:
            continue
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        etype = m.entity_type or "UNKNOWN"
        outcome.refuse("tampered" if m.token in resolution.tampered else "unverified", etype)
        if mark:
            edits.append(Edit(m.start, m.end, f"[UNRESOLVED:{etype}]"))
    return edits
