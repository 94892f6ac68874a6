"""Values given as the answer to a question that asks for them, on the line after it.

A support chat or a call transcript asks for a value and gets it on the next line::

    [10:00] Agent: Could you confirm your date of birth?
    [10:01] Customer: 14/02/1990

The question's last words name the type as a label does (``date of birth``, ``postcode``, ``full
name``; ``please`` and the like after them are dropped); the answer is the whole of the next line
after an optional time stamp and speaker. The value must have its type's shape, as a label's must
(:mod:`.label_shapes`): ``Customer: sure, one moment`` answers nothing; a name must be capitalised
words (``I don't know`` is no name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import regex

from .label_shapes import SPOKEN_LEAD
from .labels import key_words

__all__ = ["ANSWER_HEAD", "answered_values", "may_hold_answers"]

_QUESTION_END = re.compile(r"\?[ \t]*\r?\n")
"""A question that ends its line."""
ANSWER_HEAD = re.compile(r"[ \t]*(?:\[[0-9:. APMapm/\-]{1,20}\][ \t]*)?(?:[A-Za-z][\w .'()-]{0,30}:[ \t]*)?")
"""What may open an answer's line before the value: a time stamp and a speaker (``[10:03] Customer: ``,
``[2026-12-01 10:01] Customer (Rahul Verma): ``); the phone detector's answered question reads it too."""
_FILLERS = frozenset({"please", "pls", "again", "thanks", "thank", "you", "for", "me", "us", "too", "now", "today"})
"""Words after the label at the end of a question (``your postcode please?``, ``... for me?``)."""
_PURPOSE = frozenset({"for", "on", "to"})
"""Words that open what a question's label is asked for, in its last three words (``date of
birth for verification?``, ``address on file?``): the label ends before them."""
_NAME_LIKE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:[ ](?:(?:van|von|de|da|di|del|der|du|la|le|bin|al|dos|das)[ ])?"
    r"\p{Lu}[\p{L}\p{M}'\u2019.-]*){0,3}"
)
"""A name as an answer gives it: capitalised words, particles between them (``I don't know`` is none)."""
_REPLY = re.compile(r"(?i:yes|yeah|yep|no|nope|ok|okay|sure|thanks|thank you|correct|right)\b")
"""A reply that opens the answer's line: it confirms or refuses, it gives no value."""
_SPOKEN = regex.compile(SPOKEN_LEAD, regex.IGNORECASE)
"""Words before the value in a spoken answer (``it's 55 21 87 90``, ``yeah it's SW1A 2AA``): no part of it."""
_DIGIT = re.compile(r"[0-9]")
_MAX_LABEL_WORDS = 5
_QUESTION_REACH = 200
_ANSWER_REACH = 120


def may_hold_answers(text: str) -> bool:
    """A question mark and a line break: where :func:`answered_values` may find something."""
    return "?" in text and "\n" in text


def answered_values(
    text: str, begin: int, resolve: Callable[[tuple[str, ...]], str | None]
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, type)`` of each answer line's value whose question names a type
    (``resolve``: the vocabulary's reading of a label's words in running text)."""
    for m in _QUESTION_END.finditer(text, begin):
        mark = m.start()
        line_start = text.rfind("\n", max(0, mark - _QUESTION_REACH), mark) + 1
        etype = _asked_type(text[line_start:mark], resolve)
        if etype is None:
            continue
        head = ANSWER_HEAD.match(text, m.end())
        start = head.end() if head is not None else m.end()
        spoken = _SPOKEN.match(text, start)
        if spoken is not None:
            start = spoken.end()
        end = text.find("\n", start, start + _ANSWER_REACH + 1)
        if end < 0:
            end = min(len(text), start + _ANSWER_REACH + 1)
            if end - start > _ANSWER_REACH:
                continue
        value_end = end
        while value_end > start and text[value_end - 1] in " \t\r.":
            value_end -= 1
        if value_end <= start or _REPLY.match(text, start) is not None:
            continue  # "Yes, thanks.": a reply, no value
        if etype == "PERSON" and _NAME_LIKE.fullmatch(text, start, value_end) is None:
            continue
        if etype == "STREET_ADDRESS" and _DIGIT.search(text, start, value_end) is None:
            continue  # an address given as an answer has its house number
        yield start, value_end, etype


def _asked_type(question: str, resolve: Callable[[tuple[str, ...]], str | None]) -> str | None:
    """The type the question's last words name (``Could you confirm your date of birth`` ->
    ``DATE_TIME``), or None."""
    # word by word: the last words as one key may be longer than a key ("Thanks John-Paul. And
    # your date of birth")
    words = [w for token in question.split()[-(_MAX_LABEL_WORDS + 3) :] for w in key_words(token)]
    while words and words[-1] in _FILLERS:
        words.pop()
    purpose = max((i for i in range(max(1, len(words) - 3), len(words)) if words[i] in _PURPOSE), default=None)
    if purpose is not None:
        del words[purpose:]  # "date of birth for verification", "postcode for the delivery"
    found = None
    for n in range(1, min(_MAX_LABEL_WORDS, len(words)) + 1):
        etype = resolve(tuple(words[-n:]))
        if etype is not None:
            found = etype
    return found
