"""One turn of the offline LangChain agent, traced and measured with OpenTelemetry.

    pip install 'mask-langchain[agents]' mask-otel opentelemetry-sdk
    python examples/otel_agent.py

The application sets up the OpenTelemetry SDK as usual (here with the console exporters,
one line per span and per data point); mask-otel, being installed, adds its receivers to
every Mask. The agent of ``examples/langchain_agent.py`` runs one turn under an
``agent.turn`` span: each protect and reveal shows up as a ``mask.protect`` /
``mask.reveal`` child span, and the counters and histograms tell what was protected,
revealed to which tool, and refused. Counts, types and names only: no value, no token.
"""

from __future__ import annotations

import sys
from pathlib import Path

from langchain.agents import create_agent
from langchain_core.messages import HumanMessage
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, MetricsData, PeriodicExportingMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

from mask.adapters.langchain import MaskMiddleware
from mask.core import Mask

sys.path.insert(0, str(Path(__file__).resolve().parent))
from langchain_agent import POLICY, ScriptedModel, answer, ask_email, ask_lookup, log_note, lookup_customer, send_email


def span_line(span: ReadableSpan) -> str:
    parent = f" parent={span.parent.span_id:016x}" if span.parent else ""
    took = (span.end_time - span.start_time) / 1e6
    attrs = " ".join(f"{k}={v}" for k, v in sorted((span.attributes or {}).items()))
    return f"span {span.name} id={span.context.span_id:016x}{parent} {took:.2f} ms {attrs}\n"


def metric_lines(data: MetricsData) -> str:
    lines = []
    for rm in data.resource_metrics:
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                for p in metric.data.data_points:
                    attrs = " ".join(f"{k}={v}" for k, v in sorted(p.attributes.items()))
                    value = f"count={p.count} sum={p.sum:.6g}" if hasattr(p, "count") else f"value={p.value}"
                    lines.append(f"metric {metric.name} {value} {attrs}\n")
    return "".join(lines)


def setup_telemetry() -> tuple[TracerProvider, MeterProvider]:
    """What an application does once at start-up (or ``opentelemetry-instrument`` does for it)."""
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter(formatter=span_line)))
    trace.set_tracer_provider(tracer_provider)
    reader = PeriodicExportingMetricReader(ConsoleMetricExporter(formatter=metric_lines), export_interval_millis=60_000)
    meter_provider = MeterProvider(metric_readers=[reader])
    metrics.set_meter_provider(meter_provider)
    return tracer_provider, meter_provider


def main() -> None:
    tracer_provider, meter_provider = setup_telemetry()
    with Mask(POLICY) as mask:
        guard = MaskMiddleware(mask)
        model = ScriptedModel(steps=[ask_lookup, ask_email, answer])
        agent = create_agent(model, [lookup_customer, send_email, log_note], middleware=[guard])
        prompt = {"messages": [HumanMessage("Tell bob.paulson@example.org (customer 42) that the order shipped.")]}
        print("one agent turn:")
        with trace.get_tracer("example.agent").start_as_current_span("agent.turn"):
            result = agent.invoke(prompt)
            print(f"  end user reads: {guard.reveal_answer(result)!r}")
    print("spans and metrics of the turn:")
    tracer_provider.shutdown()
    meter_provider.shutdown()  # exports the metrics once more, then stops


if __name__ == "__main__":
    main()
