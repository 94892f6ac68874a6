"""Vocabularies of the address detector: street types, unit words, PO boxes, regions, postcodes.

Data only (lower-case spellings; the detector compiles them). Street types are the USPS
Publication 28 suffixes and their standard abbreviations, the common British and Irish
ones, and the French, Spanish, Italian, Portuguese, German and Dutch street words.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATED_TYPES",
    "ADDRESS_CONTEXT",
    "ADDRESS_OPENERS",
    "AMBIGUOUS_LEADING_TYPES",
    "BUILDING_WORDS",
    "CAPITALISED_SEPARATE_TYPES",
    "CAPITAL_ABBREVIATIONS",
    "COMPOUND_SUFFIXES",
    "CONNECTORS",
    "COUNTRIES",
    "EIRCODE",
    "GERMAN_SEPARATE_TYPES",
    "HOUSE_NAME_WORDS",
    "IRISH_PLACES",
    "LEADING_TYPES",
    "MX_STATE_CODES",
    "NEGATIVE_WORDS",
    "NORWEGIAN_SEPARATE_TYPES",
    "PO_BOX_WORDS",
    "REGION_CODES",
    "REGION_NAMES",
    "RISKY_COMPOUND_SUFFIXES",
    "RURAL_ROUTE_WORDS",
    "STRONG_TRAILING_TYPES",
    "TRAILING_TYPES",
    "UNIT_WORDS",
    "ZIP_LABELS",
]

# fmt: off
STRONG_TRAILING_TYPES = (
    "street", "st", "st.", "avenue", "ave", "ave.", "av.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.",
    "lane", "ln", "ln.", "drive", "dr", "dr.", "court", "ct", "ct.", "place", "pl", "pl.", "way", "parkway",
    "pkwy", "highway", "hwy", "terrace", "ter", "terr", "circle", "cir", "square", "sq", "crescent", "cres",
    "close", "plaza", "plz", "trail", "trl", "alley", "aly", "causeway", "cswy", "expressway", "expy",
    "freeway", "fwy", "turnpike", "tpke", "pike", "mews", "gardens", "gdns", "grove", "row", "wharf", "quay",
    "esplanade", "promenade", "parade", "circuit", "broadway", "skyway", "stravenue", "strasse", "straße",
    "garden", "rapid", "light", "lock", "union", "loaf", "siding", "triangle", "parkland", "key", "grn", "ests", "gln", "hl", "mnr", "pt", "trce", "vis", "vw", "wl",
    "flat", "rest", "wall", "club", "pine", "crossroad", "crossroads", "range", "thoroughfare", "corso", "fall", "lees", "grove",
    "rue", "via", "land",
)
"""Street types after the name (``1600 Pennsylvania Ave``) that rarely mean anything else."""

NAME_TYPES = ("Broadway", "Kingsway", "Queensway")
"""Street types that are a street's whole name after its house number (``1450 Broadway``, ``47 Kingsway``)."""

