"""The id a service gives one person: a user's id under ``user_id``/``userId`` or as the ``id`` of a
``user``/``customer``/``member`` object, with an underscore between its prefix and its digits
(``u_50231``, ``usr_9b2e71``); a record's own id, a UUID, a small count and an XML element's ``id``
attribute stay."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("payload", "value"),
    [
        ({"user_id": "u_50231"}, "u_50231"),
        ({"event": "login", "userId": "usr_9b2e71", "ok": True}, "usr_9b2e71"),
        ({"user": {"id": "u_70442", "role": "admin"}}, "u_70442"),
        ({"users": [{"id": "usr_3c81f0"}]}, "usr_3c81f0"),
        ({"customer": {"id": "cus_48810", "plan": "gold"}}, "cus_48810"),
        ({"member": {"id": 5501872}}, "5501872"),
    ],
)
def test_a_users_id_in_a_payload_is_protected(pattern_mask: Mask, payload: dict, value: str) -> None:
    assert (value, "PERSONAL_ID") in scanned(pattern_mask, json.dumps(payload))


def test_a_users_id_as_key_and_value_in_a_log_line(pattern_mask: Mask) -> None:
    text = "duplicate signup (user_id=660318, plan=free)"
    assert ("660318", "PERSONAL_ID") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "payload",
    [
        {"user": {"id": 42, "type": "User"}},  # too short for a person's number
        {"user": {"id": "5b0e1c2a-8f1e-4b1a-9d3e-2f6a1c9b7e44"}},  # a UUID
        {"order": {"id": "ord_88213"}},  # a record's own id
        {"card": {"id": "card_1N88"}},
        {"order_id": "ord_88213", "ticket_id": "T-4410"},
    ],
)
def test_other_ids_stay(pattern_mask: Mask, payload: dict) -> None:
    assert pattern_mask.protect(json.dumps(payload)) == json.dumps(payload)


def test_an_xml_elements_id_attribute_stays(pattern_mask: Mask) -> None:
    text = '<crm:customer xmlns:crm="urn:example:crm" id="C-2209"><crm:status>active</crm:status></crm:customer>'
    assert 'id="C-2209"' in pattern_mask.protect(text)
