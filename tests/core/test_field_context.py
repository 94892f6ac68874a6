"""JSON field names are context: structured tool output gets context-gated types detected."""

from __future__ import annotations

import json

from mask.core import Mask


def test_field_names_gate_context_types(mask: Mask) -> None:
    record = {"ssn": "536229841", "dob": "1987-03-12", "passport": "X12345678", "order_id": "536229841"}
    out = mask.protect(record)
    assert out["ssn"] != "536229841" and out["dob"] != "1987-03-12" and out["passport"] != "X12345678"
    assert out["order_id"] == "536229841"  # the same digits under a non-PII name stay
    assert mask.reveal(out) == record


def test_without_a_field_name_the_same_digits_need_context_in_the_text(mask: Mask) -> None:
    assert mask.protect(["536229841"]) == ["536229841"]
    assert mask.protect("536229841") == "536229841"


def test_keys_are_never_detected_or_changed(mask: Mask) -> None:
    record = {"bob@corp.com": "primary", "ssn 536-22-9841": "x"}
    out = mask.protect(record)
    assert list(out) == list(record) and out["bob@corp.com"] == "primary"


def test_spans_map_back_to_the_value(mask: Mask) -> None:
    record = {"contact": "write to bob@corp.com today", "nested": {"email": "carol@corp.com"}}
    out = mask.protect(record)
    assert out["contact"].startswith("write to ") and out["contact"].endswith(" today")
    assert "bob@corp.com" not in json.dumps(out) and "carol@corp.com" not in json.dumps(out)
    assert mask.reveal(out) == record
