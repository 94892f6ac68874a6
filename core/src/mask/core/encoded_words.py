"""MIME encoded words (RFC 2047) in e-mail headers, decoded for detection.

A tool that reads raw e-mail (IMAP, ``email.message_from_bytes`` with its default policy)
hands over headers as written on the wire: ``From: =?UTF-8?B?Sm9zw6kgR2FyY8OtYQ==?=
<jose@example.com>`` or ``Subject: =?UTF-8?Q?Call_Jos=C3=A9_Garc=C3=ADa?=``. No pattern can
read a name in base64, yet a model decodes it at a glance.

:func:`encoded_runs` finds each run of encoded words (words separated by blanks only, which
RFC 2047 joins without the blanks) and decodes it. Detection reads every decoded run on its own
(:meth:`~mask.core.detection.Detectors.run`); a run that holds PII is replaced whole, since a
token cannot stand for part of a base64 word. So ``Call José García`` encoded in one word gives
one token for the whole subject: more is hidden than the name, nothing of it is shown.

For names, places, organizations, addresses and e-mail addresses the vault holds the decoded
run (:func:`decode_encoded_value`), so a tool receives ``José García``, which reveal writes as
it is (not encoded again).
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import NamedTuple

__all__ = ["EncodedRun", "decode_encoded_value", "encoded_runs"]

_WORD = re.compile(r"=\?([A-Za-z0-9_.:\-]{1,40})(?:\*[A-Za-z\-]{1,20})?\?([BbQq])\?([!->@-~]{1,2000})\?=")
"""One encoded word: ``=?charset?encoding?data?=`` (a language tag after ``*`` is allowed;
the data is printable ASCII without ``?`` or a blank)."""
_BETWEEN = re.compile(r"[ \t]*(?:\r?\n[ \t]+)?")
"""What may separate two encoded words of one run: blanks, or a folded header line."""
_Q_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")
_MAX_RUN = 64
"""Encoded words joined into one run at most (a longer header is read in several runs)."""


class EncodedRun(NamedTuple):
    """A run of encoded words: where it is written and what it says."""

    start: int
    end: int
    text: str


def _decode(charset: str, encoding: str, data: str) -> str | None:
    """The text of one encoded word, or None when it does not decode (or names no text encoding)."""
    if encoding in "Bb":
        try:
            raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
        except (binascii.Error, ValueError):
            return None
    else:
        raw = _Q_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), data.replace("_", " ").encode("ascii"))
    try:
        return raw.decode(charset, "strict")  # bytes.decode takes text encodings only
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def encoded_runs(text: str) -> list[EncodedRun]:
    """The runs of encoded words in ``text`` that decode, in order."""
    if "=?" not in text:
        return []
    out: list[EncodedRun] = []
    pos = 0
    while (m := _WORD.search(text, pos)) is not None:
        pieces: list[str] = []
        start, end = m.start(), m.end()
        while m is not None and len(pieces) < _MAX_RUN:
            decoded = _decode(*m.groups())
            if decoded is None:
                break
            pieces.append(decoded)
            end = m.end()
            gap = _BETWEEN.match(text, end)
            m = _WORD.match(text, gap.end()) if gap is not None else None
        if pieces:
            out.append(EncodedRun(start, end, "".join(pieces)))
            pos = end
        else:
            pos = start + 2
    return out


def decode_encoded_value(raw: str) -> str:
    """The text of ``raw`` when it is one whole run of encoded words, else ``raw``; ``raw`` too
    when the text holds a control character."""
    if not raw.startswith("=?"):
        return raw
    runs = encoded_runs(raw)
    if len(runs) != 1 or runs[0].start != 0 or runs[0].end != len(raw):
        return raw
    value = runs[0].text
    return raw if not value or any(c < " " or c == "\x7f" for c in value) else value
