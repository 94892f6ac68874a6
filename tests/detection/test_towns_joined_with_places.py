"""A town named by its context is covered whole where the gazetteer knows part of it, and where
another name type reads part of it: ``Rocchetta Di Fabriano`` was left with ``Rocchetta Di`` in
clear (the gazetteer's ``Fabriano`` kept the town rule off), ``Abreu do Campo`` with ``Campo``."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _covered(mask: Mask, text: str, value: str) -> bool:
    at = text.index(value)
    return any(s.start <= at and at + len(value) <= s.end for s in mask.scan([text])[0])


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gino Rossi moved from Rocchetta Di Fabriano to Colle last spring.", "Rocchetta Di Fabriano"),
        ("Lea Roux moved from Sainte Odette-les-Bains to Lyon last spring.", "Sainte Odette-les-Bains"),
        ("Ana Reis moved from Abreu do Campo to Rio last spring.", "Abreu do Campo"),
    ],
)
def test_a_moved_from_town_is_covered_whole(ner_mask: Mask, text: str, town: str) -> None:
    assert _covered(ner_mask, text, town)


@pytest.mark.parametrize("subject", ["Gino Rossi", "Lea Roux"])
def test_a_name_of_two_known_names_moves_even_when_each_is_a_word_too(ner_mask: Mask, subject: str) -> None:
    # "rossi" and "roux" are ordinary words as well as family names.
    text = f"{subject} moved from Kuntapolcavára to Szeged last spring."
    assert _covered(ner_mask, text, "Kuntapolcavára")


def test_the_team_moving_tools_names_no_town(ner_mask: Mask) -> None:
    text = "We moved from Jenkins to Buildkite last spring."
    assert not _covered(ner_mask, text, "Buildkite")  # (NER alone may still call Jenkins a place)
