"""A list label's values that name a committee's offices (``Present: Chair, Vice-Chair, Treasurer``)
are no people; names in the same list still are."""

from __future__ import annotations

from mask.core import Mask

from .conftest import scanned


def test_offices_stay(pattern_mask: Mask) -> None:
    text = "Present: Chair, Vice-Chair, Treasurer, Secretary, Hall Inspector, Membership Secretary\nApologies: none"
    assert pattern_mask.protect(text) == text


def test_names_beside_an_office_are_people(pattern_mask: Mask) -> None:
    found = scanned(pattern_mask, "Present: Lorna Whitby, Treasurer, Ravi Chandran")
    assert ("Lorna Whitby", "PERSON") in found
    assert ("Ravi Chandran", "PERSON") in found
    assert all(value != "Treasurer" for value, _ in found)
