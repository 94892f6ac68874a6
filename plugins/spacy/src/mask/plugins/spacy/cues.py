"""People and places that the words around them name, in third-party prose (notices, minutes,
obituaries, classifieds, neighbourhood threads), where the other rules see no title or greeting.

People (``PERSON``):

- a nickname: ``known to everyone as Nell``, ``(Kit to his friends)``, ``(Bea to most of us)``;
- a name after a title in lower case that the title rules do not read: Polish ``pani Jadwigi``,
  Dutch ``beste meneer Visser``, Spanish ``en casa de Maite``, ``Aunty Losa's``, and Portuguese
  ``seu Jairo`` or ``dona Cida`` when the name lists know the name (``seu Pedido`` is *your order*);
- a known first name after ``name is`` or ``owner is`` (``Watchman name is Suresh``, ``Owner is
  Pablo from``);
- a name after a club's or a board's office (``President Hye-Jin Park``, ``Treasurer Olu Bankole``);
- initials in minutes: before a reporting verb (``T.M. reported``), after ``Minutes:``
  (``Minutes: P. Okafor.``) and opening a signature line (``— D. Varga, Claims Officer``);
- a name alone before a dash and a phone number on a list's line (``Benedetta - 0341 221 907``, an en dash too)
  or before the phone's kind in brackets (``Tomás (work) +34 912 555 010``);
- a known first name thanked (``thanks Bev!``, ``Cheers Aroha.``).

Places (``LOCATION``):

- a news dateline in capitals opening a text or a paragraph (``KILBRANNAN — A local man ...``);
- a neighbourhood: ``in the Fairmount Park neighbourhood`` (not a surname alone: ``in the Moore
  neighbourhood`` of a grid's cell);
- a street without a number, after ``on``, ``of``, ``off``, ``along`` or before ``resident``
  (``on Carrow Lane``, ``Dunsany Ave resident``), when a word of its name is no ordinary word
  (``on Main Street``, ``on Wall Street`` stay);
- the town after a relative's name and ``of`` (``her son Tevita Lolo of Nukualofa,``) and after
  ``near`` or German ``aus`` (``near Ballater.``, ``aus Unterföhring hat``).

Each rule runs behind a cheap check for its words. A word the lists call ordinary, a technical
word or a word in capitals where a name should be stays in clear.
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import TECH_WORDS, english_word, ordinary_word
from .wordlists import first_names, known_name

__all__ = ["cue_people", "cue_places"]

SCORE_CUE = 0.8
"""As a greeting's or a title's name: the words around say a person or a place is there."""

_NAME = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'\u2019]*(?:-\p{Lu}?\p{Ll}[\p{Ll}\p{M}'\u2019]*)?"
"""A capitalised word, maybe hyphenated (``Mei-Ling``)."""
_B = r"(?<![\p{L}\p{M}\p{N}_])"
_E = r"(?![\p{L}\p{M}\p{N}_])"

_NICKNAME = regex.compile(
    rf"{_B}known[ ]to[ ](?:everyone|everybody|all|friends|family|us[ ]all|most(?:[ ]of[ ]us)?)[ ]as[ ](?P<n>{_NAME}|\p{{Lu}}{{2,3}}){_E}"
    rf"|\((?P<b>{_NAME}|\p{{Lu}}{{2,3}})[ ]to[ ](?:his|her|their|most|all|everyone|everybody|friends|family|us)\b"
)
_LOWER_TITLE = regex.compile(
    rf"{_B}(?:(?P<any>pani|pana|panu|meneer|mevrouw|Aunty|Auntie|casa[ ]de)|(?P<known>seu|dona))[ ](?P<n>{_NAME}){_E}"
)
_NAME_IS = regex.compile(rf"{_B}(?:name[ ]is|[Oo]wner[ ]is)[ ](?P<n>{_NAME}){_E}")
_OFFICE = regex.compile(
    rf"{_B}(?:President|Vice[ ]President|Chair|Chairperson|Chairwoman|Chairman|Secretary|Treasurer)"
    rf"[ ](?P<n>{_NAME}(?:[ ]{_NAME}){{0,2}}){_E}"
)
_INITIALS_VERB = regex.compile(
    r"(?<![\w.])(?P<n>(?:\p{Lu}\.){2,3})(?=[ ](?:noted|reported|proposed|seconded|moved|agreed|asked|said"
    r"|suggested|confirmed|presented|raised|volunteered|offered|explained)\b)"
)
_NOT_INITIALS = frozenset({"U.S.", "U.K.", "E.U.", "U.N.", "A.D.", "B.C.", "P.S.", "N.B.", "U.S.A.", "D.C.", "R.I.P."})
"""Abbreviations in dotted capitals that are no person's initials."""
_INITIALLED = rf"\p{{Lu}}\.(?:[ ]?\p{{Lu}}\.)?[ ](?:{_NAME})"
_MINUTES_BY = regex.compile(
    rf"{_B}(?:Minutes|Minute[ ]taker|Recorded[ ]by|Notes[ ]by|Scribe)(?::|[ ]by:?)[ ](?P<n>{_INITIALLED}){_E}"
)
_DASH_INITIALLED = regex.compile(rf"(?m)^[ \t]*[\u2014\u2013-]{{1,2}}[ ]?(?P<n>{_INITIALLED}),[ ]")
_LIST_PHONE = regex.compile(
    rf"(?m)^[ \t]*(?:[-*\u2022][ \t]*)?(?P<n>{_NAME})[ \t]+(?:[\u2013\u2014-]|\((?:work|home|cell|mobile|mob|landline)\))[ \t]+"
    r"(?=\+?[0-9][0-9 ().-]{6,}[0-9](?:[ \t]*$|,|[ ][\u2014\u2013-]))"
)

