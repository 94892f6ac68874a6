"""The ``mask`` command line.

Exit codes: 0 ok, 1 runtime error, 2 usage or configuration error. Every error is one
line on stderr that never carries plaintext (the input is not echoed, an unexpected
exception is named by its type only); ``MASK_DEBUG=1`` shows the traceback instead.
Warnings logged while a command runs are printed after it succeeds.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from typing import IO, Any, NoReturn

from . import env as E
from .cli_audit import add_audit_commands, run_audit
from .cli_input import CliUsageError as UsageError
from .cli_input import parse_json, read_text, records
from .errors import MaskConfigError, MaskError, MaskInputError, MaskKeyError

__all__ = ["main"]

EXIT_OK, EXIT_RUNTIME, EXIT_USAGE = 0, 1, 2


MASK_DEBUG = "MASK_DEBUG"
"""``1``: let an unexpected exception print its traceback (and show held warnings on error)."""


class _Parser(argparse.ArgumentParser):
    """Argument errors as one :class:`UsageError` line that does not echo the arguments
    (a mistyped command line may hold a value to protect)."""

    def error(self, message: str) -> NoReturn:
        message = re.sub(r"invalid choice: '.*?'", "invalid choice", message)
        message = re.sub(r"unrecognized arguments: .*", "unrecognized arguments", message)
        raise UsageError(f"{message} (mask --help for usage)")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", help=f"TOML config file (default: ${E.MASK_CONFIG}, ./mask.toml)")

    io = argparse.ArgumentParser(add_help=False)
    io.add_argument("file", nargs="?", help="input file (default: stdin)")
    io.add_argument("--jsonl", action="store_true", help='records {"id": ..., "text": ...}, one per line')
    io.add_argument("--json", action="store_true", help="the input is one JSON document")
    io.add_argument("--scope", help="scope (tenant) of the tokens")

    p = _Parser(prog="mask", description="Privacy middleware for AI agents.")
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
    add_audit_commands(asub)
    sub.add_parser("keygen", help="print a new key (the value for MASK_KEY) on the last line")
    forget = sub.add_parser("forget", parents=[common], help="erase a value's tokens, or a whole scope")
    forget.add_argument("value", nargs="?", help="erase the tokens of this value ('-' reads it from stdin)")
    forget.add_argument("--scope", help="the scope; without a value, erase every record of it")
    forget.add_argument("--type", action="append", dest="types", metavar="ENTITY_TYPE", help="only these types")
    mcp = sub.add_parser("mcp-proxy", parents=[common], help="protect an MCP server: mask mcp-proxy -- COMMAND ARGS")
    mcp.add_argument("--url", help="front the streamable-HTTP MCP server at URL instead of starting COMMAND")
    mcp.add_argument("--listen", metavar="HOST:PORT", help="serve clients over streamable HTTP (default: stdio)")
    mcp.add_argument("--scope", help="scope (tenant) of the tokens")
    mcp.add_argument("server", nargs=argparse.REMAINDER, metavar="-- COMMAND [ARGS...]", help="the stdio MCP server")
    return p


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


def _load_config(path: str | None) -> Any:
    from .config import load_config

    try:
        return load_config(path)
    except RecursionError:
        raise MaskConfigError("the config file is nested too deeply to parse") from None


def _mask(args: argparse.Namespace) -> Any:
    from .engine import Mask

    return Mask(_load_config(args.config))


def _check_size(mask: Any, text: str) -> None:
    """``scan`` holds its input to ``mask.max_input_chars`` as protect and reveal do."""
    if len(text) > mask.config.max_input_chars:
        raise MaskInputError(f"input of {len(text)} characters exceeds mask.max_input_chars")


def _transform(args: argparse.Namespace, out: IO[str]) -> None:
    op = args.command
    if args.json and args.jsonl:
        raise UsageError("--json and --jsonl exclude each other")
    if args.json and op == "scan":
        raise UsageError("scan takes text or --jsonl records")
    mask = _mask(args)

    def apply(value: Any) -> Any:
        if op == "protect":
            return mask.protect(value, scope=args.scope, source="cli")
        return mask.reveal(value, tool=getattr(args, "tool", None), scope=args.scope)

    try:
        text = read_text(args.file)
        if args.jsonl:
            items = list(records(text))
            progress = _progress(len(items))
            try:
                for rid, body in items:
                    if op == "scan":
                        _check_size(mask, body)
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
            out.write(_dumps(apply(parse_json(text))) + "\n")
        elif op == "scan":
            _check_size(mask, text)
            spans = mask.scan([text], scope=args.scope)[0]
            out.write(json.dumps({"id": None, "spans": [s.as_dict() for s in spans]}) + "\n")
        else:
            _write_text(out, apply(text))
    finally:
        mask.close()


def _plugins(args: argparse.Namespace, out: IO[str]) -> None:
    from rich.table import Table

    from .plugins import make_plugin_manager

    config = _load_config(args.config)
    pm = make_plugin_manager(config.disabled_plugins)
    table = Table("plugin", "status", "distribution", "version", "error")
    for name, info in sorted(pm.infos.items()):
        table.add_row(name, info.status, info.distribution or "", info.version or "", info.error or "")
    from rich.console import Console

    Console(file=out, width=120).print(table)


def _policy_check(args: argparse.Namespace, out: IO[str]) -> None:
    from .plugins import make_plugin_manager
    from .settings import bind_settings

    config = _load_config(args.path)
    config = bind_settings(config, make_plugin_manager(config.disabled_plugins))  # plugins' keys too
    tools = ", ".join(sorted(config.tools)) or "none"
    out.write(f"ok: {args.path} (vault {config.vault_backend}, tools: {tools})\n")


def _keygen(out: IO[str]) -> None:
    from .keys import generate_key

    out.write("# A new Mask key. Keep it secret; export it as MASK_KEY:\n")
    out.write(generate_key() + "\n")


def _forget(args: argparse.Namespace, out: IO[str]) -> None:
    if args.value is None and args.scope is None:
        raise UsageError("forget takes a VALUE (or '-' for stdin), or --scope SCOPE")
    value = None
    if args.value is not None:
        value = read_text("-").rstrip("\n") if args.value == "-" else args.value
        if not value:
            raise UsageError("forget takes a non-empty VALUE")
    mask = _mask(args)
    try:
        if value is not None:
            removed = mask.forget_value(value, scope=args.scope, entity_types=args.types)
            out.write(f"erased {removed} records\n")
        else:
            out.write(f"erased {mask.forget_scope(args.scope)} records of scope {args.scope!r}\n")
    finally:
        mask.close()


def _mcp_proxy(args: argparse.Namespace) -> int:
    command = args.server[1:] if args.server[:1] == ["--"] else args.server
    if bool(command) == bool(args.url):
        raise UsageError("mcp-proxy takes either -- COMMAND [ARGS...] or --url URL")
    listen = None
    if args.listen:
        host, _, port = args.listen.rpartition(":")
        if not host or not port.isdigit():
            raise UsageError("--listen takes HOST:PORT")
        listen = (host.strip("[]"), int(port))
    try:
        from mask.adapters.mcp.cli import run_proxy
    except ModuleNotFoundError:
        raise UsageError("mcp-proxy needs the MCP adapter: pip install mask-mcp") from None
    return run_proxy(_mask(args), command=command, url=args.url, listen=listen, scope=args.scope)


class _HeldWarnings(logging.Handler):
    """Mask's log warnings during a command, printed once it succeeds, so that an error
    stays the one line on stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(_one_line(record.getMessage()))
        except Exception:  # a malformed log call must not become the error
            self.lines.append(f"{record.name}: unprintable warning")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _fail(message: str, status: int, held: _HeldWarnings, debug: bool) -> int:
    if debug:
        for line in held.lines:
            print(f"mask: warning: {line}", file=sys.stderr)
    print(f"mask: {_one_line(message)}", file=sys.stderr)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    debug = os.environ.get(MASK_DEBUG, "") not in ("", "0")
    held = _HeldWarnings()
    logger = logging.getLogger("mask")
    logger.addHandler(held)
    try:
        status = _main(argv, held, debug)
    finally:
        logger.removeHandler(held)
    if status == EXIT_OK:
        for line in held.lines:
            print(f"mask: warning: {line}", file=sys.stderr)
    return status