TRAILING_TYPES = (
    *STRONG_TRAILING_TYPES, "kingsway", "queensway", "anex", "arcade", "bayou", "beach", "bend", "bluff", "bluffs", "bottom", "branch",
    "bridge", "brook", "burg", "bypass", "camp", "canyon", "cape", "center", "ctr", "centre", "circles",
    "cliff", "cliffs", "common", "commons", "corner", "corners", "course", "courts", "cove", "coves", "creek",
    "crest", "crossing", "xing", "curve", "dale", "dam", "divide", "drives", "estate", "estates", "extension",
    "ext", "falls", "ferry", "field", "fields", "flats", "ford", "fords", "forest", "forge", "forges", "fork",
    "forks", "fort", "gateway", "glen", "glens", "green", "greens", "harbor", "harbors", "haven", "heights",
    "hts", "hill", "hills", "hollow", "inlet", "island", "islands", "isle", "junction", "junctions", "jct",
    "knoll", "knolls", "lake", "lakes", "landing", "lodge", "loop", "mall", "manor", "manors", "meadow",
    "meadows", "mill", "mills", "mission", "motorway", "mount", "mountain", "mountains", "neck", "orchard",
    "oval", "overpass", "park", "parks", "parkways", "pass", "passage", "path", "pines", "plain", "plains",
    "point", "points", "port", "ports", "prairie", "radial", "ramp", "ranch", "rapids", "ridge", "ridges",
    "river", "roads", "route", "rte", "run", "shoal", "shoals", "shore", "shores", "spring", "springs", "spur",
    "squares", "station", "stream", "streets", "summit", "throughway", "trace", "track", "trafficway", "tunnel",
    "underpass", "valley", "valleys", "viaduct", "view", "views", "village", "villages", "ville", "vista",
    "walk", "walks", "well", "wells", "rise", "yard", "gate", "drove", "nook", "embankment", "hey", "ronde",
    "quays", "wynd", "vale", "chase", "heath", "approach", "brace", "brow", "concourse", "copse", "cross",
    "dell", "driveway", "edge", "entrance", "fairway", "gap", "glade", "grange", "link", "meander", "outlook",
    "pathway", "pocket", "quadrant", "ramble", "reserve", "retreat", "round", "serviceway", "steps", "stairs",
    "strip", "turn", "walkway",
    "gully", "crossway", "circus", "alleyway", "laneway", "colonnade", "courtyard", "parklands", "ridgeway",
    "roadway", "tollway", "footway", "highroad", "brae", "lookout", "riverway", "firetrail", "foreshore", "villas",
    "tarn", "cul-de-sac", "cruiseway", "strand", "slope",
    "marg", "nagar", "ganj", "chowk", "zila",  # India: Keer Marg, Gala Nagar, Sinha Ganj, Rana Zila
    "amble", "anchorage", "artery", "basin", "byway", "centreway", "circlet", "cutting", "deviation",
    "distributor", "formation", "frontage", "ground", "interchange", "intersection", "mew", "piazza",
    "plateau", "quadrangle", "riviera", "roadside", "rosebowl", "rotary", "subway", "tor", "towers", "trunkway",
    "ride", "reach", "gates", "access", "elbow", "wade", "quad", "dip", "front",
    "brooks", "burgs", "centers", "extensions", "groves", "keys", "lights", "locks", "spurs", "unions", "ways",
)
"""Every street type that follows the name; the ones outside ``STRONG_TRAILING_TYPES`` need
an address tail (unit, postcode, city and state) or an address word nearby."""

ABBREVIATED_TYPES = (
    "st", "ave", "av", "rd", "blvd", "ln", "dr", "ct", "pl", "pkwy", "hwy", "ter", "terr", "cir", "sq", "cres",
    "plz", "trl", "aly", "cswy", "expy", "fwy", "tpke", "gdns", "ctr", "xing", "ext", "hts", "jct", "rte",
    "grn", "gln", "hl", "mnr", "pt", "trce", "vw", "wl", "mt", "ft",
)
"""Abbreviated street types that may end in a dot (``Main St.``); a full word never takes it."""

LEADING_TYPES = (
    "rue", "avenue", "av.", "ave", "boulevard", "bd", "bd.", "bld", "chemin", "ch.", "place", "pl.", "allée",
    "allee", "impasse", "imp.", "quai", "route", "rte", "cours", "passage", "square", "voie", "sentier",
    "montée", "rang", "côte", "faubourg", "fbg", "esplanade", "promenade", "parvis", "cité", "résidence",
    "hameau", "lieu-dit", "traverse", "ruelle", "calle", "c/", "c.", "avenida", "avda", "avda.", "av", "plaza",
    "pza", "pza.", "paseo", "pº", "camino", "carrera", "ronda", "travesía", "travesia", "glorieta", "rambla",
    "callejón", "carretera", "ctra", "ctra.", "pasaje", "urbanización", "cañada", "alameda", "vía", "acceso",
    "vial", "costanilla", "cuesta", "bulevar", "calzada", "circunvalación", "corredor", "privada",
    "prolongación", "cerrada", "andador", "via", "viale", "v.le", "piazza", "p.za", "piazzale", "corso", "c.so",
    "largo", "vicolo", "strada", "contrada", "borgo", "lungomare", "lungotevere", "salita", "rotonda",
    "stretto", "traversa", "galleria", "vico", "località", "loc.", "frazione", "rua", "r.", "travessa", "tv.",
    "praça", "pç.", "estrada", "calçada", "beco", "largo", "rodovia", "avenida", "alameda", "setor", "quadra",
    "vereda", "ladeira", "praia", "campo", "fazenda", "jardim", "parque", "viela", "conjunto", "sítio",
    "chácara", "recanto", "estação", "esplanada", "núcleo", "distrito", "residencial", "condomínio",
    "loteamento", "vila", "avenida", "área", "ladeira", "lago", "morro", "passarela", "pátio", "quinta",
    "rampa", "trecho", "trevo", "vale", "via", "aeroporto",
    "ul.", "ulica", "ulicy", "aleja", "al.", "plac", "osiedle", "ulice", "ulici",
    "aleea", "intrarea", "bulevardul", "soseaua", "șoseaua", "drumul", "calea", "splaiul", "piața",
    "piata", "lagoa", "colônia", "circuito", "diagonal", "periférico", "retorno", "peatonal", "viaducto",
    "ampliación", "continuación",
    "pasadizo", "pasaje", "travesía", "incrocio", "canale", "borgata", "fondamenta", "lungarno", "piazzetta", "viaduto", "feira", "viale", "calle",
    "favela", "náměstí", "nám.", "nábřeží", "nábř.", "třída", "tř.", "námestie", "nábrežie", "trieda",
    "jalan", "jl.", "jln.", "gang", "gg.", "soi", "thanon", "blvd.", "blv.", "calz.", "carr.", "avda.",
    "carrer", "avinguda", "passeig", "plaça", "travessera", "camí", "rúa",
    "οδός", "οδ.", "λεωφόρος", "λεωφ.", "πλατεία",
    "οδό", "οδού", "λεωφόρο", "λεωφόρου", "πλατείας",  # after a preposition: "μένω στην οδό Σταδίου 10"
)
"""Street types before the name (``Rue des Tanneurs``, ``Via Roma``, ``Calle Mayor``, ``ul. Lelewela``,
``Aleea Nemeș``); ``al.`` (Polish ``aleja``) counts only before a capitalised name and a house
number, and never after ``et`` (``et al. Nature 2019``)."""

