"""With NER, a name the small model reads in part and the name rules read whole is covered
whole: the two readings of one value are joined, not the higher score's alone kept."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _covered(mask: Mask, text: str, value: str) -> bool:
    at = text.index(value)
    return any(s.start <= at and at + len(value) <= s.end for s in mask.scan([text])[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Voicemail transcript: hi, this is Yago Brito with Guerra, my number is 0123", "Yago Brito"),
        ("[10:02] Customer: sure, it's Amber van Kuijc van Malsen", "Amber van Kuijc van Malsen"),
        ("Call summary: caller Sam van den Berg reported that the router keeps dropping.", "Sam van den Berg"),
        ("Thanks for your help.\n\nBest regards,\n\nAna Lívia Freitas\nAccount Manager", "Ana Lívia Freitas"),
    ],
)
def test_a_name_read_in_part_by_ner_is_covered_whole(ner_mask: Mask, text: str, value: str) -> None:
    assert _covered(ner_mask, text, value)
    assert value not in ner_mask.protect(text)
    assert not any(part in ner_mask.protect(text) for part in value.split() if part[0].isupper())
