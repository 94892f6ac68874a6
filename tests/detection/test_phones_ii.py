"""Phone numbers in every format: the forty most populous regions, labels, punctuation, look-alikes."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from mask.core import Mask
from mask.core.detector import Budget, Detector
from mask.core.phone_numbers import DEFAULT_PHONE_REGIONS

from .conftest import found


@pytest.fixture(scope="module")
def patterns() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def _protect_hides(mask: Mask, text: str, value: str) -> str:
    out = mask.protect(text)
    assert value not in out, out
    assert mask.protect(out) == out  # a minted token is never tokenized again
    assert mask.reveal(out) == text
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("(mobile +1 415-867-5309)", "415-867-5309"),
        ("Please ring me on 612 48 907 tomorrow.", "612 48 907"),
        ("Phone: 031-442-958", "031-442-958"),
        ("Tel.: 5550134", "5550134"),
        ("Handy: 0151 2345 6789; Festnetz 030 1234567.", "0151 2345 6789"),
        ("Mi móvil es 612 345 678.", "612 345 678"),
        ("reach me at (0212) 345 67 89!", "345 67 89"),
        ("call me on 020 7946 0958, ext. 12", "020 7946 0958"),
        ("office 415-555-2671 x1422.", "415-555-2671"),
        ("switchboard +44 20 7946 0958 #12", "7946 0958"),
        ("tel:+14155552671", "4155552671"),
        ('{"note": "whatsapp +91 81234 56789"}', "81234 56789"),
        ("Call the clinic on 9876543210", "9876543210"),
    ],
)
def test_issue_examples_and_labelled_numbers_are_hidden(patterns: Mask, text: str, value: str) -> None:
    _protect_hides(patterns, text, value)


def _example(region: str, kind: int, fmt: int) -> str:
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None
    return phonenumbers.format_number(number, fmt)


FORMATS = [PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164]
SAMPLE = ["US", "GB", "DE", "FR", "CN", "IN", "ID", "PK", "NG", "BR", "RU", "MX", "JP", "EG", "PH", "VN"]
SAMPLE += ["IR", "TR", "TH", "ZA", "IT", "KE", "CO", "KR", "ES", "DZ", "AR", "CA", "PL", "AO"]


def test_the_default_regions_are_the_most_populous() -> None:
    assert len(DEFAULT_PHONE_REGIONS) == 40 and DEFAULT_PHONE_REGIONS[:4] == ("US", "GB", "DE", "FR")
    assert {"CN", "IN", "ID", "PK", "NG", "BR", "BD", "RU", "MX", "JP"} <= set(DEFAULT_PHONE_REGIONS)


@pytest.mark.parametrize("region", SAMPLE)
@pytest.mark.parametrize("kind", [PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
def test_example_numbers_of_the_regions_in_every_format(detectors: dict[str, Detector], region: str, kind: int) -> None:
    for fmt in FORMATS:
        value = _example(region, kind, fmt)
        if region == "AR" and kind == PhoneNumberType.MOBILE and fmt == PhoneNumberFormat.NATIONAL:
            continue  # "011 15-2345-6789": the mobile "15" inside; found with a label only
        for text in (f"Details: {value} is the one.", f"(mobile {value})", f"Tel: {value}.", f"see {value}, then"):
            assert ("PHONE_NUMBER", value) in found(detectors["phone"], text), text


def test_an_argentine_mobile_in_national_format_is_found_with_a_label(detectors: dict[str, Detector]) -> None:
    value = _example("AR", PhoneNumberType.MOBILE, PhoneNumberFormat.NATIONAL)
    assert ("PHONE_NUMBER", value) in found(detectors["phone"], f"celular: {value}")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call +1 415-555-2671 ext. 12 now", "+1 415-555-2671 ext. 12"),
        ("call +1 415-555-2671 x1422.", "+1 415-555-2671 x1422"),
        ("call 020 7946 0958 #12.", "020 7946 0958 #12"),
        ("call (415) 555-2671).", "(415) 555-2671"),
        ("numbers (020 7946 0958)", "020 7946 0958"),
        ("Telefon: 030/1234567.", "030/1234567"),
        ("tél. 01.44.43.41.92;", "01.44.43.41.92"),
    ],
)
def test_extensions_and_punctuation_around_a_number(detectors: dict[str, Detector], text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in found(detectors["phone"], text)


@pytest.mark.parametrize(
    "text",
    [
        "order 031-442-958 shipped",
        "Invoice 612 48 907 is due",
        "see 555-0100",  # seven digits: a phone only right after a phone verb (call 555-0100 is one)
        "at 2024-03-05 12:30:45 UTC",
        "on 05.03.2024 and 05/03/2024",
        "price $1 234 567 and 12.345.678 EUR",
        "upgraded from v4.17.3 to 10.0.19041.1",
        "from 1990-2024 and 1990 - 2024",
        "ZIP 94103-1234",
        "Azevedo | 91753-729 | 02/07/1996",
        "id 550e8400-e29b-41d4-a716-446655440000",
        "Shipment 1Z9Y40E77241963385 is on its way; ETA 2 days.",
        "USPS 9400111899223197428490",
        "IBAN DE26 3020 5722 9401 6674 07",
        "1 2 3 4 5 6 7 8 9",
        "Phone: +1 (015) 555-2671",  # a North American token; (015) alone is a South African number
        "Call us about invoice 2125551234",
    ],
)
def test_look_alikes_are_no_phone_numbers(detectors: dict[str, Detector], text: str) -> None:
    spans = detectors["phone"].detect([text], [[]], Budget())[0]
    assert [text[s.start : s.end] for s in spans if s.score >= 0.5] == []


def test_a_phone_word_on_another_line_does_not_make_a_bare_number_a_phone(detectors: dict[str, Detector]) -> None:
    text = "movil: +34 612 345 678\nid: 3883954"
    spans = detectors["phone"].detect([text], [[]], Budget())[0]
    assert [text[s.start : s.end] for s in spans if s.score >= 0.5] == ["+34 612 345 678"]


def test_a_labelled_invalid_number_keeps_its_layout_or_gets_an_opaque_token(patterns: Mask) -> None:
    nine = _protect_hides(patterns, "Phone: 031-442-958", "031-442-958")
    token = nine.removeprefix("Phone: ")
    assert len(token) == len("031-442-958") and token[3] == "-" and token[7] == "-"
    eight = _protect_hides(patterns, "Please ring me on 612 48 907 tomorrow.", "612 48 907")
    assert "[PHONE_" in eight


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi team, Ann called from +4428 9018288 about the delivery.", "+4428 9018288"),
        ("Pickup at noon; she is on +46 (0)04 94 42 37 all day.", "+46 (0)04 94 42 37"),
        ("Driver: Tom, +61-510-503-211, arrives at 9.", "+61-510-503-211"),
        ("She prefers 627-428-8779x13788 after 6pm.", "627-428-8779"),
        ("Note: the customer prefers (421) 461-6682 in the evening.", "(421) 461-6682"),
        ("Hi team, Ann called from 3756940329 about the delivery.", "3756940329"),
        ("Can you ring Anna back on 19 02 71 15? She is in Aarhus.", "19 02 71 15"),
    ],
)
def test_an_international_number_no_range_holds_is_a_phone_when_its_length_fits(
    patterns: Mask, text: str, value: str
) -> None:
    # Written with + and a country code, with a length the country allows, or in a North
    # American layout, or after "called from" / "back on": a phone number even when phonenumbers
    # finds it in no assigned range (generated and fictional numbers are).
    _protect_hides(patterns, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Order +4428 9018288 shipped.",  # a negative word before it
        "The delta was +12 345 678 units.",  # no country has that length
        "Area codes +1 055 555 0100 are reserved.",  # North American area code 0: a Mask token's shape
        "Order 296-690-9111 was split in two.",
        "Part numbers 123-456-7890 and 555-012-3456 are placeholders.",  # area code 1, exchange 0
    ],
)
def test_an_international_number_that_only_looks_possible_is_left(patterns: Mask, text: str) -> None:
    assert patterns.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Please update my number to 0146100330.",
        "Mi número: 612 48 907.",
        "Voici mon numéro 06 00 00 01 23",
        "Meine Nummer ist 0146 100330",
    ],
)
def test_my_number_labels_a_phone(patterns: Mask, text: str) -> None:
    out = patterns.protect(text)
    assert out != text
    assert patterns.reveal(out) == text
