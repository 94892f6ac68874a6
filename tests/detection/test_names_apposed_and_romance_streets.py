"""Names in apposition after a relative, a newborn or a role (:mod:`mask.plugins.spacy.apposed_names`),
streets of Romance languages with their kind in lower case (:mod:`mask.plugins.spacy.place_cues`),
and a double-barrelled family name found again after a capitalised word (:mod:`mask.core.recurring`).
And what stays: a place or an ordinary word after a relative, English ``via``, a one-word part
after another capitalised word."""

from __future__ import annotations

import pytest

from mask.core.detector import Budget
from mask.core.recurring import recurring_spans
from mask.core.spans import Span
from mask.plugins.spacy.apposed_names import apposed_names
from mask.plugins.spacy.place_cues import placed_towns


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Il nipote, Gianmarco, parla benissimo inglese.", ["Gianmarco"]),
        ("O filho dele, o Caíque, é que fez o serviço.", ["Caíque"]),
        ("Congratulations on the new baby boy, Chiemerie! Naming ceremony Saturday.", ["Chiemerie"]),
        ("Contact the organiser, Magnus af Klercker, 070-318 42 96.", ["Magnus af Klercker"]),
    ],
)
def test_apposed(text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in apposed_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "We visited my cousin, Florence, last year.",  # a place
        "Ask the organiser, Please, to call.",  # an ordinary word
        "The window, Chrome, and the tab stay open.",  # no relative or role
        "Contact the owner, Docker, for the image.",  # technology
    ],
)
def test_not_apposed(text: str) -> None:
    assert apposed_names(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("por la obra de la calle del Almendro esquina Jazmín", "calle del Almendro"),
        ('Condominio "Il Glicine", via dei Glicini 18, Torre del Greco', "via dei Glicini 18"),
        ("Clémence — 12, rue des Mouettes, 85800 Saint-Gilles", "rue des Mouettes"),
    ],
)
def test_romance_streets(text: str, street: str) -> None:
    words = set(text.replace(",", " ").split())
    assert street in {text[s.start : s.end] for s in placed_towns(text, words)}


@pytest.mark.parametrize("text", ["sent via Slack to the team", "un corso Python per tutti", "via Email only"])
def test_no_romance_streets(text: str) -> None:
    assert placed_towns(text, set(text.split())) == []


@pytest.mark.parametrize(
    ("text", "part", "found"),
    [
        ("Jörg Schäfer-Lindemann (2)\nDoppel Schäfer-Lindemann/Çelik (1)", "Schäfer-Lindemann", True),
        ("Lucy Park joined.\nCentral Park is near.", "Park", False),
    ],
)
def test_recurring_part(text: str, part: str, found: bool) -> None:
    first = text.split("\n")[0]
    end = first.index(part) + len(part)
    person = Span(0, end, "PERSON", 0.9, "spacy")
    spans = recurring_spans([text], [[person]], [[person]], Budget())[0]
    assert any(text[s.start : s.end] == part for s in spans) is found
