"""Loose but real shapes of labelled values: what a value under a label must look like.

A labelled value is protected when its shape fits its type, whatever a checksum, a range
table or a validity check says (DESIGN invariant 8). :func:`extract` finds the value at
the start of a candidate region: the whole region when ``whole`` (a field's value) allows
it, else the leading part that has the type's shape and ends at a boundary. Every pattern
is anchored and bounded: linear time.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .address_data import ABBREVIATED_TYPES, COMPOUND_SUFFIXES, LEADING_TYPES
from .base import literal_trie
from .dates import MONTH_NAMES
from .label_words import (
    CLOUD_REGION_AREAS,
    CLOUD_REGION_POINTS,
    LABELS,
    NOT_IN_LOWER_NAMES,
    PERSON_STOP_WORDS,
    PLACEHOLDER_WORDS,
    SALES_REGIONS,
    SERVICE_ACCOUNTS,
    SERVICE_LOGIN_WORDS,
    STOP_VALUES,
    VIRTUAL_VENUES,
)
from .shared import UNSPACED_LETTERS
from .validators import is_iban

__all__ = ["DATE_ARTICLES", "SPOKEN_LEAD", "extract", "extract_typed", "house_number", "name_in_any_case"]

Extent = tuple[int, int]

_END = rf"(?!(?![{UNSPACED_LETTERS}])[\p{{L}}\p{{N}}])"
"""No letter or digit follows (but a word of a script written without blanks may: ``090-1234-5678です``)."""
_PHONE = regex.compile(
    r"(?P<num>(?:\+|00)?[ ]?\(?[0-9](?:(?:[0-9 ().\-/]|\+(?=[0-9])){0,24}[0-9])?\)?)"
    r"(?:[ ]{0,2}(?:ext\.?|extension|x|\#|poste|durchwahl|dw\.?)[ ]{0,2}[0-9]{1,6})?" + _END,
    regex.IGNORECASE,
)
_CARD = regex.compile(r"[0-9](?:[ \-]?[0-9]){11,18}" + _END)
_SSN = regex.compile(r"[0-9]{3}([ .\-]?)[0-9]{2}\1[0-9]{4}" + _END)
_MASKED_SSN = regex.compile(r"([*xX#\u2022])\1{2}([ .\-]?)\1{2}\2[0-9]{4}" + _END)
"""An SSN whose first five digits a report has masked, its last four left (``***-**-5519``,
``XXX-XX-3318``): under an SSN's label those four are still the person's."""
_SECRET_CODE = regex.compile(r"[0-9]{3,8}" + _END)
"""A security code, a PIN or a one-time code: three to eight digits."""
_ROUTING = regex.compile(r"(?:[0-9]{9}|[0-9]{4}-[0-9]{4}-[0-9]|[0-9]{3}([ \-])[0-9]{3}\1[0-9]{3})" + _END)
_BANK_CODE = regex.compile(
    r"(?:[A-Z]{4}0[A-Z0-9]{6}"  # India's IFSC: SBIN0001234
    r"|[0-9]{2,8}(?:[ \-][0-9]{1,5}){0,2}(?:-[0-9Xx])?"  # 20-00-00, 062-000, 12345-003, 370 400 44, 1234-5
    r"|04[0-9]{7})" + _END  # Russia's BIK (БИК: 044525225)
)
"""A bank or branch code: a UK sort code, an Australian BSB, a Canadian transit and institution
number, a German BLZ, a Brazilian agência with its check digit, an Indian IFSC, a Russian BIK."""
_SWIFT = regex.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?" + _END)
"""A SWIFT/BIC (ISO 9362): bank, country, location and an optional branch."""
_GROUPED = r"[A-Za-z0-9]{{1,{n}}}(?:[\- ](?=[A-Za-z]{{0,3}}[0-9])[A-Za-z0-9]{{1,{n}}}){{0,5}}"
_ACCOUNT = regex.compile(_GROUPED.format(n=17) + _END)
_LONG_ACCOUNT = regex.compile(r"[A-Za-z0-9]{18,30}" + _END)
"""An account number of 18 to 30 letters and digits in one piece, a BBAN (``RZKI05810758647031``)."""
_LONG_GROUPED_ACCOUNT = regex.compile(r"[0-9]{2,12}(?:[\- ][0-9]{2,12}){1,6}[\- ][0-9]{1,12}" + _END)
"""An account number of 18 to 30 digits in groups (a Chinese bank card's 19: ``6222 0212 3456 7890 123``,
a French RIB's bank, branch, account and key: ``30004 00550 00123456789 12``, a Mexican CLABE's bank,
branch, account and check digit: ``002 180 70012345678 9``)."""
_LICENSE = regex.compile(_GROUPED.format(n=16) + _END)
_WA_LICENSE = regex.compile(r"WDL[A-Z0-9*]{9}" + _END, regex.IGNORECASE)
"""Washington's older licences: ``WDL`` and nine letters, digits or ``*`` (maybe no digit)."""
_PASSPORT = regex.compile(r"[A-Za-z0-9]{6,9}" + _END)
_GROUPED_PASSPORT = regex.compile(r"[0-9]{2,4}(?:[ ][0-9]{2,7}){1,2}" + _END)
"""A passport number written in groups of digits: Russia's series and number, ``44 97 869073``."""
_SERIES_PASSPORT = regex.compile(
    r"(?:(?i:\u0441\u0435\u0440\u0438\u044f|\u0441\u0435\u0440\u0456\u044f)[ ]{1,2})?"
    r"(?P<id>[0-9]{2}[ ]?[0-9]{2}[ ]{0,2}(?:\u2116|N|No\.?|(?i:\u043d\u043e\u043c\u0435\u0440))[ ]?[0-9]{6})" + _END
)
"""A Russian passport's series and number, maybe after the word for series, the number sign
between them (``\u0441\u0435\u0440\u0438\u044f 45 08 \u2116 612394``): the value is from the series."""


def _series_passport(body: str, whole: bool) -> Extent | None:
    m = _SERIES_PASSPORT.match(body)
    return None if m is None else m.span("id")


