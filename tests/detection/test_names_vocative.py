"""A known first name addressed where a line, a sentence or a label's value opens, before a
comma and a lower-case word, is a person (``Reminder: Nikolaj, your appointment ...``); a first
name that is an ordinary word too (``Helena``, ``Grace``) only before ``your``, ``please``,
``we``...; a weekday, month or season there (``Monday``, ``April``, ``Summer``) is not one."""

from __future__ import annotations

import pytest

from mask.plugins.spacy import NameRulesDetector

from .conftest import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reminder: Nikolaj, your appointment with the dentist is on Tuesday at 9:30.", "Nikolaj"),
        ("Reminder: Jolán, your appointment is on Tuesday.", "Jolán"),
        ("Thanks for waiting.\nLourenço, we have your parcel.", "Lourenço"),
        ("All set. Apolena, please bring your card.", "Apolena"),
        ("Reminder: Helena, your appointment with Dr. Virtanen is on Tuesday at 9:30.", "Helena"),
        ("Reminder: Benoît, your appointment is on Tuesday.", "Benoît"),
        ("Grace, please confirm the booking.", "Grace"),
    ],
)
def test_an_addressed_first_name_is_a_person(rules: NameRulesDetector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Monday, your order ships.",
        "Update: April, we released v2.",
        "Note: Sadly, the item is gone.",
        "Warning: Will, the process stops.",
        "Summer, you know, is hot.",
        "Update: May, we are closed on the 1st.",
        "config.Nikolaj, value",
    ],
)
def test_no_vocative_without_a_name_where_a_clause_opens(rules: NameRulesDetector, text: str) -> None:
    assert not people(rules, text)
