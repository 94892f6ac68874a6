"""A name/value pair's ``name`` names a field, not a person: Gmail's message headers
(``{"name": "Subject", "value": ...}``) had ``Subject`` and ``Date`` tokenized as people, and a
CRM's custom fields (``{"name": "Customer Name", "value": ...}``) their field names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def test_header_names_stay_and_custom_field_names_label_their_values(mask: Mask) -> None:
    payload = {
        "payload": {
            "headers": [
                {"name": "Subject", "value": "Contract renewal"},
                {"name": "Date", "value": "Tue, 3 Dec 2026 10:12:00 +0100"},
            ]
        },
        "custom_fields": [
            {"name": "Customer Name", "value": "Anna Kowalska"},
            {"name": "Phone", "value": "031-442-958"},
        ],
    }
    out = mask.protect(payload)
    assert out["payload"] == payload["payload"]
    assert [f["name"] for f in out["custom_fields"]] == ["Customer Name", "Phone"]
    assert out["custom_fields"][0]["value"].startswith("Person_")
    assert "442" not in out["custom_fields"][1]["value"]


def test_a_name_without_a_value_key_is_still_a_person(mask: Mask) -> None:
    out = mask.protect({"owner": {"name": "Dana Scully", "email": "dana@example.org"}})
    assert out["owner"]["name"].startswith("Person_")
