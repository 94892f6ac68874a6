"""The ``mask`` command line.

Exit codes: 0 ok, 1 runtime error, 2 usage or configuration error. Messages go to
stderr and never carry plaintext.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from . import env as E
from .errors import MaskConfigError, MaskError, MaskInputError, MaskKeyError

__all__ = ["main"]

EXIT_OK, EXIT_RUNTIME, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", help=f"TOML config file (default: ${E.MASK_CONFIG}, ./mask.toml)")

    io = argparse.ArgumentParser(add_help=False)
    io.add_argument("file", nargs="?", help="input file (default: stdin)")
    io.add_argument("--jsonl", action="store_true", help='records {"id": ..., "text": ...}, one per line')
    io.add_argument("--json", action="store_true", help="the input is one JSON document")
    io.add_argument("--scope", help="scope (tenant) of the tokens")

    p = argparse.ArgumentParser(prog="mask", description="Privacy middleware for AI agents.")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("scan", parents=[common, io], help="print detected spans (JSONL)")
    sub.add_parser("protect", parents=[common, io], help="replace PII with tokens")
    reveal = sub.add_parser("reveal", parents=[common, io], help="swap tokens back to values")
    reveal.add_argument("--tool", help="reveal as for this tool (default: the end user)")
    sub.add_parser("plugins", parents=[common], help="list plugins and their status")
    policy = sub.add_parser("policy", parents=[common], help="policy commands")
    psub = policy.add_subparsers(dest="policy_command", required=True)
    check = psub.add_parser("check", help="validate a config file")
    check.add_argument("path")
    audit = sub.add_parser("audit", parents=[common], help="audit trail commands")
    asub = audit.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="check the hash chain of every audit sink")
    sub.add_parser("keygen", help="print a new key (the value for MASK_KEY) on the last line")
    forget = sub.add_parser("forget", parents=[common], help="erase a value's tokens, or a whole scope")
    forget.add_argument("value", nargs="?", help="erase the tokens of this value ('-' reads it from stdin)")
    forget.add_argument("--scope", help="the scope; without a value, erase every record of it")
    forget.add_argument("--type", action="append", dest="types", metavar="ENTITY_TYPE", help="only these types")
    return p


def _read_input(args: argparse.Namespace) -> str:
    try:
        if args.file and args.file != "-":
            with open(args.file, encoding="utf-8", errors="strict") as fh:
                return fh.read()
        data = sys.stdin.buffer.read()
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise MaskInputError("input is not valid UTF-8") from None
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror}") from None


def _records(text: str) -> Iterator[tuple[Any, str]]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            raise MaskInputError(f"line {n} is not valid JSON") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise MaskInputError(f'line {n} is not a record {{"id": ..., "text": "..."}}')
        yield rec.get("id"), rec["text"]


def _dumps(obj: Any) -> str:
    """JSON for stdout: readable UTF-8, or ASCII escapes where a lone surrogate cannot be encoded."""
    text = json.dumps(obj, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj)
    return text


def _write_text(out: IO[str], text: str) -> None:
    try:
        out.write(text)
    except UnicodeEncodeError:
        raise MaskInputError("output holds lone surrogates that UTF-8 cannot encode: use --json or --jsonl") from None


def _progress(total: int) -> Any:
    if total < 2 or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    progress = Progress(transient=True, console=_console())
    progress.start()
    progress.add_task("records", total=total)
    return progress


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def _mask(args: argparse.Namespace) -> Any:
    from .engine import Mask

    return Mask(args.config) if args.config else Mask()


def _transform(args: argparse.Namespace, out: IO[str]) -> None:
    mask = _mask(args)
    text = _read_input(args)
    op = args.command

    def apply(value: Any) -> Any:
        if op == "protect":
            return mask.protect(value, scope=args.scope, source="cli")
        return mask.reveal(value, tool=getattr(args, "tool", None), scope=args.scope)

    try:
        if args.jsonl:
            records = list(_records(text))
            progress = _progress(len(records))
            try:
                for rid, body in records:
                    if op == "scan":
                        spans = mask.scan([body], scope=args.scope)[0]
                        line = {"id": rid, "spans": [s.as_dict() for s in spans]}
                    else:
                        line = {"id": rid, "text": apply(body)}
                    out.write(_dumps(line) + "\n")
                    if progress is not None:
                        progress.advance(progress.task_ids[0])
            finally:
                if progress is not None:
                    progress.stop()
        elif args.json:
            try:
                doc = json.loads(text)
            except json.JSONDecodeError:
                raise MaskInputError("input is not valid JSON") from None
            if op == "scan":
                raise UsageError("scan takes text or --jsonl records")
            out.write(_dumps(apply(doc)) + "\n")
        elif op == "scan":
            spans = mask.scan([text], scope=args.scope)[0]
            out.write(json.dumps({"id": None, "spans": [s.as_dict() for s in spans]}) + "\n")
        else:
            _write_text(out, apply(text))
    finally:
        mask.close()


def _plugins(args: argparse.Namespace, out: IO[str]) -> None:
    from rich.table import Table

    from .config import load_config
    from .plugins import make_plugin_manager

    config = load_config(args.config)
    pm = make_plugin_manager(config.disabled_plugins)
    table = Table("plugin", "status", "distribution", "version", "error")
    for name, info in sorted(pm.infos.items()):
        table.add_row(name, info.status, info.distribution or "", info.version or "", info.error or "")
    from rich.console import Console

    Console(file=out, width=120).print(table)


def _policy_check(args: argparse.Namespace, out: IO[str]) -> None:
    from .config import load_config

    config = load_config(args.path)
    tools = ", ".join(sorted(config.tools)) or "none"
    out.write(f"ok: {args.path} (vault {config.vault_backend}, tools: {tools})\n")


def _audit_verify(args: argparse.Namespace, out: IO[str]) -> int:
    mask = _mask(args)
    failed = False
    try:
        for sink in mask.sinks:
            try:
                result = sink.verify()
            except NotImplementedError as exc:
                out.write(f"{sink.name}: skipped ({exc})\n")
                continue
            state = "ok" if result.ok else "TAMPERED"
            out.write(f"{sink.name}: {state} ({result.count} records)\n")
            for problem in result.problems:
                out.write(f"  {problem}\n")
            failed |= not result.ok
    finally:
        mask.close()
    return EXIT_RUNTIME if failed else EXIT_OK


def _keygen(out: IO[str]) -> None:
    from .keys import generate_key

    out.write("# A new Mask key. Keep it secret; export it as MASK_KEY:\n")
    out.write(generate_key() + "\n")


def _forget(args: argparse.Namespace, out: IO[str]) -> None:
    if args.value is None and args.scope is None:
        raise UsageError("forget takes a VALUE (or '-' for stdin), or --scope SCOPE")
    value = None
    if args.value is not None:
        value = sys.stdin.read().rstrip("\n") if args.value == "-" else args.value
    mask = _mask(args)
    try:
        if value is not None:
            removed = mask.forget_value(value, scope=args.scope, entity_types=args.types)
            out.write(f"erased {removed} records\n")
        else:
            out.write(f"erased {mask.forget_scope(args.scope)} records of scope {args.scope!r}\n")
    finally:
        mask.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    out = sys.stdout
    try:
        if args.command in ("scan", "protect", "reveal"):
            _transform(args, out)
        elif args.command == "plugins":
            _plugins(args, out)
        elif args.command == "policy":
            _policy_check(args, out)
        elif args.command == "audit":
            return _audit_verify(args, out)
        elif args.command == "keygen":
            _keygen(out)
        elif args.command == "forget":
            _forget(args, out)
        out.flush()
        return EXIT_OK
    except (UsageError, MaskConfigError, MaskKeyError) as exc:
        print(f"mask: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MaskError as exc:
        print(f"mask: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_RUNTIME
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_RUNTIME
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
