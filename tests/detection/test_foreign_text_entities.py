"""The English model on a text in another language (mask-spacy): it reads a German sentence's
capitalised nouns, a Malay or a Ukrainian sentence's opening words as people and places
(``Strahlenbelastung der Bevölkerung`` a person, ``Kellerräumen`` a place). In a text whose
lower-case words are mostly no English ones, an entity of the model counts only with a word the
name lists hold, a title, a place the gazetteer holds or a legal form."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.foreign import mostly_foreign

GERMAN = (
    "Demnach lag die durchschnittliche Strahlenbelastung der Bevölkerung im Vorjahr bei 3,8 Millisievert. "
    "Die Behörde empfiehlt, Messungen von Radon in Kellerräumen ernst zu nehmen, insbesondere in "
    "Mittelgebirgsregionen."
)
MALAY = (
    "Orang ramai dinasihatkan berwaspada terhadap banjir kilat dan tanah runtuh di kawasan berisiko "
    "tinggi sepanjang minggu ini."
)


@pytest.mark.parametrize("text", [GERMAN, MALAY])
def test_a_foreign_sentence_keeps_its_nouns(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Szanowny Panie Tomaszu, w nawiązaniu do rozmowy telefonicznej przesyłam harmonogram spłat "
            "do umowy kredytowej. Raty będą pobierane z rachunku co miesiąc.",
            "Tomaszu",
        ),
        (
            "Sehr geehrte Frau Henrike Brandt, wir bestätigen hiermit den Eingang Ihres Antrags vom "
            "letzten Montag und melden uns in den nächsten Tagen bei Ihnen.",
            "Brandt",
        ),
    ],
)
def test_a_name_in_a_foreign_text_is_still_protected(ner_mask: Mask, text: str, name: str) -> None:
    assert name not in ner_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        (GERMAN, True),
        (MALAY, True),
        ("The refund was approved on Tuesday and the customer will see it in three to five days on the card.", False),
        ('{"id": 7, "name": "Anna", "city": "Lyon", "status": "active", "plan": "pro", "seats": 4}', False),
    ],
)
def test_which_texts_are_foreign(text: str, foreign: bool) -> None:
    assert mostly_foreign(text) is foreign
