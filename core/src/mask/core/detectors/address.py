"""The address detector: STREET_ADDRESS (a whole address as one span) and labelled ZIP_CODE.

One pattern finds a street line in any of five shapes and then the parts that follow it:

- number, name, street type: ``1600 Pennsylvania Ave NW``, ``10 Downing Street`` (US, UK, CA, AU);
- number, street type, name: ``14 Rue des Tanneurs``, ``682, avenue de Toussaint`` (FR, CA);
- street type, name, number: ``Via Roma 10``, ``Calle Mayor 12``, ``Rua Augusta 100`` (ES, IT, PT);
- one word ending in a street word, number: ``Hauptstraße 5``, ``Keizersgracht 123`` (DE, NL, AT, CH);
- a post office box: ``PO Box 123``, ``Postfach 10 01 22``.

Then, separated by a comma (a blank before it too: ``Calle Mayor , 5 , 28013 Madrid``), a line
break or a space, up to five tail parts: a unit
(``Apt. 5``, ``Suite 200``, ``3º B``, ``Bl. 40  Sc. 4 Ap. 986``, the Polish ``m. 15``), a postcode and city (``69003 Lyon``,
``1015 CJ Amsterdam``, ``126293 Moreni``, ``P4H9P6 Strongside``, ``94766-4476 Monterrey``), a city,
state and ZIP (``Washington, DC 20500``, ``Toronto, ON M5V 2T6``, ``London SW1A 2AA``,
``Avrig, 924602``, the Mexican ``San Judith los altos, SLP 85527``), a postcode, a comma or a line
break and the town (``27012, Certosa Di Pavia (PV)``, ``5666 VF`` over ``Budel-Dorplein``), a
Brazilian ``73613-846 Andrade / AM`` or ``São Paulo - SP, 05422-010``, a neighbourhood right before
a postcode or a Brazilian town (``Nova America``, ``Pinheiros``)
and a country. The vocabularies live in :mod:`.address_data`.

The pattern is linear: every quantifier is bounded and the words are possessive, so each
start position costs a bounded amount of work; it also runs under the call's time budget.
A postal code on its own is a ZIP_CODE right after a label (``zip``, ``PLZ``, ``CP``), or
when its shape says so (:mod:`.postcodes`: ``London WC2B 6AN``, ``San Francisco, CA 94105``).
Before such a postcode, a house number, a street name without a street type and a city make
the whole a STREET_ADDRESS (``47 Kingsway, London WC2B 6AN``).

A street name and a house number without a street word, then a continental postal code and
a city, are a STREET_ADDRESS too (``Otradovická 980, 140 08 Třemošnice``, ``Na Pomezí 117`` over
``236 50 Roztoky``); one plain ASCII word on each side needs an address word near it
(``Windows 10, 64000 Users.`` is none).

A house number and a street without a street type before an Indian ``Town-PIN`` are a
STREET_ADDRESS too (``82, Rattan, Sagar-101538``).

A city named right after a street address without a postcode is a LOCATION: after a comma
at the end of a sentence, a line or a clause (``delivery to 404 Oak Street, Graemefurt.``),
or after ``in`` (``lives at 12 Baker Road in Grahamfurt and``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from itertools import chain

import regex

from ..detector import Budget
from ..prescan import guided_matches
from . import address_data as data
from .address_scripts import script_addresses
from .base import CONTEXT_BOOST, NEGATIVE_PENALTY, Hit, PatternDetector, Rule, words
from .base import literal_trie as _trie
from .dates import MONTH_WORDS
from .normalize import Normalized
from .postcodes import REGION_ZIP_SCORE, framed_postcodes, located_postcodes, six_digits, unlabelled_postcodes
from .shared import TextView, merge, view_of

__all__ = ["ADDRESS_PATTERN", "ZIP_PATTERN", "AddressDetector", "address_detector"]


def _capitalized(spellings: Iterable[str]) -> list[str]:
    return sorted({w[:1].upper() + w[1:] for w in spellings} | {w.upper() for w in spellings})


_L = r"\p{L}\p{M}"
_WORD = rf"(?:[ldLD]['\u2019])?[\p{{Lu}}\p{{Lt}}][{_L}'\u2019-]{{0,30}}+"
"""A capitalized word (``Tanneurs``, ``l'Église``, ``Saint-Michel``)."""
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|e|er|re|ème|º|ª)(?![\p{L}\d])"
_CONNECTOR = rf"(?i:{_trie(data.CONNECTORS)})(?![{_L}])"
_NAME_PART = rf"(?:{_WORD}|{_ORDINAL}|{_CONNECTOR})"
_SP = r"[ \t]{1,3}"
_LINKED_PART = rf"(?:(?:{_CONNECTOR}{_SP}){{0,3}}(?:{_WORD}|{_ORDINAL}))"
"""A word of a street's name and the connectors before it: a name ends with no connector (``12 rue de
la paix`` is no ``12 rue de la``, ``14 Rue Foch and 3 Rue Royale`` no ``14 Rue Foch and``)."""
_NUM = (
    r"\d{1,5}(?:[ ]?[A-Za-z](?![\p{L}\d]|\.[ ]?\d)|-[A-Z](?![\p{L}\d]))?"
    r"(?:[ ]?[-/][ ]?\d{1,5}[A-Za-z]?(?![\p{L}\d]))?(?![\d])"
)
"""A house number: a letter after it (``12a``, the Philippines' ``2364-G``; not a unit's abbreviation
before its number, the Polish flat's ``15 m. 4``), a second number (``12/3``)."""
_NUM_AFTER = (
    r"\d{1,4}(?![\d])(?!(?<=\d{4})[-/]\d{3})(?:[ ]?[A-Za-z](?![\p{L}\d:]|\.[ ]?\d))?"
    r"(?:[ ]?[-/][ ]?\d{1,4}[A-Za-z]?(?![\p{L}\d])(?:/\d{1,3}[A-Za-z]?(?![\p{L}\d]))?)?(?![\d])"
)
"""A house number after the street name (or a range of them: ``Prinsengracht 263-267``; Austria's
house, staircase and door: ``Favoritenstraße 120/4/15``): at most four digits, not the start of a
postcode (``4000-447``) nor followed by a city (``Bahnhofstrasse, 8001 Zürich`` has no house number)."""
_DIR = (
    r"(?:[NSEW]\.?|[NS][EW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)(?![\p{L}\d])"
)
"""A direction before or after a street (``Main St NW``; ``Baggot Street Lower`` in Dublin)."""
_END = rf"(?![{_L}\d])"
_TRAILING = (
    rf"(?:(?i:{_trie(data.ABBREVIATED_TYPES)})\.|(?i:{_trie(data.TRAILING_TYPES)})(?:(?<=(?<![{_L}])\p{{Lu}}[{_L}]{{1,20}})s)?)"
    rf"(?![{_L}\d-])"
)
"""A street type after the name; a plural (``Gardens``, ``Ways``) only when capitalized."""
_LEADING = rf"(?i:{_trie(data.LEADING_TYPES)})(?:(?<=\.)|{_END})"
_LEADING_CAP = rf"{_trie(_capitalized(data.LEADING_TYPES))}(?:(?<=\.)|{_END})"
_COMPOUND = rf"(?i:{_trie(data.COMPOUND_SUFFIXES)})(?:(?<=\.)|{_END})"
_GERMAN = rf"(?i:{_trie(data.GERMAN_SEPARATE_TYPES)})(?:(?<=\.)|{_END})"
_CAP_SEPARATE = rf"{_trie(data.CAPITALISED_SEPARATE_TYPES)}{_END}"
_UNIT_WORD = rf"(?i:{_trie(data.UNIT_WORDS)})(?:(?<=[.#])|{_END})"
_UNIT_VALUE = r"(?:\d[\w-]{0,5}+|\p{Lu}\d{0,3}(?![\p{L}\d]))"
_LEAD_UNIT = rf"(?:(?i:flat|studio|apt\.?|apartment|unit|suite|level|shop){_END}[ ]?\#?{_UNIT_VALUE})"
_PO_BOX = (
    rf"(?:(?i:{_trie(data.PO_BOX_WORDS)}){_END}\.?[ ]?(?i:n[o°º]\.?[ ]?)?\#?[ ]?\d{{1,8}}(?:[ ]\d{{2,4}}){{0,2}}(?!\d))"
)
_MILITARY = (
    r"(?:(?:Unit|PSC|CMR)[ ]\d{1,5}(?:[ ]?,)?[ ]Box[ ]\d{1,5}|(?:USNS|USNV|USCGC|USS)[ ]\p{Lu}[\p{L}'-]{1,30})"
    r"(?:[ ]?,)?[ \t]*(?:\r?\n[ \t]*)?[AFD]PO[ ]A[AEP][ ]\d{5}(?!\d)"
)
"""US military mail (``Unit 6732 Box 2137, DPO AP 74170``, ``USS Torres, FPO AA 97432``)."""
_RURAL_BOX = r"(?:RR|R\.R\.|Rural[ ]Route|HC|H\.C\.|Star[ ]Route)[ ]?\d{1,4}(?:[ ]?,)?[ ](?i:box)[ ]\d{1,6}(?!\d)"
"""A rural route's or a highway contract route's box (``RR 2 Box 118``, ``HC 65, Box 12``)."""
_BLOCK_ALONE = r"Blk[ ]\d{1,4}[A-Z]?(?![\w\-])(?![ \t]*,?[ \t]*[\p{Lu}\d\#])"
"""A Singapore HDB block by its number alone (``Blk 418``): where someone lives, named without its
street (``Lift at Blk 418 needs booking``). Capitalised ``Blk`` only (``BLK`` is a colour's code); tried
last, and not before a street's or a lot's word or number (``Blk 5 Lot 12 Mabini Street``, ``Blk 123 Ang
Mo Kio Ave 3``: the house number's rules read those)."""
_STREET_SEP = r"(?:[ \t]*,?[ \t]*\r?\n[ \t]*|[ \t]*,[ \t]*|[ \t]{1,3})"
_COMMA = r"(?:[ ]?,)?"
"""A comma between two parts of an address, a blank before it too (``Calle Mayor , 5``), or none."""

_PLAIN_TYPE = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|way|drive|dr|court|ct|place|pl)(?![\p{L}\d-])\.?"
"""Street types a lower-case address may end with (``12 main street``)."""
_LOWER_NOT_NAME = r"(?:at|in|on|to|by|of|for|from|and|or|the|an|is|was|per|via|with|near)"
"""Words that open no street's name in lower case: ``at 9:30 at pl. Ściegiennego 298`` (``30 at pl.``)."""
_LINE_STREET = rf"(?:{_DIR}{_SP})?(?:{_NAME_PART}{_SP}){{0,3}}{_WORD}{_SP}{_TRAILING}"
"""A street line with a street type after its name: what a house number alone on the line before may open."""
_NUMBER_FIRST = rf"""
    (?:{_LEAD_UNIT}{_STREET_SEP}(?:{_NUM}{_COMMA}{_SP})?|(?P<num>{_NUM}){_COMMA}(?:{_SP}|(?P<numline>[ \t]*\r?\n[ \t]*)(?={_LINE_STREET})))
    (?:
        (?:{_DIR}{_SP})?(?:{_NAME_PART}{_SP}){{0,3}}(?:{_WORD}|{_ORDINAL}){_SP}(?P<trail>{_TRAILING})(?:{_SP}{_DIR})?
      | (?:{_DIR}{_SP})?(?P<trail>{_trie(data.NAME_TYPES)})(?![{_L}\d-])
        (?=[ \t]*(?:[,;:.)\r\n]|$)|[ ](?:in|at|and|near|\p{{Lu}}|\d))
      | (?P<lead>{_LEADING}){_SP}{_LINKED_PART}(?:{_SP}{_LINKED_PART}){{0,4}}+
      | (?P<lowercase>(?!{_LOWER_NOT_NAME}[ ])\p{{Ll}}{{2,30}}+(?:[ ]\p{{Ll}}{{2,30}}+)?[ ](?:{_PLAIN_TYPE}))
    )
"""
_NR = r"(?:(?:N[Rr]|N[Oo])\.|N[°º])[ ]?\d"
"""``Nr. 88``, ``No. 5``, ``N° 18``: a house number's label, no part of the street name (``Drumul
Mazilescu Nr. 88``, ``Av. Mitre N° 18``)."""
_HOUSE = (
    rf"{_COMMA}{_SP}(?:(?i:n\.?[o°º][.:]?|nr\.)[ ]?)?"
    rf"(?:{_NUM_AFTER}(?![ ](?!{_UNIT_WORD})\p{{Lu}}\p{{Ll}})|[Ss]/[Nn][º°]?(?![\p{{L}}\d]))"
)
"""The house number after a street name (``, 12``, ``5``, ``nº 3``, ``Nr. 88``, ``S/N``)."""
_HUNGARIAN_LOWER = rf"{_WORD}{_SP}\p{{Ll}}[{_L}]{{2,20}}+{_SP}(?:{_trie(data.HUNGARIAN_SEPARATE_TYPES)}){_END}"
"""A Hungarian street named after a person, the given name written in lower case as forms often
have it (``Ady endre utca 203.``, ``Dózsa györgy tér 5``)."""
_GENITIVE_TYPES = ("gate", "gata")
_NORWEGIAN = (
    rf"(?:{_WORD}{_SP}){{0,2}}{_WORD}(?:(?<=s){_SP}(?P<genitive>{_trie(_GENITIVE_TYPES)})"
    rf"|{_SP}{_trie([w for w in data.NORWEGIAN_SEPARATE_TYPES if w not in _GENITIVE_TYPES])}){_END}"
)
"""A Norwegian street, its lower-case street word written apart (``Karl Johans gate 22``, ``Bygdøy
allé 5``; ``gate`` after a genitive only: see :data:`.address_data.NORWEGIAN_SEPARATE_TYPES`)."""
_FINNISH_LOWER = rf"{_WORD}(?<=n){_SP}\p{{Ll}}[{_L}]{{2,30}}?(?:{_trie(data.FINNISH_COMPOUND_TYPES)}){_END}"
"""A Finnish street in lower case after a name in the genitive (``Haagan pappilankuja 72``)."""
_PREPOSITION_STREET = rf"(?P<prep>{_trie(data.LOCATIVE_PREPOSITIONS)}){_END}{_SP}(?:{_WORD}{_SP}){{0,2}}{_WORD}"
"""A Czech or Slovak street named by where it is (``Na Příkopě``, ``U Hostivařského Nádraží``)."""
_ADJECTIVE = rf"(?:{_trie(data.STREET_ADJECTIVES)}){_END}"
"""``Große`` before ``Bergstraße 12``: part of the street's name (:data:`.address_data.STREET_ADJECTIVES`)."""
_ADJECTIVES = frozenset(data.STREET_ADJECTIVES)
_NUMBER_AFTER = rf"""
    (?:
        (?:{_WORD}{_SP}){{1,2}}{_GERMAN}
      | {_HUNGARIAN_LOWER}
      | {_PREPOSITION_STREET}
      | (?:{_WORD}{_SP}){{1,3}}{_CAP_SEPARATE}
      | {_NORWEGIAN}
      | {_FINNISH_LOWER}
      | (?:{_ADJECTIVE}{_SP})?\p{{Lu}}[{_L}'\u2019-]{{0,40}}?(?P<compound>{_COMPOUND})
    ){_HOUSE}
"""

