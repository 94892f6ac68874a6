"""Numbers written in the decimal digits of other scripts (Arabic-Indic ``٠٥٠١٢٣٤٥٦٧``, Persian,
Devanagari ``९८७६५४३२१०``, Bengali, Thai) read as ASCII digits, and field names whose words hold
combining marks (``नाम``, ``मोबाइल``, ``पता``) are whole keys: a Hindi record and an Arabic phone
stayed in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.normalize import normalize


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الهاتف: ٠٥٠١٢٣٤٥٦٧", "٠٥٠١٢٣٤٥٦٧"),
        ("شماره تماس: ۰۹۱۲۳۴۵۶۷۸۹", "۰۹۱۲۳۴۵۶۷۸۹"),
        ("मोबाइल: ९८७६५४३२१०", "९८७६५४३२१०"),
        ("কার্ড ৪১১১ ১১১১ ১১১১ ১১১১", "৪১১১ ১১১১ ১১১১ ১১১১"),
        ("โทร: ๐๘๑-๒๓๔-๕๖๗๘", "๐๘๑-๒๓๔-๕๖๗๘"),
    ],
)
def test_a_number_in_another_scripts_digits(pattern_mask: Mask, text: str, value: str) -> None:
    protected = pattern_mask.protect(text)
    assert value not in protected and not any(ch in protected for ch in value if ch.isdigit())
    assert pattern_mask.reveal(protected) == text


def test_a_hindi_record(pattern_mask: Mask) -> None:
    text = "नाम: राजेश कुमार, मोबाइल: ९८७६५४३२१०, पता: 12, एमजी रोड, बेंगलुरु 560001"
    protected = pattern_mask.protect(text)
    assert protected.startswith("नाम: Person_")
    assert "राजेश" not in protected and "एमजी रोड" not in protected and "560001" not in protected
    assert pattern_mask.reveal(protected) == text


def test_digits_map_one_for_one() -> None:
    view = normalize("ID ٠١٢٣٤٥٦٧٨٩ / ०१२३४५६७८९")
    assert view.text == "ID 0123456789 / 0123456789"
    assert view.span(3, 13) == (3, 13)


def test_prose_in_those_scripts_stays(pattern_mask: Mask) -> None:
    for text in ("मुझे कल फोन करना", "سأتصل بك غدا إن شاء الله", "ผมจะโทรหาคุณพรุ่งนี้"):
        assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("मेरा नंबर 9876543210 है", "9876543210"),
        ("رقم الجوال 0501234567", "0501234567"),
        ("HP 0812 3456 7890", "0812 3456 7890"),
        ("GSM: 0532 123 45 67", "0532 123 45 67"),
    ],
)
def test_my_number_and_mobile_in_other_languages(pattern_mask: Mask, text: str, phone: str) -> None:
    """``my number`` and ``mobile number`` in Hindi, Arabic, Persian, Bengali; Indonesia's ``HP``
    and Turkey's ``GSM``/``cep`` before a number that no region calls valid."""
    spans = [s for s in pattern_mask.scan([text])[0] if s.type == "PHONE_NUMBER"]
    assert [text[s.start : s.end] for s in spans] == [phone]


@pytest.mark.parametrize("text", ["HP LaserJet 1020 driver", "cep 12345-678"])
def test_a_printer_and_a_brazilian_postcode_are_no_phones(pattern_mask: Mask, text: str) -> None:
    assert not [s for s in pattern_mask.scan([text])[0] if s.type == "PHONE_NUMBER"]
