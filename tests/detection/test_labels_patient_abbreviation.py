"""``Pt:`` (a patient, as intake forms and clinical notes abbreviate it) labels a person in running
text, ``Last, First`` too; as a JSON key ``pt`` is Portuguese, not a patient."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _typed(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PATIENT INTAKE\nPt: Beier, Sigrid\nAddr: Hauptstraße 5, 10115 Berlin\n", "Beier, Sigrid"),
        ("Pt name: Ökkaş Yorulmaz\nDOB: 1980-02-03", "Ökkaş Yorulmaz"),
    ],
)
def test_pt_labels_a_person(pattern_mask: Mask, text: str, name: str) -> None:
    assert ("PERSON", name) in _typed(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert name not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize("text", ['{"en": "Hello", "pt": "Olá", "de": "Hallo"}', "Pt. 3: Results"])
def test_pt_as_a_key_or_a_point_labels_nothing(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
