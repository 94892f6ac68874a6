"""Escape classes the canary fuzz (tests/benchmarks/fuzz_canaries.py) found, each kept closed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask


@pytest.fixture(scope="module")
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ref: A-1234\nphone: 415-867-5309", "415-867-5309"),
        ("ref: 12\nSSN 536229841", "536229841"),
        ("order: 77\nnotes: call +44 20 7946 0958 after 5", "7946 0958"),
    ],
)
def test_a_negative_word_on_the_line_above_does_not_suppress_a_value(mask: Mask, text: str, value: str) -> None:
    assert value not in mask.protect(text)


def test_a_negative_word_on_the_same_line_still_counts(mask: Mask) -> None:
    assert mask.protect("order 4155550134 shipped") == "order 4155550134 shipped"


@pytest.mark.parametrize(
    "text",
    ["routing: 666000046", "passport 666123456", "account number 000123456"],
)
def test_nine_bare_digits_in_the_ssn_token_range_are_detected(mask: Mask, text: str) -> None:
    """``666123456`` has the shape of an undashed SSN token but can be a real routing,
    passport or account number: it counts as a token only once the vault confirms it."""
    value = text.rsplit(" ", 1)[1]
    protected = mask.protect(text)
    assert value not in protected
    assert mask.protect(protected) == protected
    assert mask.reveal(protected) == text


def test_a_dashed_ssn_token_shape_is_still_skipped_without_a_vault_read(mask: Mask) -> None:
    assert mask.protect("SSN 666-12-3456 on file") == "SSN 666-12-3456 on file"


@pytest.mark.parametrize("row", ["7,12.50,4532015112830366", "x,4532015112830366,7"])
def test_a_card_in_a_csv_cell_is_found(mask: Mask, row: str) -> None:
    assert "4532015112830366" not in mask.protect(f"id,amount,value\n{row}")


def test_numbers_with_thousands_separators_are_no_cards(mask: Mask) -> None:
    assert mask.protect("total 4,532,015,112,830,366 units") == "total 4,532,015,112,830,366 units"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("update the driver's license on file to F2970467", "F2970467"),
        ("update the account no on file to 2486117935", "2486117935"),
    ],
)
def test_a_label_a_few_words_before_its_value(mask: Mask, text: str, value: str) -> None:
    assert value not in mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "driver's license: WDLYFJLEWYYF",
        '{"dl": "WDLU8GTZZG4R"}',
        "please update the license number on file to WDLRL89GJ37G before Friday",
        "DL#: WDLHKB7O5CRU",
    ],
)
def test_washington_licences(mask: Mask, text: str) -> None:
    assert "WDL" not in mask.protect(text)
