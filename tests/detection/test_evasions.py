"""Evasions: full-width digits, NBSP and zero-width characters; values split across strings."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.normalize import normalize

_FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def fw(text: str) -> str:
    """``text`` in full-width characters (spaces stay ASCII)."""
    return text.translate(_FULL_WIDTH)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        (fw("card 4111 1111 1111 1111 ok"), fw("4111 1111 1111 1111"), "CREDIT_CARD"),
        ("card 4111\u00a01111\u00a01111\u00a01111 ok", "4111\u00a01111\u00a01111\u00a01111", "CREDIT_CARD"),
        ("card 4111\u200b1111\u200b1111\u200b1111 ok", "4111\u200b1111\u200b1111\u200b1111", "CREDIT_CARD"),
        ("ssn 536\u200d-22-\u200b9841 ok", "536\u200d-22-\u200b9841", "US_SSN"),
        (fw("ssn 536-22-9841 ok"), fw("536-22-9841"), "US_SSN"),
        ("ssn 536\u201122\u20119841 ok", "536\u201122\u20119841", "US_SSN"),
        ("mail bob\u200b@corp.com ok", "bob\u200b@corp.com", "EMAIL_ADDRESS"),
        (fw("mail bob@corp.com ok"), fw("bob@corp.com"), "EMAIL_ADDRESS"),
        ("call (415)\u00a0555\u20132671 now", "(415)\u00a0555\u20132671", "PHONE_NUMBER"),
        (
            "iban DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000 ok",
            "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
            "IBAN_CODE",
        ),
    ],
)
def test_evasion_characters_are_seen_through(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    spans = pattern_mask.scan([text])[0]
    assert [(s.type, text[s.start : s.end]) for s in spans] == [(etype, value)]
    protected = pattern_mask.protect(text)
    assert value not in protected
    assert protected.startswith(text[: text.index(value)]) and protected.endswith(
        text[text.index(value) + len(value) :]
    )


def test_normalize_maps_offsets_back() -> None:
    text = "a\u200bb\u200c\u200dc" + fw("4")
    norm = normalize(text)
    assert norm.text == "abc4"
    assert [norm.original(i) for i in range(4)] == [0, 2, 5, 6]
    assert norm.span(1, 4) == (2, 7)
    assert normalize("plain ascii").text == "plain ascii"


def test_card_split_across_two_list_items(pattern_mask: Mask) -> None:
    payload = {"items": ["4111 1111", "1111 1111"], "note": "paid"}
    spans = pattern_mask.scan(["4111 1111", "1111 1111", "paid"])
    assert [(s.type, s.start, s.end) for s in spans[0]] == [("CREDIT_CARD", 0, 9)]
    assert [(s.type, s.start, s.end) for s in spans[1]] == [("CREDIT_CARD", 0, 9)]
    assert spans[2] == []
    out = pattern_mask.protect(payload)
    assert "4111 1111" not in out["items"] and "1111 1111" not in out["items"]
    assert out["note"] == "paid"


def test_value_split_inside_longer_strings(pattern_mask: Mask) -> None:
    texts = ["card number is 4111111111", "111111 thanks"]
    spans = pattern_mask.scan(texts)
    assert [texts[0][s.start : s.end] for s in spans[0]] == ["4111111111"]
    assert [texts[1][s.start : s.end] for s in spans[1]] == ["111111"]


def test_iban_and_ssn_split(pattern_mask: Mask) -> None:
    spans = pattern_mask.scan(["DE89 3704 0044", "0532 0130 00"])
    assert {s.type for s in spans[0]} == {"IBAN_CODE"} and {s.type for s in spans[1]} == {"IBAN_CODE"}
    spans = pattern_mask.scan(["SSN 536-22-", "9841"])
    assert [s.type for s in spans[0]] == ["US_SSN"] and [s.type for s in spans[1]] == ["US_SSN"]


def test_split_values_with_evasions_and_letter_heavy_ibans_are_found(pattern_mask: Mask) -> None:
    """The junction prefilter counts digits only in the stretch of value characters that
    crosses the junction, after evasions are undone: none of these may be skipped."""
    spans = pattern_mask.scan([fw("4111 1111"), "1111\u200b 1111"])  # full-width, zero-width
    assert [s.type for s in spans[0]] == ["CREDIT_CARD"] and [s.type for s in spans[1]] == ["CREDIT_CARD"]
    spans = pattern_mask.scan(["GB82", "WEST12345698765432"])  # 2 digits on the left only
    assert [s.type for s in spans[0]] == ["IBAN_CODE"] and [s.type for s in spans[1]] == ["IBAN_CODE"]


def test_junctions_without_digits_skip_the_inner_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    from mask.core.detector import Budget
    from mask.core.detectors.split import SplitValueDetector

    det = SplitValueDetector(40)
    calls: list[str] = []
    for inner in det.inner:
        original = inner.spans_in
        monkeypatch.setattr(inner, "spans_in", lambda *a, _o=original, _n=inner.name: calls.append(_n) or _o(*a))
    assert det.detect(["Dana Whitfield", "jane.roe@example.org"], [[], []], Budget()) == [[], []]
    assert calls == []  # no digit across the junction: no inner detector runs
    texts = ["ticket 12", "34 opened", "SSN 536-22-", "9841"]
    spans = det.detect(texts, [[] for _ in texts], Budget())
    assert [s.type for s in spans[2]] == ["US_SSN"] and [s.type for s in spans[3]] == ["US_SSN"]
    assert set(calls) == {"iban", "us_ssn"}  # never 13 digits across a junction: no card scan


def test_unrelated_adjacent_numbers_are_not_joined(pattern_mask: Mask) -> None:
    assert pattern_mask.scan(["order 4111", "qty 1111 1111 1111"]) == [[], []]
    assert pattern_mask.scan(["4111111111111112", "3"]) == [[], []]


def test_split_values_can_be_switched_off() -> None:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},
            "detectors": {"split_values": False},
        }
    )
    try:
        assert m.scan(["4111 1111", "1111 1111"]) == [[], []]
    finally:
        m.close()
