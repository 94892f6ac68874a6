"""Dublin addresses: a street with ``Upper`` or ``Lower`` after its type, the postal district
(``Dublin 2``, ``Dublin 6W``) and the Eircode after it are one address."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _addresses(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Office: 12 Merrion Square, Dublin 2, D02 X285", "12 Merrion Square, Dublin 2, D02 X285"),
        (
            "Ship to 5 Baggot Street Lower, Dublin 2, D02 X285, Ireland",
            "5 Baggot Street Lower, Dublin 2, D02 X285, Ireland",
        ),
        ("Send it to 14 Leeson Street Upper, Dublin 4.", "14 Leeson Street Upper, Dublin 4"),
        ("Lives at 7 Kenilworth Road, Dublin 6W, D6W Y004.", "7 Kenilworth Road, Dublin 6W, D6W Y004"),
    ],
)
def test_district_and_eircode(pattern_mask: Mask, text: str, address: str) -> None:
    assert _addresses(pattern_mask, text) == [address]
    out = pattern_mask.protect(text)
    assert "D02 X285" not in out and "Dublin" not in out


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Meet at 10 Main Street at 5 pm.", "10 Main Street"),
        ("I moved to 3 Oak Road in 2019, 4 years ago.", "3 Oak Road"),
    ],
)
def test_a_number_in_the_sentence_is_no_district(pattern_mask: Mask, text: str, address: str) -> None:
    assert _addresses(pattern_mask, text) == [address]
