"""A company closed by its legal form is covered with the form: NER reading a person or a place
inside it (``Angelino Aguirre Barros``, ``Houston``) no longer leaves ``S.L.`` or ``and King`` in
clear, and a labelled company keeps ``A/S`` and ``S/A`` whole."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _orgs(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Pedro moved from Madrid to Toledo last spring and now works for Angelino Aguirre Barros S.L..",
            "Angelino Aguirre Barros S.L.",
        ),
        (
            "Bo Li moved from Perth to Sydney last spring and now works for Turner, Houston and King.",
            "Turner, Houston and King",
        ),
        ("She moved last spring and now works for Campos, Polanco y Sauceda.", "Campos, Polanco y Sauceda"),
        ("He now works for Ferreira, Lopes e Santos.", "Ferreira, Lopes e Santos"),
    ],
)
def test_the_legal_form_beats_what_ner_reads_inside(ner_mask: Mask, text: str, company: str) -> None:
    assert company in _orgs(ner_mask, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("contact:\n  org: Mathiesen & Søn A/S\n  tel: '+45 12 34 56 78'", "Mathiesen & Søn A/S"),
        ('{"org_name": "da Cruz Rodrigues S/A"}', "da Cruz Rodrigues S/A"),
        ("Employer: Kjær & Søn A/S\nReferred by: Dr. Hansen", "Kjær & Søn A/S"),
    ],
)
def test_a_labelled_company_keeps_its_slashed_form(pattern_mask: Mask, text: str, company: str) -> None:
    assert company in _orgs(pattern_mask, text)


def test_a_slash_between_words_still_ends_a_labelled_company(pattern_mask: Mask) -> None:
    text = "Employer: Acme Retail/Marketing dept"
    assert all("Marketing" not in org for org in _orgs(pattern_mask, text))
