"""An integer under a key that names a type written in digits is protected: a tool that returns
``{"card_number": 4111111111111111}`` or ``{"zip": 94105}`` from a database row handed the model
the number in clear (only strings were read). It comes back as the token's string; an integer
under any other key, or one nothing replaced, stays the same integer; reveal gives the value back
as a string."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from mask.core import Mask
from mask.core.walk import Limits, collect_strings, rebuild


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


@pytest.mark.parametrize(
    ("payload", "path"),
    [
        ({"card_number": 4111111111111111}, ("card_number",)),
        ({"card": {"number": 4111111111111111, "exp_year": 2027}}, ("card", "number")),
        ({"ssn": 536229841}, ("ssn",)),
        ({"zip": 94105, "count": 3}, ("zip",)),
        ({"cvv": 737}, ("cvv",)),
        ({"routing_number": 184027365}, ("routing_number",)),
        ({"phones": [4158675309]}, ("phones", 0)),
    ],
)
def test_labelled_integers_are_protected(mask: Mask, payload: dict[str, Any], path: tuple[Any, ...]) -> None:
    original: Any = payload
    for step in path:
        original = original[step]
    safe = mask.protect(payload)
    got: Any = safe
    for step in path:
        got = got[step]
    assert isinstance(got, str) and str(original) not in json.dumps(safe)
    back: Any = mask.reveal(safe)
    for step in path:
        back = back[step]
    assert back == str(original)


def test_other_integers_keep_their_type(mask: Mask) -> None:
    payload = {"id": 5, "count": 94105, "ok": True, "zip": True, "items": [1, 2, 3], "ratio": 0.5, "n": None}
    assert mask.protect(payload) == payload
    safe = mask.protect({"zip": 94105, "count": 94105, "exp_year": 2027})
    assert safe["count"] == 94105 and safe["exp_year"] == 2027 and type(safe["count"]) is int


def test_an_integer_nothing_replaced_stays_an_integer() -> None:
    limits = Limits(10_000, 50, 1000)
    payload = {"zip": 94105, "ids": [1, 2], 7: 3, "nested": [{"zip": 12}]}
    decisions: list[bool] = []
    texts = collect_strings(payload, limits, numbers=lambda p: p.key == "zip", decisions=decisions)
    assert texts == ["94105", "12"]
    assert rebuild(payload, iter(texts), numbers=iter(decisions)) == payload
    changed = rebuild(payload, iter(["Zip_A", "12"]), numbers=iter(decisions))
    assert changed == {"zip": "Zip_A", "ids": [1, 2], 7: 3, "nested": [{"zip": 12}]}


def test_keys_and_integers_together() -> None:
    limits = Limits(10_000, 50, 1000)
    payload = {"bob@corp.com": {"phone": 4158675309, "n": 1}}
    decisions: list[bool] = []
    texts = collect_strings(payload, limits, keys=True, numbers=lambda p: p.key == "phone", decisions=decisions)
    assert texts == ["bob@corp.com", "phone", "4158675309", "n"]
    out = rebuild(payload, iter(["K", "phone", "T", "n"]), keys=True, numbers=iter(decisions))
    assert out == {"K": {"phone": "T", "n": 1}}


def test_a_huge_integer_is_no_value(mask: Mask) -> None:
    payload = {"zip": 10**5000, "card_number": 4111111111111111}
    safe = mask.protect(payload)
    assert safe["zip"] == 10**5000  # no string of it is made (Python refuses one past 4,300 digits)
    assert safe["card_number"] != 4111111111111111
