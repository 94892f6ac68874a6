"""Danish and Norwegian street words ending a compound in their definite form (``Strandvejen``,
``Nørregaden``, ``Nytorv``), and ``postal`` as a postcode's field name (``{"postal": "101001"}``):
both stayed in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "address", ["Strandvejen 100, 2900 Hellerup", "Nørregaden 7, 1165 København", "Kongens Nytorv 13, 1050 København"]
)
def test_the_street_and_its_postcode_are_protected(pattern_mask: Mask, address: str) -> None:
    protected = pattern_mask.protect(f"Send it to {address}, please.")
    assert "Address_" in protected
    assert not any(part in protected for part in ("100", "Nørregaden", "Nytorv 13", "2900", "1165", "1050"))


def test_postal_names_a_postcode(pattern_mask: Mask) -> None:
    protected = pattern_mask.protect({"homeAddress": {"street1": "9 Marina Road", "postal": "101001"}})
    assert protected["homeAddress"]["postal"].startswith("Zip_")
    assert pattern_mask.protect("Postal: 101001").startswith("Postal: Zip_")


@pytest.mark.parametrize("text", ["Postal service resumes Monday.", "The postal strike ended in 1971."])
def test_postal_in_prose_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