_IBAN = regex.compile(r"[A-Za-z]{2}[0-9]{2}(?:[ \-]?[A-Za-z0-9]){11,30}" + _END)
_EMAIL = regex.compile(r"[\w.+\-']{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}" + _END)
_NHS = regex.compile(r"[0-9]{3}([ \-]?)[0-9]{3}\1[0-9]{4}" + _END)
_NINO = regex.compile(r"[A-Za-z]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[A-Za-z]?" + _END)
_DNI = regex.compile(r"[0-9]{8}[ \-]?[A-Za-z]" + _END)
_NIE = regex.compile(r"[XYZxyz][ \-]?[0-9]{7}[ \-]?[A-Za-z]" + _END)
_FISCAL_CODE = regex.compile(
    r"[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]"
    + _END
)
_AADHAAR = regex.compile(r"[0-9]{4}([ \-]?)[0-9]{4}\1[0-9]{4}" + _END)
_PAN = regex.compile(r"[A-Za-z]{5}[0-9]{4}[A-Za-z]" + _END)
_PESEL = regex.compile(r"[0-9]{11}" + _END)
_IDENTIFIER = regex.compile(
    r"[A-Za-z0-9\p{Lu}]{1,20}(?:[ .\-/](?=[A-Za-z\p{Lu}]{0,3}[0-9]|\p{Lu}(?!\p{Ll}))[A-Za-z0-9\p{Lu}]{1,20}){0,7}"
    r"(?:\([0-9A-Z]\))?" + _END
)
"""An identifier of any kind (``123.456.789-09``, ``1 85 05 78 006 084 36``, ``12 150485 M 123``,
``MRN-00482913``, Hong Kong's ``A123456(7)`` with its check digit in brackets):
groups of letters and digits; a group after a blank starts with a digit within four characters,
or is one capital letter, so the value stops before the next word. Capitals of any alphabet count
(a Greek plate ``\u039d\u0399\u039a-4821``, a Turkish customer's ``M\u015e-00482716``)."""
_KEYED_IDENTIFIER = regex.compile(
    r"[A-Za-z0-9\p{Lu}]{1,20}(?:(?:[ .\-/]|_(?=[A-Za-z0-9]))(?=[A-Za-z\p{Lu}]{0,3}[0-9]|\p{Lu}(?!\p{Ll}))"
    r"[A-Za-z0-9\p{Lu}]{1,20}){0,7}" + _END
)
""":data:`_IDENTIFIER`, and a system's id whose groups an underscore joins (``u_201884``, ``usr_0f9a21``,
``cus_88213``): a person's number with a company, as a payload writes it."""
_HANGUL_PLATE = regex.compile(r"(?:\p{Hangul}{2}[ ]?)?[0-9]{2,3}[ ]?\p{Hangul}[ ]?[0-9]{4}" + _END)
"""A Korean plate: maybe its region, two or three digits, a Hangul syllable, four digits (``38\ub098 7412``)."""
_MONTH = r"\p{L}{3,12}\.?"
_MONTH_NAME = rf"(?:{literal_trie(MONTH_NAMES)})\.?(?![\p{{L}}])"
"""A month's name or abbreviation (``March``, ``mar.``, ``März``): a date without its year needs one."""
_DATE = regex.compile(
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"|[0-9]{1,4}[./\-][0-9]{1,2}[./\-][0-9]{1,4}"
    r"|[0-9]{1,2}\.[ ][0-9]{1,2}\.[ ]?(?:[0-9]{4}|[0-9]{2})"  # Czech and Slovak: 14. 7. 1979
    r"|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"  # 19620714: HL7's and many exports' compact date
    r"|(?:19|20)[0-9]{2},[ ](?:1[0-2]|0?[1-9]),[ ](?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"  # datetime.date(1984, 5, 19)
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th|er|º|\.)?[ ]+(?:of[ ]+|de[ ]+)?{_MONTH}(?:[ ]+de)?,?[ ]+[0-9]{{2,4}}"
    rf"|[0-9]{{1,2}}-{_MONTH}-[0-9]{{2,4}}|[0-9]{{1,2}}/{_MONTH}/[0-9]{{2,4}}"
    rf"|{_MONTH}[ ]+[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ ]+[0-9]{{2,4}}"
    r"|[0-9]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[0-9]{4}|[0-9]{2})"
    r"|[0-9]{4}[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?[日号]"  # Chinese and Japanese: 1985年4月12日
    r"|[0-9]{4}[ ]?년[ ]?[0-9]{1,2}[ ]?월[ ]?[0-9]{1,2}[ ]?일"  # Korean: 1990년 1월 1일
    # a year of an era: Taiwan's Republic (民國80年3月9日), Japan's (平成4年8月14日, 令和元年)
    r"|(?:民[國国]|中華民國|平成|昭和|令和|大正)[ ]?(?:[0-9]{1,3}|元)[ ]?年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日"
    # a birthday without its year (a month's own name), a birth year alone (the labels of this
    # shape are a birth's)
    rf"|{_MONTH_NAME}[ ]+[0-9]{{1,2}}(?:st|nd|rd|th)?|[0-9]{{1,2}}(?:st|nd|rd|th|\.)?[ ]+(?:of[ ]+|de[ ]+)?{_MONTH_NAME}"
    r"|(?:19|20)[0-9]{2})" + _END,
    regex.IGNORECASE,
)
_NUMERIC_DATE = regex.compile(
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./\-][0-9]{1,2}[./\-](?:[0-9]{4}|[0-9]{2}))" + _END
)
"""A date in digits only, day or month first, or ISO's (after a place: :func:`_date`)."""
_ZIP = regex.compile(
    r"(?:[A-Z]{1,2}[\- ]|\u3012[ ]?)?"  # a country's letters (D-, F-), Japan's postal mark (〒)
    r"(?:[0-9]{5}(?:[\- ][0-9]{3,4})?|[0-9]{4}-[0-9]{3}|[0-9]{4}(?:[ ]?[A-Z]{2})?|[0-9]{6}|[0-9]{3}-[0-9]{4}"
    r"|[0-9]{2}-[0-9]{3}|[0-9]{3}[ ][0-9]{2}|[A-Z][0-9][A-Z][ \-]?[0-9][A-Z][0-9]"
    r"|[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}"
    r"|(?=(?:[A-Z]*[0-9]){2})[A-Z0-9]{3,5}(?:[ \-]?[A-Z0-9]{1,5})?)" + _END,
    regex.IGNORECASE,
)
_WORD = (
    r"(?:(?:Sig|Dott|Prof|Avv|Ing|Arch|Rag)\.(?:ra|na|ssa)(?![\p{L}\p{M}])"
    r"|(?=\p{Lu}\.?\p{Ll}|\p{Lu}\.-?\p{Lu}\p{Ll})\p{Lu}\p{Ll}{0,4}\.-?\p{Lu}\p{Ll}{0,4}(?:\.-?\p{Lu}\p{Ll}{0,4})?\.?(?![\p{L}\p{M}])"
    r"|(?!(?:U\.S|U\.K|E\.U|U\.N|D\.C|N\.Y|L\.A|A\.M|P\.M|E\.G|I\.E)\.(?![-\p{Lu}]))"
    r"\p{Lu}\.(?:-?\p{Lu}\.){1,2}(?![\p{L}\p{M}])"  # stacked initials: J.P., J.-P. (not U.S., e.g.)
    r"|(?:'s-)?[\p{L}\p{M}][\p{L}\p{M}'\u2019\-]{0,40}\.?)"
)
"""A word of a name, or a title or degree written with inner dots (``Univ.Prof.``, ``Dipl.-Ing.``,
``B.Eng.``: short capitalised pieces with a lower-case letter in the first two, so
``Newtonsoft.Json``, ``file.txt`` or ``U.S.`` is none; Italian ``Sig.ra``, ``Dott.ssa`` by name,
as ``Node.js`` has the same shape), or stacked initials (``J.P. van der Berg``, ``J.-P. Dubois``;
not ``U.S.``, ``e.g.`` and the like)."""
_PERSON = regex.compile(rf"{_WORD}(?:[ ]{{1,2}}{_WORD}){{0,5}}")
_PERSON_COMMA = regex.compile(rf"{_WORD}(?:[ ]{_WORD}){{0,2}},[ ]?{_WORD}(?:[ ]{_WORD}){{0,3}}")
_LAST_FIRST = regex.compile(
    rf"(?:(?:van|von|de|der|den|da|do|dos|das|del|della|di|du|la|le|ten|ter)[ ]){{0,3}}{_WORD},[ ]{_WORD}"
    r"(?:[ ]\p{Lu}\.?(?![\p{L}\p{M}]))?"
)
"""A family name (maybe after its particles), a comma and a given name, maybe with an initial:
``Brennan, Valerie``, ``van den Berg, Isabelle``, ``de la Cruz, Itzel``, ``Hernandez, Maria L.``
(not a second name: ``To: Anna, Jose Garcia`` names two people)."""
_CAPITAL_DEGREE = regex.compile(r"(?<=\p{Ll})[ ,]{1,2}(?:[A-Z]\.){2,3}(?=[ \t]*$)")
"""A degree in capitals with a dot after each that ends a name (``B.A.``, ``M.D.``, ``D.D.S.``)."""
_NAME_SENTENCE_END = regex.compile(r"(?<=[\p{L}\p{M}]{3}\.)[ ]{1,2}(?=\p{Lu})")
"""After a name's second word or later: a word of three or more letters, its dot, a blank and a capital."""
_PLACE = regex.compile(rf"{_WORD}(?:[ ]{{1,2}}(?:&[ ])?{_WORD}){{0,5}}(?:[ ]\(\p{{Lu}}{{2}}\))?")
"""Place-name words, maybe joined by ``&`` (``Sangli-Miraj & Kupwad``), maybe with a canton or
province code in brackets (``Corpataux (UR)``, ``Certosa di Pavia (PV)``)."""
_PLACE_COMMA = regex.compile(rf"{_WORD}(?:[ ]{_WORD}){{0,4}}(?:,[ ]?{_WORD}(?:[ ]{_WORD}){{0,4}}){{1,2}}")
_ORG_WORD = r"[\p{L}\p{N}&][\p{L}\p{M}\p{N}&'\u2019.\-]{0,40}(?:/\p{Lu}{1,2}(?!\p{L}))?"
"""A word of a company's name; a slash joins one or two capitals to it, as legal forms write
(``A/S``, ``S/A``, ``I/S``)."""
_ORG_FORM = r"(?:\((?:(?![A-Za-z])[\p{L}\p{M}]){1,4}\)[ ]?)?"
"""A legal form in brackets before the name, in a script other than Latin: ``(주) 글로벌``, ``(株) ...``."""
_ORG = regex.compile(rf"{_ORG_FORM}{_ORG_WORD}(?:,?[ ]{{1,2}}{_ORG_WORD}){{0,7}}")
_ORG_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "di", "da", "del", "della", "do", "dos", "la", "le", "les", "het", "zu"}
)
"""Lower-case words a company name may start with (one or two), before a capitalised one
(``de Marduras & Hoogers``, ``van den Brand Groep``)."""
_BOUNDARY = regex.compile(r"[ \t]*(?:$|[\r\n,;(<|\[\"'\u060c\u3001\uff0c]|/(?![0-9])|[ \t]-[ \t]|[ \t]{2})")
"""What may follow a value: the end, a separator (the Arabic, ideographic and full-width commas
too), a bracket, a blank dash or two blanks; a slash but not before a digit (``Mozilla/5.0`` is a
product and its version)."""
_LETTER = regex.compile(r"\p{L}")
_NUMBER = regex.compile(r"(?<!\p{L})\d")
"""A number (a house or flat number, a postcode), not a digit inside a word (``IPv4``)."""
_UPPER_START = regex.compile(r"(?:^|[ ,\-'])(?:\p{Lu}|\p{Lt}|\p{Lo})")
_LINKISH = regex.compile(r"@|://|www\.|\{|\}|<|>|=")
_TRIM = " \t\r\n\"'`,;:.\u060c\u3001\uff0c"  # also the Arabic, ideographic and full-width commas


