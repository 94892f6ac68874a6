"""Things named with words that name people and places: products, colours, materials, dishes, settings.

Shop listings, inventories, recipes, game rules and rate tables name things with capitalised words
that the name lists or the gazetteer hold too, and the small model reads them as people or places:
a product's model (``Aurora Pro Max``, ``Smart Kettle``), a colour or a finish (``Midnight Black``,
``Verde Musgo``, ``White Oak``), a dish (``Red Lentil``, ``Lemon & Thyme Drizzle Traybake``), a
maximum (``Max 50 000 rows``, ``Max length``), a unit's system (``1 US cup``), a table's header
(``Rate   Per-item   Cap``), a heading in capitals before a dash (``RIVERSTONE — Quick Rules``),
a street used as a name (``the Oak Lane floor plan``), the words of another language's sentence
(``una Torre di 1 livello``, ``Loja online``). :func:`names_a_thing` says when an entity is one
of them; both detectors of the plugin drop such entities. The vocabulary is data (the tables
below), compared lower-cased.
"""

from __future__ import annotations

import itertools

import regex

from .filters import TITLES, abbreviation, english_word, ordinary_word, words_of
from .orgs import LEGAL_FORMS
from .wordlists import english_words, first_names, last_names, other_words, word_set

__all__ = ["foreign_common_noun", "names_a_thing"]

COLOUR_WORDS = word_set(
    """
    black white red green blue yellow orange purple violet pink brown grey gray silver gold golden beige cream
    ivory navy teal turquoise cyan magenta maroon burgundy olive khaki tan charcoal graphite slate indigo lilac
    lavender mauve crimson scarlet amber bronze copper rust ochre mustard lime mint emerald jade sapphire ruby
    aqua azure cobalt cerulean taupe ecru sand stone pearl onyx jet ebony chalk blush rose coral peach apricot
    salmon plum wine cherry berry cognac caramel chocolate mocha espresso latte oatmeal natural nude
    negro negra blanco blanca rojo roja azul amarillo amarilla gris marrón morado morada rosa naranja dorado
    plateado celeste beis crema carbón arena musgo oliva
    preto preta branco branca vermelho vermelha amarelo amarela cinza castanho roxo roxa dourado prateado
    nero nera bianco bianca rosso rossa giallo gialla grigio marrone viola blu azzurro dorato argento
    noir noire blanc blanche rouge vert verte bleu jaune gris brun marron argent doré
    schwarz weiß weiss rot grün blau gelb grau braun silber golden beige
    verde
    """
)
"""Colours, in English, Spanish, Portuguese, Italian, French and German."""

SHADE_WORDS = word_set(
    """
    midnight glacier arctic polar deep dark light pale bright matte matt satin gloss glossy metallic storm smoked
    brushed polished dune sage moss forest ocean sky frost frosted ice misty mist dusk dawn sunset shadow
    ash smoke pebble fog cloud desert lagoon cosmic space lunar solar volcanic graphite titanium carbon
    heather hunter royal electric neon pastel warm cool soft classic true
    """
)
"""Words colours and finishes are named with (``Midnight Black``, ``Glacier Silver``, ``Hunter Green``)."""

MATERIAL_WORDS = word_set(
    """
    oak walnut beech pine maple teak birch cedar elm mahogany bamboo rattan wicker cork linen velvet leather
    suede wool cotton silk satin denim canvas nylon polyester fleece felt tweed mesh bouclé boucle jute hemp
    steel stainless aluminium aluminum brass chrome iron cast titanium ceramic porcelain stoneware glass
    marble granite concrete terrazzo slate quartz resin acrylic rubber vinyl plywood veneer malla ante
    eiche nussbaum buche leder leinen samt wolle stahl chêne noyer cuir lin velours laine acier roble nogal cuero
    lino terciopelo lana acero rovere noce pelle velluto carvalho nogueira couro veludo aço
    """
)
"""Materials and woods (``White Oak``, ``Smoked Walnut``, ``Aniline Leather``)."""

