"""Names and towns that a chat writes in lower case, where no introduction, title or tie is near.

- a first name the lists know in a message written all in lower case that reads as a chat (a
  chat's word, an emoji, ``!!`` or ``??``, a greeting): ``lol wojtek you absolute legend``,
  ``ill get kofi to drive me``, ``porta anche andrea``, when it is no ordinary word of any
  language the lists read, no technology and no place (``grace``, ``django``, ``florence`` stay);
- a town in lower case right after a street address (``bergstr. 7 in kassel``, ``via roma 18 a
  bergamo``, ``molenweg 22 in zwolle``), when the gazetteer knows it and it is no ordinary word.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from mask.core.detectors.label_words import PERSON_STOP_WORDS
from mask.core.spans import Span

from .filters import FOREIGN_FUNCTION_WORDS, TECH_WORDS, platform_name
from .filters import ordinary_word as ordinary
from .gazetteer import gazetteer
from .wordlists import first_names, word_set

__all__ = ["SCORE_LOWER_CHAT", "lower_chat_names", "towns_after_address"]

SCORE_LOWER_CHAT = 0.6
"""As a lower-case first name the name rules read (``SCORE_LOWER_NAME``)."""
SCORE_TOWN_AFTER = 0.8
"""As a place the gazetteer knows."""

_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_@#/.'\u2019\\-])\p{Ll}[\p{Ll}\p{M}]{3,14}(?![\p{L}\p{M}\p{N}_@/\\-])")
_MESSAGE = regex.compile(r"[^\n.!?]+")
"""A sentence or a line: a message's part to read for capitals."""
_LABEL = regex.compile(r"^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?[^:\n]{1,40}:[ \t]")
_CHAT_CUE = regex.compile(
    r"(?<![\p{L}])(?:lol|lmao|haha\w*|hehe|pls|plz|thx|tmrw|btw|omg|idk|xx+|ciao|hoi|hey|hej|oi|hola|cze[sś][cć])"
    r"(?![\p{L}])|!!|\?\?|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
)
"""Marks of a chat: its words, doubled marks, an emoji."""
NOT_LOWER_NAMES = word_set(
    """
    elle elles lui ela ele noël noel
    """
)
"""Pronouns and a feast the name lists hold as first names too (compared lower-cased)."""


def _named(word: str) -> bool:
    cased = word.capitalize()
    return (
        cased in first_names()
        and not ordinary(word)
        and word not in PERSON_STOP_WORDS
        and word not in FOREIGN_FUNCTION_WORDS
        and word not in NOT_LOWER_NAMES
        and cased not in TECH_WORDS
        and word not in TECH_WORDS
        and not platform_name(cased)
        and not gazetteer().is_place(cased)
    )


def lower_chat_names(text: str) -> list[Span]:
    """PERSON spans of first names a chat writes in lower case (see the module)."""
    if _CHAT_CUE.search(text) is None:
        return []
    out = []
    at = 0
    for line in text.split("\n"):
        label = _LABEL.match(line)
        body = line[label.end() :] if label is not None else line
        base = at + (label.end() if label is not None else 0)
        at += len(line) + 1
        for part in _MESSAGE.finditer(body):
            if any(c.isupper() for c in part.group()) or len(part.group().split()) < 3:
                continue
            for m in _WORD.finditer(part.group()):
                if _named(m.group()):
                    start = base + part.start() + m.start()
                    out.append(Span(start, start + len(m.group()), "PERSON", SCORE_LOWER_CHAT, "names"))
    return out


_TOWN_AFTER = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?:in|a|à|en|em|na|no|op|te|w|we|bei|i|at)[ \t]+)?"
    r"(?P<t>\p{Ll}[\p{Ll}\p{M}'\u2019-]{2,24}(?:[ ]\p{Ll}[\p{Ll}\p{M}'\u2019-]{1,24})?)"
)


def towns_after_address(text: str, streets: Sequence[Span]) -> list[Span]:
    """LOCATION spans of towns in lower case right after a street address (see the module)."""
    out = []
    for street in streets:
        m = _TOWN_AFTER.match(text, street.end)
        if m is None:
            continue
        words = m.group("t").split()
        for n in (len(words), 1):
            value = " ".join(words[:n])
            cased = " ".join(w.capitalize() for w in words[:n])
            if gazetteer().is_place(cased) and (n > 1 or not ordinary(value)):
                start = m.start("t")
                out.append(Span(start, start + len(value), "LOCATION", SCORE_TOWN_AFTER, "names"))
                break
    return out
