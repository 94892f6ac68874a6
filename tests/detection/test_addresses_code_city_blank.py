"""A street without a street word, then a blank, a comma, a continental postal code and a city
(``Otradovická 980 , 140 08 Třemošnice``) is an address as it is without the blank."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize("sep", [",", " ,"])
def test_the_blank_before_the_comma_changes_nothing(pattern_mask: Mask, sep: str) -> None:
    text = f"Adresa: Otradovická 980{sep} 140 08 Třemošnice."
    address = f"Otradovická 980{sep} 140 08 Třemošnice"
    assert [(s.type, text[s.start : s.end]) for s in pattern_mask.scan([text])[0]] == [("STREET_ADDRESS", address)]


@pytest.mark.parametrize("text", ["Windows 10 , 64000 Users.", "Chapter 4 , 2019 Edition."])
def test_figures_before_a_code_stay_figures(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.scan([text])[0] == []
