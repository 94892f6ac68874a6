"""Field names and values that the label vocabulary and shapes missed: names as libraries and
data generators spell them (``msisdn``, ``bban``, ``itin``, ``ein``, ``administrative_unit``,
``prefecture``, ``credit_card_security_code``), a street in one word, another country's
identifier in an ``ssn`` field, a passport in groups of digits, a name with its degree in
capitals, a Dutch place written with ``'s-``, and the postal line under a labelled street."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ('{"msisdn": "6317066907439"}', "PHONE_NUMBER", "6317066907439"),
        ('{"bban": "RZKI05810758647031"}', "US_BANK_NUMBER", "RZKI05810758647031"),
        ("itin=937-83-0352", "US_ITIN", "937-83-0352"),
        ('{"ein": "44-1950754"}', "NATIONAL_ID", "44-1950754"),
        ('{"administrative_unit": "Thüringen"}', "LOCATION", "Thüringen"),
        ("Prefecture: 高知県", "LOCATION", "高知県"),
        ('{"credit_card_security_code": "495"}', "PASSWORD", "495"),
        ('{"street_name": "Linkeplatz"}', "STREET_ADDRESS", "Linkeplatz"),
        ("Street Name: Juri-Scheel-Ring", "STREET_ADDRESS", "Juri-Scheel-Ring"),
        ('{"ssn": "ZZ 91 41 77 T"}', "UK_NINO", "ZZ 91 41 77 T"),
        ('{"ssn": "271002A584U"}', "NATIONAL_ID", "271002A584U"),
        ("SSN: 45032719961120141X", "NATIONAL_ID", "45032719961120141X"),
        ('{"passport_number": "44 97 869073"}', "US_PASSPORT", "44 97 869073"),
        ('{"name": "Josefa Schaaf B.A."}', "PERSON", "Josefa Schaaf B.A"),
        ('{"name": "Dott.ssa Maria Rossi"}', "PERSON", "Dott.ssa Maria Rossi"),
        ("| Name | Phone |\n|---|---|\n| Sig.ra Adele Barbarigo | +395394720000 |", "PERSON", "Sig.ra Adele Barbarigo"),
        ('{"city": "\'s-Graveland"}', "LOCATION", "'s-Graveland"),
        ("City: 's-Hertogenbosch", "LOCATION", "'s-Hertogenbosch"),
    ],
)
def test_fields(pattern_mask: Mask, text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Address: Overn Oven Vandetstræde 219\n2146 Allinge", "Allinge"),
        ("Address: Kossuth utca 105.\nH-9145 Szerbmártonháza", "Szerbmártonháza"),
        ("Address: Plaza Rebeca Abascal 13 Piso 6 \nLa Rioja, 05786", "Rioja"),
        ("Address: Gang Abdul Muis No. 1\nSungai Penuh, Kepulauan Riau 81453", "Sungai"),
        ("Address: 145 montée Tristan Apt. 191\nBaie Victor, NS A4A 1J8", "Victor"),
    ],
)
def test_postal_line_under_a_labelled_street(pattern_mask: Mask, text: str, town: str) -> None:
    assert town not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Address: 12 Main St\nThanks, Bob", "Thanks, Bob"),  # a closing, no town
        ("Address: 12 Main St\nPhone: 555-0100", "Phone:"),
    ],
)
def test_no_postal_line(pattern_mask: Mask, text: str, kept: str) -> None:
    assert kept in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"ein": "yes"}',
        "SSN 536-22-",
        '{"street": "Ring"}',
        '{"name": "U.S."}',
        "ein Haus in 12345 Berlin",
        "Name: Node.js",
    ],
)
def test_not_these(pattern_mask: Mask, text: str) -> None:
    assert not [t for t, v in _found(pattern_mask, text) if t in ("NATIONAL_ID", "STREET_ADDRESS", "PERSON")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name: Anna Smith\nCity: Springfield\nState: Illinois\nZIP: 62704", "Illinois"),
        ("City: Springfield, State: IL", "IL"),
        ("state: West Virginia", "West Virginia"),
        ("Land: Deutschland", "Deutschland"),
    ],
)
def test_field_only_place_labels_take_a_region_in_text(pattern_mask: Mask, text: str, value: str) -> None:
    assert ("LOCATION", value) in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["State: Running", "State: OK", "state: pending review", "Land: Acre 12"])
def test_field_only_place_labels_take_nothing_else_in_text(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text) if t == "LOCATION"] == []


@pytest.mark.parametrize(
    "text",
    ["My social is 242391691.", "my social: 242 39 1691", '{"social": "242391691"}', "her social is 242-39-1691"],
)
def test_a_social_is_a_social_security_number(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text)] == ["US_SSN"]


@pytest.mark.parametrize("text", ["Social media followers 242391691", "The social is at 7pm", "social: 242391691"])
def test_social_alone_in_text_is_no_label(pattern_mask: Mask, text: str) -> None:
    assert [t for t, _ in _found(pattern_mask, text) if t == "US_SSN"] == []


def test_an_iban_in_an_ssn_field_stays_an_iban(pattern_mask: Mask) -> None:
    text = '{"social_0": ["BE83 1929 3553 3215"]}'  # all of it, with its own format-preserving token
    assert _found(pattern_mask, text) == [("IBAN_CODE", "BE83 1929 3553 3215")]
