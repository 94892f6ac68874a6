"""A name under a ``user`` object is the user's (``{"user": {"displayName": "Ngozi Okonkwo"}}``, as
account and ticketing APIs return them). Before, ``user`` counted among the things whose ``name``
names no person (``user_name`` is a login), and the name stayed in clear without NER. A login
under it still fails a person name's shape."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("payload", "name"),
    [
        ({"user": {"id": 48213, "displayName": "Ngozi Okonkwo"}}, "Ngozi Okonkwo"),
        ({"users": [{"name": "Ana Ruiz"}]}, "Ana Ruiz"),
    ],
)
def test_the_users_name(pattern_mask: Mask, payload: dict, name: str) -> None:
    assert name not in str(pattern_mask.protect(payload))
    text = json.dumps(payload)
    assert name not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "payload", [{"user": {"name": "jdoe"}}, {"user": {"name": "admin"}}, {"repo": {"name": "Acme Tools"}}]
)
def test_a_login_or_a_things_name_stays(pattern_mask: Mask, payload: dict) -> None:
    assert pattern_mask.protect(payload) == payload