HUNGARIAN_SEPARATE_TYPES = ("utca", "út", "tér", "körút", "köz", "sétány", "fasor", "rakpart")
"""Hungarian street words, written apart after the name (``Váci utca 8.``)."""

GERMAN_SEPARATE_TYPES = (
    "straße", "strasse", "str.", "weg", "platz", "gasse", "allee", "ring", "damm", "ufer",
    *HUNGARIAN_SEPARATE_TYPES,
    "katu", "kuja", "polku", "puistopolku", "puistokuja", "puistotie", "raitti", "väylä", "kaari", "aukio",
    "caddesi", "cad.", "cd.", "sokak", "soka\u011f\u0131", "sok.", "sk.", "bulvar\u0131", "blv.",
    "cesta", "ulica", "trg", "nabrežje",
)
"""German, Hungarian, Finnish, Turkish, Slovenian and Croatian street words written apart after an
adjective or a name (``Berliner Straße 5``, ``Váci utca 8.``, ``Pauligin katu 6``, ``Fahlanderin
puistopolku 8``, ``Atatürk Cad. No: 15``, ``Slovenska cesta 3``, ``Trubarjeva ulica 5``, ``Prešernov trg 2``;
not ``tie``, which an English tie writes too: ``Windsor tie 3 times``)."""

FINNISH_COMPOUND_TYPES = ("katu", "kuja", "polku", "tie", "väylä", "kaari", "aukio", "raitti", "rinne", "ranta", "tori")
"""Finnish street words closing a lower-case compound after a name in the genitive (``Haagan
pappilankuja 72``, ``Kallion puistotie 3``): the genitive's ``-n`` keeps ``tie`` from an English tie."""

CAPITALISED_SEPARATE_TYPES = ("Allé",)
"""Street words written apart after a name that count only capitalised (Danish ``Nordmarks Allé
386``; the French ``allé`` is a past participle)."""

NORWEGIAN_SEPARATE_TYPES = ("gate", "gata", "vei", "veg", "allé", "plass", "terrasse")
"""Norwegian street words written apart and in lower case after a name (``Karl Johans gate 22``,
``Bygdøy allé 5``, ``Ole Deviks vei 4``): only after a capitalised word, and ``gate``/``gata``
(an English gate too: ``Departures gate 22``) after a name in the genitive."""

