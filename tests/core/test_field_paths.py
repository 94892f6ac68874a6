"""Field-aware detection in structured payloads: the label comes from the key, the parent
key, a sibling that names the type, or the key of the list an item is in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.walk import FieldPath, Limits, collect_strings


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}})
    yield m
    m.close()


def test_collect_strings_gives_each_leaf_its_path() -> None:
    payload = {
        "card": {"number": "1"},
        "contacts": [{"kind": "phone", "value": "2"}, {"name": "Phone", "type": "mobile", "value": "3"}],
        "phones": ["4", ["5"]],
        "top": "6",
    }
    paths: list[FieldPath | None] = []
    fields: list[str | None] = []
    texts = collect_strings(
        payload, Limits(10_000, 20, 100), fields, paths=paths, type_keys=frozenset({"kind", "type", "name"})
    )
    by_text = dict(zip(texts, paths, strict=True))
    assert by_text["1"] == FieldPath("number", "card", None)
    assert by_text["2"] == FieldPath("value", "contacts", "phone")
    # a "name" sibling is the weakest hint; with a "value" key the object is a name/value pair,
    # whose name names a field (thing=True: it is no person's)
    assert by_text["3"] == FieldPath("value", "contacts", "mobile", thing=True)
    assert by_text["4"] == by_text["5"] == FieldPath("phones", None, None)
    assert by_text["6"] == FieldPath("top", None, None)
    assert fields[texts.index("4")] is None  # no prefix: list items stay adjacent for split values


def test_top_level_strings_and_keys_have_no_path() -> None:
    paths: list[FieldPath | None] = []
    key_leaves: set[int] = set()
    texts = collect_strings(
        ["a", {"k": "b"}], Limits(100, 10, 10), [], keys=True, key_leaves=key_leaves, paths=paths, type_keys=frozenset()
    )
    assert texts == ["a", "k", "b"]
    assert paths == [None, None, FieldPath("k", None, None)]


def test_parent_key_labels_a_generic_key(mask: Mask) -> None:
    record = {
        "card": {"number": "6759 4031 8826", "expiry": "12/27"},
        "phone": {"value": "031-442-958", "verified": "yes"},
        "contact": {"name": "Zxqv Blorp", "first": "Zxqv"},
    }
    out = mask.protect(record)
    assert out["card"]["number"] != "6759 4031 8826" and out["card"]["expiry"] == "12/27"
    assert out["phone"]["value"] != "031-442-958" and out["phone"]["verified"] == "yes"
    assert out["contact"]["name"].startswith("Person_") and out["contact"]["first"].startswith("Person_")
    assert mask.reveal(out) == record


def test_sibling_that_names_the_type(mask: Mask) -> None:
    record = {
        "documents": [{"type": "drivers_license", "number": "D1234567"}, {"type": "passport", "number": "X1234567"}],
        "channels": [{"kind": "phone", "value": "612 48 907"}, {"kind": "slack", "value": "Zxqv Blorp"}],
        "fields": [{"name": "Phone", "value": "031-442-958"}],
    }
    out = mask.protect(record)
    assert out["documents"][0]["number"] != "D1234567" and out["documents"][1]["number"] != "X1234567"
    assert out["channels"][0]["value"] != "612 48 907"
    assert out["channels"][1]["value"] == "Zxqv Blorp"  # a slack handle is no labelled type
    assert out["fields"][0] == {"name": "Phone", "value": out["fields"][0]["value"]}  # the label word stays
    assert out["fields"][0]["value"] != "031-442-958"
    assert mask.reveal(out) == record


def test_list_items_under_a_labelled_key(mask: Mask) -> None:
    record = {"phones": ["612 48 907", "031-442-958"], "names": ["Zxqv Blorp", "Qwrt Plimb"]}
    out = mask.protect(record)
    assert "612 48 907" not in out["phones"] and "031-442-958" not in out["phones"]
    assert all(n.startswith("Person_") for n in out["names"])
    assert mask.reveal(out) == record


def test_a_whole_value_under_a_name_field_is_a_person(mask: Mask) -> None:
    record = {"customer_name": "Zxqv Blorp", "patient": "Smith, John", "assignee": "Ngozi Okonkwo-Adeyemi"}
    out = mask.protect(record)
    assert all(v.startswith("Person_") for v in out.values())


def test_name_of_a_thing_is_not_a_person(mask: Mask) -> None:
    record = {
        "file_name": "Report Final",
        "product_name": "Widget Pro",
        "username": "Bob Smith",
        "repo": {"name": "Mask Core"},
        "license": {"name": "MIT License"},
        "city": {"name": "Vannes"},
        "id": "12345678",
        "status": "Active",
    }
    out = mask.protect(record)
    assert out["city"]["name"].startswith("Location_")
    del out["city"], record["city"]
    assert out == record


def test_city_and_zip_from_the_issue(mask: Mask) -> None:
    out = mask.protect({"city": "Vannes", "zip": "56000"})
    assert out["city"].startswith("Location_") and out["zip"] != "56000"


def test_non_ascii_field_names(mask: Mask) -> None:
    record = {"Teléfono": "612 48 907", "prénom": "Zxqv", "Straße": "Hauptstraße 5", "PLZ": "80331"}
    out = mask.protect(record)
    assert all(out[k] != v for k, v in record.items())
    assert mask.reveal(out) == record


def test_json_string_inside_a_payload(mask: Mask) -> None:
    record = {"tool": "lookup", "result": '{"customer": {"name": "Zxqv Blorp", "phone": "031-442-958"}}'}
    out = mask.protect(record)
    assert "Zxqv Blorp" not in out["result"] and "031-442-958" not in out["result"]
    assert mask.reveal(out) == record


def test_tool_and_message_names_are_not_people(mask: Mask) -> None:
    payload = {
        "messages": [{"role": "user", "name": "Operator", "content": "hello"}],
        "tools": [{"name": "Calculator", "description": "adds numbers", "parameters": {"type": "object"}}],
        "tool_calls": [{"id": "call_1", "name": "Search", "arguments": "{}"}],
    }
    assert mask.protect(payload) == payload
    as_text = '{"tool_calls": [{"name": "Search", "arguments": {"q": "x"}}], "customer": {"name": "Zxqv Blorp"}}'
    out = mask.protect(as_text)
    assert '"name": "Search"' in out and "Zxqv Blorp" not in out
