"""``mask mcp-proxy``: what the core command line runs once it has parsed the arguments.

Nothing but protocol traffic goes to stdout: in stdio mode the protocol gets its own
copy of the stdout descriptor and descriptor 1 is pointed at stderr, so a stray print
(ours, a plugin's, a C library's) cannot corrupt the stream. Logs go to stderr; records
from other libraries (the SDK logs message bodies when they fail to validate) are
reduced to their logger name and level, so no plaintext reaches the log.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

import anyio

from .proxy import MaskProxy
from .transports import http_upstream, serve_http, serve_stdio, stdio_upstream

__all__ = ["WithholdForeignMessages", "configure_logging", "run_proxy"]


class WithholdForeignMessages(logging.Filter):
    """Keeps Mask's own log messages; replaces other libraries' messages with a placeholder."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("mask"):
            record.msg = "(message withheld: it may carry payload text)"
            record.args = None
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
        return True


def configure_logging(level: int = logging.WARNING) -> None:
    """One stderr handler on the root logger, withholding foreign messages."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("mask mcp-proxy: %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(WithholdForeignMessages())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    ours = logging.getLogger("mask.adapters.mcp")  # a long-running server: print now, hold nothing
    ours.handlers[:] = [handler]
    ours.propagate = False


def _protocol_stdout() -> Any:
    """The real stdout for the protocol; fd 1 and ``sys.stdout`` now point at stderr."""
    sys.stdout.flush()
    protocol = os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=0)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return anyio.wrap_file(io.TextIOWrapper(protocol, encoding="utf-8", line_buffering=True))


def run_proxy(
    mask: Any,
    *,
    command: Sequence[str] = (),
    url: str | None = None,
    listen: tuple[str, int] | None = None,
    scope: str | None = None,
) -> int:
    """Run the proxy until the client (stdio) disconnects or the process is interrupted."""
    configure_logging()
    stdout = None if listen is not None else _protocol_stdout()
    proxy = MaskProxy(mask, scope=scope)

    async def main() -> None:
        upstream = http_upstream(proxy, url) if url is not None else stdio_upstream(proxy, command[0], command[1:])
        async with upstream:
            if listen is not None:
                await serve_http(proxy, listen[0], listen[1])
            else:
                await serve_stdio(proxy, stdout=stdout)

    try:
        anyio.run(main)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a one-line reason; the SDK's messages may quote payload text
        print(f"mask: mcp-proxy stopped: {_reason(exc)}", file=sys.stderr)
        return 1
    finally:
        mask.close()
    return 0


def _reason(exc: BaseException) -> str:
    while len(getattr(exc, "exceptions", ())) == 1:  # an exception group of one
        exc = exc.exceptions[0]  # type: ignore[attr-defined]
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return type(exc).__name__
