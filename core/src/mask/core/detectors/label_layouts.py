"""Key-value layouts without a colon or ``=``: a key and its value in aligned columns
(``contact_name     Anna Kowalska``, what CLI tools and fixed-width reports print), joined by a
dot leader (``Customer Name ........ Anna Kowalska``), a dash or an arrow between blanks at a
line's start (``Name - Anna Kowalska``, ``City -> Vannes``).

:func:`aligned_pairs` yields each line's key and value; the ``labels`` detector resolves the
key as a field name and protects the value when its shape fits the type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["aligned_pairs", "may_hold_aligned_pairs"]

_ALIGNED = re.compile(
    r"^[ \t]*(?:[-*\u2022][ ])?(?P<key>[^\W\d][\w'\-]{0,40}(?:[ ][^\W\d][\w'\-]{0,40}){0,3})"
    r"(?:[ ]{3,}|[ ]?\.{3,}[ ]?|[ ]?_{3,}[ ]?|[ ]{1,2}(?:[-\u2013\u2014]|->|=>|\u2192)[ ]{1,2})"
    r"(?P<value>[^ \t\r\n.][^\r\n]{0,239})$",
    re.MULTILINE,
)
"""A key of up to four words at a line's start (maybe after a bullet), three blanks or more (or a leader of dots or
underscores, or a dash or an arrow between blanks), and the rest of the line. Linear: the key's words and the gap are bounded, and
each attempt starts at a line's start."""


def may_hold_aligned_pairs(text: str) -> bool:
    """A cheap test: ``text`` has a gap of three blanks, a leader, or a dash or arrow after a blank."""
    return (
        "   " in text
        or "..." in text
        or "___" in text
        or " -" in text
        or " \u2013" in text
        or " \u2014" in text
        or "\u2192" in text
        or " =>" in text
    )


def aligned_pairs(text: str, begin: int = 0) -> Iterator[tuple[str, int, int]]:
    """``(key, value start, value end)`` of each aligned or dot-led line of ``text`` from ``begin``."""
    for m in _ALIGNED.finditer(text, begin):
        value_end = m.end("value")
        value = m.group("value").rstrip()
        yield m.group("key"), m.start("value"), m.start("value") + len(value) if value else value_end