_PHONE_WORDS = (
    r"(?:Handy|Mobil|Mobile|Mob|Tel|Telefon|Telephone|Phone|Fax|Cell|Tlf|Tfn|M\u00f3vil|Movil|Celular|Telefone"
    r"|Telefono|Cellulare|Portable|T\u00e9l\u00e9phone|Mobiel|Kom\u00f3rka)(?![\p{L}\p{M}])"
)
_POSTAL_WORDS = r"(?:CEP|PLZ|CP|CAP|NPA|ZIP|Zip)(?![\p{L}\p{M}])"
"""A postcode's label inside an address's tail (``casa 2, CEP 80020-000, Curitiba/PR``): no town nor
neighbourhood; the label detector reads the code after it, so the street ends before it."""
_CITY = (
    rf"(?!(?:of|the|and|in|on|upon|at|to)[ ]|{_PHONE_WORDS}|{_POSTAL_WORDS})"
    rf"(?:{_CONNECTOR}[ ])?{_WORD}(?:[ -](?:{_CONNECTOR}[ -]){{0,2}}{_WORD}){{0,3}}"
)
"""A city's name; it may open with a particle (``la Chaux-de-Fonds``, ``San José``), not with a
preposition (``Machová, 45, of Telč`` is an age and a town, not a street and its city) nor with
a phone's label (``..., 60313 Frankfurt am Main, Handy 0160 5544332``: no town and postcode)."""
_ARGENTINE_CPA = r"[A-HJ-NP-Z]\d{4}[A-Z]{3}(?![\p{L}\d])"
"""Argentina's postal code (CPA): the province's letter, the town's four digits and three letters of
the block face (``C1428AAR``)."""
_CONTINENTAL_CODE = (
    r"(?:[A-Z]{1,2}-)?(?:\d{5}-\d{4}|\d{4}[ ]?[A-Z]{2}(?![\p{L}\d])|\d{4}-\d{3}|\d{5}-?\d{3}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{4,5}"
    rf"|{_ARGENTINE_CPA})(?![\d])"
)
_SIX_DIGITS = r"\d{6}(?!\d)"
"""A six-digit postcode (Romania, India, Russia, China...)."""
_CANADIAN = r"[A-Z]\d[A-Z][ ]?\d[A-Z]\d(?![\p{L}\d])"
"""A Canadian postcode, with or without its space."""
_EIRCODE = rf"{data.EIRCODE}(?![\p{{L}}\d])"
"""An Irish Eircode: a routing key and a unique identifier (``D02 X285``, ``H70YW3X``)."""
_ZIP = rf"(?:\d{{5}}(?:-\d{{4}})?(?!\d)(?!-\d)|\d{{3}}[ ]\d{{2}}(?=[ \t]*(?:[,;)\r\n]|\.(?!\d)|$))|{_SIX_DIGITS}|{_CANADIAN}|[A-Z]{{1,2}}\d[A-Z\d]?[ ]?\d[A-Z]{{2}}(?![\p{{L}}\d])|\d{{4}}(?!\d)(?!-\d))"
_REGION = rf"(?:{_trie(data.REGION_CODES)}(?![\p{{L}}\d])|{_trie(data.REGION_NAMES)}{_END})"
_CITY_SEP = r"(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t]{1,3})"
_CLOSING = rf"{_trie(_capitalized(data.CLOSING_WORDS))}{_END}"
"""A closing or a weekday after a postal code's line or comma (``Thanks``, ``Regards``, ``Monday``): no town, the
code ends the address."""
_CODE_CITY_BREAK = r"(?<!(?<![\d-])\d{4})(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*)"
"""A comma or a line break between a postal code and its city (``27012, Certosa Di Pavia``, ``9331RY,
Holtheme``, ``5666 VF`` then ``Budel-Dorplein`` on the next line), not after four plain digits (a
year, a count)."""
_POSTAL_CITY = (
    rf"(?:{_CONTINENTAL_CODE}|{_SIX_DIGITS}|{_CANADIAN})"
    rf"(?:{_SP}{_CITY}|(?={_CODE_CITY_BREAK}{_CLOSING})|{_CODE_CITY_BREAK}{_CITY}(?=[ \t]*(?:[,;.)(/\r\n]|$)|[ ]\p{{Ll}}))"
    rf"(?:[ ]?\([A-Z]{{2}}\)|[ ][A-Z]{{2}}(?![\p{{L}}\d])|[ ]?/[ ]?[A-Z]{{2}}(?![\p{{L}}\d])|/\p{{Lu}}[{_L}]{{2,30}}+)?"
)
"""A postal code and a city (after a comma or a line break, a city that ends its line or part), then a
province or state code: ``(PV)`` in Italy, `` / MG`` in Brazil, ``/İstanbul`` in Turkey."""
_DASHED_CODE = r"(?:\d{5}-?\d{3}|\d{4}-\d{3})(?!\d)"
"""A Brazilian CEP or a Portuguese code: after a street without a house number and a neighbourhood
(``Pátio de Martins``, ``Vila Tirol``, ``36854-641 Andrade / RO``), a shape no count or id takes."""
_BR_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_BR_CITY_STATE = rf"{_CITY}[ ]?[-\u2013/][ ]?(?:{_BR_STATES})(?![\p{{L}}\d])(?:(?:,?[ ]|[ ][\u00b7\u2022][ ])\d{{5}}-?\d{{3}}(?!\d))?"
"""A Brazilian town, a dash (or an en dash) or slash and its state, maybe then the CEP after a comma or
a signature's middle dot: ``São Paulo - SP, 05422-010``, ``São Paulo \u2013 SP · 05422-010`` (a CEP under its
label, ``CEP 05422-010``, is the label's)."""
_DISTRICT_CITY = rf"{_WORD}[ ]?/[ ]?\p{{Lu}}[{_L}]{{2,30}}+(?=[ \t]*(?:[,;.)\r\n]|$))"
"""A district and its city joined by a slash, ending the address's part (Turkey's ``Kad\u0131k\u00f6y/\u0130stanbul``,
``\u00c7ankaya / Ankara``)."""
_DISTRICT = rf"(?!{_POSTAL_WORDS})(?:{_CONNECTOR}[ ])?{_WORD}(?:[ -](?:{_NAME_PART})){{0,5}}+"
"""A neighbourhood between the street and the postal code (``Nova America``, ``Cônego Pinheiro 1ª Seção``):
a tail part only right before a postal code and city."""
_MX_CITY = rf"(?:{_CONNECTOR}[ ])?{_WORD}(?:[ ](?:{_WORD}|\p{{Ll}}[{_L}]{{0,20}}+)){{0,11}}+"
"""A colonia or city: capitalised words and lower-case ones (``San Judith los altos``)."""
_MX_POSTAL = rf"{_MX_CITY}[ ]?,[ ](?:{_trie(data.MX_STATE_CODES)})[ ]\d{{5}}(?:-\d{{4}})?(?![\p{{L}}\d-])"
"""A Mexican colonia or city, its state's abbreviation and the CP (``San Judith los altos, SLP 85527``,
``Vieja Italia, Q. ROO 40948-8024``)."""
_LOWER_US_CITY = (
    r"(?!(?:and|or|in|at|to|the|of|on|for|from|near|by|with)[ ,])"
    rf"\p{{Ll}}[\p{{Ll}}'.-]{{1,20}}(?:[ ]\p{{Ll}}[\p{{Ll}}'.-]{{1,20}}){{0,2}}[ ]?,?[ ]"
    rf"(?:{_trie(tuple(code.lower() for code in data.US_STATE_CODES))})[ ]\d{{5}}(?:-\d{{4}})?(?![\p{{L}}\d-])"
)
"""A US city, state and ZIP written in lower case, as chats have them (``chicago il 60625``): a tail
part only, and only with the ZIP."""
_DOOR_SIDE = (
    r"(?i:izq(?:da|uierda)?\.?|dcha\.?|derecha|dra\.?|esq(?:uerd[oa])?\.?|dto\.?|dir(?:eit[oa])?\.?"
    r"|centro|ctro\.?|frente|int\.?|interior|ext\.?|exterior)"
)
"""Which door of a Spanish or Portuguese floor (``3º izquierda``, ``4º dcha.``, ``2º Esq.``, ``1º Dto.``)."""
_TAIL_SEP = (
    r"(?:(?:(?<=\d)\.)?(?:[ \t]*[,;·•][ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*)|[ \t]{1,3}|[ \t]*-[ \t]*"
    r"|[ ](?:in|à|en|em|w)[ ](?=\d{4,5}[ ]\p{Lu}))"
)
"""Between tail parts: a comma, a middle dot or a line break (after a house number's dot too: the Hungarian
``Szabadság utca 153., H-1214 Budapest``), a blank or a dash; ``in`` before a postcode and its town
(``Goethestraße 7 in 60313 Frankfurt``)."""
_TAIL = rf"""
    (?:
        (?P<unit>{_UNIT_WORD}\.?[ \t]?(?:[ \t]?\#)?[ \t]?{_UNIT_VALUE})
      | (?P<unit>\d{{1,2}}[ ]?\.?[º°ª](?:[ ]?(?:[A-Z]{{1,2}}|{_DOOR_SIDE}|\d{{1,2}}[ ]?\.?[ºª])(?![\p{{L}}\d]))?)
      | (?P<unit>\d{{1,2}}(?:r|n|t|è)(?:[ ]\d{{1,2}}a)?(?![\p{{L}}\d]))
      | (?P<unit>(?:\d{{1,2}}[ºªa]?[ ](?i:planta|piso|andar)|(?i:planta|piso|andar)[ ]\d{{1,2}}|(?i:planta[ ]baja|bajo|entresuelo|ático|r/c)(?=[ \t]*(?:[,;\r\n]|$)))(?![\p{{L}}\d]))
      | (?P<unit>\d{{1,3}}(?:st|nd|rd|th|e|er|ème)[ ](?i:floor|fl\.|étage)(?![\p{{L}}]))
      | (?P<unit>(?:m|lok)\.[ ]?\d{{1,4}}[A-Za-z]?(?![\p{{L}}\d]))
      | (?P<unit>(?:D|K|Daire|Kat|Blok)[.:][ ]?\d{{1,4}}[A-Za-z]?(?![\p{{L}}\d]))
      | (?P<unit>RT[ .]?\d{{1,3}}[ ]?/[ ]?RW[ .]?\d{{1,3}}(?![\p{{L}}\d]))
      | (?P<unit>(?:\d{{1,2}}[ ])?\#\d{{1,3}}-\d{{1,5}}(?![\p{{L}}\d]))
      | (?P<unit>(?:\d{{1,2}}\.[ ]?(?:OG|UG|Obergeschoss|Untergeschoss|Stock|Etage)|EG|DG|Erdgeschoss|Dachgeschoss
            |Hinterhaus|Vorderhaus|Gartenhaus|Seitenflügel)(?:[ ](?:links|rechts|li\.|re\.|Mitte))?(?![\p{{L}}\d]))
      | (?P<postal>{_POSTAL_CITY})
      | (?P<postal>{_MX_POSTAL})
      | (?P<postal>{_CITY},[ ](?:{_BR_STATES})[ ]\d{{5}}-\d{{3}}(?!\d))
      | (?P<postal>{_CITY}{_CITY_SEP}(?:{_REGION},?{_SP})?{_ZIP})
      | (?P<postal>{_CITY}[ ]?,[ ]{_REGION})
      | (?P<postal>{_LOWER_US_CITY})
      | (?P<postal>{_CITY}(?<=-){_SIX_DIGITS})
      | (?P<postal>{_EIRCODE}(?:{_SP}{_CITY})?)
      | (?P<postal>{_CITY}[ ]\d{{1,2}}W?(?=[ \t]*(?:[,;.\r\n]|$)))
      | (?P<country>{_trie(data.COUNTRIES)}{_END})
      | (?P<postal>{_BR_CITY_STATE})
      | (?P<postal>{_DISTRICT_CITY})
      | (?P<district>{_DISTRICT})(?={_TAIL_SEP}(?:{_POSTAL_CITY}|{_BR_CITY_STATE}))
      | (?P<unit>\d{{1,5}}(?![\p{{L}}\d])(?={_TAIL_SEP}(?:{_MX_POSTAL}|{_POSTAL_CITY})))
    )
"""

