"""mask-otel: OpenTelemetry metrics and spans for every Mask, and audit records as log records.

Enabled when installed (``[plugins] disable = ["otel"]`` switches it off). It uses the
globally configured providers (``opentelemetry.metrics.get_meter``,
``opentelemetry.trace.get_tracer``, ``opentelemetry._logs.get_logger``): set up the SDK
and its exporters the usual way (``OTEL_*`` environment variables included); without an
SDK every call is a no-op. Audit records become log records when ``"otel"`` is one of
``[audit] sinks`` (off by default).

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

from .logs import AuditLogSink
from .telemetry import INSTRUMENTATION_NAME, MaskTelemetry

__all__ = ["INSTRUMENTATION_NAME", "AuditLogSink", "MaskTelemetry", "mask_audit_sinks", "mask_observers"]


@hookimpl
def mask_observers(config: MaskConfig) -> list[tuple[type[Event], Callable[..., Any]]]:
    """Metrics and spans for the Mask being built."""
    return MaskTelemetry().receivers()


@hookimpl
def mask_audit_sinks(config: MaskConfig, keys: KeyRing) -> list[AuditSink]:
    """Audit records as OpenTelemetry log records, when ``[audit] sinks`` names ``otel``."""
    return [AuditLogSink()] if AuditLogSink.name in config.audit_sinks else []
