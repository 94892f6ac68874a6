"""Bank statement lines: the counterparty between the transaction kind and the amount is one
span (a merchant and its town written in capitals, which no name rule splits), PERSON after a
transfer, ORGANIZATION otherwise; lines without a date and an amount read nothing."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.plugins.spacy import NameRulesDetector
from mask.plugins.spacy.statements import statement_parties


def _parties(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in statement_parties(text)]


@pytest.mark.parametrize(
    ("line", "party", "etype"),
    [
        ("04/03 CARD PAYMENT CASTANEDA GROUP LAKE GEORGE  -35.90", "CASTANEDA GROUP LAKE GEORGE", "ORGANIZATION"),
        ("03/03 TRANSFER TO EMIL DADEJ REF 208833  -120.00", "EMIL DADEJ", "PERSON"),
        ("2024-03-04  Direct debit  Stadtwerke Ulm GmbH  REF 88812  -61,20 EUR", "Stadtwerke Ulm GmbH", "ORGANIZATION"),
        ("12 Mar CARD PAYMENT TO TESCO STORES 3297 LONDON  23.45  1,204.33", "TESCO STORES", "ORGANIZATION"),
        ("Mar 12, 2024 POS STARBUCKS SEATTLE WA  -4.50", "STARBUCKS SEATTLE WA", "ORGANIZATION"),
        ("04.03. Kartenzahlung REWE Markt Ulm  -12,30 €", "REWE Markt Ulm", "ORGANIZATION"),
        ("03/03 TRANSFER TO FUNDACJA BICZ SP.K. REF 1  -1.00", "FUNDACJA BICZ SP.K.", "ORGANIZATION"),
    ],
)
def test_the_counterparty_of_a_statement_line(line: str, party: str, etype: str) -> None:
    assert _parties(line) == [(party, etype)]


@pytest.mark.parametrize(
    "text",
    [
        "CARD PAYMENT ACME STORES  -35.90",  # no date
        "04/03 CARD PAYMENT ACME STORES pending",  # no amount
        "04/03 Released version 1.2.3 to PyPI  12.50",  # no transaction kind
        "2024-03-04 POS terminal restarted  0.00",  # the party opens with no capital
    ],
)
def test_lines_of_another_shape_read_nothing(text: str) -> None:
    assert _parties(text) == []


def test_the_names_detector_keeps_a_company_and_town_it_read_whole() -> None:
    text = "04/03 CARD PAYMENT HUDSON-GRANT LTD SPRINGFIELD  -35.90"
    spans = NameRulesDetector().detect([text], [[]], Budget())[0]
    assert {(text[s.start : s.end], s.type) for s in spans} == {
        ("HUDSON-GRANT LTD", "ORGANIZATION"),
        ("SPRINGFIELD", "LOCATION"),
    }


def test_protect_leaves_no_merchant_or_town_of_a_statement_in_clear(ner_mask: Mask) -> None:
    text = "03/03 TRANSFER TO NATASZA OLESIEJUK REF 870989  -120.00\n04/03 CARD PAYMENT PPUH CZESAK SIERADZ  -35.90\n"
    out = ner_mask.protect(text)
    for value in ("NATASZA", "OLESIEJUK", "CZESAK", "SIERADZ"):
        assert value not in out
    assert "870989" in out and "-35.90" in out
    assert ner_mask.reveal(out) == text
