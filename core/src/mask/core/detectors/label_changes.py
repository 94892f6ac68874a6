"""Values of a field's change in an audit trail or a record's history.

A CRM's activity feed or an audit log says what a field held before and after::

    field 'dob' changed from 1990-01-02 to 1990-02-01 by admin
    Updated last name from 'Okafor' to 'Okafor-Bello'
    phone number was changed from 555-201-3344 to 555-201-9988

The field's name before the verb (``'dob' changed``) or after it (``updated last name``) labels
both values, as a key labels its value: each must have the type's shape (:mod:`.label_shapes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["changed_values", "may_hold_changes"]

_VERB = re.compile(r"(?<![A-Za-z])(?:[Cc]hanged|[Uu]pdated|[Mm]odified|[Ee]dited|[Cc]orrected|set)(?![A-Za-z])")
"""A change's verb: where a change is looked for (a scan for the verb, not for a field's name at
every word)."""
_NAME = r"[A-Za-z][\w.\-]*(?:[ ][A-Za-z][\w.\-]*){0,3}"
_KEY_BEFORE = re.compile(rf"(?<![\w.\-])(?P<key>{_NAME})['\"`]?[ ](?:was[ ]|has[ ]been[ ])?\Z")
"""The field's name right before the verb (``'dob' changed``, ``phone number was changed``)."""
_FROM_TO = re.compile(
    rf"(?:[ ](?:the[ ]|their[ ]|his[ ]|her[ ])?['\"`]?(?P<key>{_NAME}?)['\"`]?)?"
    r"[ ]from[ ](?P<old>'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"|[^ \n'\"][^\n]{0,79}?)"
    r"[ ]to[ ](?P<new>'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"|[^ \n'\"][^\n]{0,79}?)"
    r"(?=[ ](?:by|at|on|via|for)[ ]|[.,;)]?[ \t]*(?:\r?\n|$)|[,;][ ])"
)
"""After the verb: the field's name when the verb comes first (``Updated last name``), then
``from <old> to <new>``, each value maybe quoted; the new value ends before ``by``/``at``/``on``,
a clause's punctuation or the line's end."""
_KEY_REACH = 60
_FIELD_WORDS = frozenset({"field", "attribute", "property", "column", "value", "the", "their", "his", "her"})
"""Words that introduce a field's name and are no part of it (``field 'dob'``)."""
_MAX_VALUE = 80


def may_hold_changes(text: str) -> bool:
    """Where :func:`changed_values` may find something: `` from `` and `` to ``, and a change's verb."""
    return " from " in text and " to " in text and ("hange" in text or "pdate" in text or "odif" in text)


def changed_values(text: str, begin: int, resolve: Callable[[str], str | None]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of the old and the new value of each change whose field names a type
    (``resolve``: the vocabulary's reading of a field name)."""
    for verb in _VERB.finditer(text, begin):
        m = _FROM_TO.match(text, verb.end())
        if m is None:
            continue
        name = m.group("key")
        if not name:
            before = _KEY_BEFORE.search(text, max(begin, verb.start() - _KEY_REACH), verb.start())
            if before is None:
                continue
            name = before.group("key")
        words = [w for w in name.split() if w.lower() not in _FIELD_WORDS]
        if not words:
            continue
        etype = resolve(" ".join(words[-3:]))
        if etype is None:
            continue
        for group in ("old", "new"):
            start, end = m.span(group)
            if text[start] in "'\"" and end - start >= 2 and text[end - 1] == text[start]:
                start, end = start + 1, end - 1
            if 0 < end - start <= _MAX_VALUE:
                yield start, end, etype
