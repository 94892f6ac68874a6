"""A name with an initial between two capitalised words, one of them a known name: the English
``Mary J. Blige`` and the Hungarian order ``Horváth I. Kristóf`` (surname first), which the
small NER model leaves in clear; and the prose where a capital and a dot sit between words."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.plugins.spacy import NameRulesDetector


def persons(detector: NameRulesDetector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect([text], [[]], Budget())[0] if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi team, Horváth I. Kristóf called from the depot.", "Horváth I. Kristóf"),
        ("Shipping label: | Tóth A. Márta | Fő utca 12.", "Tóth A. Márta"),
        ("Note: George W. Bush visited the plant.", "George W. Bush"),
        ("Signed by Mary J. Blige on Monday.", "Mary J. Blige"),
    ],
)
def test_name_with_a_middle_initial(rules: NameRulesDetector, text: str, name: str) -> None:
    assert name in persons(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "See Table A. The results are in.",
        "Go to Section B. Next, open it.",
        "Use Plan B. Martin agreed.",  # Plan is an ordinary word
        "Take Vitamin D. Sarah said so.",
        "Ask Quxbar Z. Flimflam about it.",  # neither word a known name
        "Run python3 -m mask.Main A. Smith",  # inside code
    ],
)
def test_not_a_name(rules: NameRulesDetector, text: str) -> None:
    found = persons(rules, text)
    assert not any(". " in name for name in found), found


def test_protected_with_ner(ner_mask: Mask) -> None:
    text = "Hi team, Horváth I. Kristóf called from +36 30 123 4567 about the delivery."
    out = ner_mask.protect(text)
    assert "Horváth" not in out and "Kristóf" not in out
    assert ner_mask.reveal(out) == text
