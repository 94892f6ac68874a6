"""Dict keys that hold PII (``{"bob@corp.com": {...}}``) are protected like values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from mask.core import Detector, Mask, Span, hookimpl
from mask.core.errors import MaskInputError

BASE: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}


def test_a_key_holding_an_email_is_tokenized_and_revealed() -> None:
    payload = {"bob@corp.com": {"plan": "pro", "ssn": "536229841"}, "owner": "alice@corp.com", 7: "seven"}
    with Mask(BASE) as mask:
        protected = mask.protect(payload)
        assert "bob@corp.com" not in repr(protected) and "536229841" not in repr(protected)
        [key] = [k for k in protected if isinstance(k, str) and k.endswith("@mask.example")]
        assert list(protected[key]) == ["plan", "ssn"]  # keys without PII never change
        assert protected[7] == "seven" and "owner" in protected
        assert list(protected).index(key) == 0  # order kept
        assert mask.reveal(protected) == payload


def test_keys_inside_lists_and_tuples() -> None:
    payload = [{"+44 20 7946 0958": 1}, ({"10.0.0.7": ["ok"]},)]
    with Mask(BASE) as mask:
        protected = mask.protect(payload)
        assert "7946" not in repr(protected) and "10.0.0.7" not in repr(protected)
        assert isinstance(protected[1], tuple)
        assert mask.reveal(protected) == payload


def test_protect_keys_false_keeps_keys_as_they_are() -> None:
    with Mask({**BASE, "mask": {"protect_keys": False}}) as mask:
        protected = mask.protect({"bob@corp.com": "alice@corp.com"})
    [(key, value)] = protected.items()
    assert key == "bob@corp.com" and value != "alice@corp.com"


def test_keys_that_would_collide_raise_instead_of_losing_a_value() -> None:
    config = {**BASE, "entities": {"EMAIL_ADDRESS": {"action": "redact"}}}
    with Mask(config) as mask, pytest.raises(MaskInputError, match="same key") as info:
        mask.protect({"a@corp.com": 1, "b@corp.com": 2})
    assert "corp.com" not in str(info.value)


def test_field_names_still_give_context_to_values() -> None:
    with Mask(BASE) as mask:
        protected = mask.protect({"ssn": "536229841"})
    assert list(protected) == ["ssn"] and protected["ssn"] != "536229841"


class _Broken(Detector):
    name = "broken"
    entity_types = frozenset({"TICKET_ID"})

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: object) -> list[list[Span]]:
        raise RuntimeError("down")


class _BrokenPlugin:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        return [_Broken()]


def test_a_failed_detector_under_redact_keeps_keys_apart() -> None:
    # on_error = "redact" blanks every value it could not scan; keys keep what the other
    # detectors found, so the object's fields do not all become one redacted key.
    config = {**BASE, "mask": {"on_error": "redact"}}
    with Mask(config, plugins=[("broken", _BrokenPlugin())]) as mask:
        out = mask.protect({"bob@corp.com": "x", "name": "y"})
    keys = list(out)
    assert keys[0].endswith("@mask.example") and keys[1] == "name"
    assert set(out.values()) == {"[REDACTED:UNSCANNED]"}
