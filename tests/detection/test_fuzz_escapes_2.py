"""Escape classes of the canary fuzz (tests/benchmarks/fuzz_canaries.py, 100,000 cases, seed 11,
2026-12-03), each kept closed, with the look-alikes that must stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask


@pytest.fixture(scope="module")
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def _spans(mask: Mask, text: str, entity_type: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == entity_type]


# -- a word that says "not a phone / not a card" counts in its own sentence, value or cell only --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi Shaun, your passport no is H35988872. 415-555-2671", "415-555-2671"),
        ("Hi Daniel, your SSN is 268-96-6747. Call 415-555-2671 today", "415-555-2671"),
        ('"3196","Robert Case","415-555-2671","466877782115"', "415-555-2671"),
        ("4213,Deborah Price,415-555-2671,0017", "415-555-2671"),
        ('{"ref": "card", "fly_3": ["415-555-2671"]}', "415-555-2671"),
    ],
)
def test_a_negative_word_in_another_sentence_or_field_does_not_suppress_a_phone(
    mask: Mask, text: str, value: str
) -> None:
    assert value not in mask.protect(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hi Shaun, your account no is 83214174. 4850-5178-4151-2649", "4850-5178-4151-2649"),
        ("Hi Robert, your passport no is H35988872. 4963 1920 0899 5039 Found", "4963 1920 0899 5039"),
    ],
)
def test_a_negative_word_in_another_sentence_does_not_suppress_a_card(mask: Mask, text: str, value: str) -> None:
    assert value not in mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "order 415-555-2671 shipped",
        "Order no. 415-555-2671 shipped",
        "Ref. 415-555-2671",
        '{"order_id": "415-555-2671"}',
        "invoice 12,415-555-2671",
        "order no 4850-5178-4151-2649 shipped",
        "Invoice no. 4963 1920 0899 5039",
    ],
)
def test_a_negative_word_in_the_same_clause_still_counts(mask: Mask, text: str) -> None:
    assert mask.protect(text) == text


# -- a number laid out the way phone numbers are is a phone whatever word precedes it ----------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"total_3": ["+522221291710"]}', "+522221291710"),
        ('{"claim_4": ["(201) 555-4412"]}', "(201) 555-4412"),
        ('{"price_3": ["0121 234 4167"]}', "0121 234 4167"),
        ('{"claim_0": [["0034 612 34 51 74"]]}', "0034 612 34 51 74"),
        ("Reach Thomas Price at +27 10 123 3481 if anything changes.", "+27 10 123 3481"),
        ('"4239","Katelyn Price","+33612325935"', "+33612325935"),
    ],
)
def test_a_valid_number_in_phone_layout_is_not_vetoed_by_a_word(mask: Mask, text: str, value: str) -> None:
    assert value not in mask.protect(text)


# -- a sentence ending between two numbers splits them ----------------------------------------


@pytest.mark.parametrize(
    ("text", "phone", "other", "other_type"),
    [
        ("your phone is (201) 553-0266. 5455 0728 4874 7323", "(201) 553-0266", "5455 0728 4874 7323", "CREDIT_CARD"),
        ("your phone is +81 90-1219-6321. 159.11.20.57", "+81 90-1219-6321", "159.11.20.57", "IP_ADDRESS"),
    ],
)
def test_a_sentence_end_between_a_phone_and_the_next_number_splits_them(
    mask: Mask, text: str, phone: str, other: str, other_type: str
) -> None:
    assert _spans(mask, text, "PHONE_NUMBER") == [phone]
    assert _spans(mask, text, other_type) == [other]


def test_a_numbered_list_item_holds_a_phone(mask: Mask) -> None:
    assert _spans(mask, "1. 415-555-2671", "PHONE_NUMBER") == ["415-555-2671"]


# -- a long word before a number is a value of its own, not the head of a code -----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sk-proj-_w4b2tsdJHUfK5m8XEpwjwawPaEQlOMvrcjx6-ZdlQrj7B40 0055 11 2342-9231", "0055 11 2342-9231"),
        ("ASIA123K4ZZO824XLOL8 01512 3443675 Please update", "01512 3443675"),
        ("PL43935124905806407234251064 +1 506-231-7241", "+1 506-231-7241"),
    ],
)
def test_a_phone_after_a_key_or_a_compact_iban(mask: Mask, text: str, value: str) -> None:
    assert value in _spans(mask, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", ["IBAN DE89 3704 0044 0532 0130 00", "ref INV-2024 555 1234 567"])
def test_the_rest_of_a_grouped_iban_or_a_code_is_no_phone(mask: Mask, text: str) -> None:
    assert _spans(mask, text, "PHONE_NUMBER") == []


# -- a card glued to the number before it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("+31 10 126 8087 5018 2613 6234 7988", "5018 2613 6234 7988"),
        ("ES58 0726 3598 1286 5475 2222 30568940458391 Per our call", "30568940458391"),
    ],
)
def test_a_card_glued_to_the_number_before_it(mask: Mask, text: str, card: str) -> None:
    assert _spans(mask, text, "CREDIT_CARD") == [card]
    assert card not in mask.protect(text)


def test_a_card_shaped_piece_inside_a_run_of_groups_is_no_card(mask: Mask) -> None:
    """Only a piece that ends the run counts: one from its middle is part of a longer number."""
    assert _spans(mask, "ref 9999 5018 2613 6234 7988 12", "CREDIT_CARD") == []


@pytest.mark.parametrize(
    "text",
    [
        "card 0083 8651 2222 4997",  # a card token's tail: 12 Luhn-valid digits
        "IBAN DE49 9516 5805 3734 2686 26",  # an IBAN's tail: 14 Luhn-valid digits in 4-4-4-2
    ],
)
def test_the_tail_of_a_longer_number_is_no_glued_card(mask: Mask, text: str) -> None:
    """A glued card is written whole: 13 digits or more, compact or in a card's grouping (the
    card detector alone: the label detector reads ``card 0083 ...`` as one labelled card)."""
    from mask.core.detector import Budget

    cards = next(d for _, d in mask.detectors.items if d.name == "credit_card")
    assert [text[s.start : s.end] for s in cards.detect([text], [[]], Budget())[0] if s.score >= 0.5] == []


# -- an IBAN right after another ---------------------------------------------------------------


def test_an_iban_right_after_a_compact_one(mask: Mask) -> None:
    text = "IT10A9341853636417184870381 PT38 7493 7924 9528 7369 1993 8 Reach Rachel"
    assert _spans(mask, text, "IBAN_CODE") == ["IT10A9341853636417184870381", "PT38 7493 7924 9528 7369 1993 8"]


# -- an IP address in a CSV row after a value starting with V ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "id,name,passport,ip\n1849,Norma Adams,V08376588,24.41.47.6",
        'id,name,passport,Ip\n"1414","Ryan Flores","V33595440","172.20.102.130"',
    ],
)
def test_an_ipv4_after_a_value_starting_with_v(mask: Mask, text: str) -> None:
    ip = text.rsplit(",", 1)[1].strip('"')
    assert ip not in mask.protect(text)


@pytest.mark.parametrize("text", ["firmware 1.2.3.4 installed", "version 10.0.0.1 released"])
def test_a_version_word_still_keeps_a_dotted_quad(mask: Mask, text: str) -> None:
    assert _spans(mask, text, "IP_ADDRESS") == []