FOOD_WORDS = word_set(
    """
    sweet sour spicy smoky crispy creamy fresh sauce salsa crema dressing dip glaze chips fries wrap bowl burger
    sandwich taco tacos pizza quiche omelette pancakes waffles granola porridge hummus pesto gravy broth
    lentil lentils tomato tomatoes soup stew curry salad bread cake tart pie loaf muffin scone scones cookie
    cookies biscuit biscuits brownie brownies traybake drizzle crumble pudding risotto pasta noodle noodles
    lemon lime orange apple pear banana berry cherry plum apricot peach mango coconut ginger garlic onion
    thyme basil rosemary sage mint parsley coriander cumin chilli chili pepper vanilla cinnamon honey
    chickpea bean beans pea peas carrot pumpkin squash potato mushroom spinach kale roasted roast baked
    chocolate caramel almond walnut hazelnut pecan oat oats rye wholemeal sourdough smoothie latte
    """
)
"""Dishes and what they are made of (``Red Lentil Soup``, ``Lemon & Thyme Drizzle Traybake``)."""

PRODUCT_NOUNS = word_set(
    """
    kettle toaster blender mixer kettles backpack bag bags beanie hat cap jacket shirt hoodie sneaker sneakers
    shoe shoes boot boots sock socks glove gloves scarf flask bottle mug cup chair table desk sofa lamp shelf
    headphones earbuds buds speaker speakers charger cable case cover stand tablet laptop watch band phone
    paint paints primer stain varnish lounge armchair stool bench rug cushion pillow duvet blanket towel
    runner runners hiker trainer trainers sandal sandals tent jar pan pot skillet knife knives grinder
    vacuum purifier humidifier fan heater monitor keyboard mouse router camera lens drone
    """
)
"""What a shop sells (``Smart Kettle``, ``Backpack Olive``, ``Hunter Green Paint``)."""

MODEL_TIERS = frozenset({"Pro", "Ultra", "Lite", "Mini", "Plus", "Max", "Air", "XL", "SE"})
"""Words of a product's model (``Aurora Pro Max``, ``Nimbus Buds Lite``); ``Max`` and ``Air`` count
only beside another tier or a model number (``Peter Max`` is a name)."""
_STRONG_TIERS = frozenset({"Pro", "Ultra", "Lite", "Mini", "Plus"})

_THING_WORDS = COLOUR_WORDS | SHADE_WORDS | MATERIAL_WORDS | FOOD_WORDS | PRODUCT_NOUNS

_ATTRIBUTE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:colou?rs?|colou?rways?|finish(?:es)?|frame|upholstery|materials?|fabric|shades?|flavou?rs?|scents?"
    r"|farbe|farben|couleurs?|cor|cores|colores|colore|colori|tono|tinta)"
    r"[\"']?[ \t]*[:=|][ \t|]*[\"']?(?:[^\n:|\"]{1,40}[,/][ \t]*[\"']?){0,8}$"
)
"""A product's attribute label before the entity, on its line, maybe with other values of it
before (``Frame: White Oak``, ``"color": "Verde Musgo"``, ``| Colours | Midnight Black, Glacier Silver``)."""

_MAXIMUM = frozenset({"Max", "Min", "MAX", "MIN"})
_MEASURE_AFTER = regex.compile(
    r"[ ]?(?:\d|(?:length|width|height|depth|weight|size|speed|power|temp|temperature|capacity|load|rows"
    r"|items|files|file|characters|chars|users|connections|retries|value|amount|price|volume|level|girth"
    r"|per)(?![\p{L}]))"
)
"""What follows ``Max`` or ``Min`` used as the abbreviation (``Max 50 000 rows``, ``Max length``)."""
_SETTING_BEFORE = regex.compile(
    r"(?i:power|mode|level|setting|speed|potenza|modalità|livello|velocità|puissance|niveau|vitesse|stufe|modus"
    r"|leistung|potencia|modo|nivel|velocidad|potência|velocidade)[ ]?[\"'«„“]$"
)
"""A device's setting before a quoted ``Max`` (``a potenza "Max"``)."""

