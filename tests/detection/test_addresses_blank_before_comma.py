"""A blank before the comma between the parts of an address (``Calle Mayor , 5 , 28013 Madrid``,
as forms and hand-typed text write it) separates them as ``, `` does. Before, a house number
after ``Mayor ,``, a number before ``, Mutti Marg``, a region after ``Albany ,`` and a city after
``Oak Street ,`` were not read as parts of the address, and the address or its town reached the
model in clear."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _spans(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Envíe a Calle Mayor , 5 , 28013 Madrid.", "Calle Mayor , 5 , 28013 Madrid"),
        ("Mail it to 12 Broadway , Albany , NY 12207 please.", "12 Broadway , Albany , NY 12207"),
        (
            "Address is H.No. 841 , Mutti Marg , Satara , Meghalaya 805009",
            "H.No. 841 , Mutti Marg , Satara , Meghalaya 805009",
        ),
        ("Livraison : 682 , avenue de Toussaint , 69003 Lyon", "682 , avenue de Toussaint , 69003 Lyon"),
        # already read whole; kept here so the blank keeps working everywhere
        ("Ship to 14 Rue des Tanneurs , 69003 Lyon", "14 Rue des Tanneurs , 69003 Lyon"),
        ("221B Baker Street , London NW1 6XE", "221B Baker Street , London NW1 6XE"),
        ("Calle Mayor 5 , 28013 Madrid", "Calle Mayor 5 , 28013 Madrid"),
        ("1600 Pennsylvania Ave NW , Washington , DC 20500", "1600 Pennsylvania Ave NW , Washington , DC 20500"),
        ("14 Rue des Tanneurs , Apt. 5 , 69003 Lyon , France", "14 Rue des Tanneurs , Apt. 5 , 69003 Lyon , France"),
    ],
)
def test_a_blank_before_a_comma_separates_address_parts(pattern_mask: Mask, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _spans(pattern_mask, text)
    spaced = _spans(pattern_mask, text)
    plain = _spans(pattern_mask, text.replace(" ,", ","))
    assert [t for t, _ in spaced] == [t for t, _ in plain]  # as written with ", "
    out = pattern_mask.protect(text)
    assert address not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Parcel for delivery to 404 Oak Street , Graemefurt.", "Graemefurt"),
        ("Where: Mararing 4 , Vorstenbosch.", "Vorstenbosch"),
    ],
)
def test_a_city_after_a_blank_and_a_comma(pattern_mask: Mask, text: str, city: str) -> None:
    assert ("LOCATION", city) in _spans(pattern_mask, text)
    assert city not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Windows 10 , 64000 Users.",
        "Chapter 4 , 2019 Edition.",
        "Order 12 , Main Street store , 10115 Berlin",
        "Table 5 , 12345 Total",
        "We need 3 , maybe 4 , more chairs.",
        "Step 2 , Read the docs , then run it.",
        "x = f(1 , 2) , y = g(3 , 4)",
    ],
)
def test_ordinary_text_with_a_blank_before_a_comma_stays(pattern_mask: Mask, text: str) -> None:
    assert [s for s in pattern_mask.scan([text])[0] if s.type in ("STREET_ADDRESS", "LOCATION", "ZIP_CODE")] == []