_NUMBERED_STREET = (
    r"(?:(?i:house|villa|plot|flat|apartment|apt\.?|building|bldg\.?)[ ]?(?:(?i:no)\.?[ ]?)?\d{1,5}[A-Za-z]?(?![\p{L}\d])"
    r",?[ ](?i:road|rd\.?|street|st\.?|lane|avenue|sector|sokak)[ ]?(?:(?i:no)\.?[ ]?)?\d{1,4}[A-Za-z]?"
    r"|(?i:blk|block)\.?[ ]?\d{1,4}[A-Za-z]?,?[ ](?i:lot)[ ]?\d{1,4}[A-Za-z]?"
    r"(?:,?[ ]\p{Lu}[\p{Ll}\p{M}'-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'-]+){0,3}"
    r"[ ](?i:street|st\.?|avenue|ave\.?|road|rd\.?|drive|dr\.?|lane|ln\.?|circle|court|ct\.?|boulevard|blvd\.?)"
    r"(?:[ ](?i:extension|ext\.?))?)?)(?![\p{L}\d])"
)
"""A house on a numbered street (``House 12, Road 5`` in Dhaka, ``Villa 7, Street 12`` in Dubai) or a
block and a lot and the street after them (``Blk 12 Lot 5 Mabini Street``, ``Block 3 Lot 8 Avery
Drive Extension`` in the Philippines)."""
_BUILDING = (
    rf"{_LEAD_UNIT}(?:{_STREET_SEP}(?i:tower|bldg\.?|building|wing|phase)[ ]{_UNIT_VALUE}){{0,2}}"
    rf"{_STREET_SEP}(?:{_WORD}{_SP}){{1,3}}{_trie(_capitalized(data.BUILDING_WORDS))}{_END}"
)
"""A unit, a tower and a named building without a street (``Unit 807, Tower 3, Azure Bay Residences``,
``Flat 3, Mayfair Mansions``): the building's name ends with a building word."""
_ABBREVIATION = r"\p{Lu}\p{Ll}{0,3}\.(?:\p{Lu}(?![\p{L}\d])\.?)?"
"""An initial or a title in a street's name after its type (Indonesia's ``Gg. H.J Maemunah``,
``Jalan Ir. H. Djuanda``, ``Gang Moch. Ramdan``)."""
_DATE_NAME = rf"\d{{1,2}}(?:[ ](?:de|du))?[ ](?i:{_trie(MONTH_WORDS)}){_END}"
"""A date naming a street after its type (``Av. 9 de Julio``, ``Rua 25 de Março``, ``plac
Konstytucji 3 Maja``): its number is no house number."""
_LEAD_NAME_PART = rf"(?:{_DATE_NAME}|{_ABBREVIATION}|{_NAME_PART})"

ADDRESS_PATTERN = regex.compile(
    rf"""
    (?<![\w.,/\-\u2019\u00b0])(?<![\w.,/\-]')
    (?:
        {_NUMBER_FIRST}
      | {_NUMBER_AFTER}
      | (?P<box>{_PO_BOX}|{_MILITARY}|{_RURAL_BOX})
      | (?P<numbered>{_NUMBERED_STREET})
      | (?P<building>{_BUILDING})
      | (?P<street_word>(?>(?P<leadcap>{_LEADING_CAP})|{_LEADING})){_SP}{_LEAD_NAME_PART}(?:{_SP}(?!{_NR}){_LEAD_NAME_PART}){{0,6}}+
        (?:{_HOUSE}|(?P<bare>(?={_TAIL_SEP}(?:{_DISTRICT}{_TAIL_SEP}(?={_DASHED_CODE}))?(?:{_POSTAL_CITY}|{_CITY}[ ]?,[ ]{_SIX_DIGITS}))))
      | (?P<block>{_BLOCK_ALONE})
    )
    (?:{_TAIL_SEP}{_TAIL}){{0,5}}
    """,
    regex.VERBOSE,
)
"""A street address from its first character to the end of its last tail part."""

_TYPELESS_STREET = regex.compile(
    rf"(?<![\w.,/\-'\u2019])(?P<num>{_NUM}){_COMMA}{_SP}(?:{_NAME_PART}{_SP}){{0,2}}{_WORD}[ \t]*,[ \t]*{_CITY}"
    rf"(?:[ \t]*,[ \t]*{_REGION})?[ \t]*,?[ \t]*$"
)
"""A house number and a street name without a street type, then a city, right before a postcode
that says what it is (``47 Kingsway, London WC2B 6AN``, ``12 Broadway, Albany, NY 12207``)."""
_HOUSE_NAME = rf"(?:{_WORD}{_SP}){{0,2}}(?i:{_trie(data.HOUSE_NAME_WORDS)}){_END}"
_UNNUMBERED_STREET = regex.compile(
    rf"(?:(?<![\w.,/\-'\u2019]){_HOUSE_NAME}[ \t]*,[ \t]*|(?<=(?:^|[,\n])[ \t]{{0,3}}))"
    rf"(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}{_TRAILING}[ \t]*,[ \t]*{_CITY}"
    rf"(?:[ \t]*,[ \t]*{_CITY})?(?:[ \t]*,[ \t]*{_REGION})?[ \t]*,?[ \t]*$"
)
"""A street with a street type and no house number, then a town (and a county), right before such a
postcode, in a list of an address's parts: after a comma or at a line's start, or after a house's
name (``Ivy Cottage, Church Lane, Long Compton, CV36 5JS``)."""
TYPELESS_REACH = 160
"""How far before such a postcode its street line may start."""
_PIN_AFTER_TOWN = re.compile(r"-[1-9]\d{5}(?![\w-])")
"""An Indian town joined to its PIN code by a hyphen (``Sagar-101538``): where :data:`_INDIAN_STREET` may end."""
_INDIAN_STREET = regex.compile(
    rf"(?<![\w.,/\-'\u2019])(?P<num>{_NUM}){_COMMA}(?:{_SP}|[ \t]*\r?\n[ \t]*)(?:{_NAME_PART}{_SP}){{0,2}}{_WORD}"
    rf"(?<!-)(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*){_CITY}(?<=-)\d{{6}}$"
)
"""A house number and a street named without a street type (Indian addresses often name it by a family
name or a locality alone), then ``Town-PIN``: ``82, Rattan, Sagar-101538``, ``857`` over ``Gaba, Vellore-418968``."""
INDIAN_REACH = 120
"""How far before the PIN code such a street may start."""
_PIN_BEFORE = re.compile(r"[^\W\d_](?:[ ]?-[ ]|[ ]|,[ ])\Z")
"""What stands right before a PIN code after its town: a letter, then a blank, a comma or a
spaced hyphen (``Bengaluru 560095``, ``New Delhi - 110024``)."""
_INDIAN_HOUSE = (
    r"(?:(?i:flat|house|plot|door|shop|unit|h)\.?(?:[ ]?(?i:no)\.?)?[ ]?|(?i:no)\.[ ]?|\#[ ]?)?"
    r"(?:[A-Z]{1,2}[ ]?-[ ]?)?\d{1,5}[A-Za-z]?(?:[ ]?[-/][ ]?\d{1,5}[A-Za-z]?)?(?![\d\p{L}])"
)
"""An Indian house number: ``42/7``, ``B-14``, ``Flat 302``, ``House No. 5``, ``No. 12``, ``#14``."""
_INDIAN_PART = rf"(?:{_NAME_PART}|\d{{1,4}}[A-Z]?)(?:[ ](?:{_NAME_PART}|\d{{1,4}}[A-Z]?)){{0,4}}"
"""One comma-separated part of an Indian address (``Koramangala 5th Block``, ``Sector 15``)."""
_INDIAN_ADDRESS = regex.compile(
    rf"(?<![\w.,/\-'\u2019#])(?P<num>{_INDIAN_HOUSE})(?:[ ]?,[ ]?|[ ]|[ \t]*\r?\n[ \t]*)"
    rf"(?P<parts>{_INDIAN_PART}(?:(?:[ ]?,[ ]?|[ \t]*\r?\n(?:[ \t]*>)*[ \t]*){_INDIAN_PART}){{1,5}})"
    r"(?:[ ]?-[ ]|[ ]|,[ ])[1-9]\d{5}$"
)
"""A house number, two to six parts (a building, streets, a locality, the town, the state; over
lines too, quoted ones of an e-mail reply included) and a PIN after a blank: ``42/7 Koramangala 5th Block, Bengaluru 560095``, ``Flat 302, Sai Residency,
Sector 15, Navi Mumbai 400614``. It counts with a word of an Indian address in its parts, or an
Indian town or state before the PIN (see :func:`_indian_parts`); it is looked for before six
digits on their own (:func:`.postcodes.six_digits`)."""
_INDIAN_WORDS = frozenset(data.INDIAN_LOCALITY_WORDS)
_INDIAN_PLACES = frozenset(p.lower() for p in data.INDIAN_PLACES)

_CLAUSE_END = r"(?=[ ]?(?:[.,;:!?()\]\n\r\"<]|$))"
"""Right after a city: a stop, a comma, a bracket (``, Ligetfalu (the "Client")``), the end of a
line, of a quoted string (a JSON text's) or of an element (``<city>Ikoyi</city>``)."""
_CODE_AND_CITY = regex.compile(
    rf"(?:,[ ]|\n[ \t]*)(?P<code>{_CONTINENTAL_CODE}|{_SIX_DIGITS})[ ](?P<city>{_CITY})(?:[ ]\d{{1,2}}(?!\d))?"
    rf"(?:{_CLAUSE_END}|(?=[ ]\p{{Ll}}))"
)
"""After a comma or a line break, a continental postal code (``93068``, ``140 08``, ``14-195``,
``H-1853``, ``9453``, a 6-digit one: ``565645``) and a city that ends the clause or is followed
by a lower-case word (``... 100 00 Praha 10 on Monday``), its district number included
(``110 00 Praha 1``). (A blank
before the comma is left out of the pattern, so that its scan starts at commas and line breaks
only, and skipped by the caller: ``Otradovická 980 , 140 08 Třemošnice``.)"""
_STREET_BEFORE = regex.compile(
    rf"(?:^|(?<=[\s:;(]))(?P<street>\p{{Lu}}[\p{{L}}\p{{M}}'.\-]*"
    rf"(?:[ ](?:\p{{Lu}}[\p{{L}}\p{{M}}'.\-]*|{_CONNECTOR}|{_GERMAN}|{_TRAILING}|{_LEADING}"
    rf"|(?=\p{{Ll}})[\p{{L}}\p{{M}}'\-]{{0,40}}?{_COMPOUND})){{0,3}}?)"
    r"[ ](?P<num>\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?)\.?$"
)
"""A street name and a house number (or a range of them) ending right before such a code
(``Otradovická 980``, ``Prinsengracht 263-267``, ``Drumul Popescu Nr. 456``, ``Rožmberk nad Vltavou 5``, ``Capellan puistokuja 3``); a
lower-case word in it is a connector or a street word (or ends with one), so ``Ship to Main
12, 110 00 Praha`` leaves ``Ship to``."""
_CODE_AND_CITY_START = re.compile(r"(?:,[ ]|\n[ \t]*)(?=\d|[A-Z]{1,2}-|[A-Z]\d{4}[A-Z])")
"""Where :data:`_CODE_AND_CITY` may match: a comma and a blank or a line break, then a digit,
a country letter and a dash, or an Argentine code's letter and digits. The stdlib engine skips
to commas and line breaks; the pattern runs only there."""


def _codes_and_cities(text: str) -> Iterator[regex.Match[str]]:
    """``_CODE_AND_CITY.finditer(text)``, the pattern matched only where
    :data:`_CODE_AND_CITY_START` says it may (the leftmost match from each position on)."""
    return guided_matches(_CODE_AND_CITY.match, _CODE_AND_CITY_START.search, text)


CONTINENTAL_REACH = 60
"""How far before the code its street line may start."""

