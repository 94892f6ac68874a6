"""Portugal's taxpayer number (NIF) after ``contribuinte`` in a notice (``contribuinte n.º
238174506``); and what stays: ``contribuinte`` as a word for a taxpayer with no number after it."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "Faz-se público que o Sr. António Silva, contribuinte n.º 238174506, residente na Rua do Moinho",
        "Número de contribuinte: 238174506",
        "NIF contribuinte nº 238174506",
    ],
)
def test_taxpayer_number(pattern_mask: Mask, text: str) -> None:
    assert "238174506" not in pattern_mask.protect(text)


def test_taxpayer_word(pattern_mask: Mask) -> None:
    text = "o contribuinte pagou 2024 euros em 12 prestações"
    assert pattern_mask.protect(text) == text
