"""Places near a home that the words around them name (:mod:`mask.plugins.spacy.place_cues`): a
village's people, ``in nearby``, a town hall's town, a street and the town it is in, a Dutch or
German street in one word, a street in lower case in a chat. And what stays: a street of ordinary
words alone, common nouns shaped like a street, figures of speech and code."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.place_cues import placed_towns


def _found(text: str) -> set[str]:
    words = set(text.replace(",", " ").replace(".", " ").split())
    return {text[s.start : s.end] for s in placed_towns(text, words)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Villagers in Little Brackwell have rallied around him.", {"Little Brackwell"}),
        ("He will stay with his daughter in nearby Stoke Merriton.", {"Stoke Merriton"}),
        ("célébré en la mairie de Saint-Gilles-Croix-de-Vie, et suivi", {"Saint-Gilles-Croix-de-Vie"}),
        ("residente na Rua do Moinho, lugar de Covelas, Vila Verde", {"Covelas"}),
        ("the blue house on Mill Road in Ballyconneely — if you come", {"Mill Road", "Ballyconneely"}),
        ("Found by the pond on Station Road, Hetton Moor. Contains", {"Station Road", "Hetton Moor"}),
        ("staat er eentje bij ons in de Merelstraat, bij de heg.", {"Merelstraat"}),
        ("an Ihrem Haus im Birkenweg sowie die Beiträge", {"Birkenweg"}),
        ("Onderwerp: Planning dakkapel Schoolstraat\n", {"Schoolstraat"}),
        ("a grey van at the bottom of larch lane since 5??", {"larch lane"}),
        ("who keeps leaving bins out on hazel close, foxes", {"hazel close"}),
    ],
)
def test_places(text: str, places: set[str]) -> None:
    assert _found(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "Villagers in the square sang.",
        "We walked on Main Street in the rain.",
        "Die Einbahnstraße ist gesperrt, also nehmen wir den Umweg im Heimweg nicht.",
        "wir fahren zur milieustraat in de zijstraat",
        "a trip down memory lane on a dirt road",
        "release the handle on socket close or on the road",
        "Residents of Paris love bread.",  # a known place: the gazetteer's, not this rule's
    ],
)
def test_no_places(text: str) -> None:
    assert _found(text) <= {"Paris"}


def test_protected(ner_mask: Mask) -> None:
    out = ner_mask.protect("Our host lives on Mill Road in Ballyconneely, two doors from the pub.")
    assert "Mill Road" not in out and "Ballyconneely" not in out, out
    kept = "Residents in the old square sang for an hour, then walked home down memory lane."
    assert ner_mask.protect(kept) == kept
