"""A name set off by commas after a relative or a role that an article or a possessive opens, in
notices, reviews and chats of several languages, where the name rules' own apposition (``my ex,
Dontrell,``) does not reach:

- ``Il nipote, Gianmarco, parla``, ``O filho dele, o Caíque, é que``, ``his nephew, Arjun.``;
- a newborn: ``on the new baby boy, Chiemerie!``;
- who to ask: ``Contact the organiser, Magnus af Klercker, 070-...``.

The name is one to three capitalised words (with a family name's particles between them), its
first a known first name or no ordinary word, and no place or technology; a comma, a full stop, a
bracket, a dash or an exclamation closes it.
"""

from __future__ import annotations

import regex

from mask.core.spans import Span

from .filters import TECH_WORDS
from .filters import ordinary_word as ordinary
from .gazetteer import gazetteer
from .wordlists import first_names, word_set
from .words import KIN_WORDS

__all__ = ["SCORE_APPOSED", "apposed_names"]

SCORE_APPOSED = 0.75

APPOSED_KIN = word_set(
    """
    nipote nipoti cognato cognata suocero suocera genero nuora figlioccio figlioccia
    neto neta enteado enteada genro nora cunhado cunhada afilhado afilhada
    nieto nieta yerno nuera cuñado cuñada ahijado ahijada
    petit-fils petite-fille gendre belle-fille beau-frère belle-sœur filleul filleule
    enkel enkelin schwiegersohn schwiegertochter schwager schwägerin patenkind
    stepson stepdaughter grandson granddaughter son-in-law daughter-in-law brother-in-law sister-in-law
    """
)
"""Relatives of other languages (and by marriage) that :data:`.words.KIN_WORDS` leaves out."""
APPOSED_ROLES = word_set("organiser organizer coordinator captain manager owner caretaker warden steward contact")
"""Roles after ``the`` whose name a notice gives in apposition (``the organiser, Magnus``)."""
_NEWBORN = r"baby(?:[ ](?:boy|girl))?|newborn|bambino|bambina|beb[eéê]"
_OPENERS = (
    r"the|our|my|his|her|their|your|new|il|la|lo|o|a|el|le|der|die|das|sein|seine|ihr|ihre"
    r"|suo|sua|mio|mia|seu|meu|minha|su|mi"
)
_CAP = r"\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)?"
_APPOSED = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_OPENERS})[ ](?:(?i:new)[ ])?(?P<tie>{_NEWBORN}|[\p{{L}}-]+)"
    rf"(?:[ ](?i:dele|dela|di[ ]lei|di[ ]lui|de[ ]él|de[ ]ella))?,[ ](?:(?:o|a|il|la|el)[ ])?"
    rf"(?P<n>{_CAP}(?:[ ](?:(?:af|av|von|van|de|da|di|del|du|le|la)[ ])?{_CAP}){{0,2}})"
    r"(?=[ ]?[,.!;)\u2014\u2013]|[ ][-\u2013\u2014][ ]|$)"
)
_ANCHOR = regex.compile(r",[ ]")


def _tie(word: str) -> bool:
    low = word.lower()
    return low in KIN_WORDS or low in APPOSED_KIN or low in APPOSED_ROLES or regex.fullmatch(_NEWBORN, low) is not None


def apposed_names(text: str) -> list[Span]:
    """PERSON spans of names in apposition after a relative, a newborn or a role (see the module)."""
    out = []
    for m in _APPOSED.finditer(text):
        tie = m.group("tie")
        if not _tie(tie):
            continue
        name = m.group("n")
        first = name.split()[0]
        if (
            (first in first_names() or not ordinary(first))
            and not gazetteer().is_place(first)
            and first not in TECH_WORDS
            and not gazetteer().is_place(name)
        ):
            out.append(Span(m.start("n"), m.end("n"), "PERSON", SCORE_APPOSED, "names"))
    return out
