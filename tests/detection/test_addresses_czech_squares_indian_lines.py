"""Street words of more places: Czech and Slovak squares, embankments and avenues (``náměstí Míru
12``, ``Nábřeží Ludvíka Svobody 592``, ``třída Svobody 12``), Hungarian ``köz`` and ``sétány``,
the plural US street types (``Harbor Keys``); a house number alone on its line before a street
with a street type (``35/230\\nAurora Circle``); ``on`` before a house number."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Adresa: náměstí Míru 12, 120 00 Praha", "náměstí Míru 12, 120 00 Praha"),
        ("the router at Nábřeží Ludvíka Svobody 592 in Krásno keeps dropping.", "Nábřeží Ludvíka Svobody 592"),
        ("Sídlo: třída Svobody 12, Olomouc", "třída Svobody 12"),
        ("Cím: Petőfi köz 12., 1052 Budapest", "Petőfi köz 12., 1052 Budapest"),
        ("Kossuth sétány 3, Debrecen", "Kossuth sétány 3"),
        ("ship to 12 Harbor Keys, Miami, FL 33101", "12 Harbor Keys, Miami, FL 33101"),
        # the recipient's line goes with the address under "Bill to:" (test_labels_recipient_block)
        (
            "Bill to:\nMinhas-Chandra\n35/230\nAurora Circle\nBhilwara 387975",
            "Minhas-Chandra\n35/230\nAurora Circle\nBhilwara 387975",
        ),
        ("the router at 37/789\nKohli Circle in Maheshtala keeps dropping.", "37/789\nKohli Circle"),
        ("I'm calling about the flat on 537 Sakarya Village.", "537 Sakarya Village"),
    ],
)
def test_more_street_words_and_layouts(pattern_mask: Mask, text: str, street: str) -> None:
    assert street in _streets(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert street not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Tel. +34 085 12 28 91\nUrbanización de Cándida Lopez 464 Apt. 86 , 23116 Guipúzcoa",
            "Urbanización de Cándida Lopez 464 Apt. 86 , 23116 Guipúzcoa",
        ),
        ("Total 12\n400 Main Street, Springfield, IL 62701", "400 Main Street, Springfield, IL 62701"),
    ],
)
def test_a_number_ending_the_line_before_leaves_the_address_whole(pattern_mask: Mask, text: str, street: str) -> None:
    assert _streets(pattern_mask, text) == [street]


@pytest.mark.parametrize("text", ["Qty 2\nOak Street Bakery", "Napište nám. Děkujeme 5 krát."])
def test_no_address_here(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []
