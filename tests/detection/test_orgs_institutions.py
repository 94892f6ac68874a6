"""Institutions named by the word that closes them: ``Fifth Third Bank``, ``PES University``,
``Mercy General Hospital``, ``Mayo Clinic``.

The small NER model found none of these (``Fifth Third Bank``: ordinal words; ``PES``: an
abbreviation), and the legal-form rules need a company form. Words that say which one
(``your bank``, ``The Bank``) and a generic noun (``Food Bank``) are no name; ``Clinic``,
``Institute``, ``Foundation`` and ``Academy`` close ordinary phrases too (``Argument Clinic``),
so they need a word that is a name before them.
"""

from __future__ import annotations

import pytest

from mask.plugins.spacy.orgs import find_orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Payment to be sent to Fifth Third Bank today.", "Fifth Third Bank"),
        ("She studied at PES University and joined us.", "PES University"),
        ("He was treated at Mercy General Hospital in Toledo.", "Mercy General Hospital"),
        ("Wire it to First National Bank of Omaha.", "First National Bank of Omaha"),
        ("Call The Ohio State University Medical Center today.", "Ohio State University Medical Center"),
        ("He was seen at the Mayo Clinic in Rochester.", "Mayo Clinic"),
        ("Member of Navy Federal Credit Union since 2010.", "Navy Federal Credit Union"),
    ],
)
def test_an_institution_is_an_organization(text: str, org: str) -> None:
    assert org in [text[s.start : s.end] for s in find_orgs(text) if s.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    "text",
    [
        "Contact Your Bank before travelling.",
        "The Bank will call you.",
        "Donate to the Food Bank on Main.",
        "support Argument Clinic's text signature protocol",
        "Licensed by the Free Software Foundation.",
        "the bank and the university are closed",
    ],
)
def test_no_institution(text: str) -> None:
    assert [text[s.start : s.end] for s in find_orgs(text)] == []