_ELIDED = regex.compile(r"(?:\.{3}|\u2026)(?![\p{L}\p{N}])")
"""A value elided, as documentation writes a stand-in (``local_address=...``, ``name: …``): no
value at all (``...4821``, a number's last digits, is one)."""


def extract(
    etype: str, value: str, whole: bool, shape: Callable[[str, bool], Extent | None] | None = None
) -> Extent | None:
    """The extent of a ``etype`` value at the start of ``value`` (after blanks), or None.

    ``whole``: ``value`` is a field's entire value (``"Smith, John"`` is one name there);
    otherwise it is the rest of a labelled line.
    """
    start = len(value) - len(value.lstrip(" \t\"'"))
    if value.startswith("'s-", start - 1):
        start -= 1  # 's-Graveland, 's-Hertogenbosch: the apostrophe belongs to the name
    body = value[start:]
    if not body or len(body) > 300 or _ELIDED.match(body) is not None:
        return None
    shape = shape or _SHAPES.get(etype)
    if shape is None:
        return None
    found = shape(body, whole)
    if found is None:
        return None
    lo, hi = found
    piece = body[lo:hi]
    piece_trimmed = piece.rstrip(_TRIM)
    hi = lo + len(piece_trimmed)
    if hi <= lo or piece_trimmed.casefold() in STOP_VALUES:
        return None
    return start + lo, start + hi


def extract_typed(etype: str, value: str, whole: bool) -> tuple[str, Extent] | None:
    """Like :func:`extract`, trying the label's own type first and then :data:`ALSO_FITS`;
    returns the type that fitted with its extent."""
    found = extract(etype, value, whole)
    if found is not None:
        return etype, found
    for other, shape in ALSO_FITS.get(etype, ()):
        found = extract(other, value, whole, shape)
        if found is not None:
            return other, found
    return None


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _digits(text: str) -> int:
    """How many characters of ``text`` are digits (``str.isdigit``); in ASCII text those are
    ``0``-``9``, counted as the length they take away (no loop over the characters)."""
    if text.isascii():
        return len(text) - len(text.translate(_NO_DIGITS))
    return sum(ch.isdigit() for ch in text)


def _numeric(pattern: regex.Pattern[str], low: int, high: int) -> Callable[[str, bool], Extent | None]:
    def shape(body: str, whole: bool) -> Extent | None:
        m = pattern.match(body)
        if m is None or not low <= _digits(m.group()) <= high:
            return None
        return m.span()

    return shape


def _phone(body: str, whole: bool) -> Extent | None:
    m = _PHONE.match(body)
    if m is None or not 7 <= _digits(m.group("num")) <= 15:
        return None
    text = m.group()
    if text.endswith(")") and text.count(")") > text.count("("):
        return 0, len(text.rstrip(")"))  # (mobile +1 415-867-5309)
    return m.span()


def _alnum(pattern: regex.Pattern[str], low: int, high: int, min_digits: int) -> Callable[[str, bool], Extent | None]:
    def shape(body: str, whole: bool) -> Extent | None:
        m = pattern.match(body)
        if m is None:
            return None
        text = m.group()
        count = sum(ch.isalnum() for ch in text)
        if not low <= count <= high or _digits(text) < min_digits:
            return None
        return m.span()

    return shape


def _either(*shapes: Callable[[str, bool], Extent | None]) -> Callable[[str, bool], Extent | None]:
    def shape(body: str, whole: bool) -> Extent | None:
        for candidate in shapes:
            extent = candidate(body, whole)
            if extent is not None:
                return extent
        return None

    return shape