_UNIT_SYSTEMS = frozenset({"US", "UK", "U.S.", "U.K."})
_UNIT_AFTER = regex.compile(
    r"[ ](?:cups?|gal|gallons?|pints?|pt|qt|quarts?|fl|oz|ounces?|tbsp|tsp|tablespoons?|teaspoons?|bushels?"
    r"|tons?|short[ ]tons?|liquid|dry|customary)(?![\p{L}])"
)
_UNIT_BEFORE = regex.compile(r"(?:cups?|gal|gallons?|pints?|pt|qt|quarts?|fl[ ]oz|oz|tons?|bushels?)[ ]?\($")

_QUOTES = "\u201e\u201c\u201d\u00ab\u00bb\u2039\u203a\u201a\u2018"
_STREET_ENDS = frozenset({"Street", "Avenue", "Lane", "Road", "Boulevard", "Terrace", "Crescent", "Drive"})
_COMPASS = regex.compile(
    r"(?i:(?:north|south)(?:[- ]?(?:east|west))?|east|west|nord|sud|süd|est|ouest|ost|norte|sur|oeste|este)"
)
_HEADING_AFTER = regex.compile(r"[ ][\u2014\u2013][ ]([^\n]{0,80})(?:\n|$)")
_CEFR_BEFORE = regex.compile(r"(?<![\p{L}\d])[ABC][12][+]?[ ]$")
_TABLE_CELLS = regex.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")
NAMED_THINGS = (
    "black-eyed susan", "lazy susan", "creeping jenny", "spinning jenny", "jenny wren", "sweet william",
    "lady's mantle", "lady's slipper", "lady's smock", "queen anne's lace", "creeping charlie", "busy lizzie",
    "ragged robin", "herb robert", "jacob's ladder", "solomon's seal", "st john's wort", "virginia creeper",
    "bloody mary", "tom collins", "john dory", "peach melba", "melba toast", "beef wellington", "eggs benedict",
    "earl grey", "lady grey", "granny smith", "jack russell", "sloppy joe", "shirley temple", "doubting thomas",
    "peeping tom", "tom thumb", "union jack", "jumping jack", "jumping jacks", "jerry can", "tommy gun",
)  # fmt: skip
"""Plants, dishes, drinks, breeds and things named with a first name (``Black-eyed Susan``, ``Creeping
Jenny``, ``Lady's Mantle``, ``Bloody Mary``): the name in them is no one's (compared lower-cased)."""
_NAMED_THING = regex.compile(
    r"(?<![\p{L}])(?i:" + "|".join(regex.escape(t).replace("'", "['\u2019]") for t in NAMED_THINGS) + r")(?![\p{L}])"
)
_NAMED_THING_WORDS = frozenset(w.title() for t in NAMED_THINGS for w in regex.split(r"[ '-]", t) if len(w) > 1)
_FUNCTION_WORDS = word_set("a an the and or of to for in on at with from by vs de la le des")
_TITLE_WORD = regex.compile(r"[\p{L}][\p{L}'\u2019-]*")


_TEAM_AFTER = regex.compile(
    r"[ ]?(?:Wanderers|Rovers|Athletic|Harriers|Rangers|Albion|Reserves|Juniors|Vets|Veterans|Hotspur|FC|AFC|CF|RFC)"
    r"(?![\p{L}])"
)
"""A sports team's last word right after the entity (``Lower Field Wanderers``, ``Canal Street Harriers``):
the entity is the first words of a team's name, no place or person of its own."""
_CAPITALISED_NEXT = regex.compile(r"[ ]\p{Lu}")
_WORD_BEFORE = regex.compile(r"(\p{L}+)\.?[ ]$")
_PLACE_PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}])(?i:on|at|in|off|near|from|along|to|into)\s+(?:the\s+)?$")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]he[ ]$")


def _thing(word: str) -> bool:
    return word.lower() in _THING_WORDS


