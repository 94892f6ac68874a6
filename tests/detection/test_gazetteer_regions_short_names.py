"""Subdivisions that pycountry names with a designation after a comma or a second name in
brackets are known by their short names (``Asturias``, ``Navarra``, ``Islas Baleares``)."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.plugins.spacy.gazetteer import gazetteer


@pytest.mark.parametrize("region", ["Asturias", "Navarra", "Murcia", "Islas Baleares", "Cataluña"])
def test_the_short_name_is_a_place(region: str) -> None:
    assert gazetteer().is_place(region)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Can you ring Ana back on +34462 116 045? She is in Asturias until Friday.", "Asturias"),
        ("Forwarding the invoice from Acme SL (Navarra) to Ana Ruiz.", "Navarra"),
    ],
)
def test_a_short_region_name_in_context_is_covered(ner_mask: Mask, text: str, region: str) -> None:
    assert region in [text[s.start : s.end] for s in ner_mask.scan([text])[0] if s.type == "LOCATION"]
