"""A nationality word written as a language's name is no one's group: ``available in English,
French and German``, ``Translate this into Japanese``, ``{"language": "French"}``. Written of
people it stays NRP: ``a Chinese citizen``, ``He is French``, ``Nationality: German``. An online
service's name is no person or place: ``logged in Datadog``, ``uploaded to Google Drive``."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.filters import in_code
from mask.plugins.spacy.languages import in_language_list, names_a_language


@pytest.mark.parametrize(
    "text",
    [
        "The app is available in English, French and German.",
        "Translate this text into Japanese.",
        "He speaks German and Polish.",
        "Written in Japanese characters.",
        '{"language": "French", "subtitles": ["Spanish", "Italian"]}',
        "Switch the keyboard to Russian.",
        "Translation (French): Bonjour, comment puis-je vous aider ?",
        "Characters used in Emoji ZWJ sequences, Balinese, Jamo, Devanagari, Tamil, Kannada and others.",
        "Added these languages: Catalan, Esperanto, Kazakh, Baque, Volapük, Azeri, Galician, Nynorsk, and Serbian.",
        "Many CJK (Chinese, Japanese, Korean) environments use wide characters.",
    ],
)
def test_a_language_comes_back_unchanged(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("She is a Chinese citizen.", "Chinese"),
        ("He is French.", "French"),
        ("Nationality: German", "German"),
        ("The best players in Chinese football.", "Chinese"),
    ],
)
def test_a_group_of_people_is_still_protected(ner_mask: Mask, text: str, group: str) -> None:
    out = ner_mask.protect(text)
    assert group not in out
    assert ner_mask.reveal(out) == text


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


@pytest.mark.parametrize(
    "text",
    [
        "Stored in S3 and logged in Datadog.",
        "Uploaded the file to Google Drive.",
        "Opened a pull request on Github",
        "Saved to Dropbox and Notion.",
        "Model: GPT-4o via OpenAI, fallback Anthropic Claude.",
        "$ distro\nName: Antergos Linux\nVersion: 1.0",
        '{"name": "Acme Server", "status": "up"}',
    ],
)
def test_an_online_service_or_a_system_is_no_person_or_place(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Claude Dubois called about the refund.", "Claude Dubois"),
        ("Lives in Wise County, Texas.", "Texas"),
    ],
)
def test_a_name_or_place_beside_a_service_word_stays_protected(ner_mask: Mask, text: str, value: str) -> None:
    assert value not in ner_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Catalan, Esperanto, Kazakh, Volapük", "Kazakh", True),
        ("Balinese, Jamo, Devanagari, Tamil and Kannada", "Tamil", True),
        ("Hindi and Kazakh", "Kazakh", False),  # two items are no list of languages
        ("Guests from Lyon, Paris and Marseille", "Paris", False),
        ("Catalan, Esperanto, Kazakh Airlines", "Kazakh Airlines", False),
    ],
)
def test_in_language_list(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert in_language_list(text, start, start + len(word)) is expected


def test_places_beside_a_list_of_languages_keep_their_protection(ner_mask: Mask) -> None:
    text = "Guests from Lyon, Paris and Marseille arrived."
    out = ner_mask.protect(text)
    assert "Lyon" not in out and "Marseille" not in out
    assert ner_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("As well as Len() which", "Len", True),
        ("def hi(to: Annotated[str, Doc('Who')])", "Annotated", True),
        ("as John Smith[1] wrote", "Smith", False),
        ("Smith (2019) found", "Smith", False),
    ],
)
def test_a_call_or_a_subscript_is_code(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert in_code(text, start, start + len(word)) is expected
