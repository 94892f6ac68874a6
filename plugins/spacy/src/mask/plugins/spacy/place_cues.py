"""Places near a home that the words around them name, in local news, notices, listings and
neighbours' chats, where the gazetteer knows no such village and no number makes an address.

- the people of a place: ``Villagers in Little Brackwell``, ``residents of Kilmory``;
- ``in nearby Stoke Merriton``, ``the village of Dunmore``, a town hall's town
  (``en la mairie de Saint-Gilles-Croix-de-Vie``), a Portuguese hamlet (``lugar de Covelas``);
- a street and the town it is in: ``on Mill Road in Ballyconneely``, ``on Station Road, Hetton
  Moor``, ``on Hawthorne Terrace, Oakmere`` (both; a street of ordinary words alone stays: ``on
  Main Street``);
- a Dutch or German street written as one word, without a number (``in de Merelstraat``, ``im
  Birkenweg``), not a common noun of that shape (``Einbahnstraße``, ``milieustraat``, ``Heimweg``);
- a street of a Romance language with its kind in lower case (``la calle del Almendro``, ``via
  dei Glicini 18``, ``rue des Mouettes``);
- a street in lower case in a chat (``the bottom of larch lane``), not a figure of speech
  (``down memory lane``) nor a kind of road (``on a dirt road``).

A place is one to three capitalised words, one of them no ordinary English word, technology or
first name alone. Each rule runs behind a cheap check for its words.
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .cues import WORD_START as _B
from .filters import TECH_WORDS, english_word
from .wordlists import first_names, word_set

__all__ = ["SCORE_PLACE_CUE", "placed_towns"]

SCORE_PLACE_CUE = 0.8

_WORD = r"\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-(?:\p{Lu}[\p{Ll}\p{M}'\u2019]*|de|du|la|le|les|sur|en|sous))*"
_PLACE = rf"(?P<p>{_WORD}(?:[ ]{_WORD}){{0,2}})(?![\p{{L}}\p{{M}}\p{{N}}])"

_PEOPLE_OF = regex.compile(
    rf"{_B}(?:(?i:villagers|residents|parishioners|townsfolk|locals)[ ](?:in|of|from)"
    rf"|in[ ]nearby|(?:the[ ])?(?:village|hamlet|parish|townland)[ ]of"
    rf"|(?:mairie|commune|ville)[ ]d[e'][ ]?|(?:lugar|aldeia|freguesia)[ ]d[eo][ ]"
    rf"|(?:frazione|comune)[ ]di)[ ]?{_PLACE}"
)
_PEOPLE_WORDS = word_set(
    "villagers Villagers residents Residents parishioners Parishioners townsfolk locals Locals nearby village"
    " hamlet parish townland mairie commune ville lugar aldeia freguesia frazione comune"
)

_STREET_WORDS = (
    r"(?:Road|Street|Lane|Avenue|Terrace|Crescent|Close|Grove|Gardens|Drive|Way|Sokak|Soka\u011f\u0131|Caddesi)"
)
_STREET_TOWN = regex.compile(
    rf"{_B}(?:on|in|at|off|along|of)[ ](?P<s>{_WORD}(?:[ ]{_WORD})?[ ]{_STREET_WORDS})"
    rf"(?:[ ]in[ ]|,[ ])(?P<p>{_WORD}(?:[ ]{_WORD})?)(?=[ \t]*(?:[.,;!)\n\u2014\u2013-]|$))"
)

_COMPOUND_STREET = regex.compile(
    rf"{_B}(?:(?i:in[ ]de|op[ ]de|van[ ]de|aan[ ]de|naar[ ]de|uit[ ]de|de)|(?i:im|am)|(?i:in|an|auf)[ ]der)"
    r"[ ](?P<s>(?P<stem>\p{Lu}[\p{Ll}\p{M}]{2,})(?P<end>straat|laan|gracht|plein|steeg|singel|dreef|weg|"
    r"straße|strasse|gasse|allee))(?![\p{L}\p{M}])"
    r"|(?<=[\p{Ll}][ ])(?P<s2>\p{Lu}[\p{Ll}\p{M}]{2,}(?:straat|straße|strasse|gasse))(?=[ \t]*$)",
    regex.MULTILINE,
)
_COMPOUND_ENDS = (
    "straat",
    "laan",
    "gracht",
    "plein",
    "steeg",
    "singel",
    "dreef",
    "weg",
    "straße",
    "strasse",
    "gasse",
    "allee",
)
COMMON_STREET_STEMS = word_set(
    """
    milieu winkel zij woon eenrichtings dood hoofd uitvals
    land bundes einbahn seiten neben quer umgehungs spiel kreis staats fern auto schnell
    heim rück um aus rad fuß fuss geh rechts dienst schul arbeits lösungs wander see luft fahr zu ab
    holz irr kreuz lebens post versand liefer zahlungs
    """
)
"""First parts of one-word streets that make a common noun (``Einbahnstraße``, ``milieustraat``,
``Heimweg``, ``Lösungsweg``): no street's name (compared lower-cased)."""

