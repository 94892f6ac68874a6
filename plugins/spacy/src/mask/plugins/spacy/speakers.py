"""Speakers of a conversation written as lines: a chat export, a group chat, a hearing's or a
podcast's transcript.

Each line opens with the speaker's label and a colon, after a time or not (``[19:04] Dazza: nah``,
``ineke (nr 12): hoi allemaal``, ``MR. GUERRERO: Alfonso Guerrero, 41 Sycamore Court``). A text
with three such lines or more and two speakers or more is a conversation; its speakers are people
where the labels show it:

- a label in capitals (a transcript's): after a title (``MS. ABERNATHY``), a first name
  (``SARAH``), or a word the text also writes capitalised inside a sentence (``DEV`` when it says
  ``everyone calls me Dev``); a role stays (``CHAIR``, ``HOST``, ``Q``);
- a name after a kin word a group chat uses as a title (``Mama Tolu``), once one of the
  conversation's speakers is plainly a person (as below);
- any other label, once one of the conversation's speakers is plainly a person (a first name that
  is no English word, a name and an initial, a phone number in a chat export): a label that is no
  ordinary word, technology or service (``Dazza``, ``kaz p``, ``Maripili 3ºB``), its house number
  or flat left out (``bev no.14``, ``ineke (nr 12)``). A timed chat's label may be a word of
  another language (``Puri``); an untimed one's may not (``Von:``, ``Betreff:`` of a mail).

Without times, a speaker speaks twice or more (turns are taken: a list of labelled lines has
none). A log whose labels are programs (``[10:42] kubelet: started``) has no plain person among them,
and a key-value list's labels are words: neither is read.
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import TECH_WORDS, english_word, platform_name
from .filters import ordinary_word as ordinary
from .wordlists import first_names, known_name, word_set

__all__ = ["SCORE_SPEAKER", "conversation_speakers"]

SCORE_SPEAKER = 0.8

_STAMP = r"(?:\[[^\]\n]{1,25}\]|\(?\d{1,2}[:.]\d\d(?::\d\d)?(?:[ ]?[AaPp]\.?[Mm]\.?)?\)?)"
_LINE = regex.compile(
    rf"(?m)^[ \t]*(?P<stamp>{_STAMP}[ \t]*[-\u2013\u2014]?[ \t]*)?(?P<label>[^\s:][^:\n]{{0,38}}?):[ \t]+(?=\S)"
)
"""A line that opens with a label and a colon after a time or not."""

_QUALIFIER = regex.compile(
    r"[ ]+(?:\(?(?i:no|nr|n[º°o]|num|#)\.?[ ]?\d{1,4}[A-Za-z]?\)?"
    r"|\(?\d{1,3}[ºª°]?[ ]?[A-Za-z]?\)?)\Z"
)
"""A house number or a flat after the speaker's name (``no.14``, ``(nr 12)``, ``3ºB``, ``(1º)``)."""

_TITLES = word_set("mr mrs ms miss dr prof sr sra")
_KIN_TITLES = word_set("mama papa aunty auntie uncle bro sis baba iya mummy daddy grandma granny nana")
"""Kin words a group chat puts before a speaker's name (``Mama Tolu``), as titles."""
_PHONE = regex.compile(r"\+?[\d ()\-]{7,20}")
_NAME_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-]{0,24}")
_INITIAL = regex.compile(r"\p{Lu}\.?|\p{Ll}")

ROLE_LABELS = word_set(
    """
    chair chairman chairwoman chairperson host cohost co-host guest narrator interviewer interviewee
    moderator presenter announcer audience all both crowd caller operator agent user assistant system
    bot admin customer client clerk court judge witness counsel defendant plaintiff prosecutor attorney
    speaker reporter anchor voice voices member members panel panelist q a note notes warning error
    info debug todo example usage summary status question answer input output result response request
    prompt reply teacher student doctor patient nurse officer sgt dispatcher
    """
)
"""Labels of a transcript that name a role, no person (compared lower-cased)."""


