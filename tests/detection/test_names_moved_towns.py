"""After a person's verb of moving (``moved``, ``relocated``...), ``from`` and ``to`` name towns,
also towns no gazetteer knows (``Claudio Armani moved from Rezzato to Puegnago Sul Garda last
spring``); a team or ``we`` moving tools, and ordinary words, name none."""

from __future__ import annotations

import pytest

from mask.core.detector import Budget
from mask.plugins.spacy import NameRulesDetector


def _places(detector: NameRulesDetector, text: str) -> set[str]:
    return {text[s.start : s.end] for s in detector.detect([text], [[]], Budget())[0] if s.type == "LOCATION"}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Claudio Armani moved from Rezzato to Puegnago Sul Garda last spring and now works for Bondumier SPA.",
            {"Rezzato", "Puegnago Sul Garda"},
        ),
        ("Paolo Viviani moved from Illegio to Palombaro last spring.", {"Illegio", "Palombaro"}),
        ("She recently relocated to Valkeakoski in 2020.", {"Valkeakoski"}),
        ("I moved to Hartola last year.", {"Hartola"}),
        ("The tenant moved from Kolding to Melby.", {"Kolding", "Melby"}),
    ],
)
def test_towns_a_person_moved_between(rules: NameRulesDetector, text: str, towns: set[str]) -> None:
    assert towns <= _places(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "We moved to Kubernetes last year.",
        "We moved from Bamboo to Drone last year.",
        "The ticket moved to Done yesterday.",
        "Move to Trash when done.",
        "They moved from Excel to Sheets.",
        "He moved to Production today.",
    ],
)
def test_no_town_where_no_person_moved(rules: NameRulesDetector, text: str) -> None:
    assert not _places(rules, text)