_LOWER_STREET = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_])(?:on|of|in|off|along|from|at)[ ](?P<s>(?P<n>[a-z]{3,14})[ ]"
    r"(?:lane|close|road|street|avenue|crescent|terrace|grove|gardens))(?![\p{L}\p{M}\p{N}_])"
)
_LOWER_STREET_WORDS = word_set("lane close road street avenue crescent terrace grove gardens")
NO_STREET_NAMES = word_set(
    """
    the a an this that these those my our your his her their its one each every any some no same other next
    main high back side dirt toll ring country open private public busy quiet slip gravel icy wet long narrow
    fast slow left right inside outside wrong middle bus cycle bike express service access memory
    socket file window connection stream session tab door dialog modal app browser page shop
    down up first second last new old
    """
)
"""Words before ``lane``, ``road``, ``close``... in lower case that make no street's name (``on the
road``, ``on dirt road``, ``on socket close``; compared lower-cased)."""


_ROMANCE_STREET = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:calle|avenida|paseo|rua|travessa|praça|viale|vicolo|piazza|rue|chemin|impasse)"
    r"(?:[ ](?:de(?:[ ]la|[ ]los|[ ]las|l)?|d[oa]s?|di|dei|degli|della|delle|dello|des|du|de[ ]l'))?"
    r"|via[ ](?:di|dei|degli|della|delle|dello|del))[ ]"
    rf"(?P<n>{_WORD}(?:[ ]{_WORD}){{0,2}})(?![\p{{L}}\p{{M}}])(?:[ ]\d{{1,4}}[a-zA-Z]?(?![\p{{L}}\p{{N}}]))?"
)
"""A street of Spanish, Portuguese, Italian or French written with its kind in lower case and its
name capitalised (``la calle del Almendro``, ``via dei Glicini 18``, ``rue des Mouettes``); Italian
``via`` with a particle only (English ``via Slack``)."""
_ROMANCE_WORDS = word_set("calle avenida paseo rua travessa praça viale vicolo piazza rue chemin impasse via")


def _a_place(value: str) -> bool:
    """One word of ``value`` is no ordinary English word and no technology, and the value is not a
    known first name alone."""
    words = value.replace("-", " ").split()
    if len(words) == 1 and value in first_names():
        return False
    return any(not english_word(w) and w not in TECH_WORDS for w in words if w[:1].isupper())


def placed_towns(text: str, words: set[str] | frozenset[str]) -> list[Span]:
    """LOCATION spans for the places the words around them show (see the module); ``words``: the
    text's words."""
    out: list[tuple[int, int]] = []
    if not words.isdisjoint(_PEOPLE_WORDS):
        for m in _PEOPLE_OF.finditer(text):
            if _a_place(m.group("p")):
                out.append(m.span("p"))
    if " in " in text or ", " in text:
        for m in _STREET_TOWN.finditer(text):
            town = m.group("p")
            if _a_place(town):
                out.append(m.span("s"))
                out.append(m.span("p"))
    if any(e in text for e in _COMPOUND_ENDS):
        for m in _COMPOUND_STREET.finditer(text):
            if m.group("s2") is not None:
                word = m.group("s2")
                stem = regex.sub(r"(?:straat|straße|strasse|gasse)\Z", "", word)
                if stem.lower() not in COMMON_STREET_STEMS and not english_word(word):
                    out.append(m.span("s2"))
                continue
            if m.group("stem").lower() not in COMMON_STREET_STEMS:
                out.append(m.span("s"))
    if not words.isdisjoint(_ROMANCE_WORDS):
        for m in _ROMANCE_STREET.finditer(text):
            if not any(w in TECH_WORDS for w in m.group("n").split()):
                out.append(m.span())
    if not words.isdisjoint(_LOWER_STREET_WORDS):
        for m in _LOWER_STREET.finditer(text):
            if m.group("n") not in NO_STREET_NAMES:
                out.append(m.span("s"))
    return [Span(lo, hi, "LOCATION", SCORE_PLACE_CUE, "names") for lo, hi in sorted(set(out))]
