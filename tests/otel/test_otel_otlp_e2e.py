"""End to end: an application exports Mask's spans, metrics and audit log records over OTLP/HTTP
(configured by OTEL_* variables) to a receiver on a free loopback port, which decodes them with
opentelemetry-proto."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from google.protobuf.json_format import MessageToDict
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
    ExportMetricsServiceResponse,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

CLIENT = Path(__file__).with_name("otlp_client.py")
KINDS = {
    "/v1/traces": (ExportTraceServiceRequest, ExportTraceServiceResponse),
    "/v1/metrics": (ExportMetricsServiceRequest, ExportMetricsServiceResponse),
    "/v1/logs": (ExportLogsServiceRequest, ExportLogsServiceResponse),
}


class Receiver(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: dict[str, list[Any]] = {path: [] for path in KINDS}
        self.raw = b""


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        request_type, response_type = KINDS[self.path]
        assert self.headers["Content-Type"] == "application/x-protobuf"
        self.server.raw += body
        self.server.received[self.path].append(request_type.FromString(body))
        reply = response_type().SerializeToString()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _attrs(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {a["key"]: next(iter(a["value"].values())) for a in items}


def test_spans_metrics_and_logs_reach_an_otlp_http_receiver(receiver: Receiver, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{receiver.server_port}",
        "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf",
        "OTEL_SERVICE_NAME": "mask-e2e",
    }
    done = subprocess.run(
        [sys.executable, str(CLIENT), str(tmp_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    tokens = re.findall(r"mask\.\w+@mask\.example|\+1[\d ]+\d", done.stdout)
    assert len(tokens) == 2 and "bob@corp.com" not in done.stdout

    spans = [
        MessageToDict(span)
        for request in receiver.received["/v1/traces"]
        for rs in request.resource_spans
        for ss in rs.scope_spans
        for span in ss.spans
    ]
    by_name = {s["name"]: s for s in spans}
    assert {"agent.turn", "mask.protect", "mask.reveal"} <= set(by_name)
    turn = by_name["agent.turn"]
    for name in ("mask.protect", "mask.reveal"):
        assert by_name[name]["parentSpanId"] == turn["spanId"] and by_name[name]["traceId"] == turn["traceId"]
    protect = _attrs(by_name["mask.protect"]["attributes"])
    assert protect["mask.tool"] == "crm_lookup" and protect["mask.entities.total"] == "2"
    assert protect["mask.entities.EMAIL_ADDRESS"] == "1" and protect["mask.entities.PHONE_NUMBER"] == "1"
    assert _attrs(by_name["mask.reveal"]["attributes"])["mask.revealed.EMAIL_ADDRESS"] == "1"

    metrics = {
        m.name: MessageToDict(m)
        for request in receiver.received["/v1/metrics"]
        for rm in request.resource_metrics
        for sm in rm.scope_metrics
        for m in sm.metrics
    }
    assert {"mask.entities.protected", "mask.reveals", "mask.protect.duration", "mask.payload.size"} <= set(metrics)
    points = metrics["mask.reveals"]["sum"]["dataPoints"]
    assert [(_attrs(p["attributes"]), p["asInt"]) for p in points] == [
        ({"mask.tool": "send_email", "mask.entity_type": "EMAIL_ADDRESS"}, "1")
    ]
    [histogram] = metrics["mask.protect.duration"]["histogram"]["dataPoints"]
    assert histogram["count"] == "1" and histogram["explicitBounds"][0] == 0.0001

    logs = [
        MessageToDict(record)
        for request in receiver.received["/v1/logs"]
        for rl in request.resource_logs
        for sl in rl.scope_logs
        for record in sl.log_records
    ]
    assert [r["body"]["stringValue"] for r in logs] == [
        "mask.audit.protect",
        "mask.audit.reveal",
        "mask.audit.reveal_refused",  # the phone number, which send_email may not see
    ]
    assert _attrs(logs[0]["attributes"])["mask.audit.counts.EMAIL_ADDRESS"] == "1"
    resource = MessageToDict(receiver.received["/v1/traces"][0].resource_spans[0].resource)
    assert _attrs(resource["attributes"])["service.name"] == "mask-e2e"

    raw = receiver.raw
    for plain in ("bob@corp.com", "415 555 0132", *tokens):
        assert plain.encode() not in raw
