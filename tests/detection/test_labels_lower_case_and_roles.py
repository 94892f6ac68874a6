"""All of a field's value written in lower case, two to four words, is the place or company
its key names (``{"city": "san jose"}``, ``{"employer": "acme corp"}``); one word, a setting
or prose is not (``"region": "north"``, ``"location": "remote"``, ``location: see below``).
Role keys name people (``manager_name``, ``teacher``, ``approver``...), when the value is a
name."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("record", "etype", "value"),
    [
        ({"city": "san jose"}, "LOCATION", "san jose"),
        ({"employer": "acme corp"}, "ORGANIZATION", "acme corp"),
        ({"place_of_birth": "rio de janeiro"}, "LOCATION", "rio de janeiro"),
        ({"manager_name": "DE LA CRUZ, MARIA"}, "PERSON", "DE LA CRUZ, MARIA"),
        ({"teacher": "Ms. Jane Park"}, "PERSON", "Ms. Jane Park"),
        ({"approver": "Dana Wu"}, "PERSON", "Dana Wu"),
    ],
)
def test_field_values(pattern_mask: Mask, record: dict[str, str], etype: str, value: str) -> None:
    text = json.dumps(record)
    assert (etype, value) in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "record",
    [
        {"region": "north"},
        {"location": "remote"},
        {"location": "see below"},
        {"city": "not provided"},
        {"company": "n/a"},
        {"state": "pending review"},
        {"manager": True, "reviewer": "approved", "manager_id": "A123"},
    ],
)
def test_no_values(pattern_mask: Mask, record: dict[str, object]) -> None:
    assert _found(pattern_mask, json.dumps(record)) == []
