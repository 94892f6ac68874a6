"""A place label before prose (``location: The city and state, e.g. ...`` in a tool's docstring)
labels no place: most of a place name's words are capitalised (``Krimpen aan den IJssel``,
``Rio de Janeiro``, ``la Chaux-de-Fonds``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _places(mask: Mask, text: str) -> set[str]:
    return {text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "LOCATION"}


def test_a_place_label_before_prose_labels_nothing(pattern_mask: Mask) -> None:
    assert _places(pattern_mask, "Args:\n    location: The city and state, e.g. somewhere\n") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("City: Krimpen aan den IJssel\n", "Krimpen aan den IJssel"),
        ("Town: Rio de Janeiro\n", "Rio de Janeiro"),
        ('{"city": "la Chaux-de-Fonds"}', "la Chaux-de-Fonds"),
    ],
)
def test_a_place_with_particles_is_still_read(pattern_mask: Mask, text: str, place: str) -> None:
    assert place in _places(pattern_mask, text)
