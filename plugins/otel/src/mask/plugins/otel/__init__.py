"""mask-otel: OpenTelemetry metrics and spans for every Mask, and audit records as log records.

Enabled when installed (``[plugins] disable = ["otel"]`` switches it off). It uses the
globally configured providers (``opentelemetry.metrics.get_meter``,
``opentelemetry.trace.get_tracer``, ``opentelemetry._logs.get_logger``): set up the SDK
and its exporters the usual way (``OTEL_*`` environment variables included); without an
SDK every call is a no-op. Its section::

    [otel]
    metrics = true     # counters and histograms
    traces = true      # mask.protect / mask.reveal spans
    logs = false       # audit records as log records (MASK_OTEL_LOGS=1); or name "otel" in [audit] sinks

Counts, entity types, tool, detector and scheme names, timings and sizes: never a value
or a token.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mask.core.audit import AuditSink
from mask.core.config import MaskConfig
from mask.core.events import Event
from mask.core.hookspecs import hookimpl
from mask.core.keys import KeyRing
from mask.core.settings import Setting, SettingsSpec

from .logs import AuditLogSink
from .telemetry import INSTRUMENTATION_NAME, MaskTelemetry

__all__ = [
    "INSTRUMENTATION_NAME",
    "AuditLogSink",
    "MaskTelemetry",
    "mask_audit_sinks",
    "mask_observers",
    "mask_settings",
]


@hookimpl
def mask_settings() -> list[SettingsSpec]:
    """The ``[otel]`` section."""
    return [
        SettingsSpec(
            "otel",
            (
                Setting("metrics", (bool,), "record Mask's counters and histograms", True),
                Setting("traces", (bool,), "create mask.protect / mask.reveal spans", True),
                Setting("logs", (bool,), "emit audit records as OpenTelemetry log records", False, "MASK_OTEL_LOGS"),
            ),
        )
    ]


@hookimpl
def mask_observers(config: MaskConfig) -> list[tuple[type[Event], Callable[..., Any], Callable[[], bool]]]:
    """Metrics and spans for the Mask being built (as ``[otel]`` says); no event is built for
    them while no provider records (``MaskTelemetry.live``)."""
    section = config.section("otel")
    telemetry = MaskTelemetry(metrics=section.get("metrics", True), traces=section.get("traces", True))
    return [(event_type, receiver, telemetry.live) for event_type, receiver in telemetry.receivers()]


@hookimpl
def mask_audit_sinks(config: MaskConfig, keys: KeyRing) -> list[AuditSink]:
    """Audit records as OpenTelemetry log records: ``[otel] logs = true`` or ``otel`` in ``[audit] sinks``."""
    wanted = config.section("otel").get("logs", False) or AuditLogSink.name in config.audit_sinks
    return [AuditLogSink()] if wanted else []
