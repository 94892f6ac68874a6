"""A family name NER reads without its particles gets them back where a given name or a title
precedes them (``Francisca do Jesus``, ``Dr. da Mota``); after an ordinary word a particle is a
preposition and stays out (``la casa de Mota``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _people(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voicemail transcript: hi, this is Francisca do Jesus with Acme, my number is 0123", "Francisca do Jesus"),
        ("Reminder: Ana, your appointment with Dr. da Mota is on Tuesday", "da Mota"),
    ],
)
def test_particles_after_a_given_name_or_title_join_the_name(ner_mask: Mask, text: str, name: str) -> None:
    assert name in _people(ner_mask, text)


def test_a_particle_after_an_ordinary_word_stays_out(ner_mask: Mask) -> None:
    assert not any(p.startswith("of ") or p.startswith("van") for p in _people(ner_mask, "the report of van Dijk"))
