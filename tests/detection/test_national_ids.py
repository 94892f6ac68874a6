"""National identifiers: labelled ones by shape (no check vetoes), two written shapes alone."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.config import LABEL_TYPES
from mask.core.detector import Budget
from mask.core.detectors.national_ids import national_id_detector


@pytest.fixture(scope="module")
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


LABELLED = [
    ("CPF: 123.456.789-09", "123.456.789-09", "NATIONAL_ID"),
    ("CPF: 123.456.789-00", "123.456.789-00", "NATIONAL_ID"),  # a wrong check digit: the label decides
    ("DNI: 12345678Z", "12345678Z", "ES_NIF"),
    ("NIF: X1234567L", "X1234567L", "ES_NIF"),
    ("NIE: Y7654321G", "Y7654321G", "ES_NIE"),
    ("Codice fiscale: RSSMRA85T10A562S", "RSSMRA85T10A562S", "IT_FISCAL_CODE"),
    ("NHS number: 943 476 5919", "943 476 5919", "UK_NHS"),
    ("National Insurance number: QQ 12 34 56 C", "QQ 12 34 56 C", "UK_NINO"),
    ("Aadhaar: 2345 6789 0123", "2345 6789 0123", "IN_AADHAAR"),
    ("PAN card number: ABCPD1234E", "ABCPD1234E", "IN_PAN"),
    ("PESEL: 85070912345", "85070912345", "PL_PESEL"),
    ("BSN: 123456782", "123456782", "NATIONAL_ID"),
    ("Steuer-ID: 12 345 678 901", "12 345 678 901", "NATIONAL_ID"),
    ("Sozialversicherungsnummer: 12 150485 M 123", "12 150485 M 123", "NATIONAL_ID"),
    ("Numéro de sécurité sociale : 1 85 05 78 006 084 36", "1 85 05 78 006 084 36", "NATIONAL_ID"),
    ("Personnummer: 850709-9805", "850709-9805", "NATIONAL_ID"),
    ("National ID: AB123456C", "AB123456C", "NATIONAL_ID"),
    # health and vehicle identifiers
    ("MRN 00293841, admitted to Ward 7B.", "00293841", "MEDICAL_RECORD_NUMBER"),
    ("Medical record number: MRN-00482913", "MRN-00482913", "MEDICAL_RECORD_NUMBER"),  # starts like a label
    ("Member ID: W123456789", "W123456789", "HEALTH_PLAN_ID"),
    ("Policy number: POL-7734-2291", "POL-7734-2291", "HEALTH_PLAN_ID"),
    ("License plate: ABC-1234", "ABC-1234", "VEHICLE_ID"),
    ("VIN: 1HGCM82633A004352", "1HGCM82633A004352", "VEHICLE_ID"),
    # a label, then "is" (es, ist...), then a value with digits
    ("My Aadhaar number is 2345 6789 0123 for verification.", "2345 6789 0123", "IN_AADHAAR"),
    ("Mi NIE es X1234567L y vivo aquí.", "X1234567L", "ES_NIE"),
    ("Mijn BSN is 123456782.", "123456782", "NATIONAL_ID"),
    ("Meine Steuer-ID ist 12 345 678 901.", "12 345 678 901", "NATIONAL_ID"),
    ("My phone number is 031-442-958, thanks.", "031-442-958", "PHONE_NUMBER"),
]


@pytest.mark.parametrize(("text", "value", "etype"), LABELLED)
def test_a_labelled_identifier_is_protected_by_its_shape(mask: Mask, text: str, value: str, etype: str) -> None:
    spans = mask.scan([text])[0]
    assert [(text[s.start : s.end], s.type) for s in spans] == [(value, etype)]
    out = mask.protect(text)
    assert value not in out
    assert mask.reveal(out) == text


def test_json_fields_name_national_ids(mask: Mask) -> None:
    record = {"cpf": "12345678909", "dni": "12345678-Z", "nhs_number": "9434765919", "sin": "046 454 286"}
    out = mask.protect(record)
    assert all(out[k] != v for k, v in record.items())
    assert mask.reveal(out) == record
    assert "[NATIONAL_ID_" in json.dumps(out)


@pytest.mark.parametrize(
    "text",
    [
        "DNI: pending",  # no value of the shape after the label
        "PESEL: 12",
        "Nie wiem, 2024 był trudny.",  # Polish "I don't know": no NIE shape after it
        "The Identity card was lost in 2019.",
    ],
)
def test_a_label_without_a_value_of_its_shape_protects_nothing(mask: Mask, text: str) -> None:
    assert mask.protect(text) == text


def test_short_ambiguous_labels_count_only_as_field_names(mask: Mask) -> None:
    text = "Sin 20000 euros no hay trato."  # Spanish "without": not the Canadian SIN
    assert mask.protect(text) == text
    assert mask.protect({"sin": "20000 12"}) != {"sin": "20000 12"}


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Il codice fiscale è RSSMRA85T10A562S, grazie.", "RSSMRA85T10A562S", "IT_FISCAL_CODE"),
        ("Paziente RSSMRA85T10A562S ricoverato.", "RSSMRA85T10A562S", "IT_FISCAL_CODE"),
        ("O CPF do cliente é 123.456.789-09.", "123.456.789-09", "NATIONAL_ID"),
    ],
)
def test_two_shapes_stand_alone_with_a_valid_check(text: str, value: str, etype: str) -> None:
    spans = national_id_detector(40).detect([text], [[]], Budget())[0]
    assert [(text[s.start : s.end], s.type) for s in spans if s.score >= 0.5] == [(value, etype)]


@pytest.mark.parametrize(
    "text",
    [
        "Order RSSMRA85T10A562X shipped.",  # the check letter is wrong
        "Build 123.456.789-00 passed.",  # the check digits are wrong
        "Version 1.123.456.789-09",  # part of a longer dotted number
        "SKU ABCDEF12G34H567Z",  # longer than a codice fiscale
    ],
)
def test_lookalikes_of_the_standalone_shapes_are_not_ids(text: str) -> None:
    assert national_id_detector(40).detect([text], [[]], Budget())[0] == []


def test_every_national_id_type_can_take_more_labels() -> None:
    for etype in ("UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IN_AADHAAR", "IN_PAN", "PL_PESEL"):
        assert etype in LABEL_TYPES
    assert "NATIONAL_ID" in LABEL_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "The total is 45 EUR and the plan is Pro.",  # no label before "is"
        "Her name is Anna.",  # a copula labels values with digits only
        "The ID number is missing.",  # no value of the shape
    ],
)
def test_is_after_other_words_labels_nothing(mask: Mask, text: str) -> None:
    assert mask.protect(text) == text


@pytest.mark.parametrize(
    "text", ["The license plate was dirty.", "Our policy number scheme changed in 2024.", "Medical record: pending"]
)
def test_their_labels_without_a_value_protect_nothing(mask: Mask, text: str) -> None:
    assert mask.protect(text) == text