RISKY_COMPOUND_SUFFIXES = (
    "ring", "pad", "hof", "baan", "park", "veld", "markt", "wal", "tie", "ská", "cká", "ová", "ní", "ova", "ého",
    "ska", "čka", "ška",
    "bakken", "berget", "bråten", "gjerdet", "grenda", "haugen", "holtet", "høgda", "jordet", "kollen", "kroken",
    "lyngen", "løkka", "plassen", "skogen", "skrenten", "spranget", "stien", "stranda", "stubben", "stykket",
    "svingen", "tjernet", "toppen", "tunet", "vollen", "åsen", "alléen",
)
"""Word endings that are street words in German and Dutch (``Novaring``, ``Mariapad``) but end
English words too (``Spring 2024``, ``Keypad 3``), the Finnish ``-tie`` (``Runebergintie``, ``Necktie 2``),
Norwegian streets named for a hill, a bend, a field or a wood (``Haraldsrudbakken 12A``, ``Nordsvingen 4``,
words and surnames too: ``Toppen``, ``Skogen``),
the Croatian street adjectives (``Ksaverska 4a``, ``Zagrebačka 12``: ``Nebraska`` ends so too),
and the Czech and Slovak street adjectives and possessives (``Rožmberská 6``, ``Branická 64``,
``Podléšková 3``, ``Nádražní 12``, ``Štychova 5``, ``Kulhavého 12``), which are also women's surnames (``Nováková``): they need an address tail or word nearby."""

COMPOUND_SUFFIXES = (
    "straße", "strasse", "str.", "weg", "platz", "gasse", "allee", "damm", "ufer", "chaussee", "steig", "stieg",
    "pfad", "graben", "zeile", "gürtel", "kai", "straat", "gracht", "laan", "plein", "kade", "singel", "dreef",
    "steeg", "dijk", "boulevard", "plantsoen", "kanaal", "vej", "gatan", "vägen", "gata", "veien", "gaten",
    "gränd", "torget", "stigen", "gade", "stræde", "vænget", "katu", "polku", "kuja", "bulevardi",
    "vejen", "vegen", "gaden", "plads", "torv",
    *RISKY_COMPOUND_SUFFIXES,
)
"""Street words written as the end of one word (``Hauptstraße``, ``Keizersgracht``, ``Storgatan``,
``Skolgränd``, ``Søndervoldgade``, ``Jälsikatu``)."""

CONNECTORS = (
    "de", "des", "du", "la", "le", "les", "l'", "d'", "del", "della", "delle", "dei", "degli", "di", "da", "do",
    "dos", "das", "e", "y", "i", "van", "der", "den", "het", "ten", "ter", "von", "of", "the", "and", "à", "au",
    "aux", "sur", "sous", "en", "el", "los", "las", "lo", "al", "san", "santa", "são", "st.", "saint", "sainte",
    "am", "an", "im", "upon", "on", "lès", "sous", "bei", "nad", "pod", "na", "u", "sub", "lui",
    "'t", "op", "aan", "bij", "onder", "in",
    "ob", "den", "dem", "am", "zum", "zur",
)
"""Lower-case words inside street and city names (``Rue des Tanneurs``, ``Avenue of the Americas``,
``Ivanovice na Hané``, ``Ústí nad Labem``, ``Oberndorf bei Salzburg``)."""

UNIT_WORDS = (
    "apt", "apt.", "apartment", "suite", "ste", "ste.", "unit", "flat", "floor", "fl", "fl.", "room", "rm",
    "bldg", "building", "studio", "#", "no", "no.", "nº", "n°", "n.", "dept", "dept.", "lot", "piso", "planta",
    "puerta", "pta", "pta.", "escalera", "esc", "esc.", "apto", "apto.", "apartamento", "dpto", "dpto.",
    "depto", "depto.", "interior", "int", "int.", "edif", "edif.", "local", "bajo", "appartamento", "app",
    "app.", "interno", "scala", "piano", "bâtiment", "bât", "bat", "bat.", "étage", "porte", "bte", "boîte",
    "escalier", "esc", "stiege", "stock", "top", "whg", "wohnung", "og", "andar", "sala", "casa", "bloco",
    "lote", "loja", "fração", "hab", "bus",
    "level", "lvl", "shop", "bl.", "sc.", "ap.",
    "dto", "dto.", "oficina", "of.", "torre", "dpto", "dpto.",
    "daire", "kat",
)
"""Words that introduce a unit, floor or apartment (``Apt. 5``, ``Suite 200``, ``Piso 6``, the Romanian
block, staircase and flat ``Bl. 40  Sc. 4 Ap. 986``, only with their dot: ``SC 29201`` is a state
and a ZIP)."""

PO_BOX_WORDS = (
    "p.o. box", "p. o. box", "po box", "p.o.box", "pobox", "post office box", "postfach", "apartado",
    "apartado de correos", "apdo", "apdo.", "case postale", "boîte postale", "caixa postal", "casella postale",
    "postbus",
)
"""Post office box words (``PO Box 123``, ``Postfach 10 01 22``, ``Apartado 45``)."""

