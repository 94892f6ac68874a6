"""An address line's value in one word: a townland, a village or a house's name.

A form splits an address over keys that name its lines (``address_line_1: Knockbrack``,
``"address2": "Moycullen"``, ``street2=Rathmore``). Under such a key the whole value is part of the
address, even one capitalised word with no number (an Irish townland, a rural house's name), which
the address shape alone leaves out (one token there is an id or a word of prose). A placeholder
(``N/A``, ``None``, ``TBD``) stays.

:func:`address_line_values` yields each such value; the ``labels`` detector protects it as a
STREET_ADDRESS.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .label_words import STOP_VALUES

__all__ = ["address_line_values", "may_hold_address_lines"]

_LINE_VALUE = regex.compile(
    r"(?i:addr(?:ess)?[ _\-]?(?:line[ _\-]?)?[1-4]|street[ _\-]?(?:line[ _\-]?)?[1-4])[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>\p{Lu}[\p{Ll}\p{M}'\u2019\-]{2,40})(?=[\"']?[ \t]*(?:[,;}\r\n]|$))"
)
"""A key naming an address's line (``address_line_1``, ``addr2``, ``street2``, ``addressLine2``), its
separator and one capitalised word that ends the value (the line, a JSON value or a cell). Matched
only where :func:`address_line_values` finds the key's first letters."""
_NEEDLES = ("addr", "Addr", "ADDR", "street", "Street", "STREET")


def may_hold_address_lines(text: str) -> bool:
    """A cheap test: ``text`` may name an address's line or a street's (``address_line_1``,
    ``Addr2``, ``STREET2``)."""
    return "ddr" in text or "treet" in text or "DDR" in text or "TREET" in text


def address_line_values(text: str, begin: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each one-word value under an address line's key (``address_line_2:
    Moycullen``), not a placeholder (``address_line_2: None``)."""
    for needle in _NEEDLES:
        at = text.find(needle, begin)
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                m = _LINE_VALUE.match(text, at)
                if m is not None and m.group("value").lower() not in STOP_VALUES:
                    yield m.span("value")
            at = text.find(needle, at + len(needle))
