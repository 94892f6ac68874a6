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
from .wordlists import first_names, known_name, word_set

__all__ = ["WORD_START", "cue_people", "cue_places"]

SCORE_CUE = 0.8
"""As a greeting's or a title's name: the words around say a person or a place is there."""

_NAME = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'\u2019]*(?:-\p{Lu}?\p{Ll}[\p{Ll}\p{M}'\u2019]*)?"
"""A capitalised word, maybe hyphenated (``Mei-Ling``)."""
WORD_START = r"(?<![\p{L}\p{M}\p{N}_])"
"""No letter, mark, digit or underscore right before: a word starts here (the cue modules' patterns open with it)."""
_B = WORD_START
_E = r"(?![\p{L}\p{M}\p{N}_])"

_NICKNAME = regex.compile(
    rf"{_B}known[ ]to[ ](?:everyone|everybody|all|friends|family|us[ ]all|most(?:[ ]of[ ]us)?)[ ]as[ ](?P<n>{_NAME}|\p{{Lu}}{{2,3}}){_E}"
    rf"|\((?P<b>{_NAME}|\p{{Lu}}{{2,3}})[ ]to[ ](?:his|her|their|most|all|everyone|everybody|friends|family|us)\b"
)
_LOWER_TITLE = regex.compile(
    rf"{_B}(?:(?P<any>pani|pana|panu|meneer|mevrouw|Aunty|Auntie|casa[ ]de)|(?P<known>seu|dona))[ ](?P<n>{_NAME}){_E}"
)
_TITLE_ANCHORS = ("pani ", "pana ", "panu ", "meneer ", "mevrouw ", "Aunty ", "Auntie ", "casa de ", "seu ", "dona ")
_OFFICE_ANCHORS = ("President ", "Chair", "Secretary ", "Treasurer ")
_MINUTES_ANCHORS = ("Minutes", "Minute taker", "Recorded by", "Notes by", "Scribe")
_THANKS_ANCHORS = ("Thanks", "thanks", "Thank you ", "thank you ", "Cheers", "cheers", "Ta ")
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
_DASH_INITIALLED = regex.compile(rf"[\u2014\u2013-]{{1,2}}[ ]?(?P<n>{_INITIALLED}),[ ]")
_LIST_HEAD = regex.compile(rf"[ \t]*(?:[-*\u2022][ \t]*)?(?P<n>{_NAME})")
_LIST_PHONE = regex.compile(
    r"[ \t]+(?:[\u2013\u2014-]|\((?:work|home|cell|mobile|mob|landline)\))[ \t]+"
    r"\+?[0-9][0-9 ().-]{6,}[0-9](?:[ \t]*$|,|[ ][\u2014\u2013-])",
    regex.MULTILINE,
)
"""A dash or a phone's kind in brackets, then a phone number closing the line or a part of it."""

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
_STREET_ANCHORS = (
    " Road",
    " Street",
    " Avenue",
    " Ave",
    " Lane",
    " Terrace",
    " Drive",
    " Crescent",
    " Close",
    " Court",
)
_STREET_ANCHORS_MORE = (" Boulevard", " Blvd", " Rd")
_STREET_BACK = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{M}}\p{{N}}_])(?P<cue>on|of|off|along)[ ])?(?P<p>{_NAME}(?:[ ]{_NAME})?)\Z"
)
"""The street's name before its word (``Carrow`` in ``on Carrow Lane``), and the word before it."""
_KIN_ANCHORS = (
    "daughter",
    "son ",
    "sons ",
    "sister",
    "brother",
    "mother",
    "father",
    "niece",
    "nephew",
    "husband",
    "wife",
    "partner",
    "cousin",
)
_KIN_OF = regex.compile(
    r"(?:daughter|son|sister|brother|mother|father|niece|nephew|husband|wife|partner|cousin)s?[ ]"
    rf"(?:{_NAME}[ ]){{1,3}}of[ ](?P<p>{_NAME}(?:[ ]{_NAME})?)(?=[,.;]|[ ]and\b)"
)
_NEAR = regex.compile(rf"(?:near|aus)\s+(?P<p>{_NAME}(?:[ ]{_NAME})?)(?=[.,;)]|[ \t]*\n|[ \t]*$|[ ]hat\b)")