def _model_name(words: list[str], text: str, end: int) -> bool:
    """A product's model: a strong tier word after the first (``Aurora Pro``, ``Cobalt Brew Mini``), two
    tiers (``Pro Max``), or a tier before a model number (``Helix Air 2``)."""
    tiers = [w for w in words[1:] if w in MODEL_TIERS]
    if not tiers:
        return False
    if any(w in _STRONG_TIERS for w in tiers) or len(tiers) >= 2:
        return True
    return regex.match(r"[ ]\d", text[end : end + 2]) is not None


def _made_of_things(words: list[str], hyphened: bool = False) -> bool:
    """Every word a colour, a shade, a material, a dish's or a product's word (``Midnight Black``,
    ``Red Lentil``, ``Backpack Olive``), unless a first name before a known name (``Olive Green``,
    ``Heather Black``, ``Dawn Brown`` may be someone: a label or the words around tell the colour); or a
    colour before what a shop sells or a material (``Hunter Green Paint``)."""
    if len(words) < 2:
        return False
    low = [w.lower() for w in words]
    if hyphened and len(words) == 2 and all(w in last_names() for w in words):
        return False  # "White-Rose": a firm named after two families
    if all(w in _THING_WORDS for w in low):
        first, last = words[0], words[-1]
        return not (
            first in first_names() and low[0] not in PRODUCT_NOUNS and (last in first_names() or last in last_names())
        )
    return any(a in COLOUR_WORDS and b in PRODUCT_NOUNS | MATERIAL_WORDS for a, b in itertools.pairwise(low))


_CAPITALISED_BEFORE = regex.compile(r"(?:\p{Lu}[\p{Ll}\p{M}]+(?:[ ]&)?[ ]){1,4}$")
_CAPITALISED_AFTER = regex.compile(r"(?:(?:[ ]&)?[ ]\p{Lu}[\p{Ll}\p{M}]+){1,4}(?![\p{L}\p{M}])")


def _run_around(text: str, start: int, end: int) -> list[str]:
    """The capitalised words around the entity with it (``Walnut`` in ``the Harper Desk in Walnut Veneer``:
    ``Walnut Veneer``); only the entity's words when no capitalised word touches it."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 60), start)
    after = _CAPITALISED_AFTER.match(text, end)
    if before is None and after is None:
        return []
    lo = start if before is None else before.start()
    hi = end if after is None else after.end()
    return words_of(text[lo:hi])


def _maximum(text: str, start: int, end: int) -> bool:
    """``Max``/``Min`` as the abbreviation: before a number or what is measured (``Max 50 000 rows``,
    ``Max length + girth``), or quoted after a device's setting (``a potenza "Max"``)."""
    if text[start:end] not in _MAXIMUM:
        return False
    if _MEASURE_AFTER.match(text, end) is not None:
        return True
    return _SETTING_BEFORE.search(text, max(0, start - 16), start) is not None


def _unit_system(text: str, start: int, end: int) -> bool:
    """A unit's system, no place: ``1 US cup``, ``1 US gal``, ``1 gal (US)``."""
    if text[start:end] not in _UNIT_SYSTEMS:
        return False
    if _UNIT_AFTER.match(text, end) is not None:
        return True
    return text[end : end + 1] == ")" and _UNIT_BEFORE.search(text, max(0, start - 10), start) is not None


MAX_LINE = 400
"""Lines longer than this are no table's header row and no heading (and a bound on the work per entity)."""


