"""The word lists mask-spacy ships (``data/*.txt``, made by ``scripts/make_name_data.py``), loaded once on first use."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

__all__ = [
    "common_words",
    "counties",
    "countries",
    "currencies",
    "english_words",
    "first_names",
    "known_name",
    "last_names",
    "other_names",
    "regions",
    "word_set",
]


class NameSet(frozenset[str]):
    """A list of names that also holds a name written with accents the list spells without
    (``Seán``, ``Siobhán``, ``Tomás`` for ``Sean``, ``Siobhan``, ``Tomas``)."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, _unaccented(word))


def _unaccented(word: str) -> str:
    """``word`` without its combining marks (``Seán`` -> ``Sean``; ``Łukasz`` stays)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of ``words`` (tables written as one block of text)."""
    return frozenset(words.split())


def _read(name: str) -> list[str]:
    text = files(__package__).joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def first_names() -> frozenset[str]:
    """First names of Faker's Latin-script locales, as listed (case kept), and the given names
    of many countries' registers that Faker lacks (``first_names_world.txt``: ``Venkat``, ``Tamsin``);
    a name is found with accents the lists leave out too (``Seán``)."""
    return NameSet(_read("first_names.txt") + _read("first_names_world.txt"))


@cache
def faker_first_names() -> frozenset[str]:
    """:func:`first_names` of Faker's locales alone, without the world registers' rarer given names
    (``Nowa``, ``Nasi``: words of languages no word list reads)."""
    return NameSet(_read("first_names.txt"))


@cache
def last_names() -> frozenset[str]:
    """Last names of Faker's Latin-script locales, as listed (case kept)."""
    return NameSet(_read("last_names.txt"))


@lru_cache(maxsize=1 << 16)
def known_name(word: str) -> bool:
    """``word`` is a first or last name the name lists hold (as written), or names joined by a
    hyphen that they all hold (``Pénélope-Alix``, ``Kowalczyk-Nowak``)."""
    if word in first_names() or word in last_names():
        return True
    if "-" not in word:
        return False
    parts = word.split("-")
    return len(parts) <= 3 and all(p in first_names() or p in last_names() for p in parts)


@cache
def english_words() -> frozenset[str]:
    """Frequent ordinary English words, lower-cased."""
    return frozenset(_read("english_words.txt"))


@cache
def other_words() -> frozenset[str]:
    """Frequent ordinary words of es/fr/de/pt/it, lower-cased (English ones among them too)."""
    return frozenset(_read("other_words.txt"))


@cache
def common_words() -> frozenset[str]:
    """Frequent ordinary words of en/es/fr/de/pt/it, lower-cased."""
    return english_words() | other_words()


@cache
def currencies() -> frozenset[str]:
    """ISO 4217 codes and currency words (``EUR``, ``Dollar``)."""
    return frozenset(_read("currencies.txt"))


@cache
def regions() -> tuple[str, ...]:
    """First-level subdivision names (states, provinces, regions)."""
    return tuple(_read("regions.txt"))


@cache
def counties() -> tuple[str, ...]:
    """Counties of the United Kingdom and Ireland (``Northumberland``, ``County Durham``, ``Kerry``)."""
    return tuple(_read("counties.txt"))


@cache
def countries() -> tuple[str, ...]:
    """Country names in English and 15 other languages (``Niederlande``, ``Alemania``)."""
    return tuple(_read("countries.txt"))


@cache
def other_names(script: str, which: str) -> frozenset[str]:
    """Faker's ``which`` (``first`` or ``last``) names of ``script`` (``zh``, ``ja``, ``ko``,
    ``cyrillic``, ``ar``; ``data/names_<script>_<which>.txt``), as listed."""
    return frozenset(_read(f"names_{script}_{which}.txt"))
