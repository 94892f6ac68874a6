"""A nationality word used as a language's name: ``available in English, French and German``.

The small model tags ``French`` NORP wherever it is written, and the NER detector reports a
NORP entity as NRP (a nationality, religion or political group: personal data). Written as a
language (after ``in``, ``into``, ``translate to``, ``speaks``, a ``language`` field name,
or before ``subtitles``, ``translation``, ``characters``...) it says nothing of anyone, and
a tool's answer that lists the languages of an app or a film would come back altered.
``a Chinese citizen``, ``He is French``, ``Nationality: German`` stay NRP.
"""

from __future__ import annotations

import regex

from .wordlists import word_set

__all__ = ["describes_a_thing", "in_language_list", "names_a_language"]

_STRONG_BEFORE = regex.compile(
    r"(?i:\b(?:speaks?|speaking|spoken[ ]in|written[ ]in|fluent[ ]in|translated[ ](?:in|into|to|from)"
    r"|translate(?:[ ]\w+){0,3}?[ ](?:into|to|from)|dubbed[ ]in|subtitled[ ]in|localized[ ](?:in|into)"
    r"|languages?|lang|locale|subtitles?|translation|idioma|langue|sprache|lingua|língua|CJK)"
    r"[\"']?[ \t]*[:=(]?[ \t]*\[?[ \t]*[\"']?)$"
)
"""Words after which a nationality word names a language, whatever follows it."""
_WEAK_BEFORE = regex.compile(r"(?i:\b(?:in|into|to|from)[ ])$")
"""Prepositions after which it names a language unless a noun follows (``in Chinese football``)."""
_AFTER = regex.compile(
    r"[ \t]*(?i:language|languages|translation|translations|version|versions|subtitles|text|characters|keyboard"
    r"|speakers|speaking|edition|dub|dubbing|audio|locale|course|courses|lessons|class|teacher|words?|alphabet"
    r"|script|dialect|grammar|spelling|content|glyphs|fonts|ideographs)\b"
)
"""Nouns after which it names a language (``Japanese characters``, ``the German version``)."""
_NOUN_AFTER = regex.compile(r"[ ](?!(?:and|or|as|too|only|also|please|instead)\b)\p{Ll}")
"""A lower-case word follows, no conjunction: the word is an adjective (``in Chinese football``)."""
_JOIN = r"[\"']?(?:,[ ]?(?:(?:and|or)[ ])?|[ ](?:and|or|&)[ ]|[ ]?/[ ]?)[\"']?"
_LIST_JOIN = regex.compile(_JOIN + "$")
"""What joins two items of a list (``English, French and German``, ``..., and Serbian``)."""
_JOIN_AFTER = regex.compile(_JOIN)
_CAPITALISED_END = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+$")
"""The list's previous item: a capitalised word."""
_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+")


def names_a_language(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a NORP entity) names a language where it is written."""
    if _AFTER.match(text, end):
        return True
    noun_after = _NOUN_AFTER.match(text, end) is not None
    at = start
    for _ in range(16):  # back through a list: "in English, French and German"
        head = text[max(0, at - 48) : at]
        if _STRONG_BEFORE.search(head) or (not noun_after and _WEAK_BEFORE.search(head)):
            return True
        join = _LIST_JOIN.search(head)
        if join is None:
            return False
        item = _CAPITALISED_END.search(head, 0, join.start())
        if item is None:
            return False
        at = at - len(head) + item.start()
    return False


LANGUAGE_ONLY = word_set(
    """
    Esperanto Volapük Interlingua Sanskrit Yiddish Catalan Galician Occitan Nynorsk Bokmål Swahili Tagalog
    Hindi Urdu Kannada Telugu Malayalam Devanagari Cyrillic Hangul Hiragana Katakana Kanji Hanzi Jamo Arabic
    """
)
"""Names of languages and scripts that say nothing of a nationality or a place when they sit in a
list (``Catalan, Esperanto, Kazakh``): one of them makes the whole list one of languages."""


def in_language_list(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (one capitalised word) is an item of a list of three or more
    capitalised words that holds a language-only name (:data:`LANGUAGE_ONLY`):
    ``Catalan, Esperanto, Kazakh, Volapük``; ``Balinese, Jamo, Devanagari, Tamil and Kannada``."""
    if _CAPITALISED.fullmatch(text, start, end) is None:
        return False
    items = [text[start:end]]
    at = start
    for _ in range(16):  # back through the list
        join = _LIST_JOIN.search(text, max(0, at - 8), at)
        item = _CAPITALISED_END.search(text, max(0, join.start() - 40), join.start()) if join else None
        if item is None or (item.start() and text[item.start() - 1].isalnum()):
            break
        items.append(item.group())
        at = item.start()
    at = end
    for _ in range(16):  # and on
        join = _JOIN_AFTER.match(text, at)
        item = _CAPITALISED.match(text, join.end()) if join else None
        if item is None:
            break
        items.append(item.group())
        at = item.end()
    return len(items) >= 3 and any(word in LANGUAGE_ONLY for word in items)


_THINGS = word_set(
    """
    lira liras peso pesos franc francs dollar dollars yen yuan renminbi krone kroner krona kronor rupee rupees
    rupiah ringgit baht won rand real reais zloty forint koruna lev leu dinar dirham riyal shekel pound pounds
    date dates time times number numbers formatting format formats layout layouts locale timezone keyboard
    bacon cuisine food foods dish dishes pastry pastries cheese wine wines beer beers coffee tea bread sausage
    omelette omelet salad sauce dressing mustard toast fries pancakes dumplings noodles curry
    """
)
"""Things a nationality word may describe that say nothing of anyone: currencies, a locale's
formats, foods (``Turkish lira``, ``German date formatting``, ``Canadian bacon``)."""
_THING_AFTER = regex.compile(r"[ ](\p{Ll}[\p{Ll}\-]{1,30})(?![\p{L}'\u2019])")


def describes_a_thing(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (a NORP entity of one word) is an adjective of one of
    :data:`_THINGS` (``Turkish lira``, ``German date formatting``, ``Canadian bacon``; ``Chinese
    football`` and ``the French proposal`` may be said of people and stay)."""
    m = _THING_AFTER.match(text, end)
    return " " not in text[start:end] and m is not None and m.group(1) in _THINGS
