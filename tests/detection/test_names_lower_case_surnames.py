"""A last name no list holds after a lower-case first name someone introduced (mask-spacy): in
``hi its priya venkatesan, my order hasnt arrived`` the first name was protected and
``venkatesan`` stayed in clear; in ``spoke to tom fairweather`` neither was (``tom`` is a word
too, and ``fairweather`` is in no name list). After an introduction a lower-case word of four
letters or more that no language's word list and no chat's shorthand holds is read as the
last name."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hi its priya venkatesan, my order hasnt arrived", ["priya", "venkatesan"]),
        ("spoke to tom fairweather about the lease", ["tom", "fairweather"]),
        ("this is priya venkatesan here", ["priya", "venkatesan"]),
        ("hey, i'm chidi okonkwo from flat 4", ["chidi", "okonkwo"]),
        ("[14:02] Customer: yeah its john-paul mcgettigan", ["john-paul", "mcgettigan"]),
    ],
)
def test_an_unlisted_last_name_after_an_introduction_is_protected(ner_mask: Mask, text: str, names: list[str]) -> None:
    protected = ner_mask.protect(text)
    assert all(name not in protected for name in names), protected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("hey marcus lmao", "lmao"),
        ("i'm priya btw", "btw"),
        ("hi priya thanks so much", "thanks so much"),
        ("this is tom again", "again"),
        ("its well-known fact", "well-known"),
    ],
)
def test_chat_words_after_an_introduced_name_stay(ner_mask: Mask, text: str, kept: str) -> None:
    assert kept in ner_mask.protect(text)


def test_a_tagalog_pronoun_is_no_name(ner_mask: Mask) -> None:
    protected = ner_mask.protect("Ako po si Maricel Dizon, taga Quezon City.")
    assert protected.startswith("Ako po si Person_")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The refund was approved by Siobhan on Tuesday.", "Siobhan"),
        ("Forwarding this to Adaeze for approval.", "Adaeze"),
    ],
)
def test_a_first_name_ner_calls_a_place_is_a_person(ner_mask: Mask, text: str, name: str) -> None:
    """The small model reads a lone first name after ``by`` or ``to`` as a place; no gazetteer holds it."""
    protected = ner_mask.protect(text)
    assert name not in protected and "Person_" in protected


def test_a_town_after_to_stays_a_place(ner_mask: Mask) -> None:
    assert "Location_" in ner_mask.protect("Flights to Sydney are delayed.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("1:1 notes\n- deepa raghunathan says payroll has her SSN right", ["deepa", "raghunathan"]),
        ("Thanks for contacting us, you're chatting with Priyanka. Can I take your name?", ["Priyanka"]),
        ("G'day, it's Duc Nguyen from 14 Boundary St, Springvale", ["Duc", "Nguyen"]),
        ("Hi, it's about the boiler. My daughter Temi will be home.", ["Temi"]),
    ],
)
def test_names_a_cue_introduces(ner_mask: Mask, text: str, names: list[str]) -> None:
    """A lower-case subject on a bullet, the agent a chat names, a first name no list holds
    before a listed family name and ``from``, a kin word's name that is a word of another
    language (``Temi``): each was in clear."""
    protected = ner_mask.protect(text)
    assert all(name not in protected for name in names), protected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("beta did u send the documents to sharma uncle", "sharma"),
        ("pls pay raju bhaiya 500", "raju"),
        ("ask Neha didi to call", "Neha"),
    ],
)
def test_a_name_before_a_family_honorific(ner_mask: Mask, text: str, name: str) -> None:
    """Indian English names a person before an honorific (``uncle``, ``didi``, ``bhaiya``, ``ji``),
    in lower case too."""
    assert name not in ner_mask.protect(text)


@pytest.mark.parametrize("text", ["my uncle is here", "the big uncle said hi", "ok ji, done"])
def test_an_honorific_alone_names_no_one(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


def test_a_family_honorific_beside_a_japanese_one(ner_mask: Mask) -> None:
    """Both honorifics in one text: the family honorifics' pattern once shadowed the Japanese
    one's name in the module (the names detector failed with an IndexError)."""
    protected = ner_mask.protect("ok so Tanaka-san will join, and pls pay raju bhaiya 500")
    assert "Tanaka" not in protected and "raju" not in protected
