"""mask-otel's receivers cost next to nothing until a provider records: they return before they
build an attribute, and record once a provider is set (the API's proxies hand over to it)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from opentelemetry import trace
from opentelemetry.metrics import NoOpMeter
from opentelemetry.metrics._internal import _ProxyMeterProvider
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from mask.core.events import ErrorEvent, Protected, Revealed, RevealRefused
from mask.plugins.otel import INSTRUMENTATION_NAME, MaskTelemetry


class _Untouchable(Mapping[str, int]):
    """Counts that fail when read: a receiver that builds attributes reads them."""

    def __getitem__(self, key: str) -> int:
        raise AssertionError("read")

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("read")

    def __len__(self) -> int:
        raise AssertionError("read")


def _events(counts: Mapping[str, Any]) -> list[Any]:
    return [
        Revealed(counts=counts, refused=counts, tool="t", duration=0.001, chars=10),
        Protected(counts=counts, tool="t", duration=0.001, chars=10),
        RevealRefused(counts=counts, tool="t", reason="policy"),
        ErrorEvent(error="MaskVaultError", operation="reveal"),
    ]


def _send(telemetry: MaskTelemetry, events: list[Any]) -> None:
    receivers = dict(telemetry.receivers())
    for event in events:
        receivers[type(event)](None, event)


def test_no_op_meter_and_tracer_build_nothing() -> None:
    _send(MaskTelemetry(NoOpMeter("m"), trace.NoOpTracer()), _events(_Untouchable()))


def test_a_proxy_meter_records_once_its_provider_is_set() -> None:
    proxies = _ProxyMeterProvider()  # what metrics.get_meter gives before the application sets an SDK
    telemetry = MaskTelemetry(proxies.get_meter(INSTRUMENTATION_NAME), trace.NoOpTracer())
    _send(telemetry, _events(_Untouchable()))  # no provider yet: nothing built
    reader = InMemoryMetricReader()
    proxies.on_set_meter_provider(MeterProvider(metric_readers=[reader]))
    _send(telemetry, _events({"EMAIL_ADDRESS": 2}))
    data = reader.get_metrics_data()
    names = {m.name for rm in data.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}
    assert {
        "mask.reveals",
        "mask.reveals.refused",
        "mask.errors",
        "mask.reveal.duration",
        "mask.protect.duration",
    } <= names


def test_an_sdk_tracer_always_records() -> None:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    telemetry = MaskTelemetry(NoOpMeter("m"), provider.get_tracer(INSTRUMENTATION_NAME))
    _send(telemetry, _events({"EMAIL_ADDRESS": 1}))
    finished = {s.name: dict(s.attributes or {}) for s in spans.get_finished_spans()}
    assert set(finished) == {"mask.reveal", "mask.protect"}
    assert finished["mask.reveal"]["mask.revealed.EMAIL_ADDRESS"] == 1


def test_live_says_whether_a_provider_records() -> None:
    proxies = _ProxyMeterProvider()
    telemetry = MaskTelemetry(proxies.get_meter(INSTRUMENTATION_NAME), trace.NoOpTracer())
    assert not telemetry.live()  # the engine then builds no event for these receivers
    proxies.on_set_meter_provider(MeterProvider(metric_readers=[InMemoryMetricReader()]))
    assert telemetry.live()
    assert not MaskTelemetry(NoOpMeter("m"), trace.NoOpTracer()).live()
    assert not MaskTelemetry(proxies.get_meter(INSTRUMENTATION_NAME), trace.NoOpTracer(), metrics=False).live()
