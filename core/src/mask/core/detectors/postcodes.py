"""Postal codes that need no label: a whole UK postcode, and a code after a region code.

:mod:`.address` finds a postal code inside a street address, or alone right after a label
(``zip``, ``PLZ``). Two shapes say what they are without one:

- a UK postcode written whole, outward and inward part (``WC2B 6AN``, ``M1 1AE``), whose
  area is a UK postcode area (``London WC2B 6AN``), in lower case too in a text all in lower case
  (``manchester m14 5ap``);
- a US ZIP, a Canadian postal code or an Australian postcode after ``<place>, <region
  code>`` (``San Francisco, CA 94105``, ``Toronto, ON M5V 2T6``, ``Sydney, NSW 2000``);
- an Irish Eircode after its county or a Dublin district (``Co. Cork P31 X2K5``), or after an Irish
  county's or town's name (``Cork T12 X2Y3``);
- a Canadian postal code after a province's name (``Montréal (Québec) H2X 3K3``) or its code in
  brackets (``Montréal (QC) H2X 2N9``), an Indian PIN
  code after a large Indian city's name and a blank or a dash (``Mumbai 400021``, ``Hyderabad - 500016``),
  a six-digit code after Singapore, Moscow, Beijing and other large cities of six-digit countries;
- a continental postcode and its town after a locative preposition, ending the clause
  (``Abholung in 04109 Leipzig.``, ``em 1150-013 Lisboa``): see :func:`located_postcodes`;
- a Japanese postcode after Japan's postal mark (``\u3012530-0001``), which is its label.

All are ZIP_CODE. Both searches open with a literal (the engine skips ahead by it) and are linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..prescan import ZEROED_DIGITS
from .address_data import (
    AUSTRALIAN_CODE_DIGITS,
    CANADIAN_CODE_LETTERS,
    CANADIAN_PROVINCES,
    EIRCODE,
    INDIAN_PLACES,
    IRISH_PLACES,
    NEGATIVE_WORDS,
    REGION_CODES,
    ZIP_PREFIXES,
)
from .base import literal_trie

__all__ = [
    "REGION_ZIP_SCORE",
    "UK_AREAS",
    "UK_POSTCODE_SCORE",
    "framed_postcodes",
    "located_postcodes",
    "six_digits",
    "unlabelled_postcodes",
]

# fmt: off
UK_AREAS = (
    "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF", "CH", "CM",
    "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX",
    "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE",
    "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG",
    "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG",
    "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW",
    "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
)
# fmt: on
"""The 121 postcode areas of the United Kingdom, the Crown Dependencies' (``GY``, ``JE``, ``IM``)
and the non-geographic ``BF`` (forces) and ``BX``."""

_INWARD = re.compile(r" \d(?:[ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTV-Z]\d)(?![\w\-])(?![.,]\d)")
"""A space and an inward code: sector digit, two unit letters of the 20 the Royal Mail uses (or
a Canadian code's digit, letter, digit). Searched first: it opens with a literal, several times
faster than the outward code."""
_LOWER_INWARD = re.compile(r" \d[abd-hjlnp-uw-z]{2}(?![\w\-])(?![.,]\d)")
"""An inward code in lower case, read only in a text written all in lower case (a chat's)."""
_OUTWARD = re.compile(rf"{literal_trie(UK_AREAS)}\d[A-Z\d]?")
"""Area and district (``WC2B``, ``M1``, ``SW1A``): the word before an inward code."""
_REGION_POSTCODE = r"\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{4}"
"""A ZIP, a Canadian code or a 4-digit postcode after a region's code."""
_REGION_ZIP = re.compile(
    rf",[ ]{{0,2}}(?=[A-Z]{{2}}){literal_trie(REGION_CODES)}[ ]{{1,2}}({_REGION_POSTCODE})(?![\w\-])(?![.,]\d)"
)
"""``, CA 94105``: a region code after a comma, then a ZIP, a Canadian code or a 4-digit postcode."""
_TOWN_REGION_ZIP = re.compile(rf" (?P<region>[A-Z]{{2,3}})[ ]{{1,2}}(?P<code>{_REGION_POSTCODE})(?![\w\-])(?![.,]\d)")
"""`` WI 54956``, `` ON M5V 2T6``, `` VIC 3350``: two or three capitals and a postcode after a town's
name without a comma; :func:`_region_has` says whether they are a region's code and its postcode
(a pattern with the region codes' alternation tried it at every blank: 0.16 M instructions per
corpus document, 0.8% of a protect call)."""


def _region_has(region: str, code: str) -> bool:
    """``region`` is a US state's, a Canadian province's or an Australian state's code and
    ``code`` of the shape and range of its postcodes (``WI 54956``; not ``CA 12345``, ``IN 12345``)."""
    if region in ZIP_PREFIXES:
        prefix = int(code[:3]) if code[:5].isdigit() and len(code.split("-")[0]) == 5 else -1
        return any(lo <= prefix <= hi for lo, hi in ZIP_PREFIXES[region])
    if region in CANADIAN_CODE_LETTERS:
        return code[0] in CANADIAN_CODE_LETTERS[region] and not code[0].isdigit()
    return region in AUSTRALIAN_CODE_DIGITS and len(code) == 4 and code[0] in AUSTRALIAN_CODE_DIGITS[region]


_COUNTY_EIRCODE = re.compile(rf"Co(?:\.|unty)?[ ][A-Z][a-z]+,?(?:[ ]{{1,2}}|[ ]*\r?\n)({EIRCODE})(?![\w\-])")
_DUBLIN_EIRCODE = re.compile(rf"Dublin[ ](?:[1-9]|1[0-8]|2[024]|6W),?[ ]{{1,2}}(?=D)({EIRCODE})(?![\w\-])")
"""An Irish Eircode after its county (``Co. Cork P31 X2K5``, or on the next line of an address block:
``Bray, Co. Wicklow\nA98 K2T4``) or a Dublin district (``Dublin 2 D02 X285``).
Each opens with its literal (the engine skips ahead by it; a ``\b`` before it, or an alternation of
the two, made it try far more positions): the word start is checked on a match."""
_EIRCODE_AT = re.compile(rf"{EIRCODE}(?![\w\-])")
"""An Eircode's shape; what stands before it is checked on a match (a pattern that opens with its
character set lets the engine skip to such characters, one with a look-behind tries every
position: four times the time over the corpus)."""
_IRISH_PLACES = frozenset(IRISH_PLACES)
"""Irish counties and towns: an Eircode right after one (``Cork T12 X2Y3``) is a postcode."""
_CANADIAN_OUTWARD = re.compile(r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]")
_PROVINCE_BEFORE = re.compile(rf"(?<!\w){literal_trie(CANADIAN_PROVINCES)}\)?,?[ ]{{1,2}}$")
"""A Canadian postal code after a province's name (``Montréal (Québec) H2X 3K3``, ``Toronto, Ontario
M5V 2T6``): its inward part is found by the scan for a UK postcode's, its outward part and the
name before it are read on a match."""
_PROVINCE_CODE_BEFORE = re.compile(r"\((?P<code>[A-Z]{2})\),?[ ]{1,2}$")
"""A Canadian province's code in brackets before a postal code (``Montréal (QC) H2X 2N9``)."""


def _province_code_before(text: str, at: int) -> bool:
    """A Canadian province's code in brackets ends right before the postal code at ``at`` and
    its codes open with the code's first letter (``(QC) H2X``; not ``(ON) H2X``)."""
    m = _PROVINCE_CODE_BEFORE.search(text, max(0, at - 8), at)
    return m is not None and text[at] in CANADIAN_CODE_LETTERS.get(m.group("code"), "")


_SIX_DIGITS_ALONE = regex.compile(r"(?<![\w-])[0-9]{6}(?![\w-])")
"""Six digits on their own: a PIN code or another six-digit country's postcode."""
_SIX_ZEROS = re.compile(rb"000000(?![0-9A-Za-z_\-])")
""":data:`_SIX_DIGITS_ALONE` but its look-behind, in an ASCII text's copy whose digits are all
``0``: the engine skips ahead to the literal (a scan of the text itself, or a pattern opening with
the look-behind, paid for every position)."""
_NOT_BEFORE_SIX = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")


def six_digits(text: str) -> Iterator[tuple[int, int]]:
    """Where six digits stand on their own (:data:`_SIX_DIGITS_ALONE`, a leading 0 allowed)."""
    if not text.isascii():
        yield from (m.span() for m in _SIX_DIGITS_ALONE.finditer(text))
        return
    copy = text.encode("ascii").translate(ZEROED_DIGITS)
    for m in _SIX_ZEROS.finditer(copy):
        start = m.start()
        if not start or copy[start - 1] not in _NOT_BEFORE_SIX:
            yield start, m.end()


_SIX_DIGIT_CITIES = (
    "Singapore", "Moscow", "Moskva", "Saint Petersburg", "Beijing", "Shanghai", "Guangzhou", "Shenzhen",
    "Almaty", "Astana", "Tashkent", "Minsk", "Bucharest", "București", "Hanoi", "Ho Chi Minh City",
)  # fmt: skip
"""Large cities of other countries whose postcodes have six digits (``Singapore 560123``,
``Moskva 125009``, ``Beijing 100027``)."""
_CITY_BEFORE = re.compile(rf"(?<!\w){literal_trie((*INDIAN_PLACES, *_SIX_DIGIT_CITIES))}$")
"""A six-digit postcode after a large Indian city's name (a PIN) or another six-digit country's,
and a blank or a dash (``Mumbai 400021``, ``Hyderabad - 500016``, ``Singapore 560123``): six
digits open the search, the name before is read on a match."""
_POSTAL_MARK = re.compile(r"\u3012[ ]?([0-9]{3}-[0-9]{4})(?![0-9])")
"""Japan's postal mark and a postcode after it, a blank between or none (``\u3012530-0001``): the
mark says what the code is wherever it stands (on a line of its own, before the address or after
it). Full-width digits, dashes and blanks are read in the normalized text, as ASCII."""
_NEGATIVE_NEAR = re.compile(rf"(?i)(?<![\w]){literal_trie(NEGATIVE_WORDS)}(?![\w])")
_NEGATIVE_REACH = 48
"""How far before a PIN after a blank a word that says no address (``Order``, ``Invoice``) is read."""
_NAME_REACH = 32
"""How far before a code its province's or city's name may start."""
UK_POSTCODE_SCORE = 0.8
REGION_ZIP_SCORE = 0.85


def unlabelled_postcodes(text: str) -> Iterator[tuple[int, int, float]]:
    """``(start, end, score)`` of each UK postcode, each code after ``<place>, <region>``, each
    Eircode after an Irish county and each Japanese code after its postal mark."""
    if "\u3012" in text:  # a Japanese text may hold no blank
        for m in _POSTAL_MARK.finditer(text):
            yield m.start(1), m.end(1), REGION_ZIP_SCORE
    if " " not in text:
        return
    for m in _INWARD.finditer(text):
        space = m.start()
        if text[space + 3].isdigit():  # Canadian: H2X 3K3 after a province's name
            at = space - 3
            if (
                at >= 0
                and _CANADIAN_OUTWARD.match(text, at)
                and (not at or not (text[at - 1].isalnum() or text[at - 1] in "_-"))
                and (
                    _PROVINCE_BEFORE.search(text, max(0, at - _NAME_REACH), at) is not None
                    or _province_code_before(text, at)
                )
            ):
                yield at, m.end(), REGION_ZIP_SCORE
            continue
        start = _outward_start(text, space)
        if start is not None and _OUTWARD.fullmatch(text, start, space):
            yield start, m.end(), UK_POSTCODE_SCORE
    if text.islower():  # a message written all in lower case: "5 victoria rd, manchester m14 5ap"
        for m in _LOWER_INWARD.finditer(text):
            start = _outward_start(text, m.start())
            if start is not None and _OUTWARD.fullmatch(text[start : m.start()].upper()):
                yield start, m.end(), UK_POSTCODE_SCORE
    irish: list[int] = []
    for needle, pattern in (("Co", _COUNTY_EIRCODE), ("Dublin", _DUBLIN_EIRCODE)):
        if needle in text:
            for m in pattern.finditer(text):
                if not m.start() or not text[m.start() - 1].isalnum():  # "Taco Tuesday": no county word
                    irish.append(m.start(1))
                    yield m.start(1), m.end(1), REGION_ZIP_SCORE
    for at, end in _eircodes(text):
        if at not in irish and _irish_place_before(text, at):
            yield at, end, REGION_ZIP_SCORE
    for code, end in six_digits(text):
        if text[code] in "09" or (text[end : end + 1] in (".", ",") and text[end + 1 : end + 2].isdigit()):
            continue  # a postcode opens with 1-8; "400021.5" is an amount
        at = code - (3 if text.endswith(" - ", 0, code) else 1)
        if text[at : at + 1] == " " and _CITY_BEFORE.search(text, max(0, at - _NAME_REACH), at) is not None:
            if at == code - 1 and _NEGATIVE_NEAR.search(text, max(0, at - _NEGATIVE_REACH), at) is not None:
                continue  # "Order 12, Main Menu, Sector 7, Pune 411001": a count, not a PIN, after a blank
            yield code, end, REGION_ZIP_SCORE
    for m in _TOWN_REGION_ZIP.finditer(text):
        word = m.start()
        while word > 0 and text[word - 1].isalpha():
            word -= 1
        if (
            m.start() - word >= 2
            and text[word].isupper()
            and text[word + 1 : m.start()].islower()
            and (not word or not (text[word - 1].isalnum() or text[word - 1] in "_-./"))
            and text[word : m.start()].lower() not in NEGATIVE_WORDS  # "Order CA 94105 shipped"
            and _region_has(m.group("region"), m.group("code"))
        ):
            yield m.start("code"), m.end("code"), REGION_ZIP_SCORE  # "Neenah WI 54956"
    if "," in text:
        for m in _REGION_ZIP.finditer(text):
            before = m.start() - 1
            if before > 0 and text[before] == " ":
                before -= 1  # "Albany , NY 12207"
            if before >= 0 and (text[before].isalpha() or text[before] == "."):
                yield m.start(1), m.end(1), REGION_ZIP_SCORE


def _outward_start(text: str, space: int) -> int | None:
    """Where the word before the inward code's blank at ``space`` starts (at most four letters and
    digits back), or None when it is part of a longer word or identifier."""
    start = space
    while start > max(0, space - 4) and text[start - 1].isascii() and text[start - 1].isalnum():
        start -= 1
    if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return None
    return start


def _irish_place_before(text: str, at: int) -> bool:
    """An Irish county or town ends right before ``at`` (a blank, and a comma, between), or ends the
    line before (an address block's last lines: ``Moycullen, Co. Galway`` / ``H91 X2C8``)."""
    end = at
    if text[end - 1 : end] == "\n":
        end -= 2 if text[end - 2 : end - 1] == "\r" else 1
        while end > 0 and text[end - 1] in " \t,":
            end -= 1
    else:
        while end > 0 and text[end - 1] == " " and at - end < 2:
            end -= 1
        if end > 0 and text[end - 1] == ",":
            end -= 1
    if end == at:
        return False
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    return text[start:end] in _IRISH_PLACES


def _eircodes(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each Eircode-shaped word of ``text``."""
    for m in _EIRCODE_AT.finditer(text):
        at = m.start()
        if not at or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            yield m.span()


_CONTINENTAL_CODE = r"0[1-9][0-9]{3}|[1-9][0-9]{2}(?!00)[0-9]{2}|[0-9]{4}-[0-9]{3}"
"""Five digits (Germany, France, Spain, Italy; not a round number, ``12300``) or Portugal's ``NNNN-NNN``."""
_TOWN_AFTER = r"[ ](?P<town>[^\W\d_][^\W\d_'\-]{1,30}(?:[ \-][^\W\d_][^\W\d_'\-]{1,30}){0,2}?)"
"""A blank and a town of up to three words after a postcode."""


def _capitalised(town: str) -> bool:
    """Every word of ``town`` opens with a capital and is not all capitals (``Leipzig``, ``Saint-Denis``)."""
    return all(word[:1].isupper() and not word.isupper() for word in town.replace("-", " ").split())


_LOCATED_CODE = re.compile(
    rf"(?<![\w\-/.,])(?P<code>{_CONTINENTAL_CODE}|[0-9]{{2}}-[0-9]{{3}})(?![\w\-/])"
    rf"{_TOWN_AFTER}(?=[ \t]*(?:[.,;:!?)\r\n]|$))"
)
"""A continental postcode and the words of a town that end the clause after it: five digits (Germany,
France, Spain, Italy; not a round number, ``12300``), Portugal's ``NNNN-NNN`` and Poland's ``NN-NNN``.
Digits open the pattern, so the engine skips ahead to them; the town's capitals and the
preposition before are read on a match."""
_LOCATIVES = frozenset({"in", "im", "\u00e0", "a", "en", "em", "w", "we", "te"})
"""Prepositions that say where before a postcode and its town (``in``, ``\u00e0``, ``en``, ``em``, ``w``,
``te``): a place's postcode, not an amount or a count."""


def located_postcodes(text: str) -> Iterator[tuple[int, int, int, int]]:
    """``(code start, code end, town start, town end)`` of each continental postcode after a locative
    preposition with a capitalised town after it that ends the clause (``Abholung in 04109
    Leipzig.``, ``w 31-019 Krak\u00f3w,``): prose names a place by its postcode and town without a
    street."""
    if " " not in text:
        return
    for m in _LOCATED_CODE.finditer(text):
        start = m.start()
        before = text[max(0, start - 4) : start - 1].rsplit(None, 1)[-1:] if text[start - 1 : start] == " " else []
        if not before or before[0].lower() not in _LOCATIVES:
            continue
        word_start = start - 1 - len(before[0])
        if word_start and text[word_start - 1].isalnum():
            continue
        if _capitalised(m.group("town")):
            yield start, m.end("code"), m.start("town"), m.end("town")


_FRAMED_CODE = re.compile(rf"(?P<code>{_CONTINENTAL_CODE}){_TOWN_AFTER}(?=[ ][\-\u2014\u2013\u00b7\u2022][ ])")
"""A continental postcode and its town before a footer's separator (``Gîte Les Trois Chênes — 24250
Domme — Tél. ...``; the normalized text writes its dashes as ``-``): a dash or a dot between blanks
before it and after it, as a business's or a sender's footer frames a place. Matched right after
each separator :func:`framed_postcodes` finds."""
_FRAMES = (" - ", " \u2014 ", " \u2013 ", " \u00b7 ", " \u2022 ")
_NOT_TOWNS = frozenset({"euro", "euros", "eur", "dollar", "dollars", "usd", "total", "units", "items", "stück"})
"""Words after a number that make it an amount or a count, not a postcode and its town."""


def framed_postcodes(text: str) -> Iterator[tuple[int, int, int, int]]:
    """``(code start, code end, town start, town end)`` of each postcode and capitalised town framed
    by a footer's separators (:data:`_FRAMED_CODE`)."""
    for mark in _FRAMES:
        at = text.find(mark)
        while at >= 0:
            after = at + len(mark)
            if after < len(text) and text[after].isdigit():
                m = _FRAMED_CODE.match(text, after)
                if m is not None and m.group("town").lower() not in _NOT_TOWNS and _capitalised(m.group("town")):
                    yield m.start("code"), m.end("code"), m.start("town"), m.end("town")
            at = text.find(mark, after - 1)
