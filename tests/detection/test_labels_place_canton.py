"""A labelled town keeps its canton or province code in brackets (``"town": "Corpataux (UR)"``):
the code was left in clear after the town's token."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('{"town": "Corpataux (UR)", "x": 1}', "Corpataux (UR)"),
        ('{"city": "Certosa di Pavia (PV)"}', "Certosa di Pavia (PV)"),
        ("Town: Corpataux (UR)\nNotes: (see below)", "Corpataux (UR)"),
    ],
)
def test_the_code_in_brackets_goes_with_the_town(pattern_mask: Mask, text: str, place: str) -> None:
    places = [text[s.start : s.end] for s in pattern_mask.scan([text])[0] if s.type == "LOCATION"]
    assert place in places


def test_a_bracket_that_is_no_code_stays_out(pattern_mask: Mask) -> None:
    text = "City: Bern (see notes)"
    places = [text[s.start : s.end] for s in pattern_mask.scan([text])[0] if s.type == "LOCATION"]
    assert places == ["Bern"]
