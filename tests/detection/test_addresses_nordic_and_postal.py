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


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Vi bor i Karl Johans gate 22, 0159 Oslo.", "Karl Johans gate 22"),
        ("Levering til Thorvald Meyers gate 15B, Oslo", "Thorvald Meyers gate 15B"),
        ("Vi bor i Bygdøy allé 5, 0257 Oslo.", "Bygdøy allé 5"),
        ("Ole Deviks vei 4, 0668 Oslo", "Ole Deviks vei 4"),
        ("Adresse: Kongens gate 5, 0153 Oslo", "Kongens gate 5"),
        ("Kongens Nytorv 13, 1050 København K", "Kongens Nytorv 13"),
    ],
)
def test_a_street_word_written_apart_in_lower_case(pattern_mask: Mask, text: str, street: str) -> None:
    """Norwegian street words written apart and in lower case after the name (``gate``, ``vei``,
    ``allé``) stayed in clear or were cut to the name (``Karl Johans`` a person); ``Kongens``
    before a Danish street was left out of it."""
    [span] = [s for s in pattern_mask.scan([text])[0] if s.type == "STREET_ADDRESS"]
    assert text[span.start : span.end].startswith(street)


@pytest.mark.parametrize(
    "text",
    [
        "Boarding at Departures gate 22 at 10:40",
        "Flight SK 4411 boards at gate 22.",
        "Please proceed to Gate 22 now",
        "Il est allé 3 fois à Paris.",
        "Kongens gate 5",  # a genitive and gate alone: no postcode, no address word
    ],
)
def test_a_gate_or_a_past_participle_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
