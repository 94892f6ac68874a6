"""Audit records as OpenTelemetry log records: the sink ``otel`` (``[audit] sinks = ["sqlite", "otel"]``).

Each record becomes one log record through the global logger provider, with the audit
trail's fields as attributes (``mask.audit.action``, ``.scope``, ``.tool``, ``.source``,
``.outcome``, ``.error``, ``.kid``, ``.tokens`` — keyed fingerprints, never tokens —,
``mask.audit.counts.<TYPE>`` and ``mask.audit.detectors.<NAME>``), its time as the timestamp, and ``WARN`` severity for
refusals and errors. The trail's hash chain stays in the local sinks: this one cannot be
verified (``mask audit verify`` skips it).
"""

from __future__ import annotations

from opentelemetry._logs import LogRecord, SeverityNumber, get_logger

from mask.core.audit import AuditRecord, AuditSink

__all__ = ["AuditLogSink", "attributes_of"]

_WARN = {"reveal_refused", "error"}


def attributes_of(record: AuditRecord) -> dict[str, str | int | list[str]]:
    """The record's fields as log attributes (None fields left out)."""
    out: dict[str, str | int | list[str]] = {}
    for key, value in record.as_dict().items():
        if key in ("counts", "detectors", "ts") or value is None:
            continue
        out[f"mask.audit.{key}"] = value  # type: ignore[assignment]
    for etype, n in sorted(record.counts.items()):
        out[f"mask.audit.counts.{etype}"] = n
    for detector, n in sorted(record.detectors.items()):
        out[f"mask.audit.detectors.{detector}"] = n
    return out


class AuditLogSink(AuditSink):
    """Emits every audit record as a log record (logger ``mask.audit``)."""

    name = "otel"

    def __init__(self) -> None:
        self._logger = get_logger("mask.audit")

    def write(self, record: AuditRecord) -> None:
        warn = record.action in _WARN
        self._logger.emit(
            LogRecord(
                timestamp=int(record.ts * 1e9),
                severity_text="WARN" if warn else "INFO",
                severity_number=SeverityNumber.WARN if warn else SeverityNumber.INFO,
                body=f"mask.audit.{record.action}",
                attributes=attributes_of(record),
            )
        )
