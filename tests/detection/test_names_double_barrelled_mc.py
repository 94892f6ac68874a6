"""A Mc/Mac/O' part after a hyphen is a name's, not camelCase code (``Craig Nugent-McKeever``)."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.filters import is_false_entity


def test_a_double_barrelled_name_with_mc_is_a_person(ner_mask: Mask) -> None:
    text = "Voicemail transcript: hi, this is Craig Nugent-McKeever with Acme, my number is 011.028.2289"
    people = [text[s.start : s.end] for s in ner_mask.scan([text])[0] if s.type == "PERSON"]
    assert "Craig Nugent-McKeever" in people


@pytest.mark.parametrize("value", ["Nugent-McKeever", "Smith-MacLeod", "Byrne-O'Connor"])
def test_name_prefixes_after_a_hyphen_are_no_code(value: str) -> None:
    assert not is_false_entity(value, None)


@pytest.mark.parametrize("value", ["Smith-getX", "getUserById", "iPhone"])
def test_camel_case_code_is_still_no_name(value: str) -> None:
    assert is_false_entity(value, None)
