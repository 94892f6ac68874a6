"""The one payload rule every adapter uses (mask.core.adapters.payload)."""

from __future__ import annotations

import dataclasses
import gc
from typing import Any

import pytest
from pydantic import BaseModel, field_validator

from mask.core import MaskInputError
from mask.core.adapters import MEDIA_KEY, UNHANDLED, Held, from_payload, has_strings, is_jsonlike, to_payload


class Customer(BaseModel):
    name: str
    tags: tuple[str, ...] = ()


class Strict(BaseModel):
    email: str

    @field_validator("email")
    @classmethod
    def has_at(cls, value: str) -> str:
        if "@" not in value:
            raise ValueError("not an e-mail address")
        return value


@dataclasses.dataclass
class Order:
    number: int
    note: str


class Opaque:
    def __str__(self) -> str:
        return "opaque thing"


def test_shapes_become_json_like() -> None:
    obj = {"c": Customer(name="Ann", tags=("a",)), 3: {"x", "y"}, "o": Order(1, "n"), "t": (1, Opaque())}
    payload = to_payload(obj)
    assert payload["c"] == {"name": "Ann", "tags": ["a"]}  # model_dump(mode="json")
    assert sorted(payload["3"]) == ["x", "y"]  # non-str keys become str, sets lists
    assert payload["o"] == {"number": 1, "note": "n"}
    assert payload["t"] == (1, "opaque thing")


def test_cycles_and_depth_are_typed_errors() -> None:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    with pytest.raises(MaskInputError, match="cyclic"):
        to_payload(cyclic)
    deep: list[Any] = []
    node = deep
    for _ in range(20):
        node.append([])
        node = node[0]
    assert to_payload(deep, max_depth=30) is not None
    with pytest.raises(MaskInputError, match=r"deeper than 10 levels \(mask.max_depth\)"):
        to_payload(deep, max_depth=10)
    shared = ["x"]
    assert to_payload([shared, shared]) == [["x"], ["x"]]  # a repeat is no cycle


def test_media_is_held_aside_and_put_back() -> None:
    held = Held()
    blob = b"\x89PNG"
    payload = to_payload({"img": blob, "text": "hi"}, special=lambda n: held.hold(n) if n is blob else UNHANDLED)
    assert payload == {"img": {MEDIA_KEY: 0}, "text": "hi"}
    assert held.restore({**payload, "text": "protected"}) == {"img": blob, "text": "protected"}


def test_from_payload_rebuilds_types_and_never_returns_the_original_on_a_broken_validator() -> None:
    original = {"c": Customer(name="Ann"), "pair": ("a", "b"), "raw": b"text"}
    rebuilt = from_payload(original, {"c": {"name": "<PERSON_1>", "tags": []}, "pair": ["x", "y"], "raw": "t2"})
    assert rebuilt == {"c": Customer(name="<PERSON_1>"), "pair": ("x", "y"), "raw": b"t2"}
    strict = Strict(email="ann@example.com")
    assert from_payload(strict, {"email": "TOKEN"}) == {"email": "TOKEN"}
    assert from_payload(b"\x00\xff", None) is None
    assert from_payload(b"\x00\xff", None, keep_binary=True) == b"\x00\xff"


def test_has_strings() -> None:
    assert has_strings({"a": [1, ("x",)]}) and not has_strings({"a": [1, (2.0, None)]})


def test_is_jsonlike_follows_the_depth_limit() -> None:
    assert is_jsonlike({"a": [1, ("x", None)], 2: 1.5}) and not is_jsonlike({"a": object()})
    nested: list[object] = ["leaf"]
    for _ in range(9):
        nested = [nested]
    assert is_jsonlike(nested, max_depth=10) and not is_jsonlike(nested, max_depth=9)  # as deep as to_payload goes
    to_payload(nested, max_depth=10)
    with pytest.raises(MaskInputError):
        to_payload(nested, max_depth=9)
    cyclic: list[object] = []
    cyclic.append(cyclic)
    assert not is_jsonlike(cyclic)


def test_the_walks_leave_no_garbage_cycles() -> None:
    """Their recursive closures are let go when they return: freed by reference counting,
    never left for the cycle collector (garbage on every tool call otherwise)."""
    from mask.core.walk import Limits, collect_strings

    payload = {"a": [1, {"b": "c"}], "d": ("e",)}
    walks = (
        lambda: to_payload(payload),
        lambda: is_jsonlike(payload),
        lambda: collect_strings(payload, Limits(1000, 16, 100)),
    )
    gc.collect()
    gc.disable()
    try:
        for walk in walks:
            walk()
            assert gc.collect() == 0
    finally:
        gc.enable()
