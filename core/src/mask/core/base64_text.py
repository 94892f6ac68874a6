"""Text written in base64 inside tool output, decoded for detection.

Some APIs hand over text in base64: the Gmail API writes every message body so
(``"body": {"data": "SGkgVG9tLA0KY2FsbCBtZSBvbiArNDkgMTUxIDIzNDU2Nzg5"}``: ``Hi Tom, call me
on +49 151 23456789``), and a model decodes base64 at a glance. :func:`base64_runs` finds the
runs of base64 (standard or URL-safe alphabet) that decode to UTF-8 text; detection reads each
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

_RUN = re.compile(r"[A-Za-z0-9+/_\-]{20,}={0,2}", re.ASCII)
"""At least 20 characters of base64 (either alphabet), with its padding (:func:`base64_runs`
skips one next to a dot)."""
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
    """The runs of base64 in ``text`` that decode to text, in order."""
    out: list[EncodedRun] = []
    size = len(text)
    for m in _RUN.finditer(text):
        run = m.group()
        start, end = m.span()
        if (start and text[start - 1] == ".") or (end < size and text[end] in ".="):
            continue  # a JWT's part (or a run with more padding than base64 has)
        if len(run) > _MAX_RUN or run.islower() or run.isupper():
            continue  # base64 of text mixes upper and lower case; a path or an identifier seldom does
        decoded = _decode(run)
        if decoded is not None:
            out.append(EncodedRun(m.start(), m.end(), decoded))
    return out
