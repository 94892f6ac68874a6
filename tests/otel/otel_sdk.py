"""Helpers of the mask-otel tests: the OpenTelemetry SDK, set up once per process as an application would: global providers
with in-memory readers and exporters that the tests read back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from opentelemetry import _logs, metrics, trace
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter


@dataclass
class Sdk:
    reader: InMemoryMetricReader
    spans: InMemorySpanExporter
    logs: InMemoryLogRecordExporter

    def points(self, name: str) -> list[tuple[dict[str, Any], Any]]:
        """``(attributes, point)`` of every data point of metric ``name`` (cumulative)."""
        data = self.reader.get_metrics_data()
        out = []
        for rm in data.resource_metrics if data else ():
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    if metric.name == name:
                        out.extend((dict(p.attributes), p) for p in metric.data.data_points)
        return out

    def metric_names(self) -> set[str]:
        data = self.reader.get_metrics_data()
        return {m.name for rm in data.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}


_SDK: Sdk | None = None


@pytest.fixture
def sdk() -> Iterator[Sdk]:
    global _SDK
    if _SDK is None:
        reader, spans, logs = InMemoryMetricReader(), InMemorySpanExporter(), InMemoryLogRecordExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
        trace.set_tracer_provider(tracer_provider)
        metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
        logger_provider = LoggerProvider()
        logger_provider.add_log_record_processor(SimpleLogRecordProcessor(logs))
        _logs.set_logger_provider(logger_provider)
        _SDK = Sdk(reader, spans, logs)
    _SDK.spans.clear()
    _SDK.logs.clear()
    yield _SDK
