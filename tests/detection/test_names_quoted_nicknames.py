"""Nicknames written with a person's name (:mod:`mask.plugins.spacy.nicknames`): two words or
initials in quotes between a first and a family name or after a title, a nickname in quotes right
after a person, a spouse in brackets before ``of`` and a town in an obituary; and a family name
after ``Familie`` found again (:mod:`mask.core.recurring`). And what stays: quoted product names,
a town or an ordinary word in brackets after a person."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.spans import Span
from mask.plugins.spacy.nicknames import nicknames_after, quoted_nicknames


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('Division 2: 1st Jim "Wee Jim" Dunsmore net 67', ['Jim "Wee Jim" Dunsmore']),
        ('Your contractor, a Mr "Gaz" Pritchard, attended', ['"Gaz" Pritchard']),
        ("Anna 'A.J.' Kowalski won", ["Anna 'A.J.' Kowalski"]),
    ],
)
def test_quoted(text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in quoted_nicknames(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        'Click the "Smart Setting" Button to start',
        'Release "Alpha Build" Notes are out',
        "Thomas 'Tom' Hardy signed",  # one word: the name rules' own
    ],
)
def test_not_quoted(text: str) -> None:
    assert quoted_nicknames(text) == []


def _after(text: str, person: str) -> list[str]:
    at = text.index(person)
    found = nicknames_after(text, [Span(at, at + len(person), "PERSON", 0.9, "spacy")])
    return [text[s.start : s.end] for s in found]


def test_after() -> None:
    assert _after('OKAFOR, Julius Chukwuemeka "J.R."\nChief', "Julius Chukwuemeka") == ["J.R."]
    assert _after("GK: Dale Hughes ('Spider')\nDEF:", "Dale Hughes") == ["Spider"]
    text = "children Ifeoma Okafor-Bello (Tunde) of Silver Spring, and"
    assert _after(text, "Ifeoma Okafor-Bello") == ["Tunde"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("children Chidi Okafor (London) of Houston", "Chidi Okafor"),  # a place
        ("Maria Lopez (Chair) of the board", "Maria Lopez"),  # an ordinary word
        ("Maria Lopez (2019) wrote", "Maria Lopez"),
    ],
)
def test_not_after(text: str, person: str) -> None:
    assert _after(text, person) == []


def test_protected(ner_mask: Mask) -> None:
    text = "Traurig: Petra Wüstenhöfer.\nTraueranschrift: Familie Wüstenhöfer, Am Lindenhang 7, 46145 Oberhausen"
    out = ner_mask.protect(text)
    assert "Wüstenhöfer" not in out, out
    out = ner_mask.protect('Your contractor, a Mr "Gaz" Pritchard, attended on 22 December.')
    assert "Gaz" not in out and "Pritchard" not in out, out


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Petra Wüstenhöfer\nTraueranschrift: Familie Wüstenhöfer, Am Weg 7", True),
        ("Petra Wüstenhöfer\nTraueranschrift: Gasthof Wüstenhöfer, Am Weg 7", False),  # another name's word
    ],
)
def test_family_word_before_a_name_part(text: str, found: bool) -> None:
    from mask.core.detector import Budget
    from mask.core.recurring import recurring_spans

    person = Span(0, len("Petra Wüstenhöfer"), "PERSON", 0.9, "spacy")
    spans = recurring_spans([text], [[person]], [[person]], Budget())[0]
    assert bool([s for s in spans if text[s.start : s.end] == "Wüstenhöfer"]) is found
