"""Two family names joined by ``&`` are a firm's name (``Reimes & Lafleur``), with their particles
(``van Gemert & Recers``); ordinary, technology and abbreviation pairs are not."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _orgs(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Meeting: quarterly review with Anna Berg (Reimes & Lafleur) | When: Thu", "Reimes & Lafleur"),
        ("Meeting: quarterly review with Anna Berg (van Gemert & Recers)", "van Gemert & Recers"),
    ],
)
def test_two_family_names_joined_by_ampersand(ner_mask: Mask, text: str, firm: str) -> None:
    assert firm in _orgs(ner_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "See the Terms & Conditions before you sign.",
        "Ask Sales & Marketing for the deck.",
        "We run Docker & Redis in staging.",
        "The Q & A session starts at noon.",
    ],
)
def test_ordinary_pairs_are_no_firm(ner_mask: Mask, text: str) -> None:
    assert _orgs(ner_mask, text) == []


def test_koninklijke_opens_a_dutch_company(ner_mask: Mask) -> None:
    text = "Anna moved to Lyon last spring and now works for Koninklijke Pastoors."
    assert "Koninklijke Pastoors" in _orgs(ner_mask, text)
