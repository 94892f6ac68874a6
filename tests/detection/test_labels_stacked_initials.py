"""A labelled name that opens with stacked initials: ``Contact: J.P. van der Berg`` and
``Account holder: J.-P. Dubois`` stayed in clear (a name's word ended at its first dot)."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contact: J.P. van der Berg", "J.P. van der Berg"),
        ("Account holder: J.-P. Dubois", "J.-P. Dubois"),
        ("Name: A.B.C. Smith", "A.B.C. Smith"),
        ('{"beneficiary_name": "J.P. van der Berg"}', "J.P. van der Berg"),
    ],
)
def test_the_name_is_protected(pattern_mask: Mask, text: str, name: str) -> None:
    protected = pattern_mask.protect(text)
    assert name not in protected and "van der" not in protected and "Person_" in protected


@pytest.mark.parametrize("text", ["Contact: U.S. Embassy", "Name: U.S.", "Contact: e.g. the desk"])
def test_abbreviations_are_no_initials(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
