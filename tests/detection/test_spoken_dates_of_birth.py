"""Dates of birth said in words, as a voicemail's transcript writes them: ``born on the second
of August nineteen fifty-one`` and ``date of birth eleven fourteen nineteen sixty-two`` stayed in
clear (no digit for the date rules to find). The detector ``spoken_numbers`` reads them after a
word of birth; a date said in words without one is no one's birthday. And a written one: under
a label, ``2nd of August 1951`` lost only its day and month (the year stayed in clear)."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.spoken import spoken_dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("she was born on the second of August nineteen fifty-one, and", "the second of August nineteen fifty-one"),
        (
            "for Mrs. Patricia Delgado, date of birth eleven fourteen nineteen sixty-two.",
            "eleven fourteen nineteen sixty-two",
        ),
        ("my birthday is March third, nineteen eighty-four", "March third, nineteen eighty-four"),
        ("she was born on the second of August 1951", "the second of August 1951"),
        ("DOB is the twenty-first of June two thousand and three", "the twenty-first of June two thousand and three"),
    ],
)
def test_a_spoken_date_of_birth_is_protected(pattern_mask: Mask, text: str, date: str) -> None:
    assert [text[a:b] for a, b, _ in spoken_dates(text)] == [date]
    assert date not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "the meeting is on the second of August twenty twenty-four",
        "we shipped it on March third, nineteen eighty-four was the year",
        "born to run, the second of August",
    ],
)
def test_a_spoken_date_without_a_birth_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize("text", ["born on 2nd of August 1951", "DOB: 2nd of August 1951"])
def test_a_written_date_of_birth_keeps_its_year_in_the_span(pattern_mask: Mask, text: str) -> None:
    assert "1951" not in pattern_mask.protect(text)