def _line_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the line that holds ``text[start:end]``; None for a line of more than :data:`MAX_LINE`."""
    lo = text.rfind("\n", max(0, start - MAX_LINE), start) + 1
    if lo == 0 and start > MAX_LINE:
        return None
    hi = text.find("\n", end, end + MAX_LINE)
    if hi < 0:
        if len(text) - end > MAX_LINE:
            return None
        hi = len(text)
    return (lo, hi) if hi - lo <= MAX_LINE else None


def _header_cell(text: str, start: int, end: int) -> bool:
    """One ordinary word that is a cell of a table's header: three cells or more on its line (``|`` or
    wide gaps between them), each of ordinary words or abbreviations (``Category   Rate   Per-item   Cap``),
    on the table's first row (``Grace    Admin    Active`` under a header is someone's row)."""
    value = text[start:end]
    if " " in value or not ordinary_word(value):
        return False
    bounds = _line_of(text, start, end)
    if bounds is None or not _header_row(text[bounds[0] : bounds[1]]):
        return False
    lo = bounds[0]
    if lo == 0:
        return True
    above_start = text.rfind("\n", max(0, lo - 1 - MAX_LINE), lo - 1) + 1
    above = text[above_start : lo - 1]
    return len([c for c in _TABLE_CELLS.split(above) if c.strip()]) < 3  # the table's first row, no data row


def _header_row(line: str) -> bool:
    """Three cells or more, each of ordinary words or abbreviations."""
    cells = [c for c in _TABLE_CELLS.split(line) if c.strip()]
    return len(cells) >= 3 and all(
        words_of(c) and all(ordinary_word(w) or abbreviation(w) for w in words_of(c)) for c in cells
    )


def _heading(text: str, start: int, end: int) -> bool:
    """A name in capitals opening its line before a dash and a short line that a bracket closes: a
    game's or a product's title (``RIVERSTONE — Quick Rules (2-4 players)``); a dateline goes on
    with a sentence (``KILBRANNAN — A local man was rescued on Sunday.``)."""
    value = text[start:end]
    if not value.isupper() or (start and text[start - 1] != "\n"):
        return False
    m = _HEADING_AFTER.match(text, end)
    return m is not None and m.group(1).rstrip().endswith(")")


def _street_as_person(text: str, start: int, words: list[str]) -> bool:
    """A street's name read as a person (``the Oak Lane floor plan``, ``Canal Street Harriers``): the
    last word a street's, the first no first name (``Nathan Lane``, ``Dear Peter Lane`` are someone)."""
    return (
        len(words) == 2
        and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
        is None  # "on Orchard Lane", "at the Queen Street office"
        and words[-1] in _STREET_ENDS
        and words[0] not in first_names()
    )


def _ordinary_after_article(text: str, start: int, end: int) -> bool:
    """One ordinary English word after ``the`` (``The Queen is the most powerful piece``): a thing or a
    role, no one's name (names take no article)."""
    value = text[start:end]
    return (
        " " not in value
        and english_word(value)
        and value not in last_names()
        and _ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
    )


_ORG_ENDS = word_set(
    """
    group groups association society club partners holdings foundation trust council institute agency company
    studio studios labs media systems solutions services consulting ventures capital brothers sons bank fund
    """
)
"""Last words of organizations' names (``Foster Group``, ``Hunter Associates``)."""
_ENDS_WITH_LEGAL_FORM = regex.compile(rf"(?:^|[\s,])(?:{LEGAL_FORMS})$")


def _named_term(words: list[str], value: str) -> bool:
    """Ordinary English words, the first a first name too, the last no name and no organization's
    (``Grace Period``; ``Foster Group``, ``Hall Inc`` are firms)."""
    return (
        len(words) >= 2
        and words[-1].lower() not in _ORG_ENDS
        and _ENDS_WITH_LEGAL_FORM.search(value) is None
        and words[0] in first_names()
        and all(w.lower() in english_words() for w in words)
        and words[-1] not in first_names()
        and words[-1] not in last_names()
    )


def _in_named_thing(text: str, start: int, end: int) -> bool:
    """The entity is in a plant's, a dish's or a thing's name that holds a first name (:data:`NAMED_THINGS`)."""
    if not any(w in _NAMED_THING_WORDS for w in words_of(text[start:end])):
        return False
    return any(
        m.start() <= start and end <= m.end()
        for m in _NAMED_THING.finditer(text, max(0, start - 24), min(len(text), end + 24))
    )


