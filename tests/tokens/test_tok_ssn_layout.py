"""An SSN's token keeps the layout the value was written in: nine bare digits stay nine bare
digits (an SSN column of a SQL INSERT, a number in JSON, a schema of nine digits), where the
token used to be dashed (``123456789`` became ``666-74-4406``: in SQL, a subtraction)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from mask.core import Mask


@pytest.fixture(scope="module")
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def test_a_bare_ssn_in_a_sql_insert_stays_a_bare_number(mask: Mask) -> None:
    text = "INSERT INTO customers (name, ssn) VALUES ('Jean Dupont', 123456789);"
    protected = mask.protect(text)
    m = re.fullmatch(r"INSERT INTO customers \(name, ssn\) VALUES \('(Person_\w+)', (\d+)\);", protected)
    assert m is not None, protected
    token = m.group(2)
    assert len(token) == 9 and token.startswith("666")  # read as a number, still nine digits
    assert mask.protect(protected) == protected  # a token is not tokenized again
    assert mask.reveal(protected) == text


@pytest.mark.parametrize("value", ["536229841", "036229841", "900123456"])
def test_a_labelled_bare_ssn_gets_nine_bare_digits(mask: Mask, value: str) -> None:
    protected = mask.protect(f"SSN: {value}")
    token = protected.removeprefix("SSN: ")
    assert re.fullmatch(r"(?:000|666)\d{6}", token), protected
    assert token != value
    assert mask.reveal(protected) == f"SSN: {value}"


def test_a_leading_zero_value_may_keep_area_000(mask: Mask) -> None:
    # a value that starts with 0 is no number as written: both reserved areas stay open to it
    areas = {mask.protect(f"SSN: 0{n:08d}").removeprefix("SSN: ")[:3] for n in range(123456, 123496)}
    assert areas == {"000", "666"}


def test_dashed_and_spaced_ssns_keep_their_separators(mask: Mask) -> None:
    assert re.fullmatch(r"SSN: (?:000|666)-\d\d-\d{4}", mask.protect("SSN: 536-22-9841"))
    assert re.fullmatch(r"SSN: (?:000|666) \d\d \d{4}", mask.protect("SSN: 536 22 9841"))


def test_a_json_number_stays_a_number_of_nine_digits(mask: Mask) -> None:
    protected = mask.protect('{"ssn": 536229841}')
    token = json.loads(protected)["ssn"]
    assert isinstance(token, int) and re.fullmatch(r"666\d{6}", str(token)), protected
    assert mask.reveal(protected) == '{"ssn": 536229841}'
