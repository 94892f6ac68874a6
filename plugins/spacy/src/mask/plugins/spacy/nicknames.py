"""Nicknames written with a person's name, in notices, results and obituaries.

- a nickname of two words or initials in quotes between a first and a family name (``Jim "Wee
  Jim" Dunsmore``), or between a title and a family name (``a Mr "Gaz" Pritchard``): the whole;
- a nickname in quotes right after a person found, in brackets or not (``Julius Chukwuemeka
  "J.R."``, ``Dale Hughes ('Spider')``);
- a spouse's first name in brackets between a person found and ``of`` and a town, as obituaries
  list children and their partners (``Ifeoma Okafor-Bello (Tunde) of Silver Spring``), when it is
  no ordinary word and no place.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from mask.core.spans import Span

from .filters import TECH_WORDS
from .filters import ordinary_word as ordinary
from .gazetteer import gazetteer
from .wordlists import first_names, last_names

__all__ = ["SCORE_NICKNAME", "nicknames_after", "quoted_nicknames"]

SCORE_NICKNAME = 0.85

_CAP = r"\p{Lu}[\p{Ll}\p{M}'\u2019]+"
_NICK = rf"(?:{_CAP}(?:[ ]{_CAP})?|(?:\p{{Lu}}\.[ ]?){{1,3}})"
_QUOTES = (("'", "'"), ('"', '"'), ("\u2018", "\u2019"), ("\u201c", "\u201d"))
_QUOTED = "|".join(rf"{regex.escape(o)}{_NICK}{regex.escape(c)}" for o, c in _QUOTES)
_NAMED = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'\u2019])(?:(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?|(?P<first>{_CAP}))[ ](?P<nick>{_QUOTED})"
    rf"[ ](?P<last>{_CAP}(?:-{_CAP})?)(?![\p{{L}}\p{{M}}\d])"
)
_AFTER = regex.compile(rf"[ ](?:\((?P<b>{_QUOTED})\)|(?P<q>{_QUOTED}))")
_SPOUSE = regex.compile(rf"[ ]\((?P<n>{_CAP})\)[ ]of[ ]\p{{Lu}}")


def _family(word: str) -> bool:
    return word in last_names() or (not ordinary(word) and word not in TECH_WORDS)


def quoted_nicknames(text: str) -> list[Span]:
    """PERSON spans of names with a nickname in quotes (see the module): a known first name or a
    title before it, a family name the lists know or no ordinary word after it."""
    out = []
    for m in _NAMED.finditer(text):
        first = m.group("first")
        if first is not None and first not in first_names():
            continue
        nick = m.group("nick")[1:-1]
        if first is not None and " " not in nick and "." not in nick:
            continue  # one word: the name rules' own (``Thomas 'Tom' Hardy``)
        if _family(m.group("last")):
            out.append(
                Span(m.start() if first is not None else m.start("nick"), m.end(), "PERSON", SCORE_NICKNAME, "names")
            )
    return out


def nicknames_after(text: str, people: Sequence[Span]) -> list[Span]:
    """PERSON spans of nicknames in quotes and spouses in brackets right after a person found
    (see the module)."""
    out = []
    for person in people:
        if person.type != "PERSON":
            continue
        m = _AFTER.match(text, person.end)
        if m is not None:
            group = "b" if m.group("b") is not None else "q"
            out.append(Span(m.start(group) + 1, m.end(group) - 1, "PERSON", SCORE_NICKNAME, "names"))
            continue
        s = _SPOUSE.match(text, person.end)
        if s is not None:
            name = s.group("n")
            if not ordinary(name) and name not in TECH_WORDS and not gazetteer().is_place(name):
                out.append(Span(s.start("n"), s.end("n"), "PERSON", SCORE_NICKNAME, "names"))
    return out
