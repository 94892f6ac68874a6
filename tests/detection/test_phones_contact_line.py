"""A number that fills a cell of a contact line (three or more cells between ``·`` or ``•``, as a
CV's heading or a letterhead writes them) is a phone number, also written as one digit run, when
it is valid, or phone-shaped, in a configured region. A number beside one separator, or inside a
cell with more text, is not read by this rule."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _phones(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("OLIVIER MILLET\n97, rue Pelletier · Lyon · 0352058115\n\nEXPERIENCE", "0352058115"),
        ("Jättiläisentie 9 · Huittinen · 0425706040", "0425706040"),
        ("Anna Holm • Ringe • 0425706040 • anna@example.org", "0425706040"),
    ],
)
def test_a_number_filling_a_contact_lines_cell_is_a_phone(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lyon · 0352058115",
        "Jättiläisentie 9 · Huittinen · order 0425706040 shipped",
        "Order 0352058115 shipped",
        "a | b | 0352058115 |",
    ],
)
def test_no_phone_without_a_whole_cell_of_a_contact_line(pattern_mask: Mask, text: str) -> None:
    assert _phones(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mme Roux a appelé, merci de la rappeler au 0457905507.", "0457905507"),
        ("La signora Rossi ha chiamato, richiamare al 033127269.", "033127269"),
        ("A Sra. Lopes ligou; ligar de volta para 924549616.", "924549616"),
        ("NOK: Anna Berg, +46 (0)8 402 092 13.", "+46 (0)8 402 092 13"),
    ],
)
def test_a_number_after_a_call_back_phrase_or_a_next_of_kin(pattern_mask: Mask, text: str, number: str) -> None:
    assert number in _phones(pattern_mask, text)
