"""ADK traces tool arguments after the tool ran: they must hold tokens again by then."""

from __future__ import annotations

import json
from typing import Any

import pytest
from adk_harness import ALICE, make_harness, support_script
from google.adk.telemetry import tracing
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from mask.core import Mask


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> InMemorySpanExporter:
    """ADK's tracer, routed to an in-memory exporter, with tool arguments captured (schema v1)."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setenv("ADK_TELEMETRY_SCHEMA_VERSION_OPT_IN", "1")
    monkeypatch.setenv("ADK_CAPTURE_MESSAGE_CONTENT_IN_SPANS", "true")
    monkeypatch.setattr(tracing, "tracer", provider.get_tracer("mask-adk-test"))
    return exporter


async def test_traced_tool_arguments_hold_tokens(adk_mask: Mask, spans: InMemorySpanExporter) -> None:
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, support_script(seen))

    await h.run("Please email customer c-1.")

    assert h.tools.calls["send_email"][0]["to"] == ALICE  # the tool did get the value
    recorded = {
        span.name: dict(span.attributes or {}) for span in spans.get_finished_spans() if span.name.startswith("execute")
    }
    args = json.loads(str(recorded["execute_tool send_email"]["gcp.vertex.agent.tool_call_args"]))
    assert args["to"] == seen["token"]
    everything = json.dumps([dict(s.attributes or {}) for s in spans.get_finished_spans()], default=str)
    assert ALICE not in everything
