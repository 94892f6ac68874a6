"""Reading the command line's input: bytes to UTF-8 text, JSON, JSON-lines records.

Every failure is a :class:`MaskInputError` (exit status 1) or a :class:`CliUsageError`
(exit status 2) whose message names what is wrong and where (a line number), never the
input itself: the input is the plaintext Mask protects.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

from .errors import MaskInputError

__all__ = ["CliUsageError", "parse_json", "read_bytes", "read_text", "records"]


class CliUsageError(Exception):
    """A usage error of the command line (exit status 2)."""


def read_bytes(path: str | None) -> bytes:
    """The bytes of ``path``, or of standard input when it is None or ``-``."""
    try:
        if path and path != "-":
            with open(path, "rb") as fh:
                return fh.read()
        return sys.stdin.buffer.read()
    except OSError as exc:
        what = "the input file" if path and path != "-" else "standard input"
        raise CliUsageError(f"cannot read {what}: {exc.strerror or type(exc).__name__}") from None


def read_text(path: str | None) -> str:
    """:func:`read_bytes` decoded as UTF-8 (strict: invalid bytes are an input error)."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MaskInputError(f"input is not valid UTF-8 (byte offset {exc.start})") from None


def parse_json(text: str, where: str = "input") -> Any:
    """One JSON document. Nesting deeper than the interpreter can parse, numbers too long to
    convert and malformed JSON are input errors, not tracebacks."""
    try:
        return json.loads(text)
    except RecursionError:
        raise MaskInputError(f"{where} is JSON nested too deeply to parse") from None
    except json.JSONDecodeError as exc:
        raise MaskInputError(
            f"{where} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError:  # e.g. an integer longer than sys.get_int_max_str_digits()
        raise MaskInputError(f"{where} holds a JSON value Python cannot convert (a number too long?)") from None


def records(text: str) -> Iterator[tuple[Any, str]]:
    """The ``(id, text)`` of each ``{"id": ..., "text": "..."}`` line; blank lines are skipped."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        rec = parse_json(line, f"line {n}")
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise MaskInputError(f'line {n} is not a record {{"id": ..., "text": "..."}}')
        yield rec.get("id"), rec["text"]
