"""Names in the rows of a CSV or TSV export without a header, for the ``names`` detector.

With a header the ``labels`` detector reads each column by its name; without one, the small
model reads ``1001,Babatunde,Fashola,babatunde.f@gmail.com`` as no sentence and finds nothing.
A row (a line of three cells or more, split by commas or tabs) names a person where:

- a cell holds a known first name that is no English word and the next cell one capitalised
  word that is a known family name or no ordinary word (``Babatunde,Fashola``): each cell is a
  PERSON span of its own, so the row keeps its cells;
- a cell holds a whole name: a known first name that is no English word, then one or two
  capitalised words that are family names or no ordinary words (``Folake Adeyemi``).

A row must hold a digit or an ``@`` in one of its cells (an id, a date, a phone, an e-mail): a
sentence with commas is no row. A cell in quotes is read inside them (``"Lim, Wei Jie"`` stays
one cell).
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import english_word
from .filters import ordinary_word as ordinary
from .gazetteer import gazetteer
from .wordlists import first_names, last_names

__all__ = ["row_names"]

SCORE_ROW = 0.8
_CELL = regex.compile(r'"(?P<quoted>[^"\n]{0,200})"|(?P<plain>[^,\t\n"]{0,200})')
_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'\-]{1,30}")
_MIN_CELLS = 3
_DATUM = regex.compile(r"\d|@")


def _given(word: str) -> bool:
    return word in first_names() and not english_word(word) and not gazetteer().is_place(word)


def _family(word: str) -> bool:
    return _WORD.fullmatch(word) is not None and (word in last_names() or not ordinary(word))


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of the line ``text[start:end]`` (inside its quotes), or ``[]``
    when it has no delimiter."""
    out: list[tuple[int, int]] = []
    at = start
    while at <= end:
        m = _CELL.match(text, at, end)
        if m is None:
            return []
        group = "quoted" if m.group("quoted") is not None else "plain"
        out.append((m.start(group), m.end(group)))
        at = m.end()
        if at >= end or text[at] not in ",\t":
            break
        at += 1
    return out if at >= end else []


def row_names(text: str) -> list[Span]:
    """PERSON spans of the names in the rows of a header-less CSV or TSV export (see the module)."""
    out: list[Span] = []
    at = 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.count(",") + line.count("\t") >= _MIN_CELLS - 1:
            cells = _cells(text, at, end)
            if not any(_DATUM.search(text, a, b) for a, b in cells):
                cells = []  # prose with commas: a row of an export holds an id, a number or an e-mail
            for k, (a, b) in enumerate(cells):
                value = text[a:b].strip()
                if not value:
                    continue
                lo = a + text[a:b].index(value)
                words = value.split()
                if len(words) == 1 and _given(value) and k + 1 < len(cells):
                    c, d = cells[k + 1]
                    after = text[c:d].strip()
                    if after and " " not in after and _family(after):
                        c += text[c:d].index(after)
                        out.append(Span(lo, lo + len(value), "PERSON", SCORE_ROW, "names"))
                        out.append(Span(c, c + len(after), "PERSON", SCORE_ROW, "names"))
                elif 2 <= len(words) <= 3 and _given(words[0]) and all(_family(w) for w in words[1:]):
                    out.append(Span(lo, lo + len(value), "PERSON", SCORE_ROW, "names"))
        at = end + 1
    return out
