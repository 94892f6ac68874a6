"""A value found once is found wherever it recurs in the same call.

A name under a record's ``name`` key is a person's; the same name in the record's free-text note
(``"note": "Xyzzy Bakare called again"``), or an e-mail address or a street a label named and
that the message repeats in prose, is the same person's even where no rule would read it there.
After the detectors, every value found is looked for again in all texts of the call (a
payload's leaves, a JSON text): each other whole-word occurrence that nothing covers becomes a
span of the same type, with the same score. A person's first or last word is looked for too,
where it stands alone or after a title (``Thanks, Olumide``, ``Ms Bakare``; not the ``Park`` of
``Central Park``).

Dates are left out (a date of birth recurs as a timestamp's day), and so are short values and
numbers (four characters at least, a letter among them: the digits of an SSN may be an order's
id too, and a ZIP code or a house number recurs as a count). At most :data:`MAX_VALUES`
distinct values are looked for, the longest first; each search is a plain substring search, so
the pass is linear in the texts' length times the values' number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .detector import Budget
from .detectors.label_words import PERSON_STOP_WORDS
from .spans import Coverage, Span

__all__ = ["MAX_VALUES", "recurring_spans"]

MAX_VALUES = 256
"""The most distinct values one call looks for again."""
_NOT_RECURRING = frozenset({"DATE_TIME", "ZIP_CODE"})
_DETECTOR = "recurring"


_LETTER = re.compile(r"[^\W\d_]")


def _worth_finding(value: str) -> bool:
    """A value that means the same thing where it recurs: four characters or more, a letter among
    them (the same digits may be another thing's number: an order's id that an SSN's digits
    spell stays; numbers have their own detectors and labels)."""
    return len(value) >= 4 and value == value.strip() and _LETTER.search(value) is not None


def _marked_login(value: str) -> bool:
    """A login that no sentence spells: it holds a digit, a dot, a dash or an underscore
    (``jdoe42``, ``k.watanabe``). A login that is a bare word (``will``, ``sunny``) recurs in prose
    as that word: only where it was found is it the login."""
    return not value.isalpha()


def _a_name_part(word: str) -> bool:
    """A person's first or last word that names them alone elsewhere: four letters or more (and
    apostrophes or hyphens), capitalised, no word a name does not hold (``Will``, ``The``)."""
    return (
        len(word) >= 4
        and word[:1].isupper()
        and not word.isupper()
        and word.replace("-", "").replace("'", "").isalpha()
        and word.casefold() not in PERSON_STOP_WORDS
    )


_TITLES = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "madam", "herr", "frau", "sr", "sra"}
)
"""Titles before a person's family name (``Ms Bakare``)."""
_FAMILY_WORDS = frozenset({"familie", "family", "famille", "familia", "família", "famiglia", "fam"})
"""Words before a family's name (``Familie Wüstenhöfer``, ``the Family Okafor``): as a title."""


def _name_words(value: str) -> list[str]:
    """A person's words without the titles before them (``Dr. Emeka Okonkwo`` is Emeka's and
    Okonkwo's). A suffix stays: its last word is no part to look for (``Butler MD`` does not
    make the Butler of ``Johnson, Butler and Horton`` a person's)."""
    words = value.split()
    while words and words[0].rstrip(".").casefold() in _TITLES:
        del words[0]
    return words


def _alone(text: str, start: int, end: int) -> bool:
    """The part at ``text[start:end]`` stands alone or after a title: no other capitalised word
    right before or after it (``Central Park``, ``Park Avenue`` hold ``Park`` as another name's
    word; ``Ms Bakare`` is hers), no hyphen joining it to another (``Ward-Marshall``)."""
    if (start and text[start - 1] in "-\u2010") or text[end : end + 1] in ("-", "\u2010"):
        return False
    if "-" in text[start:end]:
        return True  # a double-barrelled name is no other name's word (``Doppel Schäfer-Lindemann/Çelik``)
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha():
        word_start = start - 2
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start : start - 1]
        if word[:1].isupper() and word.casefold() not in _TITLES and word.casefold() not in _FAMILY_WORDS:
            return False
    after = text[end : end + 2]
    return not (after[:1] == " " and after[1:2].isupper())


def _whole_word(text: str, start: int, end: int) -> bool:
    """No letter, digit or underscore touches ``text[start:end]`` on either side."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def recurring_spans(
    texts: Sequence[str], found: Sequence[Sequence[Span]], covered: Sequence[Sequence[Span]], budget: Budget
) -> list[list[Span]]:
    """New spans, per text, for the other occurrences of every value ``found`` holds (see the
    module); none overlaps ``covered`` (which holds ``found``) or another."""
    values: dict[str, Span] = {}
    parts: dict[str, Span] = {}
    origin: dict[str, int] = {}  # the text each value was first found in
    for i, spans in enumerate(found):
        text = texts[i]
        for span in spans:
            if span.type in _NOT_RECURRING:
                continue
            value = text[span.start : span.end]
            if value not in values and _worth_finding(value) and (span.type != "USERNAME" or _marked_login(value)):
                values[value] = span
                origin.setdefault(value, i)
            if span.type == "PERSON" and " " in value:
                words = _name_words(value)
                for word in {words[0], words[-1]} if words else ():
                    if _a_name_part(word) and word not in parts:
                        parts[word] = span
                        origin.setdefault(word, i)
    out: list[list[Span]] = [[] for _ in texts]
    for value in values:
        parts.pop(value, None)  # a whole value alone: no part of another
    if not values:
        return out
    ordered = sorted(values, key=len, reverse=True)[:MAX_VALUES]
    ordered += sorted(parts, key=len, reverse=True)[: MAX_VALUES - len(ordered)]
    values.update(parts)
    for i, text in enumerate(texts):
        budget.check(_DETECTOR)
        # a value written once, in the text it was found in, recurs nowhere there (most values)
        hits = [v for v in ordered if v in text and (origin[v] != i or text.count(v) > 1)]
        if not hits:
            continue
        taken = Coverage((s.start, s.end) for s in covered[i])
        starts: list[int] = []  # the spans added to this text, sorted, none overlapping another
        ends: list[int] = []
        for value in hits:
            span = values[value]
            at = text.find(value)
            while at >= 0:
                end = at + len(value)
                k = bisect_left(starts, end)
                if (
                    _whole_word(text, at, end)
                    and not taken.overlaps(at, end)
                    and not (k and ends[k - 1] > at)
                    and (value not in parts or _alone(text, at, end))
                ):
                    starts.insert(k, at)
                    ends.insert(k, end)
                    out[i].append(Span(at, end, span.type, span.score, _DETECTOR))
                at = text.find(value, end)
    return out
