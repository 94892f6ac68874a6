"""Text written in base64 inside tool output, decoded for detection.

Some APIs hand over text in base64: the Gmail API writes every message body so
(``"body": {"data": "SGkgVG9tLA0KY2FsbCBtZSBvbiArNDkgMTUxIDIzNDU2Nzg5"}``: ``Hi Tom, call me
on +49 151 23456789``), and so does raw e-mail for a part with ``Content-Transfer-Encoding:
base64``; a model decodes base64 at a glance. :func:`base64_runs` finds the runs of base64
(standard or URL-safe alphabet) that decode to UTF-8 text: a whole string (a payload's leaf), one
after a quote, ``=`` or ``:`` (JSON text, a query, YAML), or a MIME part's body. Detection reads each
on its own, and a run that holds PII is replaced whole
(:meth:`~mask.core.detection.Detectors.run`), as a MIME encoded word is. The vault keeps the run
as written, so a tool that gets it back receives the same base64.

Binary data (an image, a hash, a key) does not decode to text, and is left as it is; so is a
run next to a dot (a JWT's parts: the ``jwt`` detector reads the whole token).
"""

from __future__ import annotations

import base64
import binascii
import re

from .encoded_words import EncodedRun

__all__ = ["base64_runs"]

_WHOLE = re.compile(r"[ \t\r\n]*([A-Za-z0-9+/_\-]{20,}={0,2})[ \t\r\n]*")
"""A text that is one run of base64 (a payload's leaf: ``"data": "SGkg..."``)."""
_AFTER = re.compile(r"[\"'=:][ \t]?([A-Za-z0-9+/_\-]{20,}={0,2})(?![A-Za-z0-9+/_\-])")
"""A run of base64 after a quote, an ``=`` or a ``:`` (a string of JSON text, a query's or a
YAML field's value). The separator opens the pattern, so the engine skips ahead to one: half
the cost of looking for runs at every word."""
_MIME = re.compile(
    r"^Content-Transfer-Encoding:[ \t]*base64[ \t]*\r?\n(?:[^\r\n]+\r?\n)*?\r?\n"
    r"(?P<body>(?:[A-Za-z0-9+/]{4,100}={0,2}[ \t]*(?:\r?\n|\Z))+)",
    re.IGNORECASE | re.MULTILINE,
)
"""A MIME part in base64: its header, the headers after it, a blank line, the body's lines."""
_MAX_RUN = 200_000
"""Longer runs are left as they are (an attachment, not a message body)."""
_PROBE = 400
"""Characters decoded first: binary data is told from text on them alone."""
_MIN_TEXT = 8


def _decode(run: str) -> str | None:
    """The UTF-8 text ``run`` encodes, or None (binary data, control characters, no base64)."""
    data = run.rstrip("=")
    if len(data) % 4 == 1 or (("+" in data or "/" in data) and ("-" in data or "_" in data)):
        return None
    altchars = b"-_" if "-" in data or "_" in data else None
    probe = data[: _PROBE - _PROBE % 4] if len(data) > _PROBE else None
    try:
        if probe is not None and not _text(base64.b64decode(probe, altchars, validate=True), partial=True):
            return None
        raw = base64.b64decode(data + "=" * (-len(data) % 4), altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _text(raw)


def _text(raw: bytes, partial: bool = False) -> str | None:
    """``raw`` as text when it is UTF-8 with no control character but blanks and line breaks,
    and at least a quarter letters (``partial``: it may end inside a character)."""
    try:
        text = raw.decode("utf-8", "strict")
    except UnicodeDecodeError as exc:
        if not partial or exc.start < len(raw) - 3:
            return None
        text = raw[: exc.start].decode("utf-8", "strict")
    if len(text) < _MIN_TEXT:
        return None
    letters = 0
    for c in text:
        if (c < " " and c not in "\t\r\n") or "\x7f" <= c < "\xa0":
            return None
        letters += c.isalpha()
    return text if letters * 4 >= len(text) else None


def base64_runs(text: str) -> list[EncodedRun]:
    """The runs of base64 in ``text`` that decode to text, in order: the whole text, a run after
    a quote, ``=`` or ``:``, or the body of a MIME part in base64 (its lines joined)."""
    if len(text) < 20:
        return []
    found: list[tuple[int, int, str]] = []
    whole = _WHOLE.fullmatch(text) if " " not in text.strip() else None
    if whole is not None:
        found.append((whole.start(1), whole.end(1), whole.group(1)))
    else:
        found += [(m.start(1), m.end(1), m.group(1)) for m in _AFTER.finditer(text)]
    if "ase64" in text:
        for m in _MIME.finditer(text):
            body = m.group("body").rstrip()
            start = m.start("body")
            found.append((start, start + len(body), "".join(body.split())))
    out: list[EncodedRun] = []
    for start, end, run in sorted(found):
        if (start and text[start - 1] == ".") or (end < len(text) and text[end] == "."):
            continue  # a JWT's part
        if len(run) > _MAX_RUN or run.islower() or run.isupper():
            continue  # base64 of text mixes upper and lower case; a path or an identifier seldom does
        decoded = _decode(run)
        if decoded is not None:
            out.append(EncodedRun(start, end, decoded))
    return out
