"""``mask audit report`` (counts for a time window, and the chain verdict) and
``mask audit export --jsonl`` (the records, one JSON object a line, for a SIEM).

``report`` exits like ``verify``: 0 when the trail is ok, 1 tampered, 3 unverifiable.
"""

from __future__ import annotations

import argparse
import csv
import json
from typing import IO, Any

from .audit import AuditSink
from .audit_report import parse_since, read_records, summarize
from .cli_input import CliUsageError
from .errors import MaskInputError

__all__ = ["add_report_commands", "run_export", "run_report"]

_CSV_FIELDS = ("sink", "section", "tool", "action", "entity_type", "detector", "reason", "error", "count")


def add_report_commands(asub: Any) -> None:
    report = asub.add_parser(
        "report", help="counts per entity type and action, tool and detector; refusals, errors; the chain verdict"
    )
    _window(report)
    fmt = report.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON document")
    fmt.add_argument("--csv", action="store_true", help="CSV rows: " + ",".join(_CSV_FIELDS))
    export = asub.add_parser("export", help="the audit records as JSON lines (for a SIEM)")
    _window(export)
    export.add_argument("--jsonl", action="store_true", required=True, help="one JSON object per record and line")


def _window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="WHEN", help="30m, 24h, 7d, 2w ago, or an ISO date/time (UTC)")
    parser.add_argument("--sink", metavar="NAME", help="the audit sink to read (default: the first configured)")


def _sink(mask: Any, name: str | None) -> AuditSink:
    sinks = list(mask.sinks)
    if not sinks:
        raise CliUsageError("no audit sink is configured ([audit] sinks)")
    if name is None:
        return sinks[0]
    for sink in sinks:
        if sink.name == name:
            return sink
    raise CliUsageError(f"--sink names no configured audit sink (configured: {', '.join(s.name for s in sinks)})")


def _since(args: argparse.Namespace) -> float | None:
    try:
        return parse_since(args.since) if args.since else None
    except MaskInputError as exc:
        raise CliUsageError(str(exc)) from None


def run_report(args: argparse.Namespace, mask: Any, out: IO[str]) -> str:
    """Print the report; return the chain's verdict."""
    sink, since = _sink(mask, args.sink), _since(args)
    verdict = sink.verify()
    summary = summarize(read_records(sink, since))
    chain = {"verdict": verdict.verdict, "records": verdict.count, "problems": list(verdict.problems)}
    if args.json:
        json.dump({"sink": sink.name, "since": summary["first"] if since is None else _iso(since), "chain": chain,
                   **summary}, out, indent=2)  # fmt: skip
        out.write("\n")
    elif args.csv:
        _csv(sink.name, chain, summary, out)
    else:
        _text(sink.name, since, chain, summary, out)
    return verdict.verdict


def _iso(ts: float) -> str:
    from datetime import datetime, timezone

    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


def _text(name: str, since: float | None, chain: dict[str, Any], summary: dict[str, Any], out: IO[str]) -> None:
    window = f"since {_iso(since)}" if since is not None else "all records"
    out.write(f"audit sink {name}: chain {chain['verdict'].upper()} ({chain['records']} records)\n")
    for problem in chain["problems"]:
        out.write(f"  {problem}\n")
    out.write(f"window: {window}: {summary['records']} records ({summary['first']} .. {summary['last']})\n")
    sections = (
        ("entities per type and action", "entities", ("entity_type", "action")),
        ("per tool", "tools", ("tool", "action", "entity_type")),
        ("per detector", "detectors", ("detector",)),
        ("refusals", "refusals", ("reason", "tool", "entity_type")),
        ("errors", "errors", ("error", "tool")),
    )
    for title, key, columns in sections:
        rows = summary[key]
        out.write(f"{title}:{'' if rows else ' none'}\n")
        for row in rows:
            out.write("  " + "  ".join(f"{row[c]:<22}" for c in columns) + f"{row['count']:>8}\n")


def _csv(name: str, chain: dict[str, Any], summary: dict[str, Any], out: IO[str]) -> None:
    writer = csv.DictWriter(out, _CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerow({"sink": name, "section": "chain", "reason": chain["verdict"], "count": chain["records"]})
    for section in ("entities", "tools", "detectors", "refusals", "errors"):
        for row in summary[section]:
            writer.writerow({"sink": name, "section": section, **row})


def run_export(args: argparse.Namespace, mask: Any, out: IO[str]) -> None:
    sink = _sink(mask, args.sink)
    for record in read_records(sink, _since(args)):
        out.write(json.dumps({"sink": sink.name, **record}, sort_keys=True) + "\n")
