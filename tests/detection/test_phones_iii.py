"""Phone numbers written in national format with no label: a phone verb before a valid digit run,
eight digits in pairs or fours after a phone verb, the Hungarian area-code-slash layout, and
the three-digit grouping an amount shares; with the ids, amounts and codes that stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.detectors.phone_shapes import area_slash, eight_grouped, money_like, thousands_like

from .conftest import found


@pytest.fixture(scope="module")
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def _hides(mask: Mask, text: str, value: str) -> None:
    out = mask.protect(text)
    assert value not in out, out
    assert mask.protect(out) == out  # a minted token is never tokenized again
    assert mask.reveal(out) == text


# -- a valid national number after a phone verb ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tenant prefers 0493822842 in the mornings.", "0493822842"),  # FR, trunk 0, no separators
        ("He said he prefers 01711458623 for anything urgent.", "01711458623"),  # IT fixed line
        ("She would prefer 09341609324 rather than email.", "09341609324"),  # DE
        ("Usually reachable on 0180722729 during office hours.", "0180722729"),
        ("The landlord prefers 694 772 860 for repairs.", "694 772 860"),  # PL mobile, 3-3-3
        ("Best to text 612 345 678 first.", "612 345 678"),  # ES mobile
        ("He can be reached at 8233359410 most days.", "8233359410"),
        ("She can be reached at 09935632729 after lunch.", "09935632729"),  # IN, trunk 0
        ("WhatsApp ID: 0612345678", "0612345678"),  # "id" says identifier, but not after these
        ("caller id 4155552671 blocked", "4155552671"),
    ],
)
def test_a_valid_national_number_after_a_phone_verb(mask: Mask, text: str, value: str) -> None:
    _hides(mask, text, value)


def test_a_word_ending_like_a_currency_is_no_amount() -> None:
    # "prefers" ends in "rs" (rupees): only a whole word or a symbol before a figure makes it money
    text = "customer prefers 694 772 860 later"
    start = text.index("694")
    assert not money_like(text, start, start + 11, "694 772 860")
    text = "Rs. 694 772 860"
    assert money_like(text, 4, 15, "694 772 860")
    text = "Paid 694 772 860"
    assert money_like(text, 5, 16, "694 772 860")
    assert thousands_like("694 772 860") and not thousands_like("0694 772 860")


# -- eight digits in pairs or fours after a phone verb (Denmark, Norway: no configured region) --


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 82 28 42 01 when you are outside.", "82 28 42 01"),
        ("The owner prefers 89 16 72 86 on weekdays.", "89 16 72 86"),
        ("Ring 7500 8633 and ask for the front desk.", "7500 8633"),
        ("please text 40-48-33-52 with the code", "40-48-33-52"),
        ("Contact 5500 3689 for the keys.", "5500 3689"),
        ("He can be reached at 963 92 332 most days.", "963 92 332"),  # Norwegian mobile, 3-2-3
    ],
)
def test_eight_digits_in_pairs_or_fours_after_a_phone_verb(mask: Mask, text: str, value: str) -> None:
    _hides(mask, text, value)


def test_eight_grouped_shapes() -> None:
    assert eight_grouped("82 28 42 01") and eight_grouped("7500 8633") and eight_grouped("82.28.42.01")
    assert eight_grouped("963 92 332")
    assert not eight_grouped("82 28-42 01") and not eight_grouped("750 08633") and not eight_grouped("82284201")


# -- the Hungarian layout: area code, slash, number --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call 72/787-8580 before noon.", "72/787-8580"),
        ("Telefon: 06-1/234-5678", "06-1/234-5678"),
        ("ring me back on 06-40/525 3812?", "06-40/525 3812"),
        ("my number is (06)32/335-9837", "(06)32/335-9837"),
        ("Tel. (65)/474-3490", "(65)/474-3490"),
        ("Phone: 1/234-5678", "1/234-5678"),
    ],
)
def test_the_area_code_slash_layout_with_a_phone_word(mask: Mask, text: str, value: str) -> None:
    _hides(mask, text, value)


def test_area_slash_shapes() -> None:
    assert area_slash("06-1/234-5678") and area_slash("(06)30/123-4567") and area_slash("72/787-8580")
    assert not area_slash("12/03-2024") and not area_slash("2024/05-01") and not area_slash("72/787-858")


# -- what stays as it is -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the same values, with no phone verb or after a word that says what they are
        "order 0493822842 shipped",
        "Order 0493822842 shipped on Monday, tracking to follow.",
        "invoice 694 772 860",
        "Invoice total: 694 772 860 PLN",
        "order 694 772 860 shipped",
        "ID 82 28 42 01",
        "Total 7500 8633",
        "Paid 7500 8633 to the supplier",
        "ref 17/272-7131",
        "Case 06-1/234-5678 was closed.",
        "17/272-7131",
        "the grid 82 28 42 01 repeats",
        # a phone verb, then something else
        "Call order 7500 8633 when it ships.",
        "prefers invoice 0493822842 to be paid first",
        "Call 12/03-2024 the deadline.",
        "prefers version 2.10.4 over 2.9",
        "prefers ISBN 978-3-16-148410-0",
        "The customer prefers 2 pallets of 24 units.",
        "Users prefer 1080p video.",
        # amounts, dates, versions, timestamps, ids
        "Price: 7 500,00 EUR",
        "Total 1 234 567 USD",
        "Revenue rose to 694.772.860 EUR in 2023.",
        "Released 2024-05-01, build 20240501.3",
        "2024-05-01 12:34:56,789 INFO call took 1234 ms",
        "2024-05-01T12:34:56Z text=ok id=82284201",
        "v1.2.3-rc4 (commit 4f3c2a1)",
        "ISBN 978-0-306-40615-7",
        "Call stack depth 12 34 exceeded",
        "users 1 234 567 active",
        "Paid 223.858.341 on 1993-09-22, ref 1271725377.",
        "Paid 464 336 937 on 2011-02-10.",
        "Call id 7481918169 lasted 32653 ms.",
        "call id 64408611 lasted 15093 ms",
        "ticket id 4155552671 logged in",
        "Reached 1 234 567 users in 2023.",
    ],
)
def test_harmless_text_is_not_altered(mask: Mask, text: str) -> None:
    assert mask.protect(text) == text


def test_a_labelled_number_in_the_slash_layout_is_one_hit(detectors) -> None:  # type: ignore[no-untyped-def]
    text = "Phone: 06-1/234-5678, order 12/345-6789"
    assert found(detectors["phone"], text) == [("PHONE_NUMBER", "06-1/234-5678")]
