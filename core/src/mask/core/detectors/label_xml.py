"""XML elements as labels: ``<lastName>Kowalska</lastName>``, ``<ssn>536229841</ssn>``.

SOAP services, older CRMs and exports hand over records in XML, where the element's name is the
field name. Detection reads markup decoded (:mod:`..escapes`: a tag is a blank), so the names
are gone from the text the detectors see; :func:`xml_leaves` reads them from the text as
written: every element that holds text only (no child element, no CDATA), with its name
(a namespace prefix dropped). The ``labels`` detector resolves the name as it does a JSON key
and protects the value when its shape fits the type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["xml_leaves"]

_LEAF = re.compile(
    r"<(?P<tag>(?:[A-Za-z_][\w.\-]{0,40}:)?(?P<name>[A-Za-z_][\w.\-]{0,63}))(?:[ \t\r\n][^<>]{0,500})?>"
    r"(?P<value>[^<]{1,2000})</(?P=tag)[ \t\r\n]*>"
)
"""An element whose content is text: the open tag (attributes allowed), the text, its close tag."""


def xml_leaves(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, name)`` of the text of each element that holds text only, by position."""
    if "</" not in text:
        return
    for m in _LEAF.finditer(text):
        yield m.start("value"), m.end("value"), m.group("name")
