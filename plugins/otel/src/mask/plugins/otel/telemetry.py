"""Metrics and spans from a Mask's output events, through the global OpenTelemetry providers.

Instruments (every name starts with ``mask.``):

=============================  =========  ==============================================
``mask.entities.protected``    counter    entities replaced; ``mask.entity_type``,
                                          ``mask.action`` (tokenize | redact),
                                          ``mask.detector``, ``mask.scheme``, ``mask.tool``
``mask.reveals``               counter    tokens revealed; ``mask.tool``, ``mask.entity_type``
``mask.reveals.refused``       counter    tokens refused; ``mask.tool``, ``mask.entity_type``,
                                          ``mask.reason`` (policy | tampered | unverified)
``mask.errors``                counter    failed operations; ``mask.error`` (the error type),
                                          ``mask.operation``
``mask.protect.duration``      histogram  seconds per protect call; ``mask.tool``, ``mask.source``
``mask.reveal.duration``       histogram  seconds per reveal call; ``mask.tool``
``mask.payload.size``          histogram  characters per call; ``mask.operation``
=============================  =========  ==============================================

``mask.tool`` is absent when there is no tool (a protect through the API, a reveal for the
end user). Spans ``mask.protect`` and ``mask.reveal`` are created from each event with
the call's own start and end times, as children of the span current in the calling
thread: an async call's worker thread carries the caller's context (``asyncio.to_thread``
copies it), so they nest under the caller's span for sync and async calls alike.

Until an SDK is set (or with the API's no-op providers) every receiver returns at once,
before it builds an attribute: nothing would record them. A provider set later, after the
``Mask`` was built, is used from then on (the API's proxies hand over to it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from opentelemetry import metrics as _metrics_api
from opentelemetry import trace

from mask.core.events import ErrorEvent, Event, Protected, Revealed, RevealRefused

__all__ = ["DURATION_BUCKETS", "INSTRUMENTATION_NAME", "SIZE_BUCKETS", "MaskTelemetry"]

INSTRUMENTATION_NAME = "mask.plugins.otel"
DURATION_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
"""Seconds: a pattern-only call takes about a millisecond, one with NER tens of them."""
SIZE_BUCKETS = (64, 256, 1024, 4096, 16384, 65536, 262144, 1048576)
"""Characters of the payload's strings."""

Attributes = dict[str, str | int]

try:  # the API's proxies: a library gets them before the application sets its SDK up
    from opentelemetry.metrics._internal import _ProxyMeter
except ImportError:  # pragma: no cover - another opentelemetry-api: always recording
    _ProxyMeter = None  # type: ignore[assignment,misc]


def _always() -> bool:
    return True


def _never() -> bool:
    return False


def _tracer_records(tracer: trace.Tracer) -> Callable[[], bool]:
    """Whether a span of ``tracer`` may record now: never for the API's no-op tracer; for its
    proxy (what ``get_tracer`` gives before a provider is set), once one is set, which is
    when the proxy hands its spans over (``ProxyTracer._tracer``); else always.

    Read from the proxy's own state, as the proxy does: ``get_tracer_provider()`` reads the
    environment on every call (about a microsecond), which is the cost this check avoids.
    Attributes an API version lacks make it answer always (the receivers then do their work)."""
    if isinstance(tracer, trace.NoOpTracer):
        return _never
    if isinstance(tracer, trace.ProxyTracer) and hasattr(tracer, "_real_tracer") and hasattr(trace, "_TRACER_PROVIDER"):

        def proxy_records() -> bool:
            return tracer._real_tracer is not None or trace._TRACER_PROVIDER is not None

        return proxy_records
    return _always


def _meter_records(meter: _metrics_api.Meter) -> Callable[[], bool]:
    """Whether the instruments of ``meter`` may record now: never for the API's no-op meter; for
    its proxy (what ``get_meter`` gives before a provider is set), once a provider is set,
    which gives the proxy and its instruments real ones (``_ProxyMeter._real_meter``); else always."""
    if isinstance(meter, _metrics_api.NoOpMeter):
        return _never
    if _ProxyMeter is not None and isinstance(meter, _ProxyMeter) and hasattr(meter, "_real_meter"):

        def proxy_records() -> bool:
            return meter._real_meter is not None

        return proxy_records
    return _always