_LEAD_WORDS = (*data.LEADING_TYPES, *data.PO_BOX_WORDS, *data.ADDRESS_OPENERS, *data.RURAL_ROUTE_WORDS)
_SEPARATE_WORDS = (
    *data.GERMAN_SEPARATE_TYPES,
    *(w.lower() for w in data.CAPITALISED_SEPARATE_TYPES),
    *data.NORWEGIAN_SEPARATE_TYPES,
)
_PREPOSITIONS = tuple(w.lower() for w in data.LOCATIVE_PREPOSITIONS)
_ANCHOR_FIRST = sorted({w[0] for w in (*_LEAD_WORDS, *_SEPARATE_WORDS, *data.TRAILING_TYPES, *_PREPOSITIONS)})
_WORD_ANCHORS = (
    # The look-ahead on the words' first letters comes first: a pattern that opens with \b
    # gives the engine no character to skip ahead by (2.3x slower over the corpus).
    rf"(?=[{re.escape(''.join(_ANCHOR_FIRST))}])"
    rf"\b(?:(?P<lead>{_trie(_LEAD_WORDS)})|(?P<german>{_trie(data.GERMAN_SEPARATE_TYPES)})"
    rf"|(?P<capsep>{_trie([w.lower() for w in data.CAPITALISED_SEPARATE_TYPES])})"
    rf"|(?P<norse>{_trie(data.NORWEGIAN_SEPARATE_TYPES)})"
    rf"|(?P<prep>{_trie(_PREPOSITIONS)})"
    rf"|{_trie(data.TRAILING_TYPES)}s?)(?:(?<=[./])|\b)"
)
_SUFFIX_ANCHORS = rf"{_trie(data.COMPOUND_SUFFIXES)}(?:(?<=\.)|\b)"
"""A street-word suffix; :func:`_suffixes` keeps those inside a word (``...straße``, ``-weg``)."""
# Anchors are found with the stdlib engine in the lower-cased text (or case-blind in the
# original when lower-casing moved offsets): literal prefix trees between word boundaries,
# linear, several times faster than a scan with the address pattern. The suffix pattern
# starts with a literal (no word-boundary test), so the engine skips ahead by its first
# characters; whether a hit sits inside a word is checked in Python.
_ANCHORS = (re.compile(_WORD_ANCHORS), re.compile(_SUFFIX_ANCHORS))
_ANCHORS_CASELESS = (re.compile(_WORD_ANCHORS, re.IGNORECASE), re.compile(_SUFFIX_ANCHORS, re.IGNORECASE))
# In an ASCII text both scans run on a copy whose non-word characters are all blanks: every
# word start then follows a blank, and the engine skips ahead from blank to blank (a literal
# first character) instead of trying the patterns at every letter; the suffixes are found
# from the word ends, in the reversed copy. These pre-scans are looser than the patterns (a
# dot or a slash of a word is a blank too), which are then matched only where they found one.
_BLANKS = bytes(b if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32 for b in range(256))
"""``bytes.translate`` table: every ASCII non-word character to a blank."""
_BLANKS_STR = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}


def _blanked(words: Iterable[str]) -> list[str]:
    """The ASCII ``words`` as the blanked copy writes them."""
    return sorted({w.translate(_BLANKS_STR) for w in words if w.isascii()})


_TRAILING_AND_PLURALS = (*data.TRAILING_TYPES, *(w + "s" for w in data.TRAILING_TYPES))
_WORD_STARTS_ASCII = re.compile(
    rf"[ ](?={_trie(_blanked((*_LEAD_WORDS, *_SEPARATE_WORDS, *_PREPOSITIONS, *_TRAILING_AND_PLURALS)))}"
    rf"(?:(?<=[ ])|(?![^ ])))".encode("ascii")
)
"""Before a word anchor in the blanked copy (``b" " + copy``): the blank before a word that is
one of the anchor words (a trailing type in the plural too) with its dots and slashes blanked,
then a blank or the end; one prefix tree (two alternatives cost twice the time)."""
_SUFFIX_ENDS_ASCII = re.compile(
    rf"[ ](?={_trie(sorted({w.rstrip(' ')[::-1] for w in _blanked(data.COMPOUND_SUFFIXES)}))})".encode("ascii")
)
"""After a street-word suffix in the reversed blanked copy (``(copy + b" ")[::-1]``): the blank
at its end (a non-word character, the end of the text, or the dot of ``str.``) and the
suffix reversed."""
_SUFFIXES_ASCII = frozenset(w for w in data.COMPOUND_SUFFIXES if w.isascii())
_SUFFIX_LENGTHS = sorted({len(w) for w in _SUFFIXES_ASCII})
_LETTER = re.compile(r"[A-Za-z]")
_GERMAN_LEAD = frozenset(w.lower() for w in data.GERMAN_SEPARATE_TYPES) & frozenset(w.lower() for w in _LEAD_WORDS)
"""Street words that lead an address in one language and follow its name in German
(``Allee``: ``allée Verte``, ``Berliner Allee 36``)."""
_NUMBER_STARTS = re.compile(r"\d(?<![\w.,/\-\u2019]\d)(?<![\w.,/\-]'\d)")
"""A digit that starts a number (nothing word-like before it). The digit comes first and the
look-behind after it: a pattern that opens with a look-behind gives the engine no character
to skip ahead by (a third slower over the corpus)."""
_HOUSE_NUMBER_LEAD = re.compile(
    r"\d{1,5}+(?:[ ]?[A-Za-z]|-[A-Z])?(?:[ ]?[-/][ ]?\d{1,5}+[A-Za-z]?)?(?:[ ]?,)?(?:[ \t]{1,3}+|[ \t]*\r?\n[ \t]*)(?:[^\W_]|['\u2019])"
)
"""What the address pattern needs at a digit: a house number (``_NUM`` without its look-aheads),
a blank, and the first character of a street name, a direction or a street word: a letter,
a digit (``5 1st Avenue``) or an apostrophe (``'t``). Checked with the stdlib engine before
the address pattern, which fails at most numbers of a text (ids, dates, amounts) but costs
several times more to ask. Its digit and blank runs are possessive: giving one back leaves a
digit or a blank where nothing that follows takes one."""
_DIGITS_AND_WORDS = bytes(
    48 if chr(b).isdigit() else 97 if chr(b).isalpha() or chr(b) == "_" else b if chr(b) in ".,/-'" else 32
    for b in range(128)
) + bytes([32] * 128)
"""``bytes.translate`` table of an ASCII text: a digit to ``0``, a letter or ``_`` to ``a``, the
marks a number start looks at as they are, anything else (blanks too) to a blank."""
_HOUSE_NUMBER_LEADS = re.compile(rb"[ ']0(?=0{0,4}+(?: ?a|-a)?(?: ?[-/] ?0{1,5}+a?)?(?: ?,)? ++[0a'])")
"""In that copy: :data:`_NUMBER_STARTS` where :data:`_HOUSE_NUMBER_LEAD` may match (looser: a
``_`` counts as a letter, any character but a word's or a mark as a blank), after a blank or a
quote (the caller drops a quote inside a word). It opens with a blank or a quote and a zero,
which the engine finds fast. The digit and blank runs are possessive: a
shorter run leaves a digit or a blank where none can follow, so giving one back never makes a
match (and trying to cost half the scan's instructions)."""


_NOT_BEFORE_QUOTE = frozenset(b"0a.,/-")
"""In that copy, what stands before an apostrophe inside a word or a number (``O'12``, ``5'11``)."""


def _house_number_leads(text: str) -> list[int]:
    """Where, in an ASCII ``text``, a number starts that may be a house number (by start; the
    caller checks :data:`_HOUSE_NUMBER_LEAD` itself)."""
    copy = text.encode("ascii").translate(_DIGITS_AND_WORDS)
    # after a quote only when the quote opens a value ('12 Oak St' in a log line), not in a word
    found = [
        m.start() + 1
        for m in _HOUSE_NUMBER_LEADS.finditer(copy)
        if copy[m.start()] == 32 or not m.start() or copy[m.start() - 1] not in _NOT_BEFORE_QUOTE
    ]
    return [0, *found] if text[:1].isdigit() else found


_STREET_WORD = rf"(?i:{_trie({*data.TRAILING_TYPES, *data.ABBREVIATED_TYPES, *data.LEADING_TYPES})})"
_HOUSE_NUMBER_STREET = re.compile(
    r"\d{1,5}+(?:[ ]?[A-Za-z]|-[A-Z])?(?:[ ]?[-/][ ]?\d{1,5}+[A-Za-z]?)?(?:[ ]?,)?(?:[ \t]{1,3}+|[ \t]*\r?\n[ \t]*)"
    rf"(?:(?!{_STREET_WORD})\S++[ \t]++){{0,5}}+{_STREET_WORD}"
)
"""What the address pattern needs at a digit after :data:`_HOUSE_NUMBER_LEAD`: a street type
opening one of the six blank-separated words after the house number (a direction, up to three
name parts and the name before a trailing type; a leading type first; a lower-case street's
type third). Necessary, not sufficient: it spares the address pattern the numbers near a
street word that is not theirs (``ticket #19494 on 2020-05-28 ... to reach you``)."""
ANCHOR_REACH = 400
"""The address pattern runs only this close to a street, PO box or unit word (most texts have
none); a street line and its tail parts are shorter."""
NUMBER_LEAD = 256
"""A house number starts an address only this far before a street word: the number, a
direction and four words of at most 33 characters come before the street type (about 180)."""
_BACK = 48
"""How far back from a street-word suffix (``...straße``) the start of its word is looked for."""
"""The address pattern runs only this close to an anchor (a street line and its tail parts are shorter)."""

ZIP_PATTERN = regex.compile(
    r"(?<![\w\-])(?:\d{5}(?:-\d{4})?|\d{4}[ ]?[A-Z]{2}|\d{4}-\d{3}|\d{5}-\d{3}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{4}"
    rf"|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{{1,2}}\d[A-Z\d]?[ ]?\d[A-Z]{{2}}|{data.EIRCODE})"
    r"(?![\w\-])(?![.,]\d)"
)
"""The shapes of postal codes (US, CA, UK, IE, NL, PT, BR, PL, SE and the 4-5 digit ones), not
the whole part of an amount (``28000.13``)."""

_STRONG = frozenset(t.rstrip(".") for t in data.STRONG_TRAILING_TYPES)
_AMBIGUOUS = frozenset(data.AMBIGUOUS_LEADING_TYPES)
_RISKY = frozenset(data.RISKY_COMPOUND_SUFFIXES)
_LOCATIVE = regex.compile(
    r"(?<![\p{L}])(?i:at|to|from|near|on|in|in\ der|an\ der|auf\ der|aan\ de|op\ de|na|no|em|en|przy|på|ved"
    r"|en\ la|en\ el|a\ la|na\ ulici|przy\ ulicy"
    r"|habite|habita|abita|wohnt|woont|mieszka|asuu|lakik|bydlí|bor|vive|reside|resides"
    r"|habito|abito|wohne|woon|mieszkam|asun|lakom|bydlím|vivo|moro|resido|vis|vit|vivons|vivent|pra|para)[ ]{1,3}$"
)
"""Right before a street: ``at 42646 Amanda Passage``, ``at Sofiabaan 2``, ``the flat on
Timm-Nette-Ring 4777``, ``from boulevard de Morard 83``; in other languages ``wohnt in der
Schleichring 5/2``, ``woont aan de Lukepad 491``, ``abita in Strada Diana, 524``, ``mora na ...``;
and a verb of living with no preposition (third and first person): ``Elle habite avenue de Vuille 53``,
``je vis rue Ibnou Mounir 22``, ``asuu ...``, ``vivo en la calle Mayor 12``; Portuguese ``para`` and ``pra`` (``mudou pra Av. Paulista 1578``)."""
_LINE_OPEN = regex.compile(r"(?:^|\n)[ \t]*(?:(?i:at|to|from|near|on)[ ]{1,3})?(?:(?:H\.[ ]?No|House[ ]No)\.?[ ]?)?$")
"""Before a house number alone on its line: nothing on the line, ``at``..., or the Indian house-number
label (``H.No. 779``)."""
_YEAR_END = regex.compile(r"(?<![\d])(?:19|20)\d\d$")
"""A house number that reads as a year (``Spring 2024``): no evidence of a street."""
_ET = regex.compile(r"(?<![\p{L}])(?i:et)\.?[ \t]{1,3}$")
"""``et`` before ``al.``: a citation (``Smith et al. Nature 2019``), not the Polish ``aleja``."""
_PLAIN_LOWER = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "way", "drive", "dr", "court"}
    | {"ct", "place", "pl", "straße", "strasse"}
)
_CONTEXT = words(data.ADDRESS_CONTEXT)
_NEGATIVE = words(data.NEGATIVE_WORDS)
_NEGATIVE_WORDS = frozenset(data.NEGATIVE_WORDS)
_ZIP_LABELS = words(data.ZIP_LABELS)
_CITY_AFTER = regex.compile(
    rf"[ ]?,[ ](?P<city>{_CITY}){_CLAUSE_END}|[ ](?:in|we?)[ ](?P<city>{_CITY})(?:{_CLAUSE_END}|(?=[ ]\p{{Ll}}))"
    rf"|[ ][\u00b7\u2022][ ](?P<city>{_CITY})(?=[ ][\u00b7\u2022][ ]|[ \t]*(?:\n|$))"
)
"""A city right after a street address: ``, Graemefurt.`` (ending the clause), ``in
Grahamfurt`` or the Polish ``w \u0141odzi`` (then the clause ends or a lower-case word follows), or the
next cell of a contact line (``Elinring 35 · Lexmond · +31 ...``)."""
_RESIDENT_TOWN = regex.compile(
    r"(?<![\p{L}\d])(?i:zamieszka(?:\u0142|l)(?:a|y|e|i)?)[ ]we?[ ]"
    r"(?P<city>\p{Lu}[\p{Ll}\p{M}]{2,30}+(?:[ -]\p{Lu}[\p{Ll}\p{M}]{2,30}+)?)(?![\p{L}\d])"
)
"""The town a Polish form says someone lives in: ``zamieszka\u0142a w Krakowie`` (resident in Krak\u00f3w),
the town in the locative, capitalised."""
_TOWN_AFTER_CODE = regex.compile(rf"[ ](?P<city>{_CITY}){_CLAUSE_END}")
"""A town right after a postcode that opens an address line's part (``, EC1A 1BB Taylorshire.``)."""
_NOT_CITY = frozenset(w.lower() for w in (*data.UNIT_WORDS, *data.CLOSING_WORDS, "col", "colonia", "fracc"))
_NEIGHBOURHOOD = regex.compile(
    rf",[ ](?:Col\.|Colonia|Fracc\.|Fraccionamiento)[ ]{_CITY}(?:,?[ ](?:C\.?P\.?[ ]?)?(?P<code>[0-9]{{5}})(?![0-9]))?"
)
"""A Mexican address's neighbourhood after its street, maybe with its postal code: ``, Col. Crédito
Constructor, 03940`` (its town follows as after a postcode)."""
CITY_SCORE = 0.75
CITY_FLOOR = 0.6
"""A street scored this high (a weak street word with a locative before it or a city after it:
``Where: Mararing 4, Vorstenbosch``) reports the city after it too, at the street's score."""
STRONG_SCORE = 0.85
_CALLE = frozenset({"c.", "c/"})
"""Spain's abbreviations of ``calle``: a street's name and then its number, never a number before them."""
WEAK_SCORE = 0.45
TAIL_BONUS = 0.15