_THANKED = regex.compile(
    rf"(?<![\p{{L}}])(?:[Tt]hanks|[Tt]hank[ ]you|[Cc]heers|[Tt]a),?[ ](?P<n>{_NAME})(?=[!.,]|[ \t]*$)", regex.MULTILINE
)

_DATELINE = regex.compile(
    r"(?:^|(?<=\n\n))(?P<p>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?:,[ ]\p{Lu}[\p{L}.]{1,12})?[ ]?[\u2014\u2013][ ]"
    r"(?=\p{Lu})"
)
_NEIGHBOURHOOD = regex.compile(
    rf"{_B}(?:in|from|of)[ ]the[ ](?P<p>{_NAME}(?:[ ]{_NAME}){{0,2}})\s+(?:neighbou?rhood|district|quarter|suburb)\b"
)
_STREET_WORDS = r"(?:Road|Street|Avenue|Lane|Terrace|Drive|Crescent|Close|Court|Boulevard|(?:Ave|Blvd|Rd)\.?)"
_STREET = regex.compile(
    rf"{_B}(?:on|of|off|along)[ ](?P<p>{_NAME}(?:[ ]{_NAME})?[ ]{_STREET_WORDS}){_E}"
    rf"|{_B}(?P<r>{_NAME}(?:[ ]{_NAME})?[ ]{_STREET_WORDS})[ ]residents?{_E}"
)
_KIN_OF = regex.compile(
    r"(?<![\p{L}])(?:daughter|son|sister|brother|mother|father|niece|nephew|grandson|granddaughter|husband|wife"
    rf"|partner|cousin)s?[ ](?:{_NAME}[ ]){{1,3}}of[ ](?P<p>{_NAME}(?:[ ]{_NAME})?)(?=[,.;]|[ ]and\b)"
)
_KIN_HINT = regex.compile(r"daughter|son[ s]|sister|brother|mother|father|niece|nephew|husband|wife|partner|cousin")
"""A cheap check for :data:`_KIN_OF`'s relatives."""
_NEAR = regex.compile(rf"{_B}(?:near|aus)\s+(?P<p>{_NAME}(?:[ ]{_NAME})?)(?=[.,;)]|[ \t]*\n|[ \t]*$|[ ]hat\b)")


def _name_like(word: str) -> bool:
    """``word`` may be a person's or a place's name: no ordinary or technical word."""
    return not ordinary_word(word) and word not in TECH_WORDS


def _some_name(value: str) -> bool:
    """One word of ``value`` is no ordinary English word and no technical word."""
    return any(not english_word(w) and w not in TECH_WORDS for w in regex.findall(r"[\p{L}\p{M}'-]+", value))