def _at(text: str, anchors: tuple[str, ...], pattern: regex.Pattern[str]) -> list[regex.Match[str]]:
    """Matches of ``pattern`` right where one of ``anchors`` opens a word: each rule looks for its
    words with ``str.find`` and tries its pattern there only, not at every position of the text."""
    found = []
    for anchor in anchors:
        i = text.find(anchor)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_") or anchor[0] in " (":
                m = pattern.match(text, i)
                if m is not None:
                    found.append(m)
            i = text.find(anchor, i + 1)
    return found


def _name_like(word: str) -> bool:
    """``word`` may be a person's or a place's name: no ordinary or technical word."""
    return not ordinary_word(word) and word not in TECH_WORDS


def _some_name(value: str) -> bool:
    """One word of ``value`` is no ordinary English word and no technical word."""
    return any(not english_word(w) and w not in TECH_WORDS for w in regex.findall(r"[\p{L}\p{M}'-]+", value))


def cue_people(text: str, words: set[str] | frozenset[str] | None = None) -> list[Span]:
    """``PERSON`` spans the words around a name show (see the module docstring); ``words``: the
    text's words when the caller has them (:func:`_words` otherwise)."""
    out: list[tuple[int, int]] = []
    words = _words(text) if words is None else words
    nick: tuple[str, ...] = ("known to ",) if "known" in words else ()
    if "to" in words and not words.isdisjoint(_NICKNAME_AFTER):
        nick += ("(",)
    for m in _at(text, nick, _NICKNAME):
        group = "n" if m.group("n") is not None else "b"
        if _name_like(m.group(group)) or m.group(group).isupper():
            out.append(m.span(group))
    for m in _at(text, _TITLE_ANCHORS if not words.isdisjoint(_TITLE_WORDS) else (), _LOWER_TITLE):
        name = m.group("n")
        if m.group("known") is not None and name not in first_names():
            continue  # "seu Pedido": your order
        if _name_like(name) or known_name(name):
            out.append(m.span("n"))
    if "is" in words and ("name" in words or "owner" in words or "Owner" in words):
        named = _at(text, ("name is ", "owner is ", "Owner is "), _NAME_IS)
        out.extend(m.span("n") for m in named if m.group("n") in first_names())
    if not words.isdisjoint(_OFFICE_WORDS):
        out.extend(m.span("n") for m in _at(text, _OFFICE_ANCHORS, _OFFICE) if _some_name(m.group("n")))
    if ". " in text:
        if not words.isdisjoint(_REPORTING_VERBS):
            out.extend(m.span("n") for m in _INITIALS_VERB.finditer(text) if m.group("n") not in _NOT_INITIALS)
        if not words.isdisjoint(_MINUTES_WORDS):
            out.extend(m.span("n") for m in _at(text, _MINUTES_ANCHORS, _MINUTES_BY))
        if ", " in text:
            for m in _at(text, ("\u2014", "\u2013", "- ", "--"), _DASH_INITIALLED):
                if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip() == "":
                    out.append(m.span("n"))  # "— K. Ostrander, Field Adjuster" opening its line
    seps: tuple[str, ...] = (" \u2013 ", " \u2014 ", " - ")
    if "(" in text and not words.isdisjoint(_PHONE_KINDS):
        seps += (" (work) ", " (home) ", " (cell) ", " (mobile) ", " (mob) ", " (landline) ")
    for sep in seps:
        for i in _find_all(text, sep):
            head = _LIST_HEAD.fullmatch(text, text.rfind("\n", 0, i) + 1, i)
            if head is not None and _LIST_PHONE.match(text, i) is not None:
                name = head.group("n")
                if name in first_names() or (not english_word(name) and name not in TECH_WORDS):
                    out.append(head.span("n"))
    for m in _at(text, _THANKS_ANCHORS if not words.isdisjoint(_THANKS_WORDS) else (), _THANKED):
        if m.group("n") in first_names() and not ordinary_word(m.group("n")):
            out.append(m.span("n"))  # "thanks Bev!"
    return [
        Span(lo, hi - 2 if text[hi - 2 : hi] in ("'s", "\u2019s") else hi, "PERSON", SCORE_CUE, "names")
        for lo, hi in sorted(set(out))
    ]


def cue_places(text: str, words: set[str] | frozenset[str] | None = None) -> list[Span]:
    """``LOCATION`` spans the words around a place show (see the module docstring); ``words`` as
    for :func:`cue_people`."""
    out: list[tuple[int, int]] = []
    words = _words(text) if words is None else words
    if "\u2014 " in text or "\u2013 " in text:
        for at in [0] + [i + 2 for i in _find_all(text, "\n\n")]:
            m = _DATELINE.match(text, at)
            if m is not None and _some_name(m.group("p")):
                out.append(m.span("p"))
    if not words.isdisjoint(_AREA_WORDS):
        for m in _NEIGHBOURHOOD.finditer(text):
            place = m.group("p")
            if not set(place.split()) & TECH_WORDS and not known_name(place):
                out.append(m.span("p"))  # not "in the Moore neighbourhood" (a grid's cells)
    streets = _STREET_ANCHORS if not words.isdisjoint(_STREET_WORD_SET) else ()
    for anchor in streets:
        for i in _find_all(text, anchor):
            end = i + len(anchor)
            if end < len(text) and text[end] == "." and anchor in (" Ave", " Blvd", " Rd"):
                end += 1
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue  # " Courtyard", " Avenues"
            back = _STREET_BACK.search(text, max(0, i - 60), i)
            if back is None or not _some_name(back.group("p")):
                continue
            if back.group("cue") is not None or text.startswith((" resident", " Resident"), end):
                out.append((back.start("p"), end))  # "on Carrow Lane", "Dunsany Ave resident"
    if "of" in words and not words.isdisjoint(_KIN_WORDS):
        out.extend(m.span("p") for m in _at(text, _KIN_ANCHORS, _KIN_OF) if _some_name(m.group("p")))
    if "near" in words or "aus" in words:
        for m in _at(text, ("near ", "near\n", "aus "), _NEAR):
            if all(_name_like(w) for w in m.group("p").split()) and m.group("p").split()[0] not in first_names():
                out.append(m.span("p"))
    return [Span(lo, hi, "LOCATION", SCORE_CUE, "names") for lo, hi in sorted(set(out))]


def _words(text: str) -> set[str]:
    """The words of ``text`` (split at blanks and punctuation): each rule looks for its words in
    this set before it looks for them in the text."""
    return set(text.translate(_SPLIT).split())


_SPLIT = str.maketrans(dict.fromkeys(".,;:!?()[]{}\"'\u2019\u2014\u2013-/|*", " "))
_NICKNAME_AFTER = word_set("his her their most all everyone everybody friends family us")
_TITLE_WORDS = word_set("pani pana panu meneer mevrouw Aunty Auntie casa seu dona")
_OFFICE_WORDS = word_set("President Chair Chairperson Chairwoman Chairman Secretary Treasurer")
_REPORTING_VERBS = word_set(
    "noted reported proposed seconded moved agreed asked said suggested confirmed presented raised volunteered"
    " offered explained"
)
_MINUTES_WORDS = word_set("Minutes Minute Recorded Notes Scribe")
_PHONE_KINDS = word_set("work home cell mobile mob landline")
_THANKS_WORDS = word_set("Thanks thanks Thank thank Cheers cheers Ta")
_AREA_WORDS = word_set("neighbourhood neighborhood district quarter suburb")
_STREET_WORD_SET = frozenset(a.strip() for a in _STREET_ANCHORS)
_KIN_WORDS = word_set(
    "daughter daughters son sons sister sisters brother brothers mother father niece nieces nephew nephews"
    " husband wife partner cousin cousins"
)
"""Each rule's words, looked for in :func:`_words`'s set before the rule's anchors are looked for
in the text."""


def _find_all(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text``."""
    found = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found
