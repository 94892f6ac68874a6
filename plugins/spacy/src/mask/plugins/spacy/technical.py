"""Names of things in technical prose: NER's PERSON, ORGANIZATION and LOCATION that a
project's description or a docstring uses for a library, a widget, a theorem or a format.

The words around an entity say when it names a thing (:func:`technical_use`):

- a technical noun follows it in lower case (``the Tab key``, ``the Daphne webserver``,
  ``Lindenmayer systems``, ``the 50th Fibonacci number``, ``Xing header``, ``Koch-curves``);
- the sentence defines it as software (``Jinja is a fast, extensible template engine.``), or it
  is one of ``other packages``;
- for a place, it is an item of a list of ordinary words (``HLS: Hue, Luminance, Saturation``:
  :func:`in_term_list`).

An ORGANIZATION that is a service's name with product words is the product (``Gemini
Enterprise``: :func:`platform_product`).

The entity's words say it too (:func:`technical_name`), for a PERSON or LOCATION only: a
service's or a technology's name is one of them (``Google Summer of Code``, ``Mac OSX``), or a
technology's with only ordinary words beside it (``Native Starlette``).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .filters import PLATFORMS, TECH_WORDS, abbreviation, ordinary_word, product_word, words_of
from .wordlists import known_name, word_set

__all__ = [
    "EPONYM_NOUNS",
    "TECH_NOUNS",
    "WARE_NOUNS",
    "in_term_list",
    "platform_product",
    "technical_name",
    "technical_use",
]

TECH_NOUNS = word_set(
    """
    library libraries module modules package packages framework frameworks toolkit toolkits sdk sdks api apis
    protocol protocols format formats codec codecs encoding encodings syntax grammar parser parsers
    plugin plugins extension extensions widget widgets webserver engine engines backend backends runtime
    compiler interpreter driver drivers binding bindings wrapper wrappers namespace namespaces
    build builds header headers key keys command commands option options flag flags mode modes
    class classes object objects method methods function functions attribute attributes property properties
    instance instances type types interface interfaces template templates element elements
    algorithm algorithms number numbers sequence sequences theorem theorems transform transforms series
    curve curves tree trees graph graphs distribution distributions model models systems
    dataset datasets schema schemas database databases query queries container containers
    environment environments implementation implementations argument arguments identifier identifiers
    bytecode lexer lexers tokenizer tokenizers serialization endpoint endpoints estimate estimates norm
    effect effects law laws scale scales principle principles equation equations constant constants
    paradox paradoxes diagram diagrams dish dishes blur filter filters logic operator operators matrix
    matrices integral integrals conjecture lemma formula formulas ratio kernel kernels syndrome
    cluster clusters release releases sprint sprints milestone milestones deployment deployments node nodes
    branch branches repo repos repository repositories dashboard dashboards runbook runbooks playbook
    equilibrium equilibria elimination smoothing optimization optimisation decomposition approximation
    interpolation process processes feature features
    """
)
"""Nouns that name a thing made of code or mathematics: after an entity in lower case, the entity is
that thing's name (``the Tab key``, ``Fibonacci number``). Nouns that may be about a person or a
company are not here (``file``, ``account``, ``record``, ``client``, ``project``, ``support``,
``team``, ``server``)."""

WARE_NOUNS = word_set(
    """
    sauce mustard cheese yogurt yoghurt salt tea dressing sprout sprouts omelette omelet sausage sausages ham
    wings wing sandwich sandwiches steak cake cakes pie pies salad noodles rice roll rolls bun buns bagel bagels
    pizza fries chowder stew soup bread loaf pastry pastries cream toffee fudge biscuit biscuits cookie cookies
    dumplings boots boot hat hats coat coats parka blazer jacket shoes sneakers knife knives cement terrier
    terriers spaniel retriever shepherd bulldog press roast blend coffee brew lager ale beer wine gin vodka
    """
)
"""Nouns of foods, drinks, clothes, breeds and wares that a town or a people names (``Greek yogurt``,
``Brussels sprouts``, ``Denver omelette``, ``Chelsea boots``, ``French press``, ``Portland cement``):
after an entity in lower case, the entity is that thing's name, no place's or person's."""

EPONYM_NOUNS = word_set(
    """
    law laws theorem theory algorithm method principle constant equation equations rule paradox razor disease syndrome
    number numbers triangle test formula conjecture hypothesis lemma effect ratio distribution series sign
    notation transform identity inequality criterion problem sequence function curve index scale reflex
    correlation coefficient statistic distance measure estimator bound correction
    """
)
"""Nouns a scientist's or a physician's name owns (``Newton's law``, ``Bayes' theorem``, ``Crohn's
disease``): the name before ``'s`` names that thing, no person."""
_OWNED_NOUN = regex.compile(r"(?:'s|\u2019s|')[ ](\p{Ll}+)\b")

_NOUN_AFTER = regex.compile(r"(?:[ ]|-)(\p{Ll}+)(?![\p{L}\p{M}\d_(-]|\.[\p{L}\d_])")
"""A lower-case word right after the entity, by a blank or a hyphen (``Koch-curves``)."""

