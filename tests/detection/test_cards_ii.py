"""Cards from every issuer range, 12-19 digits, in every common grouping; labelled routing numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stdnum import luhn

from mask.core import Mask
from mask.core.detector import Detector
from mask.core.tokens.format import CARD_PREFIX

from .conftest import found, spans_of

# Luhn-valid numbers (made with python-stdnum's check digit) in each issuer's range and length.
ISSUERS = [
    ("mastercard 2-series", "2221945807302158"),
    ("mastercard 2720", "2720736819303649"),
    ("amex 34", "342621299722009"),
    ("amex 37", "373322453832369"),
    ("unionpay 16", "6240562241549902"),
    ("unionpay 19", "6295145475277204053"),
    ("maestro 19", "6759070293137585841"),
    ("discover 6011", "6011719540613584"),
    ("discover 644", "6449525481454215"),
    ("discover 65", "6524720198603950"),
    ("jcb 3528", "3528476200753290"),
    ("jcb 3589", "3589261265206426"),
    ("diners 36", "36792877574475"),
    ("diners 38", "38621682752174"),
    ("diners 300", "30048885159049"),
    ("rupay 81", "8100584744529079"),
    ("rupay 508", "5088454748554568"),
    ("mir 2200", "2200527558282352"),
    ("mir 2204 (19 digits)", "2204741629986498406"),
]


def _grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    return sep.join(out)


def _groupings(digits: str) -> list[tuple[int, ...]]:
    n = len(digits)
    fours = (4,) * (n // 4) + ((n % 4,) if n % 4 else ())
    shapes = [fours]
    if n == 15:
        shapes.append((4, 6, 5))
    if n == 14:
        shapes.append((4, 6, 4))
    if n == 19:
        shapes.append((6, 13))
    return shapes


@pytest.fixture(scope="module")
def patterns() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


@pytest.mark.parametrize(("issuer", "digits"), ISSUERS, ids=[i for i, _ in ISSUERS])
def test_every_issuer_in_every_grouping(detectors: dict[str, Detector], issuer: str, digits: str) -> None:
    assert luhn.is_valid(digits)
    values = [digits] + [_grouped(digits, g, sep) for g in _groupings(digits) for sep in " -."]
    for value in values:
        for text in (f"card {value} exp 12/27", f"paid with {value}."):
            assert ("CREDIT_CARD", value) in found(detectors["credit_card"], text), text


@pytest.mark.parametrize(
    "text",
    [
        "card 675940318826",
        "Tarjeta: 6759 4031 8826",
        "Maestro 6759-4031-8826.",
        "Kartennummer 675940318826",
        "Paid with 675940318826 yesterday.",  # paying with it says it is a card
        "Refund to 6759 4031 8826.",
        "Pagado con 675940318826.",
    ],
)
def test_a_twelve_digit_maestro_card_with_a_card_word_is_hidden(patterns: Mask, text: str) -> None:
    out = patterns.protect(text)
    assert "675940318826" not in out.replace(" ", "").replace("-", "")
    assert patterns.protect(out) == out
    assert patterns.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "ref 675940318826 alone",  # twelve digits without a card word
        "Refund ID 675940318826 processed",  # the id is nearer than the refund
        "order 2221945807302158 shipped",
        "card 0046 9595 6500 8011",  # prefix 00: a card token
        "ts 20240115103000125",
        "tracking 1Z9Y40E77241963385",
        "version 4.17.3.2024.1",
    ],
)
def test_card_look_alikes(detectors: dict[str, Detector], text: str) -> None:
    assert [s for s in spans_of(detectors["credit_card"], text) if s.score >= 0.5] == []


@pytest.mark.parametrize(
    "value", ["675940318826", "6759 4031 8826", "3733 224538 32369", "6295 1454 7527 7204 053", "2200.5275.5828.2352"]
)
def test_card_tokens_keep_length_and_grouping(patterns: Mask, value: str) -> None:
    out = patterns.protect(f"card {value}")
    token = out.removeprefix("card ")
    assert token.startswith(CARD_PREFIX) and len(token) == len(value)
    assert [i for i, c in enumerate(token) if not c.isdigit()] == [i for i, c in enumerate(value) if not c.isdigit()]
    assert luhn.is_valid("".join(c for c in token if c.isdigit()))
    assert patterns.reveal(out) == f"card {value}"


@pytest.mark.parametrize(
    "text", ["routing number 184027365", "ABA: 184027365.", "RTN 131000018", "routing no. 1840-2736-5"]
)
def test_a_labelled_routing_number_outside_the_fed_table_is_hidden(patterns: Mask, text: str) -> None:
    digits = "".join(c for c in text if c.isdigit())
    out = patterns.protect(text)
    assert digits not in "".join(c for c in out if c.isdigit())
    assert patterns.protect(out) == out
    assert patterns.reveal(out) == text


@pytest.mark.parametrize("text", ["number 184027365 alone", "routing number 184027366 (bad check digit)"])
def test_routing_numbers_without_a_label_or_checksum_stay(detectors: dict[str, Detector], text: str) -> None:
    assert [t for t, _ in found(detectors["us_bank"], text) if t == "ABA_ROUTING_NUMBER"] == []


@pytest.mark.parametrize("text", ["Paid with 3517 0188 7525 1565 yesterday.", "Refunded to 3594543561280616."])
def test_a_card_of_no_known_range_after_paying_with_it(patterns: Mask, text: str) -> None:
    out = patterns.protect(text)  # Luhn-valid, no network's range: a payment verb says it is a card
    assert "1565" not in out and "0616" not in out