def _word_start(text: str, at: int) -> int | None:
    """The start of the word that ``text[at]`` ends (at most ``_BACK`` characters back)."""
    j = at
    floor = max(0, at - _BACK)
    while j > floor and (text[j - 1].isalnum() or text[j - 1] in "-'\u2019"):
        j -= 1
    return j if j < at and (j == 0 or not (text[j - 1].isalnum() or text[j - 1] in "-'\u2019")) else None


def _word_before(text: str, at: int) -> int | None:
    """The start of the word before position ``at`` (one to three spaces or tabs between)."""
    j = at
    while j > max(0, at - 3) and text[j - 1] in " \t":
        j -= 1
    return _word_start(text, j) if j < at else None


def _words_before(text: str, at: int, count: int) -> list[int]:
    """The starts of up to ``count`` words before position ``at``, nearest first."""
    out: list[int] = []
    start: int | None = at
    while len(out) < count and start is not None:
        start = _word_before(text, start)
        if start is not None:
            out.append(start)
    return out


def _anchors(text: str, lower: str | None) -> tuple[list[tuple[int, int]], list[int]]:
    """Street, PO box and unit words (where to look) and the word starts they imply: a
    leading street word starts an address itself, a German street word one or two words
    before it, a street-word suffix the word that ends with it. Numbers start the rest."""
    words_re, suffix_re = _ANCHORS if lower is not None else _ANCHORS_CASELESS
    hay = lower if lower is not None else text
    spans: list[tuple[int, int]] = []
    starts: set[int] = set()
    blanked = hay.encode("ascii").translate(_BLANKS) if lower is not None and hay.isascii() else None
    for m in words_re.finditer(hay) if blanked is None else _word_anchors(words_re, hay, blanked):
        spans.append(m.span())
        if m.group("lead") is not None or m.group("prep") is not None:
            starts.add(m.start())
        if m.group("german") is not None or (m.group("lead") is not None and m.group("lead").lower() in _GERMAN_LEAD):
            starts.update(_words_before(text, m.start(), 2))
        if m.group("capsep") is not None or m.group("norse") is not None:
            # "Gammel Køge Lande Allé 6", "Thorvald Meyers gate 15": up to three words before
            starts.update(_words_before(text, m.start(), 3))
    for span in _suffixes(suffix_re, hay) if blanked is None else _suffixes_ascii(suffix_re, hay, blanked):
        spans.append(span)
        start = _word_start(text, span[0])
        if start is not None:
            starts.add(start)
            before = _word_before(text, start)
            if before is not None and (
                text[before : text.find(" ", before, start)] in _ADJECTIVES
                or (text[start].islower() and text[before].isupper() and text[start - 2] == "n")
            ):
                starts.add(before)  # "Große Bergstraße 12", "Haagan pappilankuja 72" (a Finnish genitive)
    spans.sort()
    return spans, sorted(starts)


def _word_anchors(words_re: re.Pattern[str], hay: str, blanked: bytes) -> Iterator[re.Match[str]]:
    """``words_re.finditer(hay)`` in an ASCII ``hay`` (``blanked`` its :data:`_BLANKS` copy): the
    pattern matched only after the blanks :data:`_WORD_STARTS_ASCII` finds."""
    # in ``b" " + blanked`` the blank before a word of the text stands where the word starts
    return guided_matches(words_re.match, _WORD_STARTS_ASCII.search, hay, b" " + blanked)


def _suffixes_ascii(suffix_re: re.Pattern[str], hay: str, blanked: bytes) -> Iterator[tuple[int, int]]:
    """:func:`_suffixes` in an ASCII ``hay`` (``blanked`` its :data:`_BLANKS` copy): the pattern
    matched only where a suffix ends before a blank of the copy (:data:`_SUFFIX_ENDS_ASCII`)."""
    size = len(hay)
    starts: set[int] = set()
    for blank in _SUFFIX_ENDS_ASCII.finditer((blanked + b" ")[::-1]):
        end = size - blank.start()  # the blank's place in the text (the end of the text: ``size``)
        for stop in (end, end + 1):  # a suffix ends before the blank, or with it (``str.``)
            for length in _SUFFIX_LENGTHS:
                if length <= stop <= size and hay[stop - length : stop] in _SUFFIXES_ASCII:
                    starts.add(stop - length)
    pos = 0
    for at in sorted(starts):
        if at < pos:
            continue
        m = suffix_re.match(hay, at)
        if m is None:
            continue
        if _inside_word(hay, at):
            yield m.span()
            pos = m.end()
        else:
            pos = at + 1


_HOUSE_NO = regex.compile(r"(?<![\p{L}\d])(?:H\.[ ]?No|House[ ]No|Blk|BLK|Block)\.?[ ]?$")
"""The Indian house-number label before a number (``H.No. 841, Mutti Marg``), or a Singapore block's (``Blk 123 Ang Mo Kio Ave 3``)."""


def _house_no_before(text: str, start: int) -> int:
    """``start``, moved back over a house-number label right before it, or over the unit word of
    an Australian unit and house number (``Unit 12/45 Smith Street``: the ``12/45`` opens the match)."""
    if not start:
        return start
    m = _HOUSE_NO.search(text, max(0, start - 10), start)
    if m is None and _UNIT_SLASH.match(text, start) is not None:
        m = _UNIT_BEFORE.search(text, max(0, start - 12), start)
    return m.start() if m is not None else start


_UNIT_SLASH = re.compile(r"[0-9]{1,5}[A-Za-z]?/[0-9]")
_UNIT_BEFORE = regex.compile(r"(?<![\p{L}])(?i:unit|apt\.?|apartment|flat|suite|villa|shop)[ ]?$")


def _inside_word(text: str, at: int) -> bool:
    """``text[at]`` continues a word: a word character or ``word-`` before it."""
    if at == 0:
        return False
    before = text[at - 1]
    if before.isalnum() or before == "_":
        return True
    return before == "-" and at > 1 and (text[at - 2].isalnum() or text[at - 2] == "_")


def _suffixes(suffix_re: re.Pattern[str], hay: str) -> Iterator[tuple[int, int]]:
    """Street-word suffixes inside a word, as a scan from left to right would find them."""
    pos = 0
    while (m := suffix_re.search(hay, pos)) is not None:
        if _inside_word(hay, m.start()):
            yield m.span()
            pos = m.end()
        else:
            pos = m.start() + 1


_ADMIN_UNIT = rf"(?:{_trie(data.ADMIN_UNIT_ABBREVIATIONS)})\.[ ]"
"""An administrative unit's abbreviation before its name in an address's tail: Indonesia's village
and district (``Kel. Cempaka Putih``, ``Kec. Menteng``), a Philippine barangay (``Brgy. San Isidro``)."""
_ESTATE = rf"[ ](?:{_trie(data.ESTATE_ABBREVIATIONS)})\."
"""An abbreviated estate word after a place's name (``Villa Esperanza Subd.``): a Philippine subdivision."""
_ADMIN_PART = (
    rf"(?:{_CITY}{_ESTATE}|(?:{_ADMIN_UNIT})?{_CITY}(?:[ ][0-9]{{4,7}}(?![0-9\-]|[ ][0-9]))?"
    rf"|[0-9]{{4,7}}(?![0-9\-]|[ ][0-9])(?:[ ]{_CITY})?)"
)
_ADMIN_TAIL = regex.compile(rf"(?:[ ]?,[ ]{_ADMIN_PART}){{1,4}}")
"""Places and a postal code after a street, comma after comma, as Indonesian, Chilean, Argentine
and Philippine addresses write them (``, Parepare, Kepulauan Bangka Belitung 37887``, ``, Paillaco,
Región de Los Ríos, 4833780``, ``, Jacobs Village, Ilog, 4106 Ifugao``); not digits a blank and
more digits follow, a phone number's (``, Bandung, HP 0812 3456 7890``)."""
_CODE = re.compile(r"(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{4,7}")
"""A postal code in a part of :data:`_ADMIN_TAIL`; four digits that could be a year are none (``2019``)."""
_ENDS_CLAUSE = regex.compile(_CLAUSE_END)
_CODE_END = re.compile(r"(?<![0-9A-Za-z])(?!(?:19|20)[0-9]{2}\Z)[0-9]{4,7}\Z")
"""A postal code that ends an address (read with the address's end as ``endpos``)."""
_CAPITALS = frozenset(data.CAPITAL_ABBREVIATIONS)
_TAIL_STOPS = _NOT_CITY | frozenset(w.lower() for w in data.ZIP_LABELS if " " not in w)
"""Words that end an address's tail: units, closings, and postcode labels (their value is the label's)."""


_CODE_CITY_END = regex.compile(r"(?<!\d)\d{3}[ ]\d{2}[ ]\p{Lu}[\p{L}\-]{1,30}$")
"""A postal code written ``100 00`` and a city right before where an address ends."""
_DISTRICT_NUMBER = regex.compile(rf"[ ]\d{{1,2}}(?!\d){_CLAUSE_END}")


def _district_after(text: str, end: int) -> int:
    """``end``, moved over the district number after a city (``100 00 Praha 10``)."""
    if end >= len(text) or text[end] != " " or _CODE_CITY_END.search(text, max(0, end - 40), end) is None:
        return end
    m = _DISTRICT_NUMBER.match(text, end)
    return end if m is None else m.end()


def _admin_tail(text: str, end: int) -> int:
    """Where an address ending at ``end`` ends with the places and the postal code after it
    (:data:`_ADMIN_TAIL`): only with a postal code (or a capital's abbreviation: ``CDMX``) among
    them, up to the last part that holds one or follows it, and never over a word such as
    ``Order`` (``, Springfield, Order 12345``)."""
    if not text.startswith((",", " ,"), end):
        return end
    m = _ADMIN_TAIL.match(text, end, min(len(text), end + 160))
    if m is None:
        return end
    last_code = end
    after_code = 0  # parts read since the last one with a code
    coded = _CODE_END.search(text, max(0, end - 8), end) is not None  # the street's own tail ended with its code
    for part_start, part_end in _parts(m.group(), m.start()):
        words = text[part_start:part_end].lower().split()
        if not words or words[0] in _NEGATIVE_WORDS or words[0].rstrip(".:") in _TAIL_STOPS:
            break  # "Order 12345", "CEP 05422-010" (the label's own value), "Thanks"
        if _CODE.search(text, part_start, part_end) is not None:
            last_code, after_code = part_end, 0  # a place after the code in its part (``4106 Ifugao``) comes along
        elif text[part_start:part_end] in _CAPITALS:
            last_code, after_code = part_end, 0  # ``, Alcaldía Cuauhtémoc, CDMX``: the capital says it as a code would
        elif (last_code > end or coded) and after_code == 0 and _ENDS_CLAUSE.match(text, part_end) is not None:
            last_code, after_code = part_end, 1  # the province after the code (``Chilecito 5360, La Rioja.``)
    return last_code


