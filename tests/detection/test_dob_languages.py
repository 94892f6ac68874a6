"""A date of birth in prose in other languages: after the participle of being born, a place
between (``nato a Bari il 14/07/1948``, ``née à Lyon le 3 mars 1950``), with the month written
in French, Spanish, Italian, Portuguese, German, Dutch or Polish. A word that is no month
leaves the date alone (``3 times 1950``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _dates(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "DATE_TIME"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mio padre, nato a Bari il 14/07/1948, vive con noi.", "14/07/1948"),
        ("Elle est née à Lyon le 3 mars 1950.", "3 mars 1950"),
        ("Er wurde geboren am 12. März 1961 in Köln.", "12. März 1961"),
        ("Urodziła się w Gdańsku 3 maja 1977 r.", "3 maja 1977"),
        ("Nacido en Sevilla el 3 de marzo de 1950.", "3 de marzo de 1950"),
        ("Nascida em Braga a 1 de agosto de 1982.", "1 de agosto de 1982"),
        ("She was born on 1st August 1982 in Leeds.", "1st August 1982"),
        ("born March 12, 1987", "March 12, 1987"),
        ("Jane Roe (b. March 3, 1937) lives in Leeds.", "March 3, 1937"),  # b. for born, touching
        ("Contact: J. Roe, b. 03/04/1961", "03/04/1961"),
        ("Anna Nowak, b.12 maja 1977", "12 maja 1977"),
    ],
)
def test_dates_of_birth_in_prose(pattern_mask: Mask, text: str, value: str) -> None:
    assert _dates(pattern_mask, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "born 3 times 1950",
        "Das Paket wurde am 3. März 2024 geliefert.",  # no one was born
        "The NATO summit of 3 April 2019.",
        "See Tab. 3/4/2020 and Feb. 3, 2020.",  # a word ending in b. is no abbreviation of born
        "Plan b. for the launch on March 3, 2020",  # b. must touch the date
        "Jane Roe (b. 1937)",  # a year alone is no date of birth
    ],
)
def test_no_date_of_birth(pattern_mask: Mask, text: str) -> None:
    assert _dates(pattern_mask, text) == []


def test_a_date_right_after_the_date_of_birth_is_a_records_own() -> None:
    """``DOB 12/03/1988.`` then a log line's timestamp: only the first date after the label is the
    date of birth (the timestamp became a DATE token)."""
    mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    text = "verified identity via DOB 12/03/1988.\n2024-05-02 14:30 agent=kim.lee: customer moved"
    found = [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]
    assert ("DATE_TIME", "12/03/1988") in found
    assert ("DATE_TIME", "2024-05-02") not in found
    label_above = "Date of birth\n12/03/1988"
    assert "12/03/1988" not in mask.protect(label_above)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Patient Name: Lakshmi Narayanan   MRN: 00482913   DOB: 07-Aug-1956", "07-Aug-1956"),
        ("born 07-Aug-1956 in Mysore", "07-Aug-1956"),
        ("date of birth 12/Mar/1961", "12/Mar/1961"),
        ("née le 07-mars-1956", "07-mars-1956"),
    ],
)
def test_a_day_month_year_joined_by_dashes_or_slashes(text: str, date: str) -> None:
    """``07-Aug-1956``, as medical records and databases print a date: before, no date shape read
    it, so a labelled date of birth stayed in clear."""
    mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    assert ("DATE_TIME", date) in [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]
    assert date not in mask.protect(text)
    assert mask.protect("Build 07-Aug-2024 shipped") == "Build 07-Aug-2024 shipped"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geb.: 01.02.1970", "01.02.1970"),
        ("Anna Schmidt geb. Müller, geb. am 3.4.1960", "3.4.1960"),
        ("Fecha nac.: 03/05/1990", "03/05/1990"),
        ("Data nasc.: 12/08/1991", "12/08/1991"),
    ],
)
def test_a_date_of_birth_after_an_abbreviated_label(pattern_mask: Mask, text: str, value: str) -> None:
    # geb. (geboren), fecha nac., data nasc.: forms abbreviate the label; the date stayed in clear
    assert value not in pattern_mask.protect(text)


def test_a_maiden_name_after_geb_is_no_date(pattern_mask: Mask) -> None:
    assert pattern_mask.protect("Anna Schmidt geb. Müller") == "Anna Schmidt geb. Müller"
