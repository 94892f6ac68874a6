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

__all__ = ["html_cells", "xml_attributes", "xml_leaves", "xml_parent"]

_LEAF = re.compile(
    r"<(?P<tag>(?:[A-Za-z_][\w.\-]{0,40}:)?(?P<name>[A-Za-z_][\w.\-]{0,63}))(?P<attributes>[ \t\r\n][^<>]{0,500})?>"
    r"(?P<value>[^<]{1,2000})</(?P=tag)[ \t\r\n]*>"
)
"""An element whose content is text: the open tag (attributes allowed), the text, its close tag."""
_HTML_TEXT_TAGS = frozenset(
    [
        "span",
        "div",
        "p",
        "li",
        "a",
        "b",
        "strong",
        "em",
        "i",
        "small",
        "label",
        "td",
        "th",
        "dd",
        "dt",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "address",
        "cite",
        "time",
    ]
)
"""HTML elements whose name says nothing of their text: their ``itemprop`` or ``class`` may."""
_NAMING = re.compile(r"""(?<![\w-])(?P<attribute>itemprop|class)[ \t]*=[ \t]*["'](?P<names>[^"'<>]{1,120})["']""")
_MICROFORMATS = {"fn": "full-name", "adr": "address", "org": "organization", "tel": "tel", "n": ""}
"""hCard's class names that no field's name spells (``fn``: the formatted name)."""
_MICROFORMAT_PREFIX = re.compile(r"^(?:p|u|dt|e|h)-")
"""microformats2's prefix of a property's class (``p-name``, ``u-email``, ``p-street-address``)."""


def xml_leaves(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, name)`` of the text of each element that holds text only, by position; an
    HTML element that names nothing by its tag is named by its ``itemprop`` or each of its classes
    (``<span itemprop="telephone">``, ``<span class="tel">``, ``<div class="p-street-address">``)."""
    if "</" not in text:
        return
    for m in _LEAF.finditer(text):
        name = m.group("name")
        attributes = m.group("attributes")
        if attributes and name.lower() in _HTML_TEXT_TAGS:
            for named in _NAMING.finditer(attributes):
                for word in named.group("names").split()[:4]:
                    word = _MICROFORMAT_PREFIX.sub("", word)
                    word = _MICROFORMATS.get(word, word)
                    if word:
                        yield m.start("value"), m.end("value"), word
            continue
        yield m.start("value"), m.end("value"), name


_ANY_TAG = re.compile(r"<(/?)(?:[A-Za-z_][\w.\-]{0,40}:)?([A-Za-z_][\w.\-]{0,63})(?:[ \t\r\n][^<>]{0,500})?(/?)>")
"""An open, close or empty tag (its name without a namespace prefix)."""
_PARENT_REACH = 2000
"""How far before a leaf its parent's open tag is looked for."""


def xml_parent(text: str, value_start: int) -> str | None:
    """The name of the element that holds the leaf whose text starts at ``value_start``
    (``<Address><Line>11 Larkfield Close</Line>``: ``Address``), its siblings before it skipped;
    None when no open tag is found within :data:`_PARENT_REACH` characters."""
    leaf_open = text.rfind("<", max(0, value_start - 600), value_start)
    if leaf_open < 0:
        return None
    depth = 0
    for m in reversed(list(_ANY_TAG.finditer(text, max(0, leaf_open - _PARENT_REACH), leaf_open))):
        if m.group(3):
            continue  # <br/>: an empty element holds nothing
        if m.group(1):
            depth += 1  # a sibling's (or its children's) close tag
        elif depth:
            depth -= 1
        else:
            return m.group(2)
    return None


_OPEN_TAG = re.compile(
    r"<(?:[A-Za-z_][\w.\-]{0,40}:)?(?P<name>[A-Za-z_][\w.\-]{0,63})(?P<attributes>[ \t\r\n][^<>]{0,1000}?)/?>"
)
"""An open (or empty) tag with attributes."""
_ATTRIBUTE = re.compile(
    r"(?:[A-Za-z_][\w.\-]{0,40}:)?(?P<name>[A-Za-z_][\w.\-]{0,63})[ \t]*=[ \t]*"
    r"(?:\"(?P<double>[^\"<>]{1,500})\"|'(?P<single>[^'<>]{1,500})')"
)
"""One attribute and its quoted value (a namespace prefix dropped)."""


def xml_attributes(text: str) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, element, attribute)`` of the value of each quoted attribute of each tag
    (``<name first="Kwabena" last="Asante"/>``), by position: the attribute's name labels the
    value as a key does, the element's as its parent."""
    if "=" not in text or "<" not in text:
        return
    for tag in _OPEN_TAG.finditer(text):
        for m in _ATTRIBUTE.finditer(text, tag.start("attributes"), tag.end("attributes")):
            group = "double" if m.group("double") is not None else "single"
            yield m.start(group), m.end(group), tag.group("name"), m.group("name")


_CELL_OR_ROW = re.compile(r"<(?P<tag>t[dhr]|d[dt])(?:[ \t\r\n][^<>]{0,200})?>", re.IGNORECASE)
_CELL_TEXT = re.compile(r"[^<]{1,2000}")


def html_cells(text: str) -> Iterator[tuple[int, int, str | None, list[str | None], int]]:
    """``(start, end, before, headers, column)`` of the text of each cell of an HTML table row
    or of a definition list's ``<dd>``: ``before`` is the text of the cell just before it in its
    row (``<td>Full name</td><td>Anna Kowalska</td>``, ``<dt>City</dt><dd>Vannes</dd>``),
    ``headers`` the texts of the table's last row of header cells only (``<th>``), ``column``
    the cell's place in its row. A cell counts only when text comes right after its open tag
    (no element inside)."""
    headers: list[str | None] = []  # the last header row's cells, by column
    row: list[str | None] = []  # this row's cells so far
    row_is_header = False
    before: str | None = None
    for m in _CELL_OR_ROW.finditer(text):
        tag = m.group("tag").lower()
        if tag == "tr":
            if row and row_is_header:
                headers = row
            row, row_is_header, before = [], True, None
            continue
        cell = _CELL_TEXT.match(text, m.end())
        value = cell.group().strip() if cell is not None and text.startswith("</", cell.end()) else None
        if tag == "th":
            row.append(value)
            before = value
            continue
        if tag == "dt":
            before = value
            continue
        column = len(row)
        if tag == "td":
            row.append(value)
            row_is_header = False
        if value and cell is not None:
            start = cell.start() + len(cell.group()) - len(cell.group().lstrip())
            yield start, start + len(value), before, headers if tag == "td" else [], column
        before = value