def _is_phone(label: str) -> bool:
    return _PHONE.fullmatch(label) is not None and sum(c.isdigit() for c in label) >= 7


def _name_part(label: str) -> str | None:
    """The words of ``label`` that may name its speaker: its house number or flat
    left out, letters only (``kaz p``, ``Bram & Joyce``); None for any other label."""
    q = _QUALIFIER.search(label)
    name = label[: q.start()] if q is not None else label
    words = name.replace(" & ", " ").split(" ")
    if not 1 <= len(words) <= 3 or any(
        _NAME_WORD.fullmatch(w) is None and _INITIAL.fullmatch(w) is None for w in words
    ):
        return None
    if _NAME_WORD.fullmatch(words[0]) is None or len(words[0]) < 2:
        return None
    return name


def _plain_person(name: str) -> bool:
    """A label that shows a person by itself: a first name that is no English word, technology or
    service, alone or with a family name or an initial (``Chema``, ``Ruud B.``, ``ineke``)."""
    words = name.split()
    first = words[0][:1].upper() + words[0][1:].lower() if words[0].islower() else words[0]
    if first in TECH_WORDS or platform_name(first) or english_word(first):
        return False
    return first in first_names()


def _capitals_person(text: str, name: str, titled: bool) -> bool:
    """A transcript's label in capitals that names a person (see the module)."""
    if titled:
        return True
    word = name.split()[0]
    if len(word) < 3 or word.lower() in ROLE_LABELS:
        return False
    cased = word[:1] + word[1:].lower()
    if "-" in cased:
        cased = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    if cased in first_names() and cased not in TECH_WORDS and not english_word(cased):
        return True  # "SARAH"; not "GENERAL", "TRACE", "EDIT" (nor "JOHN" unless the text writes "John")
    mid = regex.search(rf"(?<=[\p{{L}},][ ]|(?i:mr|mrs|ms|dr)\.?[ ]){regex.escape(cased)}(?![\p{{L}}\p{{M}}])", text)
    return mid is not None


def _other_person(first: str, timed: bool) -> bool:
    """A label's first word that names a person in a conversation that has one: no ordinary English
    word (nor, without a time before it, any language's), technology or service."""
    cased = first[:1].upper() + first[1:]
    if cased in TECH_WORDS or first in TECH_WORDS or platform_name(cased) or english_word(first):
        return False
    if not timed and ordinary(first) and not known_name(cased):
        return False
    return first.lower() not in ROLE_LABELS


def conversation_speakers(text: str) -> list[Span]:
    """PERSON spans of the speakers' labels of a conversation (see the module)."""
    lines = list(_LINE.finditer(text))
    if len(lines) < 3 or len({m.group("label") for m in lines}) < 2:
        return []
    timed = sum(1 for m in lines if m.group("stamp")) * 2 >= len(lines)
    said = [m.group("label") for m in lines]
    if not timed and len(set(said)) == len(said):
        return []  # no speaker speaks twice: a list of labelled lines, no turns taken
    labels: list[tuple[regex.Match[str], int, str, bool]] = []  # line, name start, name, titled
    evidence = False
    for m in lines:
        label = m.group("label")
        if _is_phone(label):
            evidence = evidence or timed
            continue
        words = label.split(" ")
        head = words[0].rstrip(".").lower()
        titled = len(words) > 1 and (head in _TITLES or (head in _KIN_TITLES and words[1][:1].isupper()))
        offset = len(words[0]) + 1 if titled else 0
        name = _name_part(label[offset:])
        if name is None:
            continue
        labels.append((m, m.start("label") + offset, name, titled))
        if not name.isupper() and (titled or (_plain_person(name) and (timed or not ordinary(name.split()[0])))):
            evidence = True
    out: list[Span] = []
    for _, start, name, titled in labels:
        if name.isupper():
            person = len(name) > 1 and _capitals_person(text, name, titled)
        else:
            person = evidence and (titled or _plain_person(name) or _other_person(name.split()[0], timed))
        if person:
            out.append(Span(start, start + len(name), "PERSON", SCORE_SPEAKER, "names"))
    return out