def _parts(tail: str, offset: int) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each comma-separated part of a tail starting at ``offset``."""
    at = 0
    for piece in tail.split(","):
        stripped = piece.strip()
        if stripped:
            lo = offset + at + piece.index(stripped)
            yield lo, lo + len(stripped)
        at += len(piece) + 1


def _clear_of(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """``start..end`` overlaps none of ``taken`` (sorted, not overlapping each other)."""
    at = bisect_left(taken, (start, -1))
    if at < len(taken) and taken[at][0] < end:
        return False
    return not (at and taken[at - 1][1] > start)


def _indian_parts(parts: str) -> bool:
    """The parts of an Indian address hold one of its words (``Block``, ``Nagar``, ``Sector``) or
    a locality named as one word (``Indiranagar``), or end with an Indian town or state."""
    pieces = [p.strip() for p in regex.split(r"[ ]?,[ ]?|\s*\n[\s>]*", parts) if p.strip()]
    for piece in pieces:
        for word in piece.lower().split():
            if word.rstrip(".") in _INDIAN_WORDS or (len(word) > 6 and word.endswith(data.INDIAN_LOCALITY_ENDINGS)):
                return True
    return bool(pieces) and pieces[-1].lower() in _INDIAN_PLACES


def _lead_windows(anchors: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """Where a house number can start an address whose street word is one of ``anchors``
    inside ``lo..hi``: up to :data:`NUMBER_LEAD` characters before it."""
    out: list[tuple[int, int]] = []
    for start, end in anchors[bisect_left(anchors, (lo, -1)) :]:
        if start >= hi:
            break
        a, b = max(lo, start - NUMBER_LEAD), min(hi, end)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_UNIT_AFTER = regex.compile(
    r",[ ](?:Apt\.?|Apartment|Flat|Unit|Suite|Ste\.?|Room|Rm\.?)[ ]?\#?[0-9]{1,5}[A-Z]?(?![\w\-/.]|[.,][0-9])"
)
"""A flat's or a unit's number after a comma right after an address (``2-4-11 Tamatsukuri, Chuo-ku,
Osaka 540-0004, Apt 702``): the address's last part, wherever the pattern that found it stopped."""


_LANDMARK_AFTER = regex.compile(rf"[ ]\((?i:{_trie(data.LANDMARK_WORDS)})[ ][^()\n]{{2,60}}\)")
"""A landmark in brackets after an address (``(near the Hanuman mandir)``, ``(opp. Shell petrol
pump)``), as Indian and other addresses give one for the driver: it points at the same door."""


class AddressDetector(PatternDetector):
    """STREET_ADDRESS spans (see the module docstring) and ZIP_CODE after a label."""

    def __init__(self, window: int) -> None:
        super().__init__(
            name="address",
            entity_types=frozenset({"STREET_ADDRESS", "ZIP_CODE", "LOCATION"}),
            window=window,
            needs_digit=True,
        )
        self._zip_rule = Rule(
            "ZIP_CODE",
            ZIP_PATTERN,
            0.85,
            context=_ZIP_LABELS,
            context_required=True,
            before_only=True,
            same_line=True,
            max_length=12,
            window=20,
        )

    def wanted(self, text: str) -> bool:
        """An address and a labelled postal code hold a digit and a letter; a street someone
        lives on, a named street after a locative or a corner may have no number (``her home on
        Maple Crescent``, ``elle habite avenue Lecoq``, ``park on Calle Serrano``, ``the corner of
        Main Street and Elm Street``)."""
        if super().wanted(text):
            return _LETTER.search(text) is not None or not text.isascii()
        if " on " in text and _ON_STREET.search(text) is not None:
            return True
        if ("orner of" in text or "ntersection of" in text) and _CORNER.search(text) is not None:
            return True  # "the intersection of Main Street and Elm Street"
        if "ddress is" in text and _ADDRESS_IS.search(text) is not None:
            return True  # "my address is Strada Haralamb Dochioiu"
        return _NAMED_TYPE_GATE.search(text.lower()) is not None and _TYPED_AFTER_LOCATIVE.search(text) is not None

    def scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        for start, end, etype, score in self._scan(norm, budget):
            if etype == "STREET_ADDRESS" and text.startswith(",", end):
                unit = _UNIT_AFTER.match(text, end)
                if unit is not None:
                    end = unit.end()  # "..., Osaka 540-0004, Apt 702": the flat is the address's
            if etype == "STREET_ADDRESS" and text.startswith(" (", end):
                landmark = _LANDMARK_AFTER.match(text, end)
                if landmark is not None:
                    end = landmark.end()  # "..., Mumbai 400069 (near the Hanuman mandir)": how to find it
            yield start, end, etype, score

    def _scan(self, norm: Normalized, budget: Budget) -> Iterator[Hit]:
        text = norm.text
        view = view_of(text, budget)
        found: list[tuple[int, int]] = []
        weak: list[tuple[int, int]] = []  # found, but too weak to stand alone
        anchors, word_starts = _anchors(text, view.lower_aligned)
        leads = _house_number_leads(text) if anchors and text.isascii() else None
        for lo, hi in merge(anchors, ANCHOR_REACH, len(text)):
            budget.check(self.name)
            if leads is None:
                numbers = {
                    m.start() for a, b in _lead_windows(anchors, lo, hi) for m in _NUMBER_STARTS.finditer(text, a, b)
                }
            else:
                numbers = {
                    at
                    for a, b in _lead_windows(anchors, lo, hi)
                    for at in leads[bisect_left(leads, a) : bisect_left(leads, b)]
                }
            starts = sorted(numbers.union(word_starts[bisect_left(word_starts, lo) : bisect_left(word_starts, hi)]))
            after = lo
            for at in starts:
                if at < after or not lo <= at < hi:
                    continue
                if text[at].isdigit() and (
                    (at >= 2 and text[at - 1] == " " and text[at - 2].isdigit())  # "694 123 4567, Οδός": a phone's end
                    or _HOUSE_NUMBER_LEAD.match(text, at, hi) is None
                    or _HOUSE_NUMBER_STREET.match(text, at, hi) is None
                ):
                    continue
                m = ADDRESS_PATTERN.match(text, at, hi, timeout=budget.remaining())
                if m is None:
                    continue
                start, end = m.span()
                hood = _NEIGHBOURHOOD.match(text, end) if text.startswith(", ", end) else None
                score = self._score(m, text, view, hood is not None)
                # A number on the line before a street that does not open it leaves that street be.
                after = end if score is not None or m.group("numline") is None else m.start("numline")
                if score is not None:
                    start = _house_no_before(text, start)
                    if hood is not None:
                        end = _admin_tail(text, hood.end())  # "..., Col. Condesa, 06140, Cuauhtémoc, CDMX"
                    elif score >= CITY_FLOOR:
                        end = _admin_tail(text, end)
                        end = _district_after(text, end)
                    found.append((start, end))
                    if score < CITY_FLOOR:
                        weak.append((start, end))
                    yield start, end, "STREET_ADDRESS", score
                    if hood is not None and hood.group("code") is not None:
                        city = _city_of(_TOWN_AFTER_CODE.match(text, end, min(len(text), end + 64)))
                        if city is not None:  # "03940 Benito Juárez, CDMX": the capital after the town too
                            city = (city[0], _admin_tail(text, city[1]))
                    else:
                        city = _city_after(text, end) if score >= CITY_FLOOR else None
                    if city is not None:
                        after = city[1]
                        yield city[0], city[1], "LOCATION", min(score, CITY_SCORE)
        zip_rule = () if _no_zip_label(text) else self.run_rule(self._zip_rule, text, budget, view=view)
        for start, end, etype, score in zip_rule:
            if _token_labels(text, start, view):
                continue  # "Zip_E7YZNL 1111": the word before is a token's, no label
            if not any(lo < end and start < hi for lo, hi in found):
                found.append((start, end))
                yield start, end, etype, score
        for start, end, score in unlabelled_postcodes(text):
            if any(lo < end and start < hi for lo, hi in found):
                continue
            reach = max(0, start - TYPELESS_REACH)
            street = _TYPELESS_STREET.search(text, reach, start, timeout=budget.remaining())
            if street is None:
                street = _UNNUMBERED_STREET.search(text, reach, start, timeout=budget.remaining())
            if (
                street is not None
                and not any(lo < end and street.start() < hi for lo, hi in found)
                and _NEGATIVE.distance(text, street.start(), end, 12, True, view) is None  # "Order 12 Widgets, ..."
            ):
                yield street.start(), end, "STREET_ADDRESS", STRONG_SCORE
            else:
                yield start, end, "ZIP_CODE", score
                town = _town_after_code(text, start, end)
                if town is not None and not any(lo < town[1] and town[0] < hi for lo, hi in found):
                    yield town[0], town[1], "LOCATION", CITY_SCORE
        for start, end, town_start, town_end in chain(located_postcodes(text), framed_postcodes(text)):
            if not any(lo < town_end and start < hi for lo, hi in found):  # "Abholung in 04109 Leipzig."
                found.append((start, town_end))
                yield start, end, "ZIP_CODE", REGION_ZIP_SCORE
                yield town_start, town_end, "LOCATION", CITY_SCORE
        if "zamieszka" in view.lower:
            for m in _RESIDENT_TOWN.finditer(text):
                if not any(lo < m.end() and m.start("city") < hi for lo, hi in found):
                    yield m.start("city"), m.end("city"), "LOCATION", CITY_SCORE  # zamieszkała w Krakowie
        yield from _framed_streets(text, view.lower, found, weak)
        if _may_have_lower_streets(view.lower):
            yield from _lower_streets(text, found)
        if "orner of" in text or "ntersection of" in text:
            yield from _corners(text, found)
        taken: list[tuple[int, int]] | None = None  # ``found`` merged and sorted, once there is a script address
        for start, end in script_addresses(text):  # Japanese, Chinese, Korean, Cyrillic, Colombian...
            if taken is None:
                taken = merge(sorted(found), 0, len(text))
            if _clear_of(taken, start, end):  # a bisect, not a scan of every span found (thousands in hostile text)
                insort(taken, (start, end))
                found.append((start, end))
                yield start, end, "STREET_ADDRESS", STRONG_SCORE
        if "," in text or "\n" in text:
            yield from self._street_code_city(text, found, view)
            if "-" in text:
                yield from self._indian_streets(text, found, view)
            yield from self._indian_addresses(text, found, view)

    def _street_code_city(self, text: str, found: list[tuple[int, int]], view: object) -> Iterator[Hit]:
        """``Otradovická 980, 140 08 Třemošnice``: a street name and number without a street
        word, then a continental postal code and a city (see :data:`_CODE_AND_CITY`)."""
        for m in _codes_and_cities(text):
            code = m.group("code")
            if len(code) == 4 and code[:2] in ("19", "20"):
                continue  # a year: "Chapter 4, 2019 Edition"
            cut = m.start() - 1 if text[m.start()] == "," and text[m.start() - 1 : m.start()] == " " else m.start()
            street = _STREET_BEFORE.search(text, max(0, cut - CONTINENTAL_REACH), cut)
            if street is None:
                continue
            start, end = street.start(), m.end()
            if any(lo < end and start < hi for lo, hi in found):
                continue
            words = street.group("street").lower().split()
            if any(w.rstrip(".") in _NEGATIVE_WORDS for w in words):
                continue  # "Order 12, 10115 Berlin", "Table 5, 12345 Total"
            if _NEGATIVE.distance(text, start, end, 12, True, view) is not None:  # type: ignore[arg-type]
                continue
            plain = len(words) == 1 and text[start:cut].isascii() and text[cut:end].isascii()
            if plain and _CONTEXT.distance(text, start, end, self.window, False, view) is None:  # type: ignore[arg-type]
                continue  # one plain word each side ("Windows 10, 64000 Users."): only with an address word near
            found.append((start, end))
            yield start, end, "STREET_ADDRESS", STRONG_SCORE

    def _indian_streets(self, text: str, found: list[tuple[int, int]], view: object) -> Iterator[Hit]:
        """``82, Rattan, Sagar-101538``: a house number, a street without a street type and
        ``Town-PIN`` (see :data:`_INDIAN_STREET`)."""
        for pin in _PIN_AFTER_TOWN.finditer(text):  # opens with a literal: the engine skips ahead by it
            end = pin.end()
            if pin.start() == 0 or not text[pin.start() - 1].isalpha():
                continue
            if any(lo < end and pin.start() < hi for lo, hi in found):
                continue
            street = _INDIAN_STREET.search(text, max(0, end - INDIAN_REACH), end)
            if street is None:
                continue
            start = _house_no_before(text, street.start())
            if any(lo < end and start < hi for lo, hi in found):
                continue
            if _NEGATIVE.distance(text, start, end, 12, True, view) is not None:  # type: ignore[arg-type]
                continue  # "Order 82, Rattan, Sagar-101538"
            found.append((start, end))
            yield start, end, "STREET_ADDRESS", STRONG_SCORE

    def _indian_addresses(self, text: str, found: list[tuple[int, int]], view: object) -> Iterator[Hit]:
        """``42/7 Koramangala 5th Block, Bengaluru 560095``: a house number, parts named without
        a street type and a PIN after the town and a blank (see :data:`_INDIAN_ADDRESS`)."""
        for pin_start, end in six_digits(text):
            if text[pin_start] == "0" or _PIN_BEFORE.search(text, max(0, pin_start - 4), pin_start) is None:
                continue
            if any(lo < end and pin_start < hi for lo, hi in found):
                continue
            m = _INDIAN_ADDRESS.search(text, max(0, end - INDIAN_REACH), end)
            if m is None or not _indian_parts(m.group("parts")):
                continue
            start = m.start()
            # An address found inside it (``17, Gandhi Road``, then ``Chennai, Tamil Nadu 600002``
            # on the next line) is its start: the readings join into one span (join_readings).
            if _NEGATIVE.distance(text, start, end, 12, True, view) is not None:  # type: ignore[arg-type]
                continue  # "Order 12, Main Menu, Sector 7, Pune 411001"
            found.append((start, end))
            yield start, end, "STREET_ADDRESS", STRONG_SCORE

    def _score(self, m: regex.Match[str], text: str, view: object, neighbourhood: bool = False) -> float | None:
        """The form's score, raised by a tail, a neighbourhood after it (:data:`_NEIGHBOURHOOD`) or an
        address word, lowered by ``order``-like words."""
        start, end = m.span()
        tail = bool(m.captures("postal"))
        lead = m.group("lead")
        if (
            lead is not None
            and lead.lower() in _CALLE
            and m.group("num") is not None
            and m.start("num") < m.start("lead")
        ):
            return None  # "Store at 25 C. Protect from light": degrees; Spain writes "C. Mayor 5"
        if m.group("box") is not None or m.group("numbered") is not None or m.group("block") is not None:
            score = 0.9
        elif m.group("building") is not None:
            score = WEAK_SCORE  # "Unit 4, Science Building": counts with a town after it or an address word
        elif m.group("trail") is not None:
            written = m.group("trail")
            kind = written.lower().rstrip(".")
            strong = kind in _STRONG or kind[:-1] in _STRONG
            if written.islower() and kind not in _PLAIN_LOWER:
                strong = False  # "3 Musketeers Drive-in closes": a lower-case word is a weak street type
            score = STRONG_SCORE if strong else WEAK_SCORE
            if m.group("numline") is not None and not (
                (strong or tail) and ("/" in m.group("num") or _LINE_OPEN.search(text, max(0, start - 20), start))
            ):
                return None  # "35/230\nAurora Circle": a house number on its own line, a strong type after it
        elif m.group("lowercase") is not None:
            score = WEAK_SCORE  # "i live at 12 main street": counts with an address word or a tail
        elif m.group("street_word") is not None:  # "Via Roma 10", "rue Neveu, 25537 Gaudin"
            if m.group("street_word").lower() == "al." and not _aleja(m, text):
                return None
            capitalized = m.group("leadcap")
            if capitalized is None:
                score = WEAK_SCORE  # a lower-case street word and no postcode: "via DHL 2"
            else:
                score = WEAK_SCORE if capitalized.lower().rstrip(".") in _AMBIGUOUS else 0.75
        elif m.group("compound") is not None:
            score = WEAK_SCORE if m.group("compound").lower() in _RISKY else 0.8
        elif m.group("prep") is not None:
            score = WEAK_SCORE  # "Na Příkopě 12": with an address word or tail
        elif m.group("genitive") is not None and len(text[start : m.start("genitive")].split()) < 2:
            # "Kongens gate 5", but also "boarding at Departures gate 22": only with a postal
            # tail or an address word near, not with a locative alone
            score = WEAK_SCORE - TAIL_BONUS
        else:  # "14 Rue des Tanneurs", "Berliner Straße 5"
            score = 0.8
        number = m.group("num")
        if (
            score < STRONG_SCORE
            and number is not None
            and (len(number) > 1 or m.group("lowercase") is not None)
            and _LOCATIVE.search(text, max(0, start - 8), start)
        ):
            # "at 42646 Amanda Passage": a house number right after "at"/"to"/"from"; one digit
            # only before a street in lower case, its type named ("im at 4 aldwych close")
            score += TAIL_BONUS
        elif (
            score < CITY_SCORE
            and number is None
            and m.group("box") is None
            and m.group("block") is None
            and _LOCATIVE.search(text, max(0, start - 8), start)
            and not _YEAR_END.search(m.group())
        ):
            score += TAIL_BONUS  # "at Sofiabaan 2": a street, its house number after it, right after "at"
        if tail or m.captures("unit"):
            score += TAIL_BONUS if tail else TAIL_BONUS / 2
            if tail:
                score = max(score, STRONG_SCORE)
        if not (tail and score >= 1.0):  # with a tail, the words near count no more once the score is full
            near = _CONTEXT.distance(text, start, end, self.window, False, view)  # type: ignore[arg-type]
            far = _NEGATIVE.distance(text, start, end, 12, True, view)  # type: ignore[arg-type]
            if far is not None and (near is None or far < near) and not tail:
                score -= NEGATIVE_PENALTY
            elif near is not None:
                score += CONTEXT_BOOST
        if end - start < 6:
            return None
        if not tail and score < CITY_SCORE and not _YEAR_END.search(m.group()) and _city_after(text, end) is not None:
            score += TAIL_BONUS  # "Mararing 4, Vorstenbosch.": a city after it is a tail too
        if not tail and neighbourhood:
            score = max(score + TAIL_BONUS, STRONG_SCORE)  # "Av. Insurgentes Sur 1602, Col. Crédito Constructor"
        return min(1.0, score)