def _iban(body: str, whole: bool) -> Extent | None:
    """An IBAN, at most as long as its country's: the words after it are no part of it
    (``IBAN DE89 3704 0044 0532 0130 00 and ship today``)."""
    m = _IBAN.match(body)
    if m is None or not 15 <= sum(ch.isalnum() for ch in m.group()) <= 34:
        return None
    from .validators import iban_length  # python-stdnum's registry, loaded with the first IBAN

    length = iban_length(body[:2].upper())
    if length is not None:
        seen = 0
        for i in range(m.end()):
            if body[i].isalnum():
                seen += 1
                if seen == length:
                    return 0, i + 1
        return m.span()
    text = m.group()  # a country the registry does not know: no trailing group of letters only
    while " " in text and text.rsplit(" ", 1)[1].isalpha():
        text = text.rsplit(" ", 1)[0]
    return (0, len(text)) if sum(ch.isalnum() for ch in text) >= 15 else None


def _plain(pattern: regex.Pattern[str]) -> Callable[[str, bool], Extent | None]:
    def shape(body: str, whole: bool) -> Extent | None:
        m = pattern.match(body)
        return m.span() if m is not None else None

    return shape


def _at_boundary(body: str, end: int, whole: bool) -> bool:
    if whole and not body[end:].strip(_TRIM):
        return True
    return _BOUNDARY.match(body, end) is not None


_LOWER_VALUE = regex.compile(r"\p{Ll}[\p{Ll}\p{M}'\u2019.\-]+(?:[ ]\p{Ll}[\p{Ll}\p{M}'\u2019.\-]*){1,3}")
"""A name written all in lower case, two to four words (``san jose``, ``acme corp``; one word
alone is as often a setting or an enumeration's value: ``"region": "north"``)."""


_HOUSE_NUMBER = regex.compile(r"[0-9]{1,5}(?:[ ]?[A-Za-z](?![\p{L}]))?(?:[\-/][0-9]{1,5}[A-Za-z]?){0,3}" + _END)
"""A house number: digits, maybe a letter (``14a``, ``7 B``), maybe more parts (``12-3-456``, ``5/2``)."""


def house_number(body: str, whole: bool) -> Extent | None:
    """A house number alone, under a label that names one (``Hausnummer: 14a``): all of a field's
    value, or the start of a labelled line up to a separator."""
    m = _HOUSE_NUMBER.match(body)
    if m is None:
        return None
    rest = body[m.end() :]
    ends = not rest.strip(_TRIM) if whole else _BOUNDARY.match(rest) is not None
    return m.span() if ends else None


def _whole_in_lower_case(body: str, whole: bool, place: bool = False) -> Extent | None:
    """All of a field's value, a name in lower case (``{"city": "san jose"}``, ``{"employer":
    "acme corp"}``): data entered by hand, which the capitalised shapes miss. ``place``: a place's
    name may open with ``new`` (``new york``), which is a status elsewhere (``"state": "new"``)."""
    if not whole:
        return None
    value = body.strip(_TRIM)
    if _LOWER_VALUE.fullmatch(value) is None or value.casefold() in STOP_VALUES:
        return None
    words = value.split()
    if place and words[0] == "new":
        words = words[1:]
    if words[0] in _ORG_PARTICLES or any(w in NOT_IN_LOWER_NAMES for w in words):
        return None  # "de facto standard", "van der": a particle opens no name written in lower case
    start = body.find(value)
    return start, start + len(value)


