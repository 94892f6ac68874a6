"""``mask audit verify | head | repair | report | export``: the verdict on each audit trail, its
anchor digest, moving a damaged JSON-lines tail aside, and (``cli_audit_report``) counts for a
time window and the records as JSON lines.

Exit statuses of ``verify`` and ``head``: 0 every trail ok, 1 a trail was tampered with
(edited, inserted, deleted or truncated records, a forged head, a failed ``--head``
anchor), 3 no tampering found but a trail could not be fully checked (records under key
ids the key ring lacks, or no keyed head yet). 2 is a usage error, as everywhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import IO, Any

from .audit import VerifyResult, parse_anchor
from .cli_audit_report import add_report_commands, run_export, run_report
from .cli_input import CliUsageError
from .errors import MaskInputError

__all__ = ["EXIT_TAMPERED", "EXIT_UNVERIFIABLE", "add_audit_commands", "run_audit"]

EXIT_OK, EXIT_TAMPERED, EXIT_UNVERIFIABLE = 0, 1, 3
_STATUS = {"ok": EXIT_OK, "tampered": EXIT_TAMPERED, "unverifiable": EXIT_UNVERIFIABLE}
_FIX = (
    "fix: run with the old key(s) too: MASK_KEY=<current key> MASK_OLD_KEYS=<old kid:base64url>[,...] "
    '(a generated key file, <data_dir>/key.json, holds its key as {"keys": {"KID": "BASE64URL"}}, '
    "i.e. KID:BASE64URL). A key id you never had means the records were tampered with."
)


def add_audit_commands(asub: Any) -> None:
    """The ``audit`` subcommands, on the ``audit`` parser's subparsers."""
    verify = asub.add_parser("verify", help="the verdict on every audit trail: ok (0), tampered (1), unverifiable (3)")
    verify.add_argument(
        "--head",
        action="append",
        default=[],
        metavar="[SINK:]COUNT:HASH",
        help="also check that the trail still holds this digest printed earlier by `mask audit head`",
    )
    asub.add_parser("head", help="print each trail's digest (SINK:COUNT:HASH) to keep off this machine")
    asub.add_parser("repair", help="move a damaged JSON-lines tail to <file>.corrupt-<time> and go on")
    add_report_commands(asub)


def run_audit(args: argparse.Namespace, out: IO[str], make_mask: Callable[[argparse.Namespace], Any]) -> int:
    mask = make_mask(args)
    try:
        if args.audit_command == "repair":
            return _repair(mask, out)
        if args.audit_command == "report":
            return _STATUS[run_report(args, mask, out)]
        if args.audit_command == "export":
            run_export(args, mask, out)
            return EXIT_OK
        anchors = _anchors(getattr(args, "head", None) or [], [s.name for s in mask.sinks])
        results = []
        for sink in mask.sinks:
            try:
                anchor = anchors.get(sink.name)  # sinks of other plugins may not take one
                result = sink.verify(anchor=anchor) if anchor else sink.verify()
            except NotImplementedError as exc:
                out.write(f"{sink.name}: skipped ({exc})\n")
                continue
            results.append(result)
            if args.audit_command == "head":
                _print_head(sink.name, result, out)
            else:
                _print_verdict(sink.name, result, out)
    finally:
        mask.close()
    if any(r.unknown_kids for r in results) and args.audit_command == "verify":
        out.write(_FIX + "\n")
    return max((_STATUS[_verdict(r)] for r in results), default=EXIT_OK, key=_severity)


def _verdict(result: VerifyResult) -> str:
    """The verdict; a result that says not ok without a reason (another plugin's) is tampered."""
    verdict = result.verdict
    return "tampered" if verdict == "ok" and not result.ok else verdict


def _severity(status: int) -> int:
    return {EXIT_OK: 0, EXIT_UNVERIFIABLE: 1, EXIT_TAMPERED: 2}[status]


def _anchors(texts: list[str], sinks: list[str]) -> dict[str, str]:
    anchors: dict[str, str] = {}
    for text in texts:
        try:
            sink, count, digest = parse_anchor(text)
        except MaskInputError as exc:
            raise CliUsageError(str(exc)) from None
        if sink is None and len(sinks) == 1:
            sink = sinks[0]
        if sink not in sinks:
            raise CliUsageError(f"--head names no configured audit sink (configured: {', '.join(sinks) or 'none'})")
        anchors[sink] = f"{count}:{digest}"
    return anchors


def _print_verdict(name: str, result: VerifyResult, out: IO[str]) -> None:
    verdict = _verdict(result)
    out.write(f"{name}: {verdict if verdict == 'ok' else verdict.upper()} ({result.count} records)\n")
    for problem in result.problems:
        out.write(f"  {problem}\n")
    for kid, count in sorted(result.unknown_kids.items()):
        out.write(f"  {count} record(s) or head(s) under key id {kid!r}, which the key ring lacks: unverifiable\n")
    for note in result.notes:
        out.write(f"  {note}\n")


def _print_head(name: str, result: VerifyResult, out: IO[str]) -> None:
    verdict = _verdict(result)
    if verdict == "ok" and result.last is not None:
        out.write(f"{name}:{result.last[0]}:{result.last[1]}\n")
    elif verdict == "ok":
        out.write(f"# {name}: empty trail, nothing to anchor\n")
    else:
        out.write(f"# {name}: {verdict.upper()}, no digest printed (see `mask audit verify`)\n")


def _repair(mask: Any, out: IO[str]) -> int:
    for sink in mask.sinks:
        moved = sink.repair()
        if moved is None:
            out.write(f"{sink.name}: nothing to repair\n")
        else:
            out.write(f"{sink.name}: moved the damaged tail to {moved}; an audit_repair record continues the chain\n")
    return EXIT_OK
