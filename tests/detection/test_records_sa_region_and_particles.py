"""South Australia's ``SA`` is a region code in an address tail (``Dorothyton, SA 2636``), and a
family name with its particles before a comma and a given name is one name on a labelled line
(``Pt: van den Berg, Isabelle``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _typed(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("12 Martin Centre\nDorothyton, SA 2636", "12 Martin Centre\nDorothyton, SA 2636"),
        (
            "Bill to:\nAcme Pty Ltd\n02 Martin Centre\nWest Dorothyton, SA, 2636\nTotal",
            "Acme Pty Ltd\n02 Martin Centre\nWest Dorothyton, SA, 2636",  # the recipient's line goes with it
        ),
    ],
)
def test_south_australian_addresses(pattern_mask: Mask, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _typed(pattern_mask, text)


def test_a_legal_form_before_a_number_is_no_region(pattern_mask: Mask) -> None:
    assert pattern_mask.protect("Perrot SA, 2636 units") == "Perrot SA, 2636 units"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pt: van den Berg, Isabelle\nAddr: Mararing 4", "van den Berg, Isabelle"),
        ("Employee: de la Cruz, Itzel\nDepartment: Logistics", "de la Cruz, Itzel"),
    ],
)
def test_family_name_particles_before_the_comma(pattern_mask: Mask, text: str, name: str) -> None:
    assert ("PERSON", name) in _typed(pattern_mask, text)
