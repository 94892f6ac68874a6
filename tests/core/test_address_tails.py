"""An address whose house number the detector read in a phone number's last group keeps its rest:
the phone keeps its digits and the address its words (``mask.core.spans.address_tail``), whether
the phone was found before it (a label's, an HTML class's) or in the same stage with a lower or a
higher score."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.spans import Span, address_tail, trimmed_address_heads


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


@pytest.mark.parametrize(
    "text",
    [
        "+91 22 6654 3210  Nariman Point, Mumbai 400021",
        '<span class="tel">+91 22 6654 3210</span><br>Nariman Point, Mumbai 400021</div>',
    ],
)
def test_an_address_after_a_phone_keeps_its_rest(mask: Mask, text: str) -> None:
    # the address detector reads the phone's last group as a house number: the phone keeps its
    # digits and the address its words, whichever was found first or scored higher
    found = {(text[s.start : s.end], s.type) for s in mask.scan([text])[0]}
    assert ("Nariman Point, Mumbai 400021", "STREET_ADDRESS") in found
    assert any(t == "PHONE_NUMBER" and v.endswith("3210") for v, t in found)


def test_the_rest_must_hold_a_word() -> None:
    text = "+91 22 6654 3210 12345678"
    phone, address = Span(0, 16, "PHONE_NUMBER", 0.9, "phone"), Span(12, 25, "STREET_ADDRESS", 0.85, "address")
    assert address_tail(address, [phone], text) is None
    assert trimmed_address_heads([phone, address], text) == [phone, address]


def test_an_address_inside_another_span_is_not_cut() -> None:
    text = "Order 12 Main Street shipped"
    order, address = Span(0, 27, "ORDER", 0.9, "x"), Span(6, 20, "STREET_ADDRESS", 0.85, "address")
    assert address_tail(address, [order], text) is None
