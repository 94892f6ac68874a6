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


def test_keys_holding_pii_are_protected_and_values_keep_theirs(mask: Mask) -> None:
    # A key that is data is protected like a value (mask.protect_keys, on by default); a
    # key's text is not context for its value, only its role as a field name is.
    record = {"bob@corp.com": "primary", "ssn 536-22-9841": "x"}
    out = mask.protect(record)
    assert "bob@corp.com" not in out and "ssn 536-22-9841" not in out
    assert sorted(out.values()) == ["primary", "x"]
    assert mask.reveal(out) == record


def test_spans_map_back_to_the_value(mask: Mask) -> None:
    record = {"contact": "write to bob@corp.com today", "nested": {"email": "carol@corp.com"}}
    out = mask.protect(record)
    assert out["contact"].startswith("write to ") and out["contact"].endswith(" today")
    assert "bob@corp.com" not in json.dumps(out) and "carol@corp.com" not in json.dumps(out)
    assert mask.reveal(out) == record