_RESIDING = regex.compile(
    r"(?i:\b(?:residing|resides|living|lives|(?P<live>live|i'?m|i\u2019m|i[ ]am|we'?re|we[ ]are|staying)|domiciled)[ ]at)[ ]"
    r"(?P<street>[^\W_][^,;:()\n]{3,46}?)(?=[ ]?,|[ ]\(|[.;:](?:\s|$)|\n|$|[ ](?:and|but|with|since|for)[ ])"
)
"""``residing at 7 Wheeler Tunnel, Deanside (the "Client")``, ``i live at 742 evergreen terrace
springfield and ...``, ``im at 4 aldwych close``: what a contract, a letter or a chat says someone
lives at, up to the comma, parenthesis, full stop or conjunction that ends it (after ``live``,
``I'm``, ``we're``, ``staying``, a street word must be in it: ``goes live at 5 PM`` is a time)."""
_ADDRESS_IS = regex.compile(
    r"(?i:\b(?:address|addy|adresse|dirección|direccion|endereço|endereco|indirizzo)[ ](?:is|est|es|é|è|ist))[ ]"
    r"(?P<street>[^\W_][^,;:()\n]{3,46}?)(?=[ ]?,[ ]?\p{Lu}|[ ]\(|[.;:!?](?:\s|$)|\n|$)"
)
"""``her address is Boršov 7``, ``my address is Strada Haralamb Dochioiu``: a street someone's
address is said to be, up to the full stop or the comma before its town that ends it (a house
number or a street word must be in it); not before a postcode or a script without capitals, where
the street pattern or a script's reads the whole address."""
_MEETING = regex.compile(
    r"(?i:\b(?:see[ ]you|meet(?:[ ](?:me|us|you))?|pick[ ](?:me|us|you)[ ]up)[ ]at)[ ]"
    r"(?P<street>[^\W_][^,;:()\n]{3,46}?)"
    r"(?=[ ]?,|[ ]\(|[.;:!?](?:\s|$)|\n|$|[ ](?:on|at|tomorrow|today|tonight|this|next|instead)\b)"
)
"""``See you at 8 Taylor Center on Monday``, ``meet me at Bulevardul Preda tomorrow``: where
people meet, up to the day or the clause's end."""
_DELIVERY_VERBS = frozenset(
    [
        "deliver",
        "delivered",
        "delivery",
        "ship",
        "shipped",
        "shipping",
        "send",
        "sent",
        "mail",
        "mailed",
        "post",
        "posted",
    ]
)
_DELIVERY_VERB = rf"(?i:\b(?:{_trie(sorted(_DELIVERY_VERBS))})(?:[ ](?:it|them|this|that|the[ ]\w+))?)"
_DELIVERED = regex.compile(_DELIVERY_VERB + r"[ ]to[ ](?P<street>[^\W_][^,;:()\n]{3,46}?)(?=[ ]?,)")
"""``about the delivery to Heineho 2, Třemošnice``, ``send it to 12 Kowloon Gardens, Hong Kong``:
where a thing goes, up to the comma before its town (a town must follow)."""
_DELIVERY_VERB_END = regex.compile(_DELIVERY_VERB + "$")
"""The verb right before a `` to ``: :func:`_deliveries` looks for it back from each one (a search
for the verbs themselves, case-blind, tries every position of most texts)."""
_NAME_THEN_HOUSE = regex.compile(
    r"\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'\u2019-]+)?[ ]\d{1,5}[A-Za-z]?(?:/\d{1,5})?$"
)
"""A street's name and its house number, the way continental Europe writes them (``Heineho 2``)."""
_ON_WORDS = (
    "lives", "live", "living", "lived", "grew up", "home", "house", "flat", "apartment", "resides", "residing",
    "seen", "spotted", "found", "parked", "located", "based", "office", "shop", "store",
)  # fmt: skip
"""Words before ``on`` and a street someone lives, was seen or works on (:data:`_ON_GATE`: their
stems, looked for in the lower-cased text before the pattern runs)."""
_ON_GATE = ("live", "home", "house", "flat", "apartment", "resid", "grew", "seen", "spotted", "found", "park", "locat", "based", "office", "shop", "store")  # fmt: skip
_STREET_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}'\u2019-]+|\d{1,3}(?:st|nd|rd|th))"
"""A word of a street's name: capitalised, or an ordinal (``East 86th Street``)."""
_ON_STREET = regex.compile(
    rf"(?i:\b(?:{'|'.join(w.replace(' ', '[ ]') for w in _ON_WORDS)})[ ]on)[ ]"
    rf"(?P<street>(?:[NSEW]\.?[ ])?{_STREET_NAME_WORD}(?:[ ]{_STREET_NAME_WORD}){{0,3}})(?![\p{{L}}\p{{M}}\d])"
)
"""``her home on Maple Crescent``, ``she lives on Baker Street``, ``last seen on W 117th St``: the street
someone lives on, was seen or works on, with no house number (its last word must be a street word)."""
_HOUSE_THEN_NAME = regex.compile(
    r"\d{1,5}[A-Za-z]?,?[ ](?!(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|noon|midnight)[a-z]*\b)(?:\p{Lu}\p{Ll}|\p{Lu}\.)"
)
"""A house number before a capitalised word (``8 Taylor Center``; not ``5 PM``, ``10 minutes``,
``2 Tuesday``, ``12 Noon``)."""
_STREET_WORDS = frozenset(
    t.lower().rstrip(".")
    for t in (*data.STRONG_TRAILING_TYPES, *data.TRAILING_TYPES, *data.LEADING_TYPES, *data.HUNGARIAN_SEPARATE_TYPES)
)


_NAMED_TYPES = (
    "rue", "boulevard", "chemin", "avenue", "allée", "impasse", "quai", "calle", "avenida", "paseo", "camino",
    "rua", "travessa", "praça", "strada", "viale", "piazza", "corso", "ulica", "aleja", "bulevardul", "calea",
)  # fmt: skip
"""Street types that name a street by the capitalised words after them (the type in lower case
or capitalised: ``on Calle Serrano``), written without a number (``via``, ``place``, ``route``...
are left out: ``via Email``, ``take place``)."""
_TYPED_AFTER_LOCATIVE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:at|from|on|to|near|à|au|em|na|en|in|habite|habitent|habitons)[ ]"
    rf"(?P<street>(?:{'|'.join(f'(?i:{t[0]}){t[1:]}' for t in _NAMED_TYPES)})[ ](?:(?:de|du|des|la|le|del|della|dei|da|do|dos|das|di|d')[ ]?){{0,2}}"
    r"\p{Lu}[\p{Ll}\p{M}'\u2019-]+(?:[ ]\p{Lu}[\p{Ll}\p{M}'\u2019-]+){0,2})(?![\p{L}\p{M}\d])"
)
"""A street type and a capitalised name after a locative, no house number: ``at rue
de Rey``, ``on Calle Serrano``, ``5 min away from boulevard de Crivelli``, ``the router at boulevard Chopard``."""


