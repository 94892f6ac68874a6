"""The protect pipeline: the string leaves of a payload in, the same texts with tokens out.

One call of :meth:`Protector.protect_texts`, step by step:

1. **token shapes** already in the texts (:mod:`.token_shapes`): detection skips the
   reserved ones; the data-carrying ones guard the spans they cover;
2. **detection**, each leaf with its field name as context (:mod:`.field_context`);
3. **plan**: each span's policy (passthrough, redact, tokenize) and token scheme; a value
   written for a machine (JSON escapes, a URL query, HTML references, quoted-printable, a MIME
   encoded word) is tokenized decoded (:mod:`.written_forms`);
4. **tokenize** every planned value of the batch in one vault read and write
   (:meth:`~mask.core.tokens.TokenService.allocate`); a guard that verifies leaves its
   span as it is;
5. **splice** the tokens into the texts (:mod:`.edits`).

The engine (:class:`~mask.core.Mask`) walks the payload, audits and sends the events; this
module only turns texts into protected texts and says what it did.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence, Set
from functools import partial
from typing import NamedTuple

from .config import MaskConfig
from .detection import Detectors
from .edits import Edit, splice
from .errors import MaskConfigError, MaskVaultError
from .events import Protected
from .field_context import FieldContext
from .json_text import quote_bare_values
from .spans import Span
from .token_shapes import ShapesFound, span_guards
from .tokens.minting import Item
from .tokens.redact import redacted
from .tokens.scheme import TokenMatch, TokenScheme
from .tokens.service import TokenService
from .walk import FieldPath
from .written_forms import StoredForms

__all__ = ["UNSCANNED", "EntityKey", "ProtectOutcome", "Protector"]

log = logging.getLogger("mask")
UNSCANNED = "[REDACTED:UNSCANNED]"
"""What replaces a text whose detection failed (``on_error = "redact"``)."""


class EntityKey(NamedTuple):
    """What was done to the values of one entity type, by which detector and scheme."""

    entity_type: str
    action: str
    """``tokenize`` or ``redact``."""
    detector: str
    scheme: str


class ProtectOutcome(NamedTuple):
    """The protected texts and what was done, in counts and names (never values)."""

    texts: list[str]
    counts: Counter[str]
    """Values replaced, per entity type."""
    minted: list[str]
    """The tokens put in the texts (not redactions)."""
    entities: Counter[EntityKey]

    def by(self, field: str) -> Counter[str]:
        """Values replaced per detector (``field="detector"``) or per scheme (``"scheme"``)."""
        out: Counter[str] = Counter()
        for key, n in self.entities.items():
            out[getattr(key, field)] += n
        return out

    def event(self, source: str, scope: str, tool: str | None, duration: float, chars: int) -> Protected:
        """The :class:`~mask.core.events.Protected` event of this call: counts and names, never values."""
        return Protected(
            counts=self.counts,
            source=source,
            scope=scope,
            tool=tool,
            detectors=self.by("detector"),
            schemes=self.by("scheme"),
            entities=self.entities,
            duration=duration,
            chars=chars,
        )


class _Planned(NamedTuple):
    """A span to replace: by the token of item ``item`` of the batch, or by ``fixed``."""

    span: Span
    item: int
    fixed: str | None = None


class _Plan(NamedTuple):
    """Per text, the spans to replace; the batch of values to tokenize and their guards."""

    rows: list[list[_Planned]]
    items: list[Item]
    guards: list[list[TokenMatch]]
    raws: list[str]
    """Each item's value as the text writes it (escaped, in JSON text)."""


_planned: Callable[[tuple[Span, int, str | None]], _Planned] = partial(tuple.__new__, _Planned)  # type: ignore[assignment]
_item: Callable[[tuple[str, str, str]], Item] = partial(tuple.__new__, Item)  # type: ignore[assignment]
_edit: Callable[[tuple[int, int, str]], Edit] = partial(tuple.__new__, Edit)  # type: ignore[assignment]
_entity_key: Callable[[tuple[str, str, str, str]], EntityKey] = partial(tuple.__new__, EntityKey)  # type: ignore[assignment]
"""NamedTuples of plain tuples, without their Python-level ``__new__`` (once per value)."""