_ANY_CASE_NAME = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019.\-]*(?:[ ]\p{L}[\p{L}\p{M}'\u2019.\-]*){0,4}")


def name_in_any_case(body: str) -> Extent | None:
    """All of a value, a name of one to five words of letters in any case, under a field that
    only a name fills (``{"full_name": "john smith"}``, ``"last_name": "de la cruz"``, ``"city":
    "leeds"``); none that is a placeholder (``n/a``, ``unknown``) or a status (``pending review``)."""
    value = body.strip(_TRIM)
    if _ANY_CASE_NAME.fullmatch(value) is None or value.casefold() in STOP_VALUES:
        return None
    if any(w in NOT_IN_LOWER_NAMES for w in value.casefold().split()):
        return None
    start = body.find(value)
    return start, start + len(value)


def _cased(text: str) -> bool:
    """A word starts with a capital (or a letter of a script without case)."""
    return _UPPER_START.search(text) is not None


_STREET_FIRST = frozenset(w.rstrip(".") for w in LEADING_TYPES if len(w.rstrip(".")) > 2) | {"av"}
_DIGIT_AFTER = regex.compile(r"[ ]?,?[ ]?\d")


def _street_first(body: str, end: int, within: bool = False) -> bool:
    """The value opens with a street type and a number follows the words (``Customer: Rua Gaspar
    Rocha, 46, 4262-293 Rio Tinto``), or (``within``) ends them (``Av. Paulista, 1578``): an
    address given where a person or a company was asked for."""
    first = body.split(None, 1)[0].rstrip(".").casefold() if body.strip() else ""
    if first not in _STREET_FIRST:
        return False
    return _DIGIT_AFTER.match(body, end) is not None or (within and body[:end].rstrip()[-1:].isdigit())


DATE_ARTICLES = "el|le|il|o|on|am"
"""Articles and prepositions a date may follow after ``is`` (``mi fecha de nacimiento es el 3
de mayo de 1985``, ``est le 14/07/1979``, ``is on 12 March 1990``)."""
_ARTICLE = regex.compile(rf"(?:{DATE_ARTICLES})[ ]+(?=[0-9])", regex.IGNORECASE)


_PLACE_THEN = regex.compile(r"\p{Lu}[\p{L}\p{M}.'\-]{1,30}(?:[ ]\p{L}[\p{L}\p{M}.'\-]{0,30}){0,3},[ ]{0,2}(?=[0-9])")
"""A place of birth and a comma before the date, under a label that names both (Indonesian ``Tempat/Tgl
Lahir : YOGYAKARTA, 23-09-1985``, ``Born: Leeds, 03/04/1986``): the date is the value."""


def _date(body: str, whole: bool) -> Extent | None:
    lead = _ARTICLE.match(body)
    at = lead.end() if lead is not None else 0
    m = _DATE.match(body, at)
    if m is None and lead is None and (place := _PLACE_THEN.match(body)) is not None:
        at = place.end()
        m = _NUMERIC_DATE.match(body, at)
    return (at, m.end()) if m is not None else None


SPOKEN_LEAD = (
    r"(?:(?:sure|yes|yeah|yep|ok|okay|of course|certainly)[,!.]?[ ]{1,2})?"
    r"(?:it['\u2019]?s|it is|that['\u2019]?s|that is|this is|i['\u2019]?m|i am|my name is|my name['\u2019]s"
    r"|name['\u2019]s)[ ]{1,2}"
)
"""How a reply gives a value after a chat's speaker label or as an answer (``Customer: sure, it's
April Carroll-Corr``, ``it's 55 21 87 90``): the words before the value, which are no part of it
(a pattern, matched case-insensitively)."""
_SPOKEN_LEAD = regex.compile(SPOKEN_LEAD + r"(?-i:(?=\p{Lu}))", regex.IGNORECASE)
""":data:`SPOKEN_LEAD` before a name: a capital follows."""


_TICKET_NAME = regex.compile(r"[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*){0,2}/[A-Z][A-Z'-]*(?:[ ][A-Z][A-Z'-]*){0,2}")
"""A name as an airline writes it: family name, a slash, given names, in capitals (``SMITH/JOHN MR``,
``GARCIA LOPEZ/MARIA JOSE``; a title after them is part of it)."""


def _ticket_name(found: str) -> bool:
    """A family and a given name, not a pair of abbreviations or words (``TCP/IP``, ``PASS/FAIL``)."""
    family, given = found.split("/", 1)
    return max(len(family), len(given.split()[0])) > 3 and _name_words(found.replace("/", " ").title())


_HAN_NAME_THEN_WORD = regex.compile(r"(\p{Han}{2,4})[ ]+(\p{Han}{2,6})(?![\p{Han}])")
"""A name in Han characters, a blank and another word in Han (``王芳 电话 138...``)."""
_UNSPACED_LABELS = frozenset(
    word for words in LABELS.values() for word in words if regex.fullmatch(r"[\p{Han}\p{Hiragana}\p{Katakana}]+", word)
)
"""Labels written in Han or kana (``电话``, ``地址``): the next field's label after a name."""


_THAI_TITLE = regex.compile("(?:\u0e19\\.\u0e2a\\.|\u0e14\\.\u0e0a\\.|\u0e14\\.\u0e0d\\.)[ ]?(?=[\u0e01-\u0e2e])")
"""A Thai title written with its dots before a name (``\u0e19.\u0e2a.``, Miss; ``\u0e14.\u0e0a.``, Master;
``\u0e14.\u0e0d.``, a girl), which a name's words do not take: the name follows it."""


_RELATION = regex.compile(r"[ ](?:[SDWC]/[Oo]|[SDWC]/O)[ ]")
"""An Indian form's relation between two names: son, daughter, wife or care of (``Kavitha R. D/o
T. Rajendran``, ``Lakshmi Devi W/o B. Narasimha Rao``): the father's or husband's name is part of
the person's."""
_RELATION_REACH = 48


_TRADING_AS = regex.compile(r"[ ](?:d/b/a|D/B/A|t/a|T/A)[ ]")
"""A sole trader's name and the business name they trade under (``Lorraine Petrakis-Huang d/b/a
Petal & Pestle Studio``, British ``t/a``): the business is named after, and leads to, the person."""
_TRADE_NAME = regex.compile(
    r"[\p{Lu}0-9][\p{L}\p{M}0-9'\u2019.\-]*(?:[ ](?:&|and|of|the|[\p{Lu}0-9][\p{L}\p{M}0-9'\u2019.\-]*)){0,5}"
)
"""A business's name: capitalised words, ``&``, ``and``, ``of`` and ``the`` between them."""


def _trading_person(body: str, whole: bool) -> Extent | None:
    """A person's name, ``d/b/a`` (:data:`_TRADING_AS`) and the business's name, as one value;
    None without that mark after a name within :data:`_RELATION_REACH` characters."""
    mark = _TRADING_AS.search(body, 0, _RELATION_REACH)
    if mark is None:
        return None
    first = _person(body[: mark.start()], True)
    trade = _TRADE_NAME.match(body, mark.end())
    if first is None or first[1] != mark.start() or trade is None:
        return None
    end = len(trade.group().rstrip(".")) + mark.end()
    return (first[0], end) if _at_boundary(body, end, whole) else None


def _related_person(body: str, whole: bool) -> Extent | None:
    """A name, a relation (:data:`_RELATION`) and the relative's name, as one value; None when
    ``body`` has no relation after a name within :data:`_RELATION_REACH` characters."""
    relation = _RELATION.search(body, 0, _RELATION_REACH)
    if relation is None:
        return None
    first = _person(body[: relation.start()], True)
    second = _person(body[relation.end() :], whole)
    if first is None or first[1] != relation.start() or second is None or second[0] != 0:
        return None
    return first[0], relation.end() + second[1]


def _person(body: str, whole: bool) -> Extent | None:
    if body[:1] in ("\u0e19", "\u0e14") and (title := _THAI_TITLE.match(body)) is not None:
        found = _person(body[title.end() :], whole)
        return None if found is None else (found[0] + title.end(), found[1] + title.end())
    if not whole and (han := _HAN_NAME_THEN_WORD.match(body)) is not None and han.group(2) in _UNSPACED_LABELS:
        return han.span(1)  # "收货人: 王芳 电话 138..." (a full-width colon): the next field's label ends the name
    if body.find("/", 0, 40) >= 0:
        ticket = _TICKET_NAME.match(body)
        if ticket is not None and _ticket_name(ticket.group()) and _at_boundary(body, ticket.end(), whole):
            return ticket.span()
        related = _related_person(body, whole) or _trading_person(body, whole)
        if related is not None:
            return related
    lead = _SPOKEN_LEAD.match(body) if body[:1].isalpha() else None
    if lead is not None:
        found = _person(body[lead.end() :], whole)
        return None if found is None else (found[0] + lead.end(), found[1] + lead.end())
    degree = _CAPITAL_DEGREE.search(body, max(0, len(body) - 16))
    if degree is not None:  # Josefa Schaaf B.A.: the name, then its degree
        found = _person(body[: degree.start()], True)
        return None if found is None or found[1] != degree.start() else (found[0], degree.end())
    if not whole:
        # "Brennan, Valerie" is one name when it is all of a labelled line ("Employee: Brennan,
        # Valerie"), as when it is all of a field's value; otherwise the comma ends the name
        # (and "To: Anna, Jose Garcia" names two people).
        m = _LAST_FIRST.match(body)
        if m is not None and not body[m.end() :].strip(_TRIM) and _name_words(m.group()):
            return m.span()
    m = (_PERSON_COMMA.match(body) if whole else None) or _PERSON.match(body)
    if m is None:
        return None
    if whole and m.re is _PERSON_COMMA and body[m.end() :].strip(_TRIM):
        m = _PERSON.match(body)
        if m is None:
            return None
    end = m.end()
    if not whole:
        # A sentence ends the name: "Driver: Fedele Pavone-Ferretti. Pickup tomorrow."
        # (an initial, a title that opens it and "Jr." do not; "Esq." ends it too).
        stop = _NAME_SENTENCE_END.search(body, body.find(" ", m.start()) + 1 or end, end)
        if stop is not None:
            end = stop.start() - 1
    if end == m.end() and not _at_boundary(body, end, whole):
        return None
    if not _name_words(body[m.start() : end]) or _street_first(body, end):
        return None
    return m.start(), end


def _name_words(text: str) -> bool:
    """No word of ``text`` is one a name does not hold, and one starts with a capital."""
    written = [w.strip(".,") for w in text.replace(",", " ").split()]
    # a capital alone is an initial (John A Smith, MARIA L GARCIA), not the article "a"
    kept = [w for w in written if not (len(w) == 1 and w.isupper())]
    # Nguyen Van An, Do Thi Lan, Can Yilmaz: a name's word, capitalised among others
    several = len(kept) > 1
    words = [w.casefold() for w in kept if not (several and w.istitle() and w.casefold() in _NAME_SYLLABLES)]
    if any(len(_CAMEL_HUMP.findall(w)) > 1 or _LONG_HUMP.search(w) for w in written):
        return False  # RootQueryType, getUserById, LedgerClient: an identifier (McDonald, DeAndre, FitzGerald)
    return bool(words) and not any(w in PERSON_STOP_WORDS for w in words) and _cased(text)


_CAMEL_HUMP = regex.compile(r"[a-z][A-Z]")
"""A lower-case letter, then a capital: where a camelCase identifier's next word starts."""
_LONG_HUMP = regex.compile(r"\p{Ll}{4}\p{Lu}")
"""A capital after four lower-case letters inside a word (``LedgerClient``, ``HealthCheck``): a name's
inner capital follows a short prefix (``McDonald``, ``MacKenzie``, ``DeShawn``, ``FitzGerald``)."""
_NAME_SYLLABLES = frozenset({"an", "do", "to", "can"})
"""Stop words that are names too (Vietnamese An, Đỗ written Do, Tô written To; Turkish Can): in a
name of two words or more, capitalised, they are no stop word."""


def _place(body: str, whole: bool) -> Extent | None:
    m = (_PLACE_COMMA.match(body) if whole else None) or _PLACE.match(body)
    if m is None:
        return None
    if not _cased(m.group()):
        return _whole_in_lower_case(body, whole, place=True)
    if whole and m.re is _PLACE_COMMA and body[m.end() :].strip(_TRIM):
        m = _PLACE.match(body)
        if m is None:
            return None
    if not _at_boundary(body, m.end(), whole) or not _cased(m.group()) or not _mostly_cased(m.group()):
        return None  # "location: The city and state, e.g. ...": prose, no place
    if m.group().split(None, 1)[0].casefold() in SALES_REGIONS:
        return None  # "Region: EMEA North": a business's sales region
    if _CLOUD_REGION.fullmatch(m.group()) is not None:
        return None  # "region=EU-WEST", "Region: eu-west-1": a cloud's region
    if _online(m.group()):
        return None  # "LOCATION:Zoom", "Location: Microsoft Teams Meeting": a meeting held online
    if "," not in m.group() and _MEETING_ROOM.search(m.group()) is not None:
        return None  # "LOCATION:Conference Room B", "Location: Boardroom 4": a room of the office
    return m.span()


_CLOUD_REGION = regex.compile(
    rf"(?i:(?:{'|'.join(sorted(CLOUD_REGION_AREAS))})[\-_](?:{'|'.join(sorted(CLOUD_REGION_POINTS))})"
    r"(?:[\-_]?[0-9]{1,2}(?:[\-_]?[a-z])?)?)"
)
"""A cloud's region code (:data:`~.label_words.CLOUD_REGION_AREAS`: ``eu-west-1``, ``EU-WEST``,
``europe-west1-b``)."""


_MEETING_ROOM = regex.compile(
    r"(?i:\b(?:conference|meeting|board|training|break[- ]?out)[ ]?rooms?\b|\bboardroom\b"
    r"|\broom[ ](?:[0-9]{1,4}[A-Za-z]?|[A-Z])\b)"
)
"""A meeting room of an office: a company's room, no one's place."""


_VENUE_TAIL = regex.compile(r"(?i:[ ](?:meeting|call|room|link|session|video[ ]call))+$")


def _online(place: str) -> bool:
    """``place`` names an online venue (:data:`VIRTUAL_VENUES`), alone or before ``meeting``, ``call``..."""
    folded = place.casefold()
    return folded in VIRTUAL_VENUES or _VENUE_TAIL.sub("", folded) in VIRTUAL_VENUES


_IBAN_OPENING = regex.compile(r"[A-Z]{2}[0-9]{2}[ ]?[A-Z0-9]{4}")
"""How an IBAN opens (country, check digits, the first group)."""


def _organization(body: str, whole: bool) -> Extent | None:
    m = _ORG.match(body)
    if m is None or _LETTER.search(m.group()) is None or _LINKISH.search(m.group()):
        return None
    if _IBAN_OPENING.match(m.group()) and is_iban(m.group()):
        return None  # "Bank: IE29 AIBK 9311 ...": the bank's account, which the IBAN detector finds
    if not _at_boundary(body, m.end(), whole) or _street_first(body, m.end(), within=True):
        return None  # "Our clinic: Av. Paulista, 1578 - Bela Vista": its address, which the address detector reads
    text = m.group()
    first = text[0]
    if first.isalpha() and first.islower():
        words = text.split()
        lead = 0
        while lead < min(2, len(words) - 1) and words[lead] in _ORG_PARTICLES:
            lead += 1
        if not lead or not words[lead][:1].isupper():
            return _whole_in_lower_case(body, whole)  # a lower-case word, not a particle before a capitalised name
    return m.span()


_SENTENCE_END = regex.compile(r"(?<=(?<![\p{L}.])\p{L}{4,}|\d)\.[ ]+(?=\p{Lu}\p{Ll})")
"""A full stop after a word of four letters or more (or a number) and before a capitalised word:
where a sentence ends (``..., 4000-447 Porto. Telemóvel 912 ...``), unless the word is a street
type's abbreviation (``Blvd.``)."""
_FOUR_LETTER_TYPES = frozenset(t for t in ABBREVIATED_TYPES if len(t) >= 4) | {"brgy", "bldg", "subd", "prov", "dist"}
"""Abbreviations whose full stop ends no sentence: street types', and a Philippine barangay's, a
building's, a subdivision's, a province's, a district's (``Purok 3, Brgy. Malabanias, Angeles City``)."""


def _first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence, if what comes before holds a number (an address
    said in a message's line, then the message goes on)."""
    for m in _SENTENCE_END.finditer(text):
        if text[: m.start()].rsplit(None, 1)[-1].casefold() in _FOUR_LETTER_TYPES:
            continue
        return text[: m.start()] if _NUMBER.search(text, 0, m.start()) else text
    return text


_CLAUSE_AFTER = regex.compile(
    r",?[ ](?i:and|but|so)[ ](?i:my|i|i'm|it's|it[ ]is|please|you|we|the[ ]\w+[ ]is)(?![\w'])"
)
"""A clause that goes on after an address said in a message (``118 Pinecrest Boulevard, and my name is
...``): where the address ends."""


_GH_DIGITAL_ADDRESS = regex.compile(r"[A-Z]{2}-[0-9]{3,4}-[0-9]{3,4}(?![\p{L}\p{N}]|-[\p{L}\p{N}])")
"""Ghana's digital address (GhanaPost GPS: a region's and a district's letters, then the place's
numbers, ``GA-183-4472``): one token that pinpoints a home, under an address's label (``my
digital address is ...``, ``GPS address:``)."""


def _address(body: str, whole: bool) -> Extent | None:
    digital = _GH_DIGITAL_ADDRESS.match(body)
    if digital is not None and (not whole or not body[digital.end() :].strip(_TRIM)):
        return digital.span()
    text = _first_sentence(body.split("\n", 1)[0]) if not whole else body
    clause = _CLAUSE_AFTER.search(text)
    if clause is not None:
        text = text[: clause.start()]
    text = text[:200].rstrip(_TRIM)
    if len(text) < 3 or _LETTER.search(text) is None or _LINKISH.search(text):
        return None
    if len(text.split()) < 2 and not (len(text) >= 4 and _UNSPACED_SCRIPT.search(text)) and not _one_word_street(text):
        return (
            None  # a street address has words and a number; one token is an id or a hash (not in Chinese or Japanese)
        )
    if _NUMBER.search(text) is None and not _mostly_cased(text) and not _street_typed(text):
        return None  # no number and mostly lower-case words: prose ("address: A string or integer, ...")
    if _ARTICLE_OPENS.match(text) is not None:
        return None  # "source_address: a 2-tuple (host, port) for the socket": a description
    return 0, len(text)


_ARTICLE_OPENS = regex.compile(r"(?:an?|one|any|either)[ ](?:\p{Ll}|\d+-\p{Ll})")
"""An article and a word in lower case (or ``2-tuple``) opening a value: a description, no address."""


_GLUED_STREET_TYPES = tuple(sorted({w.casefold() for w in COMPOUND_SUFFIXES}))
_ONE_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'\-]{2,60}\.?")


def _one_word_street(text: str) -> bool:
    """A capitalised word that ends in a street word written as its end (``Linkeplatz``,
    ``Juri-Scheel-Ring``, ``Storgatan``): a street in one word."""
    if _ONE_WORD.fullmatch(text) is None:
        return False
    folded = text.casefold()
    return folded.endswith(_GLUED_STREET_TYPES) and folded not in _GLUED_STREET_TYPES


_UNSPACED_SCRIPT = regex.compile(f"[{UNSPACED_LETTERS}]")
"""Scripts written without blanks between words: an address there is one token."""


def _street_typed(text: str) -> bool:
    """A street type opens the value and a capitalised name follows: ``chemin de Corboz``,
    ``rue Verdier``, ``via delle Rose``."""
    words = text.split()
    return words[0].rstrip(".").casefold() in _STREET_FIRST and _UPPER_START.search(text, len(words[0])) is not None


def _mostly_cased(text: str) -> bool:
    """At least half the words start with a capital (or a letter of a script without case):
    ``Rose Cottage, Lower Slaughter``, ``Calle de la Rosa``."""
    words = text.split()
    return 2 * sum(1 for w in words if _UPPER_START.match(w.removeprefix("'s-"))) >= len(words)


def _all_of(shape: Callable[[str, bool], Extent | None]) -> Callable[[str, bool], Extent | None]:
    """``shape`` when it takes all of the value but trailing punctuation (not ``BE83 1929`` of
    an IBAN, nor ``536-22-``, a part of an SSN that a payload splits)."""

    def whole_value(body: str, whole: bool) -> Extent | None:
        found = shape(body, whole)
        return found if found is not None and not body[found[1] :].strip(_TRIM) else None

    return whole_value


_AMOUNT = regex.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+(?:[.,][0-9]{1,2})?")
"""A sum in thousands (``2.500``, ``1,250.00``): no vehicle's registration is written so
(``Matr\u00edcula de la universidad: 2.500 euros`` is a fee)."""
_UUID = regex.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
"""A UUID: a system's key for a record (``{"tenantId": "72f988bf-..."}``, a directory's tenant), no
number an organization hands a person."""


_A_DATE = regex.compile(
    r"(?:[12][0-9]{3}[\-/.][01]?[0-9][\-/.][0-3]?[0-9]|[0-3]?[0-9][\-/.][01]?[0-9][\-/.](?:[12][0-9])?[0-9]{2})"
    r"(?![0-9])(?:[T ][0-2]?[0-9](?::[0-5][0-9]){1,2})?"
)
"""A date, maybe with its time (``2024-05-03``, ``03/05/2024``, ``3.5.24``, ``2024-05-03T19:00``): when a reservation's or a booking's label
holds one (``reservation: 2024-05-03T19:00``), it says when, not whose."""


def _unless(
    pattern: regex.Pattern[str], shape: Callable[[str, bool], Extent | None]
) -> Callable[[str, bool], Extent | None]:
    """``shape``, but not a value that is all or the start of what ``pattern`` takes (:data:`_AMOUNT`;
    :data:`_UUID`, of which an identifier's shape may take only the first groups)."""

    def checked(body: str, whole: bool) -> Extent | None:
        found = shape(body, whole)
        if found is None:
            return None
        m = pattern.match(body, found[0])
        return None if m is not None and m.end() >= found[1] else found

    return checked


_BANK_NAME = regex.compile(r"(?:[\p{Lu}\p{Lo}][\p{L}\p{M}&.'\-]{1,30}[ ]){1,3}(?=[0-9])")
"""A bank's, a branch's or an account kind's name before an account's number (``Maybank 1640 2338
7715``, ``\uad6d\ubbfc\uc740\ud589 482101-04-339172``, ``Savings 0091-2274-8816``): capitalised or in a script without case."""


def _after_bank_name(shape: Callable[[str, bool], Extent | None]) -> Callable[[str, bool], Extent | None]:
    """``shape`` after a bank's name (:data:`_BANK_NAME`), for a number of seven digits or more."""

    def after(body: str, whole: bool) -> Extent | None:
        name = _BANK_NAME.match(body)
        if name is None:
            return None
        at = name.end()
        found = shape(body[at:], whole)
        if found is None or _digits(body[at + found[0] : at + found[1]]) < 7:
            return None
        return at + found[0], at + found[1]

    return after


_CODE_AND_ACCOUNT = regex.compile(r"[0-9]{2}-[0-9]{2}-[0-9]{2}[ ][0-9]{6,8}|[0-9]{3}-[0-9]{3}[ ][0-9]{6,9}" + _END)
"""A UK sort code or an Australian BSB and the account after it (``Bank: 40-47-84 61234567``)."""
_IBAN_SHAPE = regex.compile(r"[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){11,30}")
_SOME_ID = _alnum(_IDENTIFIER, 8, 32, 6)


_CLAUSE_BREAK = regex.compile(
    r"[ \t]*(?:[,;|)\u2013\u2014]|-[ \t]|\.(?=\s|$))"
    r"|[ \t](?:e|y|et|und|and|en|ed|oraz)[ \t]"  # a conjunction opens the next clause
)
"""What may follow a value that must be all of its field in running text: a comma, a semicolon,
a bar, a dash between blanks (``NIF 123456789 — Morada: ...``), a full stop ending the sentence
(``o meu NIF é 123456789. A minha morada ...``), a conjunction opening the next clause (``O meu NIF
é 234567890 e o número de utente ...``)."""


def _foreign_id(body: str, whole: bool) -> Extent | None:
    """Another country's identifier, all of the value (or of its clause): eight letters and
    digits at least, six of them digits; not what an IBAN looks like (the IBAN detector's,
    with its own token)."""
    found = _SOME_ID(body, whole)
    if found is None:
        return None
    if body[found[1] :].strip(_TRIM) and (whole or not _CLAUSE_BREAK.match(body, found[1])):
        return None  # more of the value after it: "BE83 1929" of an IBAN a payload split
    return None if _IBAN_SHAPE.fullmatch(body[found[0] : found[1]].strip(_TRIM)) else found


_USERNAME = regex.compile(
    r"@?+([\p{L}\p{N}](?:[\p{L}\p{N}._\-]{0,38}[\p{L}\p{N}_])?)(?![\p{L}\p{N}_@]|[.\-][\p{L}\p{N}])"
)
"""A login: one token of letters, digits, dots, underscores and dashes, 2 to 40 of them, maybe
after an ``@`` (not part of it); a dot or a dash neither ends nor opens it, and it is no e-mail's
local part."""
_USERNAME_END = regex.compile(r"[ \t]*+(?:$|[\r\n,;)\]}\"'!?|]|\.(?!\S))|[ \t]++[(\[<]|[ \t]-[ \t]|[ \t]{2}")
"""What may follow a login in running text: the end, a separator, a closing bracket or quote, a
sentence's full stop, a bracket after a blank (not a word: ``Username: Bob Smith`` names no
login; not a bracket right after it: a call, ``dependabot[bot]``)."""
_LOGIN_PARTS = regex.compile(r"[._\-0-9]+")


def _username(body: str, whole: bool) -> Extent | None:
    """A person's login (``kayla_m_rivers``, ``jdoe42``); not a system or service account, a bot
    or a placeholder (:data:`~.label_words.SERVICE_ACCOUNTS`, :data:`~.label_words.PLACEHOLDER_WORDS`:
    ``root``, ``www-data``, ``jenkins2``, ``svc-backup``, ``your_username``), which is no one's, nor
    a word in capitals alone: a command or a constant (``QUIT`` under a ``USER`` column of a
    protocol's commands)."""
    m = _USERNAME.match(body)
    if m is None:
        return None
    login = m.group(1)
    if len(login) < 2 or _LETTER.search(login) is None or (login.isalpha() and login.isupper()):
        return None
    if whole:
        if body[m.end() :].strip(_TRIM):
            return None
    elif _USERNAME_END.match(body, m.end()) is None:
        return None
    login = login.casefold()
    if login.startswith("www.") or login.rstrip("0123456789") in SERVICE_ACCOUNTS:
        return None
    parts = _LOGIN_PARTS.split(login)
    if not PLACEHOLDER_WORDS.isdisjoint(parts) or login.strip("x") == "":
        return None  # your_username, svc-backup, user4821; xxx
    if not SERVICE_LOGIN_WORDS.isdisjoint(parts):
        return None  # catalog_app, etl_readonly: an application's account
    return m.span(1)


_SHAPES: dict[str, Callable[[str, bool], Extent | None]] = {
    "PHONE_NUMBER": _phone,
    "CREDIT_CARD": _numeric(_CARD, 12, 19),
    "US_SSN": _either(_numeric(_SSN, 9, 9), _plain(_MASKED_SSN)),
    "US_ITIN": _numeric(_SSN, 9, 9),
    "ABA_ROUTING_NUMBER": _numeric(_ROUTING, 9, 9),
    "US_BANK_NUMBER": _either(
        _alnum(_ACCOUNT, 4, 17, 4),
        _alnum(_LONG_ACCOUNT, 18, 30, 4),
        _numeric(_LONG_GROUPED_ACCOUNT, 18, 30),
        _after_bank_name(_either(_alnum(_ACCOUNT, 7, 17, 7), _numeric(_LONG_GROUPED_ACCOUNT, 18, 30))),
    ),
    "US_DRIVER_LICENSE": _either(_plain(_WA_LICENSE), _alnum(_LICENSE, 4, 16, 3)),
    "US_PASSPORT": _either(_alnum(_PASSPORT, 6, 9, 1), _numeric(_GROUPED_PASSPORT, 8, 12), _series_passport),
    "IBAN_CODE": _iban,
    "BANK_CODE": _numeric(_BANK_CODE, 3, 11),
    "SWIFT_CODE": _plain(_SWIFT),
    "PASSWORD": _numeric(_SECRET_CODE, 3, 8),
    "EMAIL_ADDRESS": _plain(_EMAIL),
    "UK_NHS": _numeric(_NHS, 10, 10),
    "UK_NINO": _plain(_NINO),
    "ES_NIF": _either(_plain(_DNI), _plain(_NIE)),
    "ES_NIE": _plain(_NIE),
    "IT_FISCAL_CODE": _plain(_FISCAL_CODE),
    "IN_AADHAAR": _numeric(_AADHAAR, 12, 12),
    "IN_PAN": _plain(_PAN),
    "PL_PESEL": _numeric(_PESEL, 11, 11),
    "NATIONAL_ID": _alnum(_IDENTIFIER, 5, 32, 4),
    "MEDICAL_RECORD_NUMBER": _alnum(_IDENTIFIER, 4, 32, 4),
    "HEALTH_PLAN_ID": _alnum(_IDENTIFIER, 5, 32, 3),
    "VEHICLE_ID": _either(_unless(_AMOUNT, _alnum(_IDENTIFIER, 4, 17, 1)), _plain(_HANGUL_PLATE)),
    "PERSONAL_ID": _unless(_UUID, _unless(_A_DATE, _alnum(_KEYED_IDENTIFIER, 4, 32, 1))),
    "DATE_TIME": _date,
    "ZIP_CODE": _plain(_ZIP),
    "PERSON": _person,
    "LOCATION": _place,
    "ORGANIZATION": _organization,
    "STREET_ADDRESS": _address,
    "USERNAME": _username,
}

_KRA_PIN = regex.compile(r"[AP][0-9]{9}[A-Z]" + _END)
"""Kenya's KRA PIN: ``A`` (a person) or ``P`` (a company), nine digits and a letter."""
_MM_NRC = regex.compile(r"[0-9]{1,2}/[A-Z]{3,9}[ ]?\((?:N|E|P|T|C|AC|NC|V|M)\)[ ]?[0-9]{6}" + _END)
"""Myanmar's National Registration Card number: the state's number, the township's letters, the
citizenship's letter in brackets and six digits (``9/MAHTANA(N)012345``)."""

ALSO_FITS: dict[str, tuple[tuple[str, Callable[[str, bool], Extent | None]], ...]] = {
    "CREDIT_CARD": (("IN_PAN", _SHAPES["IN_PAN"]),),
    "US_SSN": (("UK_NINO", _all_of(_SHAPES["UK_NINO"])), ("NATIONAL_ID", _foreign_id)),
    "ES_NIF": (("NATIONAL_ID", _foreign_id),),
    "ES_NIE": (("ES_NIF", _plain(_DNI)),),
    "NATIONAL_ID": (("NATIONAL_ID", _plain(_MM_NRC)),),
    "ORGANIZATION": (("US_BANK_NUMBER", _all_of(_numeric(_CODE_AND_ACCOUNT, 12, 15))),),
    "PASSWORD": (("NATIONAL_ID", _all_of(_plain(_KRA_PIN))),),
}
"""Types a label may hold besides the one it names, with the shape each must have there:
``PAN`` is a card's primary account number and India's Permanent Account Number alike, so
``PAN: ABCPD1234E`` is the latter; a form's ``SSN`` field holds another country's identifier as
often (``ZZ 91 41 77 T``, ``271002A584U``); a bank's label may hold its sort code and the account
(``Bank: 40-47-84 61234567``); a ``PIN`` is Kenya's tax PIN too (``PIN: A012847391Z``); a
``DNI/NIE`` field holds a DNI as often as a NIE; an identity number may be Myanmar's NRC, whose
brackets no identifier's shape reads (``NRC: 9/MAHTANA(N)012345``)."""
