"""mask-otel through the global SDK: every instrument, its attributes, spans nested under the
caller's span (sync and async), audit log records, and no plaintext anywhere."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from opentelemetry import trace
from otel_sdk import Sdk

from mask.core import Mask, MaskConfigError, MaskVaultError
from mask.core.events import Protected, ToolCall, ToolResult

PII = ("bob@corp.com", "536-22-9841", "+1 415 555 0132", "carol@corp.com")
TEXT = "mail bob@corp.com, SSN 536-22-9841, call +1 415 555 0132"


def _config(send: str, **extra: Any) -> dict[str, Any]:
    return {
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "plugins": {"disable": ["spacy"]},
        "entities": {"US_SSN": {"action": "redact"}},
        "tools": {send: {"reveal": ["EMAIL_ADDRESS"]}},
        **extra,
    }


def _tools() -> tuple[str, str, str]:
    tag = uuid.uuid4().hex[:8]  # the SDK's sums are cumulative: each test counts its own tools
    return f"crm_{tag}", f"send_{tag}", f"post_{tag}"


def _everything(sdk: Sdk) -> str:
    """Every attribute key and value of every metric point, span and log record, as text."""
    parts: list[str] = []
    data = sdk.reader.get_metrics_data()
    for rm in data.resource_metrics:
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                parts.extend(repr(dict(p.attributes)) for p in metric.data.data_points)
    parts.extend(repr((s.name, dict(s.attributes or {}), s.events)) for s in sdk.spans.get_finished_spans())
    parts.extend(repr((r.log_record.body, dict(r.log_record.attributes or {}))) for r in sdk.logs.get_finished_logs())
    return "\n".join(parts)


def test_every_instrument_and_its_attributes(sdk: Sdk) -> None:
    crm, send, post = _tools()
    events: list[Protected] = []
    with Mask(_config(send)) as mask:
        mask.bus.connect(Protected, lambda _bus, event: events.append(event), weak=False)
        safe = mask.dispatch(ToolResult(tool=crm, payload=TEXT)).payload
        email_token = safe.split()[1].rstrip(",")
        assert mask.dispatch(ToolCall(tool=send, payload={"to": email_token})).payload == {"to": "bob@corp.com"}
        mask.dispatch(ToolCall(tool=post, payload=safe))  # e-mail and phone tokens refused to this tool
        mask.reveal("from [EMAIL_ZZZZZZ]", tool=post)  # a reserved shape that does not verify
        mask.vault.get_many = _down  # type: ignore[method-assign]
        with pytest.raises(MaskVaultError):
            mask.protect("mail carol@corp.com", tool=crm)
    assert {
        "mask.entities.protected",
        "mask.reveals",
        "mask.reveals.refused",
        "mask.errors",
        "mask.protect.duration",
        "mask.reveal.duration",
        "mask.payload.size",
    } <= sdk.metric_names()

    protected = {
        (a["mask.entity_type"], a["mask.action"], a["mask.scheme"]): (a["mask.detector"], p.value)
        for a, p in sdk.points("mask.entities.protected")
        if a.get("mask.tool") == crm
    }
    assert {k: v[1] for k, v in protected.items()} == {
        ("EMAIL_ADDRESS", "tokenize", "format"): 1,
        ("US_SSN", "redact", "redact"): 1,
        ("PHONE_NUMBER", "tokenize", "format"): 1,
    }
    detected = {(t, d, s): n for (t, a, d, s), n in events[0].entities.items()}
    assert {(t, d, s): n for (t, _a, s), (d, n) in protected.items()} == detected  # the event's detectors

    reveals = {(a.get("mask.tool"), a["mask.entity_type"]): p.value for a, p in sdk.points("mask.reveals")}
    assert reveals[send, "EMAIL_ADDRESS"] == 1 and (post, "EMAIL_ADDRESS") not in reveals
    refused = {
        (a["mask.entity_type"], a["mask.reason"]): p.value
        for a, p in sdk.points("mask.reveals.refused")
        if a.get("mask.tool") == post
    }
    assert refused == {
        ("EMAIL_ADDRESS", "policy"): 1,
        ("PHONE_NUMBER", "policy"): 1,
        ("EMAIL_ADDRESS", "unverified"): 1,
    }
    errors = {(a["mask.error"], a["mask.operation"]): p.value for a, p in sdk.points("mask.errors")}
    assert errors[("MaskVaultError", "protect")] >= 1

    [(attrs, timing)] = [(a, p) for a, p in sdk.points("mask.protect.duration") if a.get("mask.tool") == crm]
    assert attrs == {"mask.tool": crm, "mask.source": "tool-result"}
    assert timing.count == 1 and 0 < timing.sum < 10 and timing.sum == pytest.approx(events[0].duration)
    reveal_calls = {a.get("mask.tool"): p.count for a, p in sdk.points("mask.reveal.duration")}
    assert reveal_calls[send] == 1 and reveal_calls[post] == 2  # one per reveal call, refused or not
    sizes = {a["mask.operation"]: p for a, p in sdk.points("mask.payload.size")}
    assert set(sizes) == {"protect", "reveal"} and sizes["protect"].max >= len(TEXT)
    plain = _everything(sdk)
    assert not [v for v in (*PII, email_token) if v in plain]


def _down(*_args: object) -> dict[str, bytes]:
    raise MaskVaultError("vault down")


def test_spans_are_children_of_the_callers_span_sync_and_async(sdk: Sdk) -> None:
    crm, send, _post = _tools()
    tracer = trace.get_tracer("agent")
    big = {"rows": [TEXT] * 200}  # over async_inline_chars: protected in a worker thread
    with Mask(_config(send)) as mask:
        with tracer.start_as_current_span("agent.turn") as turn:
            safe = mask.protect(TEXT, tool=crm)
            mask.reveal(safe, tool=send)

        async def main() -> None:
            with tracer.start_as_current_span("agent.async_turn"):
                await mask.aprotect(big, tool=crm)
                await mask.adispatch(ToolResult(tool=crm, payload=TEXT))  # small: on the event loop
                await mask.areveal(safe, tool=send)

        asyncio.run(main())
    spans = sdk.spans.get_finished_spans()
    by_name: dict[str, list[Any]] = {}
    for span in spans:
        by_name.setdefault(span.name, []).append(span)
    [sync_turn] = by_name["agent.turn"]
    [async_turn] = by_name["agent.async_turn"]
    protects, reveals = by_name["mask.protect"], by_name["mask.reveal"]
    assert [s.parent.span_id for s in protects] == [turn.get_span_context().span_id] + [async_turn.context.span_id] * 2
    assert [s.parent.span_id for s in reveals] == [sync_turn.context.span_id, async_turn.context.span_id]
    assert all(s.context.trace_id == s.parent.trace_id for s in protects + reveals)
    for span in protects + reveals:
        parent = sync_turn if span.parent.span_id == sync_turn.context.span_id else async_turn
        assert parent.start_time <= span.start_time <= span.end_time <= parent.end_time
    first = dict(protects[0].attributes)
    assert first == {
        "mask.tool": crm,
        "mask.source": "api",
        "mask.entities.EMAIL_ADDRESS": 1,
        "mask.entities.PHONE_NUMBER": 1,
        "mask.entities.US_SSN": 1,
        "mask.entities.total": 3,
        "mask.payload.chars": len(TEXT),
        "mask.schemes": "format,redact",
        "mask.detectors": first["mask.detectors"],
    }
    assert dict(protects[1].attributes)["mask.entities.total"] == 600
    reveal = dict(reveals[0].attributes)
    assert reveal["mask.tool"] == send and reveal["mask.revealed.EMAIL_ADDRESS"] == 1
    assert reveal["mask.refused.PHONE_NUMBER"] == 1 and reveal["mask.refused.total"] == 1
    assert not [v for v in PII if v in _everything(sdk)]


def test_audit_records_as_log_records_only_when_asked(sdk: Sdk) -> None:
    crm, send, post = _tools()
    with Mask(_config(send)) as mask:
        mask.protect(TEXT, tool=crm)
    assert sdk.logs.get_finished_logs() == ()  # off by default
    with Mask(_config(send, audit={"sinks": ["otel"]})) as mask:
        safe = mask.protect(TEXT, tool=crm)
        mask.reveal(safe, tool=post)
    logs = [r.log_record for r in sdk.logs.get_finished_logs()]
    assert [r.body for r in logs] == ["mask.audit.protect", "mask.audit.reveal_refused"]
    protect, refused = (dict(r.attributes) for r in logs)
    assert protect["mask.audit.action"] == "protect" and protect["mask.audit.tool"] == crm
    assert protect["mask.audit.counts.US_SSN"] == 1 and protect["mask.audit.outcome"] == "ok"
    assert sum(v for k, v in protect.items() if k.startswith("mask.audit.detectors.")) == 3
    assert len(protect["mask.audit.tokens"]) == 2 and all(len(f) == 16 for f in protect["mask.audit.tokens"])
    assert protect["mask.audit.kid"] == mask.keys.current and protect["mask.audit.scope"] == "default"
    assert refused["mask.audit.outcome"] == "policy" and logs[1].severity_text == "WARN"
    assert logs[0].timestamp > 0 and logs[0].severity_text == "INFO"
    text = _everything(sdk)
    assert not [v for v in PII if v in text] and not [t for t in safe.split() if "mask." in t and t in text]


def test_disabled_plugin_records_nothing(sdk: Sdk) -> None:
    crm, send, _post = _tools()
    with Mask({**_config(send), "plugins": {"disable": ["spacy", "otel"]}}) as mask:
        assert mask.plugins.infos["otel"].status == "disabled"
        mask.protect(TEXT, tool=crm)
    assert not [a for a, _ in sdk.points("mask.entities.protected") if a.get("mask.tool") == crm]
    assert sdk.spans.get_finished_spans() == ()


def test_the_otel_section_switches_logs_traces_and_metrics(sdk: Sdk, monkeypatch: pytest.MonkeyPatch) -> None:
    crm, send, _post = _tools()
    with Mask(_config(send, otel={"logs": True, "traces": False})) as mask:
        mask.protect(TEXT, tool=crm)
    assert [r.log_record.body for r in sdk.logs.get_finished_logs()] == ["mask.audit.protect"]
    assert sdk.spans.get_finished_spans() == ()  # traces off
    assert [p.value for a, p in sdk.points("mask.entities.protected") if a.get("mask.tool") == crm] == [1, 1, 1]
    sdk.logs.clear()
    monkeypatch.setenv("MASK_OTEL_LOGS", "1")
    with Mask(_config(send, otel={"metrics": False})) as mask:
        mask.protect(TEXT, tool=f"{crm}-2")
    assert len(sdk.logs.get_finished_logs()) == 1  # MASK_OTEL_LOGS
    assert [s.name for s in sdk.spans.get_finished_spans()] == ["mask.protect"]
    assert not [a for a, _ in sdk.points("mask.entities.protected") if a.get("mask.tool") == f"{crm}-2"]
    with pytest.raises(MaskConfigError, match="otel"):
        Mask(_config(send, otel={"log": True}))
