"""A nationality word written as a language's name is no one's group: ``available in English,
French and German``, ``Translate this into Japanese``, ``{"language": "French"}``. Written of
people it stays NRP: ``a Chinese citizen``, ``He is French``, ``Nationality: German``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.plugins.spacy.languages import names_a_language


@pytest.fixture(scope="module")
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_processes": 1}})
    yield m
    m.close()


@pytest.mark.parametrize(
    "text",
    [
        "The app is available in English, French and German.",
        "Translate this text into Japanese.",
        "He speaks German and Polish.",
        "Written in Japanese characters.",
        '{"language": "French", "subtitles": ["Spanish", "Italian"]}',
        "Switch the keyboard to Russian.",
    ],
)
def test_a_language_comes_back_unchanged(mask: Mask, text: str) -> None:
    assert mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("She is a Chinese citizen.", "Chinese"),
        ("He is French.", "French"),
        ("Nationality: German", "German"),
        ("The best players in Chinese football.", "Chinese"),
    ],
)
def test_a_group_of_people_is_still_protected(mask: Mask, text: str, group: str) -> None:
    out = mask.protect(text)
    assert group not in out
    assert mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Available in English, French and German.", "German", True),
        ("Available in English, French and German.", "French", True),
        ("subtitles: Spanish", "Spanish", True),
        ("the German version", "German", True),
        ("a German citizen", "German", False),
        ("in German football", "German", False),
        ("Hello, French", "French", False),
    ],
)
def test_names_a_language(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert names_a_language(text, start, start + len(word)) is expected