RURAL_ROUTE_WORDS = ("rr", "r.r.", "rural route", "hc", "h.c.", "star route")
"""A US or Canadian rural route's or highway contract route's words, before the route's number and
a box (``RR 2 Box 118``, ``HC 65 Box 12``): an address with no street."""

US_STATE_CODES = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
    "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
    "AS", "MP", "AA", "AE", "AP",
)
"""US state and territory codes, and the military's (``AE``)."""

REGION_CODES = (
    *US_STATE_CODES,
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
    "NSW", "VIC", "QLD", "TAS", "ACT", "SA",
    "FM", "MH", "PW",
)
"""US state, Canadian province and Australian state codes (``Washington, DC 20500``)."""

ZIP_PREFIXES = {
    "AL": ((350, 369),), "AK": ((995, 999),), "AZ": ((850, 865),), "AR": ((716, 729), (755, 755)),
    "CA": ((900, 961),), "CO": ((800, 816),), "CT": ((60, 69),), "DE": ((197, 199),), "DC": ((200, 205), (569, 569)),
    "FL": ((320, 349),), "GA": ((300, 319), (398, 399)), "HI": ((967, 968),), "ID": ((832, 838),),
    "IL": ((600, 629),), "IN": ((460, 479),), "IA": ((500, 528),), "KS": ((660, 679),), "KY": ((400, 427),),
    "LA": ((700, 714),), "ME": ((39, 49),), "MD": ((206, 219),), "MA": ((10, 27), (55, 55)), "MI": ((480, 499),),
    "MN": ((550, 567),), "MS": ((386, 397),), "MO": ((630, 658),), "MT": ((590, 599),), "NE": ((680, 693),),
    "NV": ((889, 898),), "NH": ((30, 38),), "NJ": ((70, 89),), "NM": ((870, 884),), "NY": ((100, 149), (5, 5)),
    "NC": ((270, 289),), "ND": ((580, 588),), "OH": ((430, 459),), "OK": ((730, 749),), "OR": ((970, 979),),
    "PA": ((150, 196),), "RI": ((28, 29),), "SC": ((290, 299),), "SD": ((570, 577),), "TN": ((370, 385),),
    "TX": ((750, 799), (733, 733), (885, 885)), "UT": ((840, 847),), "VT": ((50, 59),), "VA": ((220, 246), (201, 201)),
    "WA": ((980, 994),), "WV": ((247, 268),), "WI": ((530, 549),), "WY": ((820, 831),), "PR": ((6, 9),),
    "GU": ((969, 969),), "VI": ((8, 8),),
}
"""The first three digits of the ZIP codes each US state's post offices have (USPS): ``WI 54956``
is a Wisconsin ZIP, ``CA 12345`` none of California's."""

CANADIAN_CODE_LETTERS = {
    "NL": "A", "NS": "B", "PE": "C", "NB": "E", "QC": "GHJ", "ON": "KLMNP", "MB": "R", "SK": "S", "AB": "T",
    "BC": "V", "NT": "X", "NU": "X", "YT": "Y",
}
"""The first letter of each Canadian province's postal codes."""

AUSTRALIAN_CODE_DIGITS = {"NSW": "12", "ACT": "02", "VIC": "38", "QLD": "49", "TAS": "7"}
"""The first digit of each Australian state's postcodes."""

REGION_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ontario",
    "Quebec", "Québec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia",
    "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island",
    "New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia", "Tasmania",
    "Northern Territory", "Australian Capital Territory",
    "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
    "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur",
    "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana",
    "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal", "Delhi", "Jammu and Kashmir", "Puducherry",
)
"""US state, Canadian province, Australian and Indian state names (``Irving, Texas 75062``,
``Jennaburgh, Victoria 5306``)."""

MX_STATE_CODES = (
    "AGS", "BC", "BCS", "CAM", "CAMP", "COAH", "COL", "CHIS", "CHIH", "CDMX", "DF", "DGO", "GTO", "GRO", "HGO",
    "JAL", "MEX", "EDOMEX", "MICH", "MOR", "NAY", "NL", "OAX", "PUE", "QRO", "Q. ROO", "QROO", "Q.R.", "SLP",
    "SIN", "SON", "TAB", "TAMPS", "TLAX", "VER", "YUC", "ZAC",
)
"""Mexican state abbreviations before a CP (``San Judith los altos, SLP 85527``, ``Q. ROO 77500``);
only in an address tail after a street line."""

