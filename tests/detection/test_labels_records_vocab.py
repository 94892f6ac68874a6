"""Field names and labels of records that name a person, an organization, a place or a phone
number: ``person:``, ``org:``, ``location:`` in YAML-like text, ``org_name`` and ``caller`` as
JSON keys, ``Approved by:``, ``Backup number:`` and ``Dial-in:``."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _typed(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("contact:\n  person: Valerie Brennan\n  org: Taylor-Edwards\n", "PERSON", "Valerie Brennan"),
        ("contact:\n  person: Valerie Brennan\n  org: Taylor-Edwards\n", "ORGANIZATION", "Taylor-Edwards"),
        ("contact:\n  tel: '0160 2334912'\n  location: West Jacobstad\n", "LOCATION", "West Jacobstad"),
        ('{"org_name": "Mocanu", "segment": "retail"}', "ORGANIZATION", "Mocanu"),
        ('{"caller": "Sune Johansson", "minutes": 4}', "PERSON", "Sune Johansson"),
        ("Approved by: Jane Doe\nStatus: done", "PERSON", "Jane Doe"),
        ("Assigned to: Priya Raman", "PERSON", "Priya Raman"),
        ("Hometown: Grahamfurt", "LOCATION", "Grahamfurt"),
        ("Affiliation: Hospital Clínic de Barcelona", "ORGANIZATION", "Hospital Clínic de Barcelona"),
        ("Backup number: 0660460094", "PHONE_NUMBER", "0660460094"),
        ("Dial-in: 0498 066 5209", "PHONE_NUMBER", "0498 066 5209"),
    ],
)
def test_record_labels_name_their_type(pattern_mask: Mask, text: str, etype: str, value: str) -> None:
    assert (etype, value) in _typed(pattern_mask, text)
    out = pattern_mask.protect(text)
    assert value not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        '{"location": "us-east-1", "org": "anthropic", "caller": "main.py"}',
        "location: /var/lib/data\norg: example-org\n",
        '{"person": "n/a", "location": "unknown"}',
    ],
)
def test_values_no_type_fits_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