_SOFTWARE_HEADS = TECH_NOUNS | word_set("tool tools utility utilities application app implementation port fork")
_DEFINED = regex.compile(
    r"(?:'s|\u2019s)?[ ](?:is|are|was)[ ](?:an?|the)[ ]"
    r"(?P<phrase>[^.!?;:()\n]{1,80}?)(?=[.!?;:()\n]|$|[ ](?:for|that|which|written|built|designed|to|with|in|used|on|of)[ ])"
)
"""``<entity> is a <words>``: the sentence says what the entity is; its noun is the phrase's last word."""


_AND_OTHER = regex.compile(r"[ ]+(?:and|or)[ ]+other((?:\s+\p{Ll}+){1,3})")
"""``<entity> and other [popular] packages``: the entity is one of those."""


def technical_use(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a thing of code, science, the kitchen or the shop: a technical noun or a
    ware's follows it in lower case (``the Tab key``, ``Doppler effect``, ``Greek yogurt``, ``Chelsea
    boots``), or after ``'s`` a noun a
    scientist's name owns (``Newton's law``), or ends it as NER may read
    it (``Dijon mustard``), the sentence that opens with it says it is a library, an engine, a tool
    (:data:`TECH_NOUNS`), or it is one of ``other packages``."""
    match = _NOUN_AFTER.match(text, end)
    if match is not None and (match.group(1) in TECH_NOUNS or match.group(1) in WARE_NOUNS):
        return True
    owned = _OWNED_NOUN.match(text, end)
    if owned is not None and owned.group(1) in EPONYM_NOUNS:
        return True  # "Newton's law of cooling", "Crohn's disease"
    words = text[start:end].rsplit(None, 1)
    if len(words) == 2 and words[1].islower() and (words[1] in TECH_NOUNS or words[1] in WARE_NOUNS):
        return True  # "Dijon mustard" as NER reads it: the noun inside the entity
    others = _AND_OTHER.match(text, end)
    if others is not None and any(w in _SOFTWARE_HEADS for w in others.group(1).split()):
        return True  # "supports Jinja and other popular packages"
    defined = _DEFINED.match(text, end)
    return defined is not None and defined.group("phrase").split()[-1] in _SOFTWARE_HEADS


_ITEM_BEFORE = regex.compile(r"(?:^|(?<=[,:][ ]))(\p{Lu}[\p{L}\p{M}]{2,}),[ ]$", regex.MULTILINE)
_ITEM_AFTER = regex.compile(r",[ ](\p{Lu}[\p{L}\p{M}]{2,})(?=,|[ ]*$|[ ]+(?:and|or|etc)\b|\.)", regex.MULTILINE)
"""A list's item next to the entity: one word of three letters or more, a whole item (``Fifth Floor,``
and ``, MA 02110`` are none)."""


def in_term_list(text: str, start: int, end: int, is_place: Callable[[str], bool]) -> bool:
    """``text[start:end]`` (a place's name) is an item of a comma list whose other items name no
    place and are ordinary words, at least half of them (``HLS: Hue, Luminance, Saturation``,
    ``BLUE, MAGENTA, CYAN, WHITE``): a list of terms; ``Hue, Vietnam``, ``Reading, Bath, Nice``
    and a list of towns no word list holds stay places."""
    neighbours: list[str] = []
    at = start
    for _ in range(2):
        match = _ITEM_BEFORE.search(text, max(0, at - 40), at)
        if match is None:
            break
        neighbours.append(match.group(1))
        at = match.start()
    at = end
    for _ in range(2):
        match = _ITEM_AFTER.match(text, at)
        if match is None:
            break
        neighbours.append(match.group(1))
        at = match.end()
    if len(neighbours) < 2:
        return False
    if any(is_place(w) or is_place(w.title()) for w in neighbours):
        return False
    return 2 * sum(1 for w in neighbours if ordinary_word(w)) >= len(neighbours)


def _platform(word: str) -> bool:
    return word in PLATFORMS and not known_name(word)


def technical_name(value: str) -> bool:
    """The words of ``value`` (a PERSON or LOCATION) name a thing: a service or a technology is one
    of them (``Google Summer of Code``, ``Mac OSX``: no name list holds the word), or a technology
    with only ordinary words beside it (``Native Starlette``)."""
    words = words_of(value)
    if not words:
        return False
    if any(_platform(w) or (w in TECH_WORDS and not known_name(w)) for w in words):
        return True  # "Google Summer of Code", "Mac OSX": no one's name, no place
    return any(w in TECH_WORDS for w in words) and all(
        w in TECH_WORDS or (ordinary_word(w) and not known_name(w)) for w in words
    )


_PRODUCT_JOINS = frozenset({"for", "on", "in", "and", "&"})


def platform_product(value: str) -> bool:
    """``value`` (an ORGANIZATION) is a service's product, not the company: a service's name with
    product words, technology names or abbreviations only (``Gemini Enterprise``, ``GCS for
    Gemini Enterprise``, ``Google Cloud``); ``Google`` alone or ``Google Ireland`` stay companies."""
    words = [w for w in value.replace(",", " ").split() if w not in _PRODUCT_JOINS]
    if len(words) < 2 or not any(_platform(w) for w in words):
        return False
    return all(_platform(w) or product_word(w) or w in TECH_WORDS or abbreviation(w) for w in words) and any(
        not _platform(w) for w in words
    )