BUILDING_WORDS = (
    "residences", "residence", "condominium", "condominiums", "condo", "tower", "towers", "building", "mansion",
    "mansions", "suites", "apartments", "flats",
)  # fmt: skip
"""Words that end a building's name after its unit (``Unit 807, Tower 3, Azure Bay Residences``, as
Philippine and other condominium addresses write it)."""

HOUSE_NAME_WORDS = (
    "cottage", "cottages", "house", "farm", "farmhouse", "barn", "barns", "lodge", "hall", "manor", "grange",
    "rectory", "vicarage", "bungalow", "villa", "mill", "croft", "oast",
)  # fmt: skip
"""Words that end the name of a house without a number, as British addresses open with one
(``Ivy Cottage, Church Lane, ...``)."""

CAPITAL_ABBREVIATIONS = ("CDMX", "CABA")
"""Capitals written as an abbreviation at an address's end (Mexico City's ``CDMX``, the City of Buenos
Aires' ``CABA``): a part of its tail as a postal code is (``..., Alcaldía Cuauhtémoc, CDMX.``)."""

ADMIN_UNIT_ABBREVIATIONS = ("Kel", "Kec", "Kab", "Brgy", "Bgy", "Prov")
"""Abbreviations of an administrative unit before its name in an address's tail: Indonesia's
village (``Kel.``, kelurahan), district (``Kec.``, kecamatan) and regency (``Kab.``, kabupaten), a
Philippine barangay (``Brgy.``, ``Bgy.``), a province (``Prov.``)."""

LANDMARK_WORDS = ("near", "nr.", "opp.", "opposite", "behind", "next to", "beside", "in front of", "landmark:")
"""Words that open a landmark in brackets after an address (``(near the Hanuman mandir)``)."""

ESTATE_ABBREVIATIONS = ("Subd", "Vill", "Subdv")
"""Abbreviated estate words after a place's name in a Philippine address (``Villa Esperanza Subd.``,
a subdivision; ``Vill.``, a village)."""

EIRCODE = r"[ACDEFHKNPRTVWXY]\d[\dW][ ]?[\dACDEFHKNPRTVWXY]{4}"
"""An Irish Eircode's shape, a routing key and a unique identifier (``D02 X285``, ``H70YW3X``):
the same source in both regex engines."""
IRISH_PLACES = (
    "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare", "Kilkenny",
    "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
    "Roscommon", "Sligo", "Tipperary", "Waterford", "Westmeath", "Wexford", "Wicklow",
    "Athlone", "Drogheda", "Dundalk", "Ennis", "Tralee", "Navan", "Naas", "Letterkenny", "Mullingar",
    "Bray", "Swords", "Balbriggan", "Celbridge", "Newbridge", "Portlaoise", "Tullamore", "Killarney",
    "Clonmel", "Castlebar", "Shannon", "Malahide", "Howth", "Dalkey", "Blackrock", "Greystones",
    "Maynooth", "Leixlip", "Cobh", "Mallow", "Midleton", "Youghal", "Kinsale", "Bantry", "Westport",
    "Ballina", "Tuam", "Carrick-on-Shannon", "Arklow", "Gorey", "Enniscorthy", "Thurles", "Nenagh",
    "Cashel",
)  # fmt: skip
"""The 26 counties of Ireland and its larger towns: an Eircode right after one is a postcode."""

ZIP_LABELS = (
    "zip", "zip code", "zipcode", "zip-code", "postal code", "postcode", "post code", "postal", "plz",
    "postleitzahl", "cp", "c.p.", "code postal", "código postal", "codigo postal", "cep",
    "postcode/zip", "zip/postal code", "postnummer", "postinummer", "kod pocztowy", "irányítószám",
    "eircode",
)
"""Labels after which a postal code standing alone is a ZIP_CODE."""

ADDRESS_CONTEXT = (
    "address", "addr", "ship to", "shipping", "deliver", "delivery", "mail to", "mailing", "billing", "live at",
    "lives at", "living at", "located at", "located", "reside", "resides", "residence", "home", "office at",
    "visit us", "moved to", "headquarters", "hq", "adresse", "dirección", "direccion", "domicilio", "indirizzo",
    "endereço", "morada", "anschrift", "wohnhaft", "adres", "street",
)
"""Words near an address (they make a street with an ambiguous type count)."""