class Protector:
    """Runs the protect pipeline for one :class:`~mask.core.Mask`."""

    def __init__(
        self,
        config: MaskConfig,
        detectors: Detectors,
        tokens: TokenService,
        schemes: Mapping[str, TokenScheme],
        context: FieldContext,
    ) -> None:
        self.config = config
        self.detectors = detectors
        self.tokens = tokens
        self.schemes = schemes
        self.context = context
        self._decided: dict[str, tuple[str, bool] | None] = {}
        """Each entity type's :meth:`_decide` (the configuration and schemes are fixed)."""

    def protect_texts(
        self,
        texts: list[str],
        scope: str,
        fields: Sequence[str | None] = (),
        key_leaves: Set[int] = frozenset(),
        paths: Sequence[FieldPath | None] = (),
    ) -> ProtectOutcome:
        """Protect ``texts`` (the leaves of one payload: ``fields``, ``paths`` and
        ``key_leaves`` say which field each is, and which are dict keys)."""
        shapes = ShapesFound.find(self.tokens, texts)
        detection = self.context.detect(self.detectors, texts, shapes.covered, fields, paths)
        counts: Counter[str] = Counter()
        entities: Counter[EntityKey] = Counter()
        plan = self._plan(texts, shapes.matches(detection.spans), detection.spans, counts, entities)
        tokens = self._tokenize(plan, scope)
        out = []
        for i, (text, row) in enumerate(zip(texts, plan.rows, strict=True)):
            if i in detection.failed and i not in key_leaves:
                # A dict key keeps what the detectors that did run found: redacting every
                # key alike would merge the object's fields into one.
                out.append(UNSCANNED)
                continue
            edits = self._edits(row, plan.items, tokens, counts, entities)
            out.append(splice(text, _quoted(text, edits) if edits else edits))
        minted = [t for t in tokens if t is not None and not t.startswith("[REDACTED:")]
        return ProtectOutcome(out, counts, minted, entities)

    def scan(self, texts: Sequence[str], scope: str) -> list[list[Span]]:
        """Spans of PII in each text, but those of tokens Mask minted."""
        shapes = ShapesFound.find(self.tokens, texts)
        spans = self.detectors.run(texts, shapes.covered).spans
        reach = self.tokens.max_token_length
        guards = [span_guards(per, row, reach) for per, row in zip(shapes.matches(spans), spans, strict=True)]
        flat = [m for per in guards for g in per for m in g]
        if not flat:
            return spans
        found = self.tokens.resolve(flat, scope).found
        return [
            [s for s, g in zip(row, per, strict=True) if not any(m.token in found for m in g)]
            for row, per in zip(spans, guards, strict=True)
        ]

    def _plan(
        self,
        texts: Sequence[str],
        matches: Sequence[list[TokenMatch]],
        spans: Sequence[Sequence[Span]],
        counts: Counter[str],
        entities: Counter[EntityKey],
    ) -> _Plan:
        """What replaces each span, by its entity type's policy. Redactions that no token
        shape guards are settled (and counted) here; the rest joins the batch to tokenize."""
        plan = _Plan([], [], [], [])
        items, guards, raws = plan.items, plan.guards, plan.raws
        reach = self.tokens.max_token_length
        decided = self._decided
        for text, per, row_spans in zip(texts, matches, spans, strict=True):
            row: list[_Planned] = []
            forms = StoredForms(text) if row_spans else None
            for span, guard in zip(row_spans, span_guards(per, row_spans, reach), strict=True):
                etype = span.type
                if etype in decided:
                    decision = decided[etype]
                else:
                    decision = decided[etype] = self._decide(etype)
                if decision is None:
                    continue
                scheme, redacting = decision
                if redacting and not guard:
                    counts[etype] += 1
                    entities[EntityKey(etype, "redact", span.detector, "redact")] += 1
                    row.append(_Planned(span, -1, redacted(etype)))
                    continue
                row.append(_planned((span, len(items), None)))
                raw = text[span.start : span.end]
                value = forms.value(raw, span.start, etype) if forms is not None else raw
                items.append(_item((value, etype, scheme)))
                guards.append(guard)
                raws.append(raw)
            plan.rows.append(row)
        return plan

    def _decide(self, entity_type: str) -> tuple[str, bool] | None:
        """What :meth:`_plan` does with a span of ``entity_type``: None (passthrough), or
        the scheme of its item and whether the policy redacts it (``"redact"``, True)."""
        action = self.config.entity(entity_type).action
        if action == "passthrough":
            return None
        if action == "redact":
            return "redact", True
        return self._scheme_for(entity_type), False

    @staticmethod
    def _edits(
        row: Sequence[_Planned],
        items: Sequence[Item],
        tokens: Sequence[str | None],
        counts: Counter[str],
        entities: Counter[EntityKey],
    ) -> list[Edit]:
        """The edits of one text, counting the tokens it receives."""
        edits = []
        tallies: dict[tuple[str, str, str, str], int] = {}  # EntityKey fields -> count, made keys once
        for span, item, fixed in row:
            if fixed is not None:
                edits.append(_edit((span.start, span.end, fixed)))
                continue
            token = tokens[item]
            if token is None:
                continue  # already a verified token
            etype = span.type
            scheme = items[item][2]
            key = (etype, "redact" if scheme == "redact" else "tokenize", span.detector, scheme)
            tallies[key] = tallies.get(key, 0) + 1
            edits.append(_edit((span.start, span.end, token)))
        for key, n in tallies.items():
            counts[key[0]] += n
            entities[_entity_key(key)] += n
        return edits

    def _tokenize(self, plan: _Plan, scope: str) -> list[str | None]:
        """The token of each item (None: its guard verified), or under ``on_error`` when
        the vault fails: a redaction, or the plaintext as written (explicit fail-open)."""
        items = plan.items
        if not items:
            return []
        try:
            tokens, _ = self.tokens.allocate(items, scope, self._ttl, plan.guards)
        except MaskVaultError as exc:
            if self.config.on_error == "raise":
                raise
            log.error("vault failed while protecting (%s): applying on_error=%s", exc, self.config.on_error)
            if self.config.on_error == "redact":
                return [redacted(item.entity_type) for item in items]
            return list(plan.raws)  # explicit fail-open: plaintext passes
        return tokens

    def _ttl(self, entity_type: str) -> int | None:
        ttl = self.config.entity(entity_type).ttl_seconds
        return ttl if ttl is not None else self.config.vault_ttl_seconds

    def _scheme_for(self, entity_type: str) -> str:
        chosen = self.config.entity(entity_type).scheme
        if chosen is not None:
            if chosen not in self.schemes:
                raise MaskConfigError(f"entities.{entity_type}.scheme {chosen!r} is not installed")
            return chosen
        default = self.schemes.get(self.config.default_scheme)
        if default is not None and default.supports(entity_type):
            return default.name
        return "opaque"


def _quoted(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` with the tokens that replace bare numbers quoted where the text needs it: in a
    JSON text, and in an SQL ``INSERT`` row (read with the detectors' SQL reader, loaded then)."""
    edits = quote_bare_values(text, edits)
    if "VALUES" in text or "values" in text or "Values" in text:
        from .detectors.label_sql import quote_bare_tokens  # the detectors package is not light

        edits = quote_bare_tokens(text, edits)
    return edits
