"""Postal codes without a label: a whole UK postcode, and a code after ``<place>, <region>``."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.core.detectors.address import address_detector
from mask.core.detectors.postcodes import UK_AREAS, unlabelled_postcodes


def _zips(text: str) -> list[str]:
    spans = address_detector(40).detect([text], [[]], Budget())[0]
    return [text[s.start : s.end] for s in spans if s.type == "ZIP_CODE" and s.score >= 0.5]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Please send it to our London WC2B 6AN office by Friday.", "WC2B 6AN"),
        ("Our Manchester office (M1 1AE) opens at nine.", "M1 1AE"),
        ("Return address: Belfast BT1 5GS", "BT1 5GS"),
        ("Post it to the Edinburgh EH1 1YZ office.", "EH1 1YZ"),
        ("Our office moved to One Market Plaza, San Francisco, CA 94105.", "94105"),
        ("Ship to Austin, TX 78701-1234 please.", "78701-1234"),
        ("Head office: Toronto, ON M5V 2T6.", "M5V 2T6"),
        ("She moved to Sydney, NSW 2000 last year.", "2000"),
    ],
)
def test_a_postcode_that_says_what_it_is_needs_no_label(text: str, code: str) -> None:
    assert _zips(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "SKU AB12 3CD is back in stock.",  # C is no inward unit letter
        "Ticket QX1 2AB was closed.",  # QX is no postcode area
        "Build WC2B6AN passed.",  # written without the space: only after a label
        "Order CA 94105 shipped.",  # a region code without "<place>," before it
        "Totals: 12, CA 94105",  # a number before the comma, no place
        "Paid USD 94105.50, TX 78701.5 pending",
        "hash M1 1AEZ3 and id XM1 1AE",
    ],
)
def test_lookalikes_are_not_postcodes(text: str) -> None:
    assert _zips(text) == []


def test_every_area_is_one_or_two_capital_letters() -> None:
    assert len(UK_AREAS) == len(set(UK_AREAS)) == 121 + 3 + 2  # Great Britain and NI, GY JE IM, BF BX
    assert all(1 <= len(a) <= 2 and a.isalpha() and a.isupper() for a in UK_AREAS)


def test_a_postcode_inside_an_address_stays_in_the_address() -> None:
    text = "Deliver to 10 Downing Street, London SW1A 2AA today."
    spans = address_detector(40).detect([text], [[]], Budget())[0]
    assert [(s.type, text[s.start : s.end]) for s in spans] == [
        ("STREET_ADDRESS", "10 Downing Street, London SW1A 2AA")
    ]
    assert [text[s:e] for s, e, _ in unlabelled_postcodes(text)] == ["SW1A 2AA"]


def test_protect_replaces_an_unlabelled_postcode() -> None:
    mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    try:
        out = mask.protect("Meet me in San Francisco, CA 94105 or London WC2B 6AN.")
        assert "94105" not in out and "WC2B 6AN" not in out
        assert mask.reveal(out) == "Meet me in San Francisco, CA 94105 or London WC2B 6AN."
    finally:
        mask.close()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Please send the parcel to 47 Kingsway, London WC2B 6AN by Friday.", "47 Kingsway, London WC2B 6AN"),
        ("Our office moved to 12 Broadway, Albany, NY 12207.", "12 Broadway, Albany, NY 12207"),
    ],
)
def test_a_street_without_a_street_type_before_such_a_postcode_is_an_address(text: str, address: str) -> None:
    spans = address_detector(40).detect([text], [[]], Budget())[0]
    assert [(s.type, text[s.start : s.end]) for s in spans] == [("STREET_ADDRESS", address)]


def test_an_order_line_before_a_postcode_is_no_street() -> None:
    text = "Order 12 Widgets, Boston, MA 02134"
    spans = address_detector(40).detect([text], [[]], Budget())[0]
    assert [(s.type, text[s.start : s.end]) for s in spans] == [("ZIP_CODE", "02134")]