class MaskTelemetry:
    """The receivers of one Mask: counters, histograms and spans from its output events."""

    def __init__(
        self,
        meter: _metrics_api.Meter | None = None,
        tracer: trace.Tracer | None = None,
        *,
        metrics: bool = True,
        traces: bool = True,
    ) -> None:
        self.metrics, self.traces = metrics, traces
        meter = meter or _metrics_api.get_meter(INSTRUMENTATION_NAME)
        self.tracer = tracer or trace.get_tracer(INSTRUMENTATION_NAME)
        self._meter_live = _meter_records(meter)
        self._tracer_live = _tracer_records(self.tracer)
        self.protected = meter.create_counter(
            "mask.entities.protected", "{entity}", "PII entities replaced by tokens or redacted"
        )
        self.reveals = meter.create_counter("mask.reveals", "{token}", "tokens revealed, per tool and entity type")
        self.refusals = meter.create_counter(
            "mask.reveals.refused", "{token}", "tokens the policy (or verification) refused to reveal"
        )
        self.errors = meter.create_counter("mask.errors", "{error}", "failed Mask operations, per error type")
        self.protect_duration = meter.create_histogram(
            "mask.protect.duration",
            "s",
            "duration of protect calls",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.reveal_duration = meter.create_histogram(
            "mask.reveal.duration",
            "s",
            "duration of reveal calls",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.payload_size = meter.create_histogram(
            "mask.payload.size", "{char}", "characters per call", explicit_bucket_boundaries_advisory=SIZE_BUCKETS
        )

    def receivers(self) -> list[tuple[type[Event], Callable[..., Any]]]:
        """``(event type, receiver)`` pairs for the ``mask_observers`` hook."""
        if not (self.metrics or self.traces):
            return []
        pairs: list[tuple[type[Event], Callable[..., Any]]] = [
            (Protected, self.on_protected),
            (Revealed, self.on_revealed),
        ]
        if self.metrics:
            pairs += [(RevealRefused, self.on_refused), (ErrorEvent, self.on_error)]
        return pairs

    def live(self) -> bool:
        """Whether a receiver would record anything now (no provider set yet: False)."""
        return bool((self.metrics and self._meter_live()) or (self.traces and self._tracer_live()))

    # -- receivers ------------------------------------------------------------------------

    def on_protected(self, _bus: object, event: Protected) -> None:
        metering = self.metrics and self._meter_live()
        tracing = self.traces and self._tracer_live()
        if not (metering or tracing):
            return
        base = _tool({}, event.tool)
        timing = {**base, "mask.source": event.source or "api"}
        if metering:
            for (etype, action, detector, scheme), n in event.entities.items():
                attrs = {"mask.entity_type": etype, "mask.action": action, "mask.detector": detector}
                self.protected.add(n, {**attrs, "mask.scheme": scheme, **base})
            self.protect_duration.record(event.duration, timing)
            self.payload_size.record(event.chars, {"mask.operation": "protect"})
        if not tracing:
            return
        span = {**timing, **_counts("mask.entities", event.counts), "mask.payload.chars": event.chars}
        if event.schemes:
            span["mask.schemes"] = ",".join(sorted(event.schemes))
        if event.detectors:
            span["mask.detectors"] = ",".join(sorted(event.detectors))
        self._span("mask.protect", event, span)

    def on_revealed(self, _bus: object, event: Revealed) -> None:
        metering = self.metrics and self._meter_live()
        tracing = self.traces and self._tracer_live()
        if not (metering or tracing):
            return
        base = _tool({}, event.tool)
        if metering:
            for etype, n in event.counts.items():
                self.reveals.add(n, {**base, "mask.entity_type": etype})
            self.reveal_duration.record(event.duration, base)
            self.payload_size.record(event.chars, {"mask.operation": "reveal"})
        if not tracing:
            return
        span = {**base, **_counts("mask.revealed", event.counts), **_counts("mask.refused", event.refused)}
        self._span("mask.reveal", event, {**span, "mask.payload.chars": event.chars})

    def on_refused(self, _bus: object, event: RevealRefused) -> None:
        if not self._meter_live():
            return
        base = _tool({"mask.reason": event.reason}, event.tool)
        for etype, n in event.counts.items():
            self.refusals.add(n, {**base, "mask.entity_type": etype})

    def on_error(self, _bus: object, event: ErrorEvent) -> None:
        if not self._meter_live():
            return
        self.errors.add(1, {"mask.error": event.error, "mask.operation": event.operation})

    def _span(self, name: str, event: Protected | Revealed, attributes: Attributes) -> None:
        """A finished span over the call: it ended when the event was created."""
        end = int(event.created * 1e9)
        start = end - int(event.duration * 1e9)
        self.tracer.start_span(name, attributes=attributes, start_time=start).end(end_time=end)


def _tool(attrs: Attributes, tool: str | None) -> Attributes:
    if tool:
        attrs["mask.tool"] = tool
    return attrs


def _counts(prefix: str, counts: Mapping[str, int]) -> Attributes:
    """``{prefix}.{TYPE}: n`` per entity type, and ``{prefix}.total``."""
    out: Attributes = {f"{prefix}.{etype}": n for etype, n in sorted(counts.items())}
    out[f"{prefix}.total"] = sum(counts.values())
    return out
