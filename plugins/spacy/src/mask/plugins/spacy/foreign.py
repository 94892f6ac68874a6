"""Texts in another language than the English model's, and the entities it may keep there.

``en_core_web_sm`` reads a German, Malay or Ukrainian sentence as English: its capitalised nouns,
a sentence's first words and whole phrases come back as people, places and organizations
(``Strahlenbelastung der Bevölkerung``, ``Orang ramai dinasihatkan``, ``Оператор має право``).
In a text where few lower-case words are English ones, an entity of the model counts only when
something besides the model vouches for it: a word the name lists hold, a place the gazetteer
holds, or an organization's legal form. Names in such texts are found by the rules (titles,
labels, greetings, the name lists) as before.
"""

from __future__ import annotations

import regex

from .filters import FOREIGN_FUNCTION_WORDS
from .gazetteer import gazetteer
from .names import TITLES
from .orgs import LEGAL_FORMS
from .wordlists import english_words, first_names, last_names, other_words, word_set
from .words import PARTICLES

__all__ = ["anchored_entity", "mostly_foreign"]

_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'\-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")
"""A word in lower case (two letters or more): where a language shows, not in its names."""
FOREIGN_SHARE = 0.2
"""Below this share of English words among its lower-case words, a text is in another language
(hand probe sets in 14 languages: 0.0-0.36, most under 0.1; English tool outputs and chats
0.25-1.0; the benchmark corpus 0.74 or more)."""
MIN_WORDS = 12
"""Fewer lower-case words than this say too little of a text's language by their English share."""
MIN_WORDS_COMPARED = 8
"""Fewer lower-case words than this say too little of it even when the other languages' words
outnumber the English ones (``Der letzte Zug verlässt den Hauptbahnhof``: 5 German words, 3 that
English has too)."""
_LEGAL_FORM = regex.compile(rf"(?i:(?<![\p{{L}}])(?:{LEGAL_FORMS})(?![\p{{L}}]))")


def mostly_foreign(text: str) -> bool:
    """``text`` is in another language: fewer than :data:`FOREIGN_SHARE` of its lower-case words
    (:data:`MIN_WORDS` or more) are English words, or more of them (:data:`MIN_WORDS_COMPARED` or
    more) are words of the Spanish, French, German, Portuguese and Italian lists alone than of the
    English list alone (``die``, ``in`` are in both)."""
    words = _LOWER_WORD.findall(text)
    if len(words) < MIN_WORDS_COMPARED:
        return False
    english, other = english_words(), other_words()
    in_english = sum(1 for w in words if w in english)
    english_only = sum(1 for w in words if w in english and w not in other)
    other_only = sum(1 for w in words if w in other and w not in english)
    return (len(words) >= MIN_WORDS and in_english < FOREIGN_SHARE * len(words)) or other_only > english_only


_WORD_BEFORE = regex.compile(r"(\p{L}+)\.?[ ]$")
_TITLES = TITLES | frozenset(
    {"Panie", "Pana", "Panu", "Pani\u0105", "Bapak", "Pak", "Ibu", "Bu", "Encik", "Puan", "Tuan", "Bay", "Bayan"}
    | {"Say\u0131n", "\u00d4ng", "B\u00e0", "Anh", "Ch\u1ecb", "Ndugu", "Bwana"}
)
"""The name rules' titles, and forms and titles of languages they do not read (Polish ``Panie``,
Indonesian ``Bapak``, Turkish ``Say\u0131n``, Vietnamese ``Ông``, Swahili ``Ndugu``)."""
_ARTICLES = PARTICLES | FOREIGN_FUNCTION_WORDS | word_set("el il lo los las les gli het des dem")
"""Articles, particles and pronouns, which name lists hold as names too (``El``, ``De``): none
vouches for an entity (``El equipo``, ``De maximumtemperatuur``)."""


def anchored_entity(text: str, start: int, end: int) -> bool:
    """The entity ``text[start:end]`` holds a capitalised word the name lists hold (no particle or
    article: ``der``, ``von``, ``El``), a title, a place the
    gazetteer holds, or a legal form (``Hurtownia Volt sp. z o.o.``), or a title stands before it
    (``pani Haliny Borkowskiej``: a name declined as no list writes it)."""
    value = text[start:end]
    places = gazetteer()
    if (
        any(
            w[:1].isupper()
            and w.lower() not in _ARTICLES
            and (w in first_names() or w in last_names() or w in _TITLES or places.is_place(w))
            for w in value.split()
        )
        or places.is_place(value)
        or _LEGAL_FORM.search(value) is not None
    ):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1).capitalize() in _TITLES