def _in_title(text: str, start: int, end: int) -> bool:
    """Ordinary English words in a title-cased heading of five words or more (``Chapter Seven: Rose
    Gardens and Ivy Walls - A Guide to Climbing Plants``): a title's words, no one's name or place (an
    organization's name in a heading stays one: ``NOTICE OF VIOLATION — Cypress Hollow Owners Association``)."""
    words = words_of(text[start:end])
    if not all(english_word(w) for w in words) or (
        len(words) > 1 and words[0] in first_names() and words[-1] in last_names()
    ):
        return False  # "A Talk With Grace Hopper About Compilers": a name in a title
    bounds = _line_of(text, start, end)
    if bounds is None:
        return False
    content = [w for w in _TITLE_WORD.findall(text, *bounds) if w.lower() not in _FUNCTION_WORDS]
    return len(content) >= 5 and all(w[:1].isupper() for w in content)


def names_a_thing(text: str, start: int, end: int, etype: str) -> bool:
    """``text[start:end]``, an entity of type ``etype`` (PERSON, LOCATION, ORGANIZATION, NRP), names a
    thing, no person, place or organization (see the module docstring)."""
    value = text[start:end]
    if etype == "NRP":
        return _CEFR_BEFORE.search(text, max(0, start - 4), start) is not None  # "B2 German": a language's level
    if sum(value.count(q) for q in _QUOTES) % 2 == 1 or value.count('"') % 2 == 1:
        return True  # 'Trainingsplan „Grundlage': a title and a quotation it opens ("Dieter „Didi“ Hausmann" stays)
    words = words_of(value)
    if not words:
        return False
    if _ATTRIBUTE_BEFORE.search(text, max(0, start - 120), start) is not None and all(
        _thing(w) or w.lower() in other_words() or ordinary_word(w) for w in words
    ):
        return True  # "Frame: White Oak", '"color": "Verde Musgo"'
    if (
        _model_name(words, text, end)
        or _made_of_things(words, "-" in value)
        or _made_of_things(_run_around(text, start, end))
    ):
        return True  # "Midnight Black", "Walnut" of "in Walnut Veneer", "Lime" of "Serve with Lime Crema"
    if (
        len(words) >= 2
        and "-" not in value
        and words[-1].lower() in PRODUCT_NOUNS
        and (words[-1] not in last_names() or (words[0] not in first_names() and words[0] not in last_names()))
    ):
        return True  # "Smart Kettle", "the Ella Sofa" ("John Case", "Guerra-Case" are someone and a firm)
    if _maximum(text, start, end) or _unit_system(text, start, end) or _header_cell(text, start, end):
        return True
    if _in_named_thing(text, start, end) or (etype != "ORGANIZATION" and _in_title(text, start, end)):
        return True  # "Black-eyed Susan", "Chapter Seven: Rose Gardens and Ivy Walls - A Guide to Climbing Plants"
    if etype in ("LOCATION", "PERSON") and _TEAM_AFTER.match(text, end) is not None:
        return True  # "3   | Lower Field Wanderers| 14 |"
    compass = _COMPASS.fullmatch(value) is not None and _CAPITALISED_NEXT.match(text, end) is None
    if etype == "LOCATION" and (_heading(text, start, end) or compass):
        return True  # "RIVERSTONE — Quick Rules", "South-west facing" ("in East April": a town's first word)
    if etype == "PERSON" and (_street_as_person(text, start, words) or _ordinary_after_article(text, start, end)):
        return True
    return etype == "ORGANIZATION" and _named_term(words, value)


def foreign_common_noun(text: str, start: int, end: int) -> bool:
    """In a text in another language: one capitalised word that is an ordinary word of that language
    and no first name, which only a family-name list holds (``una Torre di 1 livello``, ``Loja
    online``): a noun, not a name."""
    value = text[start:end]
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and (before.group(1).capitalize() in TITLES or before.group(1)[:1].isupper()):
        return False  # "Sr. Torre": a title says a name; "d'Inès Chevalier": a first name before it
    return (
        " " not in value
        and value[:1].isupper()
        and value.lower() in other_words()
        and value.lower() not in english_words()
        and value not in first_names()
    )
