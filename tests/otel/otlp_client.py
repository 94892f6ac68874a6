"""Run in a subprocess by the end-to-end test: an application that sets up the OpenTelemetry
SDK with OTLP/HTTP exporters configured by ``OTEL_*`` environment variables, then uses Mask."""

from __future__ import annotations

import sys

from opentelemetry import _logs, metrics, trace
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

from mask.core import Mask


def main(data_dir: str) -> None:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(tracer_provider)
    meter_provider = MeterProvider(metric_readers=[PeriodicExportingMetricReader(OTLPMetricExporter())])
    metrics.set_meter_provider(meter_provider)
    logger_provider = LoggerProvider()
    logger_provider.add_log_record_processor(BatchLogRecordProcessor(OTLPLogExporter()))
    _logs.set_logger_provider(logger_provider)
    config = {
        "mask": {"data_dir": data_dir},
        "vault": {"backend": "memory"},
        "audit": {"sinks": ["otel"]},
        "plugins": {"disable": ["spacy"]},
        "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
    }
    with Mask(config) as mask, trace.get_tracer("agent").start_as_current_span("agent.turn"):
        safe = mask.protect("mail bob@corp.com or call +1 415 555 0132", tool="crm_lookup")
        mask.reveal(safe, tool="send_email")
        print(safe)  # the tokens, so that the test can look for them in what was exported
    tracer_provider.shutdown()
    meter_provider.shutdown()
    logger_provider.shutdown()


if __name__ == "__main__":
    main(sys.argv[1])
