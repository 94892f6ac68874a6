"""Roles a clinic's, an insurer's or a CRM's record names a person by (``pcp``, ``attending``,
``referring_physician``, ``claimant``, ``subscriber``, ``rep``, ``team_lead``): the names stayed in
clear without NER."""

from __future__ import annotations

import pytest

from mask.core import Mask

ROLES = {
    "pcp": "Dr. Helen Park",
    "attending": "Dr. Amir Haddad",
    "referring_physician": "Grace Liu",
    "primaryCarePhysician": "Sam Okoro",
    "claimant": "Ava Cruz",
    "subscriber": "Raj Iyer",
    "rep": "Jorge Ruiz",
    "team_lead": "Noor Khan",
}


def test_the_names_are_persons(pattern_mask: Mask) -> None:
    protected = pattern_mask.protect(ROLES)
    assert all(protected[key].startswith("Person_") for key in ROLES), protected
    assert pattern_mask.reveal(protected) == ROLES


@pytest.mark.parametrize("text", ["PCP: Dr. Helen Park", "Attending: Dr. Amir Haddad", "Claimant: Ava Cruz"])
def test_in_text_too(pattern_mask: Mask, text: str) -> None:
    assert "Person_" in pattern_mask.protect(text)


@pytest.mark.parametrize("text", ["attending: 5 events", "rep: 12 reps done", "Subscriber count: 4500"])
def test_counts_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_other_fields_of_theirs_stay(pattern_mask: Mask) -> None:
    record = {"attending_since": "2020-01-01", "rep_count": "5"}
    assert pattern_mask.protect(record) == record