STREET_ADJECTIVES = (
    "Große", "Grosse", "Kleine", "Alte", "Neue", "Obere", "Untere", "Hohe", "Lange", "Breite", "Hintere",
    "Gammel", "Gamle", "Ny", "Nye", "Store", "Lille", "Nørre", "Søndre", "Vester", "Øster",
    "Østre", "Vestre", "Nordre", "Øvre", "Nedre",
    "Stora", "Lilla", "Norra", "Södra", "Västra", "Östra", "Oude", "Nieuwe", "Korte", "Hoge",
    "Kongens", "Dronningens", "Prinsens", "Prinsessens", "Kronprinsens", "Kronprinsessens", "Sankt",
)  # fmt: skip
"""Words written apart before a one-word street (``Große Bergstraße 12``, ``Store Kongensgade 40``,
``Ny Østergade 5``, ``Oude Gracht 12``, ``Kongens Nytorv 13``): old, new, great, little, upper,
north, the king's..."""

AMBIGUOUS_LEADING_TYPES = (
    "avenue", "av", "ave", "place", "route", "passage", "square", "plaza", "campo", "praia", "jardim", "parque",
    "setor", "quadra", "conjunto", "recanto", "estação", "esplanada", "núcleo", "distrito", "residencial",
    "vila", "área", "lago", "morro", "pátio", "quinta", "trecho", "vale", "aeroporto", "galleria", "local",
    "via", "vía", "corso", "largo", "ronda", "esplanade", "promenade", "cours", "rang", "côte", "cité",
    "résidence", "stretto", "acceso", "vial", "corredor", "privada", "cerrada", "fazenda", "sítio", "beco",
    "strada", "camino", "borgo", "al.", "lagoa", "colônia", "circuito", "diagonal", "retorno", "peatonal",
    "ampliación", "continuación", "nám.", "tř.", "favela",
)
"""Leading street types that are also common words (``Plaza Hotel 5``, ``Via DHL 2``): they
count only with an address tail or an address word nearby."""

NEGATIVE_WORDS = (
    "order", "invoice", "ticket", "version", "page", "chapter", "step", "item", "items", "qty", "quantity",
    "release", "build", "issue", "pr", "sku", "ref", "tracking", "table", "figure", "section",
    "model", "episode", "season", "sprint", "patch", "track", "gate", "platform", "seat", "coach", "flight",
    "slide", "lesson", "volume", "vol", "series", "gen", "generation",
)
"""Words just before a number that make it no house number (``Order 1234 Main``)."""

COUNTRIES = (
    "USA", "U.S.A.", "United States", "US", "Canada", "UK", "U.K.", "United Kingdom", "England", "Scotland",
    "Wales", "Ireland", "France", "Deutschland", "Germany", "España", "Spain", "Italia", "Italy", "Portugal",
    "Brasil", "Brazil", "Nederland", "The Netherlands", "Netherlands", "Belgique", "België", "Belgium",
    "Schweiz", "Suisse", "Switzerland", "Österreich", "Austria", "Australia", "México", "Mexico",
)
"""Country names that may end an address."""

ADDRESS_OPENERS = (
    "flat", "studio", "apt", "apartment", "unit", "suite", "level", "shop", "psc", "cmr", "uss", "usns", "usnv",
    "uscgc", "house", "villa", "blk", "block",
)
"""Words that may open an address before its number (``Flat 3, 42 Baker Street``,
``Unit 6732 Box 2137, DPO AP 74170``, ``House 12, Road 5``, ``Blk 12 Lot 5``)."""

LOCATIVE_PREPOSITIONS = (
    "Na", "Nad", "Pod", "Před", "Pred", "Při", "Pri", "U", "V", "Ve", "K", "Ke", "Za",
    "Am", "Im", "Beim", "Zum", "Zur", "An der", "An den", "Auf der", "Auf dem", "Auf den", "In der",
    "In den", "Unter den", "Hinter der", "Hinter dem", "Vor dem", "Vor der", "Bei der", "Zu den",
)
"""Czech, Slovak and German prepositions that open a street's name (``Na Příkopě 12``, ``Pod
Výšinkou 81``, ``U Nádraží 5``, ``Pri Starom Mýte 4``, ``Am Lindenhof 3a``, ``An der Alster 7``,
``Unter den Linden 77``); capitalised, before a capitalised word and a house number, with an
address word or tail nearby (``Am Montag 5 Uhr`` is none)."""

CLOSING_WORDS = (
    "thanks", "thank", "regards", "cheers", "best", "sincerely", "please", "call", "phone", "tel", "email",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "floor", "room", "attn", "c/o",
)
"""Capitalised words after a street address that name no city (``12 Main St, Thanks!``)."""

