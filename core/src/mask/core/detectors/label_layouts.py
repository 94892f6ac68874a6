"""Key-value layouts without a colon or ``=``: a key and its value in aligned columns
(``contact_name     Anna Kowalska``, what CLI tools and fixed-width reports print), joined by a
dot leader (``Customer Name ........ Anna Kowalska``), a dash or an arrow between blanks at a
line's start (``Name - Anna Kowalska``, ``City -> Vannes``); a key in square brackets before its
value (``[Phone] 031-442-958``, as templates and logs tag a line); a label in brackets after its
value (``Anna Kowalska (customer)``, ``031-442-958 (mobile)``).

:func:`aligned_pairs` yields each line's key and value, :func:`bracketed_keys` each bracketed
key and where its value starts, :func:`labels_after` each value with the label after it; the
``labels`` detector resolves the key as a field name and protects the value when its shape fits
the type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import line_start

__all__ = ["aligned_pairs", "bracketed_keys", "labels_after", "may_hold_aligned_pairs"]

_ALIGNED = re.compile(
    r"^[ \t]*(?:[-*\u2022][ ])?(?P<key>[^\W\d][\w'\-]{0,40}(?:[ ][^\W\d][\w'\-]{0,40}){0,3}(?:[ ]?\#|\.)?)"
    r"(?:[ ]{3,}(?::[ \t]+)?|[ ]?\.{3,}[ ]?|[ ]?_{3,}[ ]?|[ ]{1,2}(?:[-\u2013\u2014]|->|=>|\u2192)[ ]{1,2})"
    r"(?P<value>[^ \t\r\n.:][^\r\n]{0,239})$",
    re.MULTILINE,
)
"""A key of up to four words at a line's start (maybe after a bullet; maybe a ``#`` or an abbreviation's
dot after it: ``NRC No.``, ``License #
...... K42-771-908-331``), three blanks or more (maybe then a
colon the column of colons aligns: ``NIK              : 3471...``; or a leader of dots or
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


_ITEM_BOUNDS = ",;|\t"
"""What ends the item before a key or a value (besides its line's start)."""
_BULLET = re.compile(r"[ \t]*+(?:[-*\u2022]|[0-9]{1,3}[.)])")
"""A list's bullet or number at a line's start."""
_BRACKETED = re.compile(
    r"\[(?<![\w\]]\[)(?P<key>[^\W\d][\w'\-]{0,40}+(?:[ ][^\W\d][\w'\-]{0,40}+){0,3}+)\]:?[ \t]{1,4}+(?=[^\s\[])"
)
"""A key of up to four words in square brackets, not right after a word or another bracket
(``row[name]``, ``[a][b]``), maybe a colon, blanks and the value's first character. Linear: the
bracket opens the pattern (the engine's fast search), and the words and blanks are bounded and
possessive."""


def bracketed_keys(text: str, begin: int = 0) -> Iterator[tuple[str, int, int, bool]]:
    """``(key, key start, value start, opens)`` of each key in square brackets before its value in
    ``text`` from ``begin``; ``opens``: the key opens its line (maybe after a bullet) or its item
    (after a comma, a semicolon, a pipe or a tab), not a sentence's word (``Hi [Name] Welcome``)."""
    for m in _BRACKETED.finditer(text, begin):
        start = m.start()
        at = start
        while at > begin and text[at - 1] == " ":
            at -= 1
        if at == begin or text[at - 1] in _ITEM_BOUNDS or text[at - 1] == "\n":
            opens = True
        else:
            low = max(begin, at - 12)
            head = line_start(text, at, 12, begin)
            opens = (head > low or low == begin) and _BULLET.fullmatch(text, head, at) is not None
        yield m.group("key"), start, m.end(), opens


_LABEL_AFTER = re.compile(r"\((?P<key>[^\W\d][\w'\-]{0,30}+(?:[ ][^\W\d][\w'\-]{0,30}+){0,2}+)\)[ \t]*+(?=[,;|\r\n]|$)")
"""A label of up to three words that is all of a parenthesis ending its line or item (a comma,
semicolon or pipe follows). Linear: the bracket opens the pattern, the rest is bounded and
possessive."""
_MAX_BEFORE = 120
"""How far before its label a value may start."""


def labels_after(text: str, begin: int = 0) -> Iterator[tuple[str, int, int]]:
    """``(label, value start, value end)`` of each value followed by a label in brackets in
    ``text`` from ``begin`` (``Anna Kowalska (customer)``): the value is all of its item, from its
    line's start (after a bullet), a comma, a semicolon, a pipe, a tab or a colon to the blank
    before the bracket."""
    for m in _LABEL_AFTER.finditer(text, begin):
        end = m.start() - 1
        if end <= begin or text[end] not in " \t":
            continue
        low = max(begin, end - _MAX_BEFORE)
        bound = max(text.rfind(":", low, end), *(text.rfind(ch, low, end) for ch in _ITEM_BOUNDS + "\n"))
        if bound < 0 and low > begin:
            continue  # a long line with no bound before the value: prose
        start = bound + 1 if bound >= 0 else begin
        at_line_start = bound < 0 or text[bound] == "\n"
        if at_line_start and (bullet := _BULLET.match(text, start, end)) is not None and text[bullet.end()] in " \t":
            start = bullet.end()  # "- Vannes (city)", "2. Vannes (city)", not "01.23.45.67.89 (mobile)"
        while start < end and text[start] in " \t":
            start += 1
        if start < end:
            yield m.group("key"), start, end
