"""Someone introducing themselves by a capitalised first name (mask-spacy): ``Hi it's Jenny from
Bloom Dental, confirming your cleaning`` (an appointment text) stayed in clear; NER reads a lone
first name after ``it's`` or ``this is`` as nothing. A known first name (or a name the lists know
as a family name: ``Hey it's Raj``) counts there; one that
is also an ordinary word or a place only with a word after it that goes on as a person's
(``It's June from HR``; not ``It's May already``, ``This is Paris, the capital``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi it's Jenny from Bloom Dental, confirming your cleaning Tue 3pm.", "Jenny"),
        ("Hi, this is Jenny from Bloom Dental.", "Jenny"),
        ("Hey it's Marcus from the leasing office", "Marcus"),
        ("It's Priya here, from accounts.", "Priya"),
        ("I'm Will and I'll be your host tonight.", "Will"),
        ("It's June from HR about your leave.", "June"),
        ("Hola, soy Lucía de atención al cliente.", "Lucía"),
        ("Hey it's Raj, call me at 415-867-5309", "Raj"),  # a name the lists know as a family name
    ],
)
def test_the_name_introduced_is_protected(ner_mask: Mask, text: str, name: str) -> None:
    protected = ner_mask.protect(text)
    assert name not in protected and "Person_" in protected


@pytest.mark.parametrize(
    "text", ["It's May already.", "This is Python code.", "I'm Fine, thanks.", "It's Chrome that crashes."]
)
def test_other_words_after_an_introduction_stay(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text