# fmt: on

INDIAN_LOCALITY_WORDS = (
    "nagar",
    "marg",
    "block",
    "sector",
    "layout",
    "colony",
    "cross",
    "main",
    "road",
    "rd",
    "residency",
    "apartments",
    "apartment",
    "apts",
    "enclave",
    "vihar",
    "puram",
    "society",
    "towers",
    "tower",
    "phase",
    "stage",
    "extension",
    "extn",
    "gali",
    "lane",
    "street",
    "chowk",
    "ganj",
    "bazar",
    "bazaar",
    "peth",
    "kunj",
    "niwas",
    "nivas",
    "bhavan",
    "bhawan",
    "complex",
    "heights",
    "estate",
    "market",
    "village",
    "mohalla",
    "taluk",
    "tehsil",
    "district",
    "dist",
    "bagh",
    "pada",
    "wadi",
)
"""Words of an Indian address's parts (``Koramangala 5th Block``, ``Sai Residency``, ``Sector 15``,
``Lajpat Nagar II``): a six-digit PIN after a town and a blank (no hyphen) makes an address only
with one of them, or with a town :data:`INDIAN_PLACES` knows."""
INDIAN_LOCALITY_ENDINGS = ("nagar", "pura", "puram", "halli", "palya", "pet", "ganj", "wadi", "abad", "bagh")
"""Endings of locality names written as one word (``Indiranagar``, ``Jayanagar``, ``Basavanagudi`` not)."""
INDIAN_PLACES = (
    "Delhi",
    "New Delhi",
    "Mumbai",
    "Navi Mumbai",
    "Bengaluru",
    "Bangalore",
    "Chennai",
    "Kolkata",
    "Hyderabad",
    "Secunderabad",
    "Pune",
    "Ahmedabad",
    "Jaipur",
    "Surat",
    "Lucknow",
    "Kanpur",
    "Nagpur",
    "Indore",
    "Thane",
    "Bhopal",
    "Visakhapatnam",
    "Patna",
    "Vadodara",
    "Ghaziabad",
    "Ludhiana",
    "Agra",
    "Nashik",
    "Faridabad",
    "Meerut",
    "Rajkot",
    "Varanasi",
    "Srinagar",
    "Amritsar",
    "Noida",
    "Gurugram",
    "Gurgaon",
    "Chandigarh",
    "Coimbatore",
    "Kochi",
    "Cochin",
    "Mysuru",
    "Mysore",
    "Madurai",
    "Thiruvananthapuram",
    "Trivandrum",
    "Bhubaneswar",
    "Guwahati",
    "Dehradun",
    "Ranchi",
    "Raipur",
    "Vijayawada",
    "Mangaluru",
    "Mangalore",
    "Jodhpur",
    "Udaipur",
    "Kozhikode",
    "Tiruchirappalli",
    "Salem",
    "Hubli",
    "Belgaum",
    "Aurangabad",
    "Maharashtra",
    "Karnataka",
    "Tamil Nadu",
    "Kerala",
    "Telangana",
    "Andhra Pradesh",
    "Uttar Pradesh",
    "Madhya Pradesh",
    "West Bengal",
    "Gujarat",
    "Rajasthan",
    "Punjab",
    "Haryana",
    "Bihar",
    "Odisha",
    "Orissa",
    "Assam",
    "Jharkhand",
    "Chhattisgarh",
    "Uttarakhand",
    "Himachal Pradesh",
    "Goa",
    "India",
)
"""Indian cities and states that may stand right before a PIN code (``Bengaluru 560095``,
``Pune, Maharashtra 411001``)."""


CANADIAN_PROVINCES = (
    "Alberta",
    "British Columbia",
    "Manitoba",
    "New Brunswick",
    "Newfoundland and Labrador",
    "Newfoundland",
    "Nova Scotia",
    "Ontario",
    "Prince Edward Island",
    "Quebec",
    "Québec",
    "Saskatchewan",
    "Yukon",
    "Nunavut",
    "Northwest Territories",
)
"""Canada's provinces and territories by name: a postal code after one needs no comma before it
(``Montréal (Québec) H2X 3K3``, ``Toronto, Ontario M5V 2T6``)."""
CANADIAN_CODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]?\d[ABCEGHJ-NPRSTV-Z]\d"
"""A Canadian postal code's shape (its first and third letters from the letters Canada Post uses)."""
