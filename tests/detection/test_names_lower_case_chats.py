"""First names and towns a chat writes in lower case (:mod:`mask.plugins.spacy.lower_chat`): a
known first name in a chat's message without capitals, a town right after a street address. And
what stays: first names that are words, places or technology, names in prose with capitals, chats
without a chat's marks, a lower-case word after an address that names no town."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.spans import Span
from mask.plugins.spacy.lower_chat import lower_chat_names, towns_after_address


def _names(text: str) -> set[str]:
    return {text[s.start : s.end] for s in lower_chat_names(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("lol wojtek you absolute legend. see you sunday", {"wojtek"}),
        ("Me: nice. ill get kofi to drive me\nMum: ok 👍", {"kofi"}),
        ("sabato festa per i 40 anni di davide. porta anche andrea 😘", {"davide", "andrea"}),
    ],
)
def test_lower_names(text: str, names: set[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "lol the grace period ends on friday, django docs say so!!",  # words, technology
        "haha we went to florence and paris last week",  # places
        "Wojtek said the pierogi recipe was his mum's. lol",  # capitals in the message
        "ill get kofi to drive me there tomorrow",  # no chat mark
    ],
)
def test_no_lower_names(text: str) -> None:
    assert _names(text) == set()


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("die adresse ist bergstr. 7 in kassel. ruf an", "bergstr. 7", "kassel"),
        ("a casa nostra in via roma 18 a bergamo. porta", "via roma 18", "bergamo"),
        ("hij woont op de molenweg 22 in zwolle.", "molenweg 22", "zwolle"),
    ],
)
def test_towns_after_address(text: str, street: str, town: str) -> None:
    at = text.index(street)
    found = towns_after_address(text, [Span(at, at + len(street), "STREET_ADDRESS", 0.9, "address")])
    assert [text[s.start : s.end] for s in found] == [town]


def test_no_town_after_address() -> None:
    text = "send it to bergstr. 7 in time for the party"
    at = text.index("bergstr. 7")
    assert towns_after_address(text, [Span(at, at + 10, "STREET_ADDRESS", 0.9, "address")]) == []


def test_protected(ner_mask: Mask) -> None:
    out = ner_mask.protect("ciao!! festa per davide a casa nostra in via roma 18 a bergamo. porta anche andrea 😘")
    assert all(w not in out for w in ("davide", "bergamo", "andrea")), out
    kept = "lol the grace period ends on friday!!"
    assert ner_mask.protect(kept) == kept
