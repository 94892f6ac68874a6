"""A costly pattern's matches, tried only where a cheap pre-scan says one may start.

A scan of every position of a text by a pattern whose first character is common costs a lot
per character; a looser pattern that opens with a literal (or runs on a copy of the text where
most characters are blanks) finds the few places worth trying far faster. :func:`guided_matches`
gives what ``pattern.finditer(text)`` gives, as long as the pre-scan finds every place where a
match may start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

__all__ = ["ZEROED_DIGITS", "guided_matches"]

ZEROED_DIGITS = bytes(48 if 48 <= b <= 57 else b for b in range(256))
"""``bytes.translate`` table: every ASCII digit to ``0``. A pre-scan of a text's copy so made looks
for runs of one literal (``b"000000"``), which the engine skips ahead to."""

M = TypeVar("M")


def guided_matches(
    match: Callable[[str, int], M | None],
    search: Callable[[Any, int], Any],
    text: str,
    hay: Any = None,
    offset: int = 0,
) -> Iterator[M]:
    """The matches ``match(text, at)`` at the places ``search(hay, pos)`` finds, leftmost first and
    not overlapping (as a scan finds them). ``hay`` is ``text`` itself or a copy of it, longer by
    ``offset`` characters in front (``b" " + copy``)."""
    hay = text if hay is None else hay
    pos = 0
    while (found := search(hay, pos + offset)) is not None:
        at = found.start() - offset
        m = match(text, at)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()  # type: ignore[attr-defined]