_LOWER_STOP = r"(?:at|in|on|to|by|of|for|from|and|or|the|is|with|near|et|y|e|und|a|à|en|em|no|na|di|da)[ ,.]"
"""Words that end a street's name written in lower case, or never open one."""
_LOWER_NUMBERED_STREET = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:at|to|au|à|em|na|en|is|habite|vivo|moro|abito|:)|,)[ ]"
    rf"(?P<street>\d{{1,4}}[a-z]?,?[ ](?:{'|'.join(_NAMED_TYPES)})[ ](?:(?:de|du|des|la|le|del|della|dei|da|do|dos|das|di|d')[ ]?){{0,2}}"
    rf"(?!{_LOWER_STOP})\p{{Ll}}[\p{{Ll}}\p{{M}}'\u2019-]+(?:[ ](?!{_LOWER_STOP})\p{{Ll}}[\p{{Ll}}\p{{M}}'\u2019-]+){{0,2}})"
    r"(?=[ ]?,|[.;!?](?:\s|$)|[ ]*\n|[ ]*$|[ ]\d{4,5}(?!\d)|[ ](?:in|à|a|en|et|y|and)[ ])"
)
"""A house number, a street type and a name all in lower case after a locative or a comma, as chats
write them (``ship to 14 calle mayor, madrid``, ``i live in lyon, 12 rue mercière``), up to the
clause's end or a postcode."""
_LOWER_STREET_THEN_NUMBER = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:at|to|au|à|em|na|no|en(?:[ ]la)?|in|der|is|habite|vivo|moro|abito|wohne|pra|para)|,)[ ]"
    r"(?P<street>(?:(?:calle|rua|via|viale|avenida|rue|strada|corso|piazza|praça|travessa|plaza|paseo|carrer|ulica"
    r"|ul\.)[ ]|c/[ ]?)(?:(?:de|del|la|las|los|des|du|di|della|dei|dos|das|do|da|le|les|el)[ ]){0,2}"
    rf"(?!{_LOWER_STOP})\p{{Ll}}[\p{{Ll}}\p{{M}}'\u2019-]+(?:[ ](?!{_LOWER_STOP})\p{{Ll}}[\p{{Ll}}\p{{M}}'\u2019-]+){{0,2}}"
    r",?[ ]\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?(?:,[ ](?:apto|apt|ap|casa|bloco|bl|piso|lok|m)\.?[ ]?\d{1,4}[a-z]?)?)"
    r"(?![\p{L}\d])"
    r"|(?<![\p{L}\p{M}\d-])(?P<compound>\p{Ll}[\p{Ll}\p{M}-]{1,30}(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer)"
    r"[ ]\d{1,4}[a-z]?)(?![\p{L}\d])"
)
"""A street type, a name in lower case and the house number after it, as chats write them in Spain,
Portugal, Italy and France (``vivo en calle luna 14``, ``moro na rua das palmeiras 45``, ``abito in
via garibaldi 7``; Spain's ``en la c/ san bernardo 14``, Brazil's ``pra rua das ac\u00e1cias 312, apto 54`` with its
flat, Poland's ``na ul. d\u0142ugiej 5/3``), or a German street written as one word (``wohne in der gartenstraße 3``)."""
_WORKPLACE_LOCATIVES = frozenset({"at", "from", "to"})
"""Locatives a company's name follows as often as a street's (``works at Avenue Capital``)."""
_NAMED_TYPE_GATE = re.compile(f" {_trie(_NAMED_TYPES)} ")
"""One of :data:`_NAMED_TYPES` between blanks: where :data:`_TYPED_AFTER_LOCATIVE` may match (one
scan that stops at the blanks, not one substring search of the text per street type)."""


def _frames(text: str, lower: str) -> Iterator[regex.Match[str]]:
    """Matches of the frames of residence, an address said, meeting and delivery, and of a named street after a locative,
    each searched only where its words may be (``lower``: ``text.lower()``)."""
    if " at " in lower:
        if (
            "resid" in lower
            or "live" in lower
            or "domicil" in lower
            or "m at " in lower
            or "re at " in lower
            or "staying" in lower
        ):
            yield from _RESIDING.finditer(text)
        if "ee you at" in lower or "eet" in lower or " up at" in lower:
            yield from _MEETING.finditer(text)  # see you at, meet me at, pick me up at
    if (
        "address is" in lower
        or "addy is" in lower
        or "se est" in lower
        or "ón es" in lower
        or "ço é" in lower
        or "zo è" in lower
    ):
        yield from _ADDRESS_IS.finditer(text)
    if _NAMED_TYPE_GATE.search(lower) is not None:  # "on rue de Rey", "on Calle Serrano"
        yield from _TYPED_AFTER_LOCATIVE.finditer(text)
        yield from _LOWER_NUMBERED_STREET.finditer(text)
    if " on " in lower and any(word in lower for word in _ON_GATE):
        yield from _ON_STREET.finditer(text)
    if " to " in lower:
        yield from _deliveries(text, lower)


_CORNER = regex.compile(
    r"(?i:\b(?:corner|intersection)[ ]of)[ ]"
    rf"(?P<first>(?:[NSEW]\.?[ ])?{_STREET_NAME_WORD}(?:[ ]{_STREET_NAME_WORD}){{0,3}})[ ](?:and|&)[ ]"
    rf"(?P<second>(?:[NSEW]\.?[ ])?{_STREET_NAME_WORD}(?:[ ]{_STREET_NAME_WORD}){{0,3}})(?![\p{{L}}\p{{M}}\d])"
)
"""Two streets that cross, with no house number: ``at the corner of 5th Ave and 42nd St``,
``the intersection of Main Street and Elm Street``."""


def _corners(text: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """The streets of :data:`_CORNER` whose last word is a street word (each on its own); or both
    of one or two words each, without one, where one of them is an ordinal (``the corner of 5th
    and Pine``; ``the corner of Python and Rust`` names no street)."""
    for m in _CORNER.finditer(text):
        parts = (m.group("first").split(), m.group("second").split())
        bare = all(len(part) <= 2 for part in parts) and any(w[0].isdigit() for part in parts for w in part)
        for group, part in zip(("first", "second"), parts, strict=True):
            start, end = m.span(group)
            typed = len(part) >= 2 and part[-1].lower().rstrip(".") in _STREET_WORDS
            if not typed and not bare:
                continue
            if any(lo < end and start < hi for lo, hi in found):
                continue
            found.append((start, end))
            yield start, end, "STREET_ADDRESS", STRONG_SCORE


def _deliveries(text: str, lower: str) -> Iterator[regex.Match[str]]:
    """Matches of :data:`_DELIVERED`, found from each `` to `` of the text back to its verb."""
    at = lower.find(" to ")
    while at >= 0:
        if not _DELIVERY_VERBS.isdisjoint(lower[max(0, at - 24) : at].split()[-3:]):  # the verb, without a regex
            verb = _DELIVERY_VERB_END.search(text, max(0, at - 24), at)
            m = _DELIVERED.match(text, verb.start()) if verb is not None else None
            if m is not None:
                yield m
        at = lower.find(" to ", at + 4)


_LOWER_THEN_NUMBER_GATES = (
    re.compile(
        r" (?:calle|rua|via|viale|avenida|rue|strada|corso|piazza|praça|travessa|plaza|paseo|carrer|ulica|ul\.) | c/"
    ),
    re.compile(r"(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer) \d"),
)
"""Where :data:`_LOWER_STREET_THEN_NUMBER` may match: one of these occurs in the lower-cased text
(one scan each, not a search of the pattern). Two patterns, not one alternation: the first opens
with a blank the engine skips ahead to, and either alone scans a text in a fraction of the time
their alternation takes (whose branches open with eight different characters)."""


def _may_have_lower_streets(lower: str) -> bool:
    """Whether :func:`_lower_streets` can find anything in a text (``lower``: its lower-cased form)."""
    return any(gate.search(lower) is not None for gate in _LOWER_THEN_NUMBER_GATES)


def _lower_streets(text: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """The streets of :data:`_LOWER_STREET_THEN_NUMBER` that overlap nothing found before."""
    for m in _LOWER_STREET_THEN_NUMBER.finditer(text):
        start, end = m.span("street") if m.group("street") is not None else m.span("compound")
        if not any(lo < end and start < hi for lo, hi in found):
            found.append((start, end))
            yield start, end, "STREET_ADDRESS", STRONG_SCORE


def _framed_streets(text: str, lower: str, found: list[tuple[int, int]], weak: list[tuple[int, int]]) -> Iterator[Hit]:
    """Streets in a frame (:func:`_frames`: where someone lives or meets, a named street after a
    locative) whose type the street pattern does not know (``7 Wheeler Tunnel``, ``4 Nguyen
    Cutting``) or that have no number (``chemin Roussel``): a house number or a street word, at
    most six words, opening with a capital, a digit or a street word; where people meet, a
    house number must be followed by a capitalised name (``see you at 5 PM`` is a time)."""
    for m in _frames(text, lower):
        start, end = m.span("street")
        if any(lo < end and start < hi and ((lo, hi) not in weak or m.re is _ADDRESS_IS) for lo, hi in found):
            continue  # (an address said is read whole by the street pattern, its postcode and town too)
        words = m.group("street").split()
        first = words[0].lower().rstrip(".")
        numbered = any(w[0].isdigit() for w in words)
        typed = any(w.lower().rstrip(".") in _STREET_WORDS for w in words)
        opens = words[0][0].isdigit() or words[0][0].isupper() or first in _STREET_WORDS
        if m.re is _MEETING and not (typed or _HOUSE_THEN_NAME.match(m.group("street"))):
            continue  # "see you at 5 PM", "meet at 2 Tuesday": a time, no house number and name, no street word
        if m.re is _RESIDING and m.group("live") is not None and not typed:
            continue  # "the stream goes live at 5 PM"
        if (
            m.re is _TYPED_AFTER_LOCATIVE
            and words[0][0].isupper()
            and text[m.start() : start - 1] in _WORKPLACE_LOCATIVES
        ):
            continue  # "He works at Boulevard Brewing": a capitalised type after "at" opens a company's name as often
        if m.re is _ON_STREET and (len(words) < 2 or words[-1].lower().rstrip(".") not in _STREET_WORDS):
            continue  # "the house on Elm Street" names a street; "the house on Tuesday", "seen on TV" do not
        if m.re is _DELIVERED and (
            not (typed or _HOUSE_THEN_NAME.match(m.group("street")) or _NAME_THEN_HOUSE.match(m.group("street")))
            or _city_after(text, end) is None
        ):
            continue  # "send it to Team 2 for review": a house number and a name, then a town
        negative = any(w.lower().rstrip(".") in _NEGATIVE_WORDS for w in words)  # "lives at Version 2.0"
        if len(words) <= 6 and opens and (numbered or typed) and not negative and not _YEAR_END.search(m.group()):
            found.append((start, end))
            yield start, end, "STREET_ADDRESS", STRONG_SCORE
            city = _city_after(text, end)
            if city is not None:
                yield city[0], city[1], "LOCATION", CITY_SCORE


def _aleja(m: regex.Match[str], text: str) -> bool:
    """``al. Azaliowa 64/63``: a capitalised name and a house number after ``al.``, no ``et`` before it."""
    name = m.end("street_word")
    while name < len(text) and text[name] in " \t":
        name += 1
    return (
        m.group("bare") is None
        and name < len(text)
        and text[name].isupper()
        and _ET.search(text, max(0, m.start() - 8), m.start()) is None
    )


def _city_after(text: str, end: int) -> tuple[int, int] | None:
    """The city named right after the street address ending at ``end`` (see :data:`_CITY_AFTER`),
    after a house number's dot too (``Kossuth utca 12. in Budapest``)."""
    if end < len(text) and text[end] == "." and text[end - 1].isdigit():
        end += 1
    return _city_of(_CITY_AFTER.match(text, end, min(len(text), end + 64)))


def _city_of(m: regex.Match[str] | None) -> tuple[int, int] | None:
    """The span of ``m``'s city, unless a word of it is a unit or a closing ("Fifth Floor", "Thanks")."""
    if m is None or any(word.lower().rstrip(".") in _NOT_CITY for word in m.group("city").split(" ")):
        return None
    return m.span("city")


_LOWER_WORDS = bytes(
    b + 32 if 65 <= b <= 90 else b if chr(b).isascii() and chr(b).isalnum() else 32 for b in range(256)
)
"""``bytes.translate`` table: ASCII lower-cased, every non-alphanumeric character a blank."""
_ZIP_LABEL_STARTS = re.compile(
    (
        r"[ ](?="
        + _trie(
            {
                (sep.join(regex.split(r"[\s_.\-]+", label.lower()))).translate(_BLANKS_STR)
                for label in data.ZIP_LABELS
                if label.isascii()
                for sep in (" ", "")
            }
        )
        + ")"
    ).encode("ascii")
)
"""A blank before a postcode label in that copy (``b" " + copy``), its separators blanks."""


def _no_zip_label(text: str) -> bool:
    """An ASCII ``text`` holds no postcode label where :data:`_ZIP_LABELS` finds words (after a
    non-alphanumeric character), so the ZIP_CODE rule, which needs one, finds nothing: known
    from one scan that skips from blank to blank, not one search per spelling."""
    return text.isascii() and _ZIP_LABEL_STARTS.search(b" " + text.encode("ascii").translate(_LOWER_WORDS)) is None


_WORD_TOKEN_TAIL = regex.compile(r"_[A-Z2-7]{6}(?![A-Za-z0-9])")
"""What follows ``Zip`` in one of Mask's readable tokens (``Zip_E7YZNL``)."""


def _token_labels(text: str, start: int, view: TextView) -> bool:
    """The nearest postcode label before ``start`` is the type word of a readable token, so a
    value after a token is not read as labelled (protecting protected text changes nothing)."""
    near = _ZIP_LABELS.distance(text, start, start, 20, True, view)
    if near is None:
        return False
    return _WORD_TOKEN_TAIL.match(text, start - near, start) is not None


def _town_after_code(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The town named right after a postcode that follows a comma or opens a line
    (``Pickup: 12 Roberts Mill, EC1A 1BB Taylorshire.``), as the continental order writes it."""
    if not (text[max(0, start - 2) : start] == ", " or start == 0 or text[start - 1] == "\n"):
        return None
    return _city_of(_TOWN_AFTER_CODE.match(text, end, min(len(text), end + 64)))


def address_detector(window: int) -> AddressDetector:
    return AddressDetector(window)
