"""protect/reveal keep the payload's shape; bad input gets a typed error and leaks nothing."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from mask.core import Mask, MaskError, MaskInputError

PII = "bob@corp.com"


def test_json_shape_keys_types_and_order_survive(mask: Mask) -> None:
    payload = {
        "z_first": PII,
        "count": 3,
        "ratio": 0.5,
        "ok": True,
        "none": None,
        "nested": [{"to": PII, "cc": ["x", PII]}, ("tuple", PII)],
        "email": "field names without PII are untouched",
        PII: "a key that is PII is protected (mask.protect_keys)",
        7: "non-string keys are kept",
    }
    protected = mask.protect(payload)
    keys = list(protected)
    assert keys[:7] == list(payload)[:7] and keys[8] == 7 and keys[7].endswith("@mask.example")
    assert protected["count"] == 3 and protected["ratio"] == 0.5 and protected["ok"] is True
    assert protected["none"] is None and isinstance(protected["nested"][1], tuple)
    assert protected[7] == "non-string keys are kept"
    leaves = json.dumps(protected["nested"]) + protected["z_first"]
    assert PII not in leaves
    assert mask.reveal(protected) == payload


def test_json_string_stays_valid_json(mask: Mask) -> None:
    doc = json.dumps({"id": 17, "email": PII, "note": f'he said "{PII}"'})
    protected = mask.protect(doc)
    parsed = json.loads(protected)
    assert parsed["id"] == 17 and PII not in protected
    assert json.loads(mask.reveal(protected)) == json.loads(doc)


def test_tokens_are_never_tokenized_again(mask: Mask) -> None:
    once = mask.protect(f"mail {PII}")
    twice = mask.protect(once)
    assert twice == once
    assert mask.protect({"a": once, "b": [once]}) == {"a": once, "b": [once]}


def test_same_value_same_token_within_a_call_and_across_calls(mask: Mask) -> None:
    first = mask.protect([PII, PII, "other@corp.com"])
    assert first[0] == first[1] != first[2]
    assert mask.protect(PII) == first[0]


def test_empty_and_scalar_inputs(mask: Mask) -> None:
    assert mask.protect("") == ""
    assert mask.protect([]) == [] and mask.protect({}) == {}
    assert mask.protect(42) == 42 and mask.protect(None) is None
    assert mask.reveal("no tokens here") == "no tokens here"


def test_lone_surrogates_are_handled(mask: Mask) -> None:
    text = f"\ud800 mail {PII} \udfff"
    protected = mask.protect(text)
    assert PII not in protected and protected.startswith("\ud800")
    assert mask.reveal(protected) == text


def test_shared_subtrees_are_not_cycles(mask: Mask) -> None:
    shared = {"email": PII}
    out = mask.protect([shared, shared])
    assert out[0] == out[1] and PII not in json.dumps(out)


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda: "x" * 16_000_001, "input too large"),
        (lambda: b"bob@corp.com", "binary input"),
        (lambda: {"a": bytearray(b"x")}, "binary input"),
        (lambda: {"when": object()}, "unsupported type in payload: object"),
        (lambda: {1, 2}, "unsupported type in payload: set"),
    ],
)
def test_bad_input_gets_a_typed_error(mask: Mask, make: Any, needle: str) -> None:
    with pytest.raises(MaskInputError, match=needle):
        mask.protect(make())
    with pytest.raises(MaskInputError, match=needle):
        mask.reveal(make())


def test_50_mb_string_is_refused_quickly(mask: Mask) -> None:
    huge = (f"{PII} " * 4_000_000)[:50_000_000]
    with pytest.raises(MaskInputError) as info:
        mask.protect(huge)
    assert PII not in str(info.value) and len(str(info.value)) < 200


def test_deep_nesting_is_refused() -> None:
    deep: Any = PII
    for _ in range(10_000):
        deep = [deep]
    with Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}}) as mask:
        with pytest.raises(MaskInputError, match="nested deeper than 256"):
            mask.protect(deep)
        ok: Any = PII
        for _ in range(200):
            ok = {"k": ok}
        assert PII not in json.dumps(mask.protect(ok))


def test_cyclic_input_is_refused(mask: Mask) -> None:
    cyclic: dict[str, Any] = {"email": PII}
    cyclic["self"] = cyclic
    looped: list[Any] = [PII]
    looped.append(looped)
    for obj in (cyclic, looped):
        with pytest.raises(MaskInputError, match="cyclic"):
            mask.protect(obj)


def test_limits_are_configurable() -> None:
    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "mask": {"max_input_chars": 10, "max_leaves": 2}}
    with Mask(config) as mask:
        with pytest.raises(MaskInputError, match="max_input_chars"):
            mask.protect("x" * 11)
        with pytest.raises(MaskInputError, match="max_leaves"):
            mask.protect(["a", "b", "c"])


@pytest.mark.parametrize(
    ("texts", "needle"),
    [
        (PII, r"not str: scan\(\[text\]\)"),  # a bare string is not read character by character
        (PII.encode(), "not bytes"),
        (None, "not NoneType"),
        ([PII, b"bytes"], "item 1 is bytes"),
        ([None], "item 0 is NoneType"),
        ([PII, 7], "item 1 is int"),
    ],
)
def test_scan_takes_a_sequence_of_texts(mask: Mask, texts: Any, needle: str) -> None:
    with pytest.raises(MaskInputError, match=needle) as info:
        mask.scan(texts)
    assert PII not in str(info.value)


def test_scan_takes_any_iterable_of_texts_within_the_limits() -> None:
    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "mask": {"max_input_chars": 40}}
    with Mask(config) as mask:
        spans = mask.scan(t for t in [f"mail {PII}", "nothing here"])
        assert [[s.type for s in row] for row in spans] == [["EMAIL_ADDRESS"], []]
        with pytest.raises(MaskInputError, match="max_input_chars") as info:
            mask.scan([PII * 4])
        assert PII not in str(info.value)


@pytest.mark.parametrize("scope", [5, b"scope", ["s"]])
def test_a_scope_that_is_no_string_gets_a_typed_error(mask: Mask, scope: Any) -> None:
    for call in (
        lambda: mask.protect(PII, scope=scope),
        lambda: mask.reveal(PII, scope=scope),
        lambda: mask.scan([PII], scope=scope),
        lambda: mask.stream_revealer(scope=scope),
        lambda: mask.forget_value(PII, scope=scope),
    ):
        with pytest.raises(MaskInputError, match="a scope is a str"):
            call()


@pytest.mark.parametrize("scope", [None, "", 5])
def test_forget_scope_never_falls_back_to_the_default_scope(mask: Mask, scope: Any) -> None:
    token = mask.protect(PII)
    with pytest.raises(MaskInputError, match="forget_scope needs a scope"):
        mask.forget_scope(scope)
    assert mask.reveal(token) == PII  # nothing was erased


@pytest.mark.parametrize("chunk", [b"bytes", None, 7])
def test_a_stream_chunk_that_is_no_string_gets_a_typed_error(mask: Mask, chunk: Any) -> None:
    stream = mask.stream_revealer()
    token = mask.protect(PII)
    assert stream.feed(f"write to {token}") + stream.flush() == f"write to {PII}"
    with pytest.raises(MaskInputError, match="a stream chunk is a str"):
        stream.feed(chunk)


def test_input_errors_are_mask_errors_and_value_errors() -> None:
    assert issubclass(MaskInputError, MaskError) and issubclass(MaskInputError, ValueError)


def test_no_plaintext_in_logs_or_reprs(mask: Mask, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    protected = mask.protect({"to": PII})
    mask.reveal(protected, tool="nope")
    mask.reveal(protected)
    assert PII not in caplog.text
    assert PII not in repr(mask) and PII not in repr(mask.config) and PII not in repr(mask.keys)