def cue_people(text: str) -> list[Span]:
    """``PERSON`` spans the words around a name show (see the module docstring)."""
    out: list[tuple[int, int]] = []
    if "known to " in text or ("(" in text and " to " in text):
        for m in _NICKNAME.finditer(text):
            group = "n" if m.group("n") is not None else "b"
            if _name_like(m.group(group)) or m.group(group).isupper():
                out.append(m.span(group))
    if (
        "pan" in text
        or "meneer" in text
        or "mevrouw" in text
        or "Aunt" in text
        or "casa de" in text
        or "seu " in text
        or "dona " in text
    ):
        for m in _LOWER_TITLE.finditer(text):
            name = m.group("n")
            if m.group("known") is not None and name not in first_names():
                continue  # "seu Pedido": your order
            if _name_like(name) or known_name(name):
                out.append(m.span("n"))
    if "name is " in text or "wner is " in text:
        out.extend(m.span("n") for m in _NAME_IS.finditer(text) if m.group("n") in first_names())
    if "President" in text or "Chair" in text or "Secretary" in text or "Treasurer" in text:
        out.extend(m.span("n") for m in _OFFICE.finditer(text) if _some_name(m.group("n")))
    if "." in text:
        out.extend(m.span("n") for m in _INITIALS_VERB.finditer(text) if m.group("n") not in _NOT_INITIALS)
        if "inute" in text or "ecorded by" in text or "otes by" in text or "Scribe" in text:
            out.extend(m.span("n") for m in _MINUTES_BY.finditer(text))
        if "\u2014" in text or "\u2013" in text or "-" in text:
            out.extend(m.span("n") for m in _DASH_INITIALLED.finditer(text))
    if "\u2013" in text or "\u2014" in text or " - " in text or ") " in text:
        for m in _LIST_PHONE.finditer(text):
            name = m.group("n")
            if name in first_names() or (not english_word(name) and name not in TECH_WORDS):
                out.append(m.span("n"))
    if "hank" in text or "heers" in text or "Ta " in text or "ta " in text:
        for m in _THANKED.finditer(text):
            if m.group("n") in first_names() and not ordinary_word(m.group("n")):
                out.append(m.span("n"))  # "thanks Bev!"
    return [
        Span(lo, hi - 2 if text[hi - 2 : hi] in ("'s", "\u2019s") else hi, "PERSON", SCORE_CUE, "names")
        for lo, hi in out
    ]


def cue_places(text: str) -> list[Span]:
    """``LOCATION`` spans the words around a place show (see the module docstring)."""
    out: list[tuple[int, int]] = []
    if "\u2014 " in text or "\u2013 " in text:
        for m in _DATELINE.finditer(text):
            if _some_name(m.group("p")):
                out.append(m.span("p"))
    if "neighbo" in text or "district" in text or "quarter" in text or "suburb" in text:
        for m in _NEIGHBOURHOOD.finditer(text):
            place = m.group("p")
            if not set(place.split()) & TECH_WORDS and not known_name(place):
                out.append(m.span("p"))  # not "in the Moore neighbourhood" (a grid's cells)
    if (
        "Road" in text
        or "Street" in text
        or "Ave" in text
        or "Lane" in text
        or "Terrace" in text
        or "Drive" in text
        or "Rd" in text
        or "Close" in text
        or "Court" in text
        or "Crescent" in text
        or "Boulevard" in text
        or "Blvd" in text
    ):
        for m in _STREET.finditer(text):
            group = "p" if m.group("p") is not None else "r"
            if _some_name(m.group(group).rsplit(" ", 1)[0]):
                out.append(m.span(group))
    if " of " in text and _KIN_HINT.search(text) is not None:
        out.extend(m.span("p") for m in _KIN_OF.finditer(text) if _some_name(m.group("p")))
    if "near" in text or " aus " in text:
        for m in _NEAR.finditer(text):
            if all(_name_like(w) for w in m.group("p").split()) and m.group("p").split()[0] not in first_names():
                out.append(m.span("p"))
    return [Span(lo, hi, "LOCATION", SCORE_CUE, "names") for lo, hi in out]
