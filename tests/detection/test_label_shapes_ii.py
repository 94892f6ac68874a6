"""Labelled company and place values whose shape the first label shapes refused: a legal
form in brackets before a name in a script without Latin letters, a name that starts with
a particle, a place whose words are joined by ``&``."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask
from mask.core.detectors.label_shapes import extract


@pytest.mark.parametrize(
    ("etype", "value"),
    [
        ("ORGANIZATION", "(주) 글로벌"),
        ("ORGANIZATION", "(유) 마음씨앤씨에너지"),
        ("ORGANIZATION", "(株) 山田商事"),
        ("ORGANIZATION", "de Marduras & Hoogers"),
        ("ORGANIZATION", "van den Brand Groep"),
        ("LOCATION", "Sangli-Miraj & Kupwad"),
    ],
)
def test_whole_field_values_fit_their_type(etype: str, value: str) -> None:
    assert extract(etype, value, whole=True) == (0, len(value))


@pytest.mark.parametrize(
    ("etype", "value"),
    [
        ("ORGANIZATION", "(a) Acme"),  # a Latin letter in brackets is an enumeration, not a legal form
        ("ORGANIZATION", "(see below)"),
        ("ORGANIZATION", "de facto standard"),  # a particle before a lower-case word
        ("ORGANIZATION", "van der"),
        ("ORGANIZATION", "the Acme"),  # "the" is no particle
        ("LOCATION", "& more"),
    ],
)
def test_lookalikes_do_not(etype: str, value: str) -> None:
    assert extract(etype, value, whole=True) is None


def test_in_payloads(pattern_mask: Mask) -> None:
    record = {
        "company": "(주) 발해넥스트네트워크",
        "employer": "van den Brand Groep",
        "billingCity": "Sangli-Miraj & Kupwad",
        "status": "de facto",
    }
    out = pattern_mask.protect(record)
    assert out["status"] == "de facto"
    for key in ("company", "employer", "billingCity"):
        assert out[key] != record[key]
    text = pattern_mask.protect(json.dumps(record, ensure_ascii=False))
    assert not any(record[k] in text for k in ("company", "employer", "billingCity"))


# -- a label, then a value that starts with capitals and a digit, with no separator ------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("passport number X1234567 expires in May", "X1234567"),
        ("National Insurance number QQ123456C on file", "QQ123456C"),
        ("PAN card ABCPD1234E attached", "ABCPD1234E"),
        ("codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    ],
)
def test_identifier_after_its_label_without_a_colon(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "order number AB123456 shipped",  # "order number" names no personal type
        "version V2 released",
        "Table A1 shows the totals",
        "see figure B12 and section C3",
        "Upgraded from v4.17.3 to v4.18.0",
    ],
)
def test_codes_after_other_words_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


# -- an IBAN under a label ends where its country's IBAN ends ---------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Pay to IBAN DE89 3704 0044 0532 0130 00 and ship today", " and ship today"),
        ("IBAN: DE89 3704 0044 0532 0130 00 and more text here", " and more text here"),
        ("IBAN GB82 WEST 1234 5698 7654 32 before Friday", " before Friday"),
        ("IBAN: FR76 3000 6000 0112 3456 7890 189 merci", " merci"),
        ("IBAN: XX89 3704 0044 0532 0130 00 and more", " and more"),  # a country no registry knows
    ],
)
def test_the_words_after_a_labelled_iban_stay(pattern_mask: Mask, text: str, rest: str) -> None:
    out = pattern_mask.protect(text)
    assert out.endswith(rest)
    value = text[: text.index(rest)].split("IBAN", 1)[1].lstrip(": ")  # the whole IBAN as written
    assert value not in out and "".join(value.split()) not in out


def test_iban_lengths_come_from_the_registry() -> None:
    from mask.core.detectors.validators import iban_length

    assert (iban_length("DE"), iban_length("GB"), iban_length("FR"), iban_length("XX")) == (22, 22, 27, None)


@pytest.mark.parametrize(
    "value",
    ["Univ.Prof. Waltraud Bien MBA", "Dipl.-Ing. Luna Rabl", "Josephine Ernst B.Eng", "John Smith Ph.D"],
)
def test_a_name_with_a_dotted_title_or_degree_is_a_whole_name(value: str) -> None:
    assert extract("PERSON", value, whole=True) == (0, len(value))


@pytest.mark.parametrize("value", ["config.yaml", "Newtonsoft.Json", "System.IO", "U.S. Bank", "file.txt"])
def test_dotted_identifiers_are_no_name(value: str) -> None:
    assert extract("PERSON", value, whole=True) is None


@pytest.mark.parametrize("value", ["chemin de Corboz", "rue Verdier", "via delle Rose", "boulevard Paschoud"])
def test_a_labelled_street_without_a_number_opening_with_its_type(value: str) -> None:
    assert extract("STREET_ADDRESS", value, whole=True) == (0, len(value))


@pytest.mark.parametrize("value", ["avenue of growth for the team", "a string or integer", "rue"])
def test_lower_case_prose_under_an_address_label_is_no_street(value: str) -> None:
    assert extract("STREET_ADDRESS", value, whole=True) is None
