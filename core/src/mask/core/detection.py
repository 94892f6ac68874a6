"""Running detectors: the waterfall, per-entity policy, overlap resolution.

Detectors run by stage (exact patterns first, NER last); every stage sees what earlier
stages found as ``covered`` and must not report spans overlapping it. The spans that
pass the entity policy (enabled, allowed detectors, threshold) are resolved into a
non-overlapping set per text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby

from .base64_text import base64_runs
from .config import MaskConfig
from .detector import Budget, Detector, Pending
from .encoded_words import encoded_runs
from .errors import MaskDetectionTimeout, MaskError, MaskPluginError
from .escapes import Unescaped, unescape
from .recurring import recurring_spans
from .spans import Coverage, Span, coverage_of, join_readings, resolve_overlaps, trimmed_address_heads

__all__ = ["FIELDS_MEMO", "VIEWS_MEMO", "DetectionResult", "Detectors", "FieldLabel"]

FIELDS_MEMO = "mask.fields"
"""Key of the call's :attr:`Budget.memo <mask.core.detector.Budget.memo>` holding what a
structured payload says of each text (see :meth:`Detectors.run`)."""
VIEWS_MEMO = "mask.views"
"""Key of the call's memo holding, per text, ``(text as written, its decoded view)`` when the
text has escapes or markup (else None): detectors see the view, and the ``labels`` detector
reads XML element names in the text as written."""


@dataclass(frozen=True, slots=True)
class FieldLabel:
    """What a structured payload says of one text: its value starts at ``start`` (past the
    field-name prefix the engine adds) and is of ``entity_type`` when its shape fits (None:
    the field names no type); ``any_case``: a name of two words or more there may be written
    in lower case (a ``name`` in a person's object: ``{"requester": {"name": "kevin o'brien"}}``)."""

    entity_type: str | None
    start: int = 0
    any_case: bool = False


log = logging.getLogger("mask.detection")


def _start(span: Span) -> int:
    return span.start


@dataclass(slots=True)
class DetectionResult:
    spans: list[list[Span]]
    failed: set[int] = field(default_factory=set)
    """Indexes of texts whose detection failed under ``on_error = "redact"``."""
    errors: list[str] = field(default_factory=list)


class Detectors:
    """The enabled detectors of one Mask, in waterfall order."""

    def __init__(self, detectors: Sequence[tuple[str, Detector]], config: MaskConfig) -> None:
        self.config = config
        self.items = sorted(detectors, key=lambda pair: (pair[1].stage, pair[1].name))
        self.threshold = float(config.detectors.get("threshold", 0.5))
        self.timeout = config.detectors.get("timeout_seconds")
        self.recurring = bool(config.detectors.get("recurring", True))
        """A value found once is found wherever else it recurs in the call (:mod:`.recurring`)."""

    @property
    def names(self) -> list[str]:
        return [d.name for _, d in self.items]

    def _keep(self, span: Span) -> bool:
        policy = self.config.entity(span.type)
        if not policy.enabled:
            return False
        if policy.detectors and span.detector not in policy.detectors:
            return False
        threshold = self.threshold if policy.threshold is None else policy.threshold
        return span.score >= threshold

    def run(
        self,
        texts: Sequence[str],
        covered: Sequence[Sequence[Span]],
        fields: Sequence[object] | None = None,
        *,
        encoded: bool = True,
    ) -> DetectionResult:
        """Detect in all ``texts``; ``covered`` are regions already handled (tokens).

        ``fields`` (one entry per text, from a structured payload) is left for the
        detectors in the call's memo under :data:`FIELDS_MEMO` (the ``labels`` detector
        reads the type a leaf's field name names there). ``encoded``: MIME encoded words
        and text in base64 are decoded and read too (see :meth:`_encoded_runs`)."""
        budget = Budget.of(self.timeout)
        # Escaped JSON, HTML and query strings (``Jos\u00e9``, ``Regards,\nAnna``, ``&eacute;``)
        # are read decoded, a payload's leaves too (a tool result holding json.dumps output);
        # spans are mapped back at the end.
        views = [unescape(t) for t in texts]
        if any(views):
            budget.memo[VIEWS_MEMO] = [None if v is None else (t, v) for t, v in zip(texts, views, strict=True)]
            texts = [t if v is None else v.text for t, v in zip(texts, views, strict=True)]
            covered = [c if v is None else _to_decoded(c, v) for c, v in zip(covered, views, strict=True)]
            if fields is not None:
                fields = [_field_decoded(f, v) for f, v in zip(fields, views, strict=True)]
        if fields is not None:
            budget.memo[FIELDS_MEMO] = fields
        found: list[list[Span]] = [[] for _ in texts]
        cover: list[list[Span]] = [list(c) for c in covered]
        result = DetectionResult(found)
        if encoded:
            self._encoded_runs(texts, found, cover, result)
        for _stage, group in groupby(self.items, key=lambda pair: pair[1].stage):
            stage_spans: list[list[Span]] = [[] for _ in texts]
            for spans in self._stage(list(group), texts, cover, budget, result):
                for i, per_text in enumerate(spans):
                    if per_text:  # most texts get nothing from most detectors
                        stage_spans[i].extend(
                            s for s in per_text if self._keep(s) and 0 <= s.start < s.end <= len(texts[i])
                        )
            for i, spans_i in enumerate(stage_spans):
                if spans_i:
                    coverage = coverage_of(cover[i], budget.memo) if cover[i] else None
                    if coverage is not None:
                        spans_i = [s for s in spans_i if not coverage.overlaps(s.start, s.end)]
                    if len(spans_i) > 1:
                        spans_i = trimmed_address_heads(spans_i, texts[i])
                    kept = join_readings(resolve_overlaps(spans_i), spans_i)
                    found[i].extend(kept)
                    cover[i].extend(kept)
        if self.recurring and any(found):
            self._recurring(texts, found, cover, budget, result)
        # Each stage kept only spans clear of everything found before it, so ``found`` holds
        # no overlaps: spans from several stages only need ordering by start (unique).
        for per_text in found:
            per_text.sort(key=_start)
        if any(views):
            for i, view in enumerate(views):
                if view is not None and found[i]:
                    found[i] = [Span(view.raw(s.start), view.raw(s.end), s.type, s.score, s.detector) for s in found[i]]
        return result

    def _stage(
        self,
        group: list[tuple[str, Detector]],
        texts: Sequence[str],
        cover: Sequence[Sequence[Span]],
        budget: Budget,
        result: DetectionResult,
    ) -> list[list[list[Span]]]:
        """Each detector's spans of one stage, in the stage's order. Work a detector can start
        elsewhere (:meth:`Detector.begin`: NER's worker process) starts first and is finished
        last, so that it runs while the others detect in this process; what a failure leaves
        started is cancelled."""
        pending: dict[int, Pending] = {}
        failed: set[int] = set()
        done: dict[int, list[list[Span]]] = {}
        try:
            if len(group) > 1:
                for k, (plugin, detector) in enumerate(group):
                    try:
                        started = detector.begin(texts, cover, budget)
                    except Exception as exc:
                        failed.add(k)
                        self._failed(plugin, detector, exc, texts, result)
                        continue
                    if started is not None:
                        pending[k] = started
            order = [k for k in range(len(group)) if k not in pending] + list(pending)
            for k in order:
                if k in failed:
                    continue
                plugin, detector = group[k]
                try:
                    spans = pending.pop(k).finish() if k in pending else detector.detect(texts, cover, budget)
                    if len(spans) != len(texts):
                        raise MaskPluginError(
                            f"detector {detector.name!r} returned {len(spans)} results for {len(texts)} texts"
                        )
                except Exception as exc:
                    self._failed(plugin, detector, exc, texts, result)
                    continue
                done[k] = spans
        finally:
            for started in pending.values():
                started.cancel()
        return [done[k] for k in sorted(done)]

    def _recurring(
        self,
        texts: Sequence[str],
        found: list[list[Span]],
        cover: list[list[Span]],
        budget: Budget,
        result: DetectionResult,
    ) -> None:
        """The other occurrences of the values found (:func:`.recurring.recurring_spans`), added
        to ``found``; past the time budget, handled as a detector's failure is."""
        try:
            extra = recurring_spans(texts, found, cover, budget)
        except MaskDetectionTimeout as exc:
            message = f"the recurring values' search failed: {exc}"
            log.error("%s", message)
            result.errors.append(message)
            if self.config.on_error == "raise":
                raise MaskDetectionTimeout(message) from None
            if self.config.on_error == "redact":
                result.failed.update(range(len(texts)))
            return
        for i, spans in enumerate(extra):
            kept = [s for s in spans if self._keep(s)]
            found[i].extend(kept)
            cover[i].extend(kept)

    def _encoded_runs(
        self, texts: Sequence[str], found: list[list[Span]], cover: list[list[Span]], result: DetectionResult
    ) -> None:
        """MIME encoded words (``=?UTF-8?B?Sm9zw6kgR2FyY8OtYQ==?=``: :mod:`.encoded_words`) and
        text written in base64 (:mod:`.base64_text`): each run is decoded and detected on its
        own, and one that holds PII becomes one span over the whole run, of the type of its
        longest span (a token cannot stand for part of a base64 word). The span covers the
        run, so the detectors that follow leave it alone."""
        located: list[tuple[int, int, int]] = []  # text index, run start, run end
        decoded: list[str] = []
        for i, text in enumerate(texts):
            runs = encoded_runs(text) if "=?" in text else []
            if len(text) >= 20:
                words = Coverage((w.start, w.end) for w in runs)
                runs = runs + [r for r in base64_runs(text) if not words.overlaps(r.start, r.end)]
            clear = coverage_of(cover[i], {}) if runs and cover[i] else None
            for run in runs:
                if clear is not None and clear.overlaps(run.start, run.end):
                    continue  # a token Mask minted, or a region handled before
                located.append((i, run.start, run.end))
                decoded.append(run.text)
        if not decoded:
            return
        inner = self.run(decoded, [[] for _ in decoded], encoded=False)
        result.errors.extend(inner.errors)
        for (i, start, end), spans, k in zip(located, inner.spans, range(len(decoded)), strict=True):
            if k in inner.failed:
                result.failed.add(i)
            if not spans:
                continue
            top = max(spans, key=lambda s: (s.end - s.start, s.score))
            span = Span(start, end, top.type, top.score, top.detector)
            found[i].append(span)
            cover[i].append(span)

    def _failed(
        self, plugin: str, detector: Detector, exc: Exception, texts: Sequence[str], result: DetectionResult
    ) -> None:
        # Foreign exception messages may quote the text: only our own errors keep theirs.
        detail = str(exc) if isinstance(exc, MaskError) else type(exc).__name__
        message = f"detector {detector.name!r} (plugin {plugin!r}) failed: {detail}"
        log.error("%s", message)
        result.errors.append(message)
        if self.config.on_error == "raise":
            if isinstance(exc, MaskDetectionTimeout | TimeoutError):
                raise MaskDetectionTimeout(message) from None
            raise MaskPluginError(message) from None
        if self.config.on_error == "redact":
            result.failed.update(range(len(texts)))


def _to_decoded(spans: Sequence[Span], view: Unescaped) -> list[Span]:
    """``spans`` of the escaped text, in the decoded text's offsets."""
    return [Span(view.decoded(s.start), view.decoded(s.end), s.type, s.score, s.detector) for s in spans]


def _field_decoded(field: object, view: Unescaped | None) -> object:
    """A leaf's :class:`FieldLabel` with its value's start in the decoded text's offsets."""
    if view is None or not isinstance(field, FieldLabel):
        return field
    return FieldLabel(field.entity_type, view.decoded(field.start))
