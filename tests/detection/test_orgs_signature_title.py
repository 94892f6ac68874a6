"""A signature line that gives a job title and then the company (``Account Manager | White-Day``,
``Senior Software Engineer at Greenchoice``, ``Head of Sales, Peitrequin``) names the company;
a title in prose or an ordinary word after it does not."""

from __future__ import annotations

import pytest

from mask.plugins.spacy.orgs import find_orgs


def _orgs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_orgs(text)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Best regards,\n\nJennifer Decker\nAccount Manager | White-Day\nM: +1 555 0100", "White-Day"),
        ("Thanks,\nAnna\nSenior Software Engineer at Greenchoice\n", "Greenchoice"),
        ("Regards\nBob\nHead of Sales, Peitrequin\n", "Peitrequin"),
        ("Cordialement,\nMarc\nCEO & Founder - Boillat Sàrl\n", "Boillat Sàrl"),
    ],
)
def test_the_company_after_a_job_title(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The manager, Smith\nsaid hi",
        "Account Manager | Support\n",
        "Release manager - Python 3.12\n",
        "Lead | Status\n",
    ],
)
def test_no_company_from_prose_or_ordinary_words(text: str) -> None:
    assert _orgs(text) == []
