"""What ``mask audit report`` and ``mask audit export`` read and compute: the records of a trail
in a time window, and their counts per entity type and action, per tool and per detector.

Records hold counts, types, names and keyed fingerprints, never a value or a token, so
the report and the export hold none either.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .audit import AuditSink
from .errors import MaskInputError

__all__ = ["parse_since", "read_records", "summarize"]

_RELATIVE = re.compile(r"(\d{1,6})([smhdw])")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(text: str, now: float | None = None) -> float:
    """``7d``, ``24h``, ``30m``, ``2w`` (ago) or an ISO date/time (UTC unless it says) as epoch seconds."""
    now = time.time() if now is None else now
    relative = _RELATIVE.fullmatch(text.strip())
    if relative:
        return now - int(relative[1]) * _SECONDS[relative[2]]
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise MaskInputError(
            "--since takes a duration (30m, 24h, 7d, 2w) or an ISO date (2026-12-01[T10:00])"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def read_records(sink: AuditSink, since: float | None = None) -> Iterator[dict[str, Any]]:
    """The record bodies of ``sink`` (``seq`` added), oldest first, from ``since`` on."""
    for seq, body in _bodies(sink):
        if not isinstance(body, dict):
            continue
        ts = body.get("ts")
        if since is not None and not (isinstance(ts, int | float) and ts >= since):
            continue
        yield {"seq": seq, **body}


def _bodies(sink: AuditSink) -> Iterable[tuple[int, object]]:
    records = getattr(sink, "records", None)
    if callable(records):  # the SQLite sink (and a buffered one, after its queue is written)
        return enumerate(records(), 1)
    if sink.path is not None and Path(sink.path).suffix == ".jsonl":
        return _jsonl(Path(sink.path))
    raise NotImplementedError(f"audit sink {sink.name!r} cannot be read back")


def _jsonl(path: Path) -> Iterator[tuple[int, object]]:
    if not path.exists():
        return
    with path.open("rb") as fh:
        for line in fh:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a damaged line: `mask audit verify` reports it
            if isinstance(row, dict) and isinstance(row.get("seq"), int):
                yield row["seq"], row.get("body")


def summarize(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Counts per entity type and action, per tool (action, type), per detector; refusals by
    reason, tool and type; errors by type and tool; the window's first and last record."""
    by_type: Counter[tuple[str, str]] = Counter()
    by_tool: Counter[tuple[str, str, str]] = Counter()
    by_detector: Counter[str] = Counter()
    refusals: Counter[tuple[str, str, str]] = Counter()
    errors: Counter[tuple[str, str]] = Counter()
    actions: Counter[str] = Counter()
    first = last = None
    for record in records:
        action, tool = str(record.get("action")), str(record.get("tool") or "-")
        actions[action] += 1
        ts = record.get("ts")
        if isinstance(ts, int | float):
            first = ts if first is None else min(first, ts)
            last = ts if last is None else max(last, ts)
        if action == "error":
            errors[str(record.get("error")), tool] += 1
            continue
        counts = record.get("counts") if isinstance(record.get("counts"), dict) else {}
        for etype, n in counts.items():
            if not isinstance(n, int) or action in ("forget", "audit_repair"):
                continue
            by_type[etype, action] += n
            by_tool[tool, action, etype] += n
            if action == "reveal_refused":
                refusals[str(record.get("outcome")), tool, etype] += n
        detectors = record.get("detectors")
        for detector, n in detectors.items() if isinstance(detectors, dict) else ():
            if isinstance(n, int):
                by_detector[detector] += n
    return {
        "records": sum(actions.values()),
        "first": _iso(first),
        "last": _iso(last),
        "actions": dict(sorted(actions.items())),
        "entities": [{"entity_type": t, "action": a, "count": n} for (t, a), n in sorted(by_type.items())],
        "tools": [{"tool": t, "action": a, "entity_type": e, "count": n} for (t, a, e), n in sorted(by_tool.items())],
        "detectors": [{"detector": d, "count": n} for d, n in sorted(by_detector.items())],
        "refusals": [
            {"reason": r, "tool": t, "entity_type": e, "count": n} for (r, t, e), n in sorted(refusals.items())
        ],
        "errors": [{"error": e, "tool": t, "count": n} for (e, t), n in sorted(errors.items())],
    }


def _iso(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")
