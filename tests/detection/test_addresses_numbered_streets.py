"""Streets named by an ordinal: ``221 W 42nd St``, ``1600 5th Avenue``, ``7289 17th Avenue``.

The word before the street type had to be a capitalised word, so a numbered street after its
house number was not read (``350 5th Ave, New York, NY 10118`` only through its state and ZIP).
"""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Meet me at 221 W 42nd St, New York.", "221 W 42nd St"),
        ("The store is at 1600 5th Avenue please.", "1600 5th Avenue"),
        ("Ship to 7289 17th Avenue, Clark Grove", "7289 17th Avenue"),
        ("Office: 100 1st Street, San Francisco", "100 1st Street"),
        ("Send it to 12 3rd Ave NW today", "12 3rd Ave NW"),
    ],
)
def test_a_numbered_street_is_an_address(pattern_mask: Mask, text: str, address: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert any(s.type == "STREET_ADDRESS" and text[s.start : s.end].startswith(address) for s in spans), spans


@pytest.mark.parametrize(
    "text", ["Version 2 3rd Street Edition", "the 5th Avenue store", "He finished 3rd in 42nd Street run"]
)
def test_ordinals_without_a_house_number_stay(pattern_mask: Mask, text: str) -> None:
    assert not [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