def _main(argv: Sequence[str] | None, held: _HeldWarnings, debug: bool) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help
        return EXIT_USAGE if exc.code else EXIT_OK
    except UsageError as exc:
        return _fail(str(exc), EXIT_USAGE, held, debug)
    out = sys.stdout
    try:
        if args.command in ("scan", "protect", "reveal"):
            _transform(args, out)
        elif args.command == "plugins":
            _plugins(args, out)
        elif args.command == "policy":
            _policy_check(args, out)
        elif args.command == "audit":
            return run_audit(args, out, _mask)
        elif args.command == "keygen":
            _keygen(out)
        elif args.command == "forget":
            _forget(args, out)
        elif args.command == "mcp-proxy":
            return _mcp_proxy(args)
        out.flush()
        return EXIT_OK
    except (UsageError, MaskConfigError, MaskKeyError) as exc:
        return _fail(str(exc), EXIT_USAGE, held, debug)
    except MaskError as exc:
        return _fail(f"{type(exc).__name__}: {exc}", EXIT_RUNTIME, held, debug)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_RUNTIME
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # anything else: its type only, the message may hold plaintext
        if debug:
            raise
        message = f"internal error: {type(exc).__name__} (MASK_DEBUG=1 shows the traceback)"
        return _fail(message, EXIT_RUNTIME, held, debug)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
