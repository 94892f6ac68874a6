"""An address's ``line`` and ``lines`` fields (FHIR's ``{"address": [{"line": [...]}]}``) are address parts.

The first line (``4410 SE Belmont St``) was found by its street, the second (``Apt 3B``) stayed
in clear: ``line`` named no type and took none from its parent. It is a generic key now, as
``number`` is under ``card``; under anything that names no type it names nothing.
"""

from __future__ import annotations

from mask.core import Mask


def test_every_line_of_an_address_is_protected(pattern_mask: Mask) -> None:
    patient = {"address": [{"line": ["4410 SE Belmont St", "Apt 3B"], "city": "Portland", "postalCode": "97215"}]}
    protected = pattern_mask.protect(patient)
    lines = protected["address"][0]["line"]
    assert all(line.startswith("Address_") for line in lines), lines
    assert pattern_mask.reveal(protected) == patient


def test_lines_under_an_address_key_too(pattern_mask: Mask) -> None:
    protected = pattern_mask.protect({"shipping_address": {"lines": ["Flat 2", "18 Ravenscroft Road"]}})
    assert all(line.startswith("Address_") for line in protected["shipping_address"]["lines"])


def test_lines_of_other_things_stay(pattern_mask: Mask) -> None:
    payload = {
        "order": {"line": 3, "lines": ["Oak desk", "Chair"]},
        "log": {"line": "Started worker 3"},
        "line": "Apt 3B",
    }
    assert pattern_mask.protect(payload) == payload
