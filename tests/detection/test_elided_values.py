"""A labelled value elided with an ellipsis, as documentation writes a stand-in
(``local_address=...``, ``name: …``), is no value: nothing after it on the line is taken for it."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    "text",
    [
        "- Add `local_address=...` support. (Pull #100, #134)\n- Add `PlainByteStream` for use in tests.",
        "Fill in the form: name: …, address: …, phone: …",
        "Call it as connect(host=..., user=..., address=...) and check the result.",
    ],
)
def test_an_elided_value_stays(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_values_after_their_labels_are_still_protected(pattern_mask: Mask) -> None:
    text = "name: Anna Kowalska, address: 14 Rue des Tanneurs, phone: 415-555-0134"
    out = pattern_mask.protect(text)
    for value in ("Anna Kowalska", "14 Rue des Tanneurs", "415-555-0134"):
        assert value not in out
