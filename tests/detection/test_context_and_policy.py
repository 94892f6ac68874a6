"""Context words raise, lower or gate scores; per-entity policy filters what is reported."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.config import load_config
from mask.core.detector import Detector

from .conftest import builtin_detectors, spans_of


def test_context_raises_a_score(detectors: dict[str, Detector]) -> None:
    plain = spans_of(detectors["us_ssn"], "ref 536-22-9841")
    boosted = spans_of(detectors["us_ssn"], "SSN 536-22-9841")
    assert plain and boosted and boosted[0].score > plain[0].score


def test_negative_context_lowers_a_score_below_the_threshold(pattern_mask: Mask) -> None:
    assert pattern_mask.scan(["server 10.0.0.1 is up"])[0]
    assert pattern_mask.scan(["version 10.0.0.1 is out"])[0] == []
    assert [s.type for s in pattern_mask.scan(["invoice 5105105105105100"])[0]] == []
    assert [s.type for s in pattern_mask.scan(["card 5105105105105100"])[0]] == ["CREDIT_CARD"]


@pytest.mark.parametrize(
    ("gated", "ungated", "etype"),
    [
        ("SSN: 536229841", "number 536229841", "US_SSN"),
        ("routing 011000015", "number 011000015", "ABA_ROUTING_NUMBER"),
        ("passport A12345678", "code A12345678", "US_PASSPORT"),
        ("driver license D1234567", "code D1234567", "US_DRIVER_LICENSE"),
        ("DOB 1987-03-12", "shipped 1987-03-12", "DATE_TIME"),
        ("acct 12345678901", "number 12345678901", "US_BANK_NUMBER"),
    ],
)
def test_context_gated_types(pattern_mask: Mask, gated: str, ungated: str, etype: str) -> None:
    assert etype in {s.type for s in pattern_mask.scan([gated])[0]}
    assert etype not in {s.type for s in pattern_mask.scan([ungated])[0]}


def test_context_window_is_configurable() -> None:
    far = "SSN" + " " * 30 + "536229841"
    default = builtin_detectors(load_config(environ={}))["us_ssn"]
    narrow = builtin_detectors(load_config(environ={}, overrides={"detectors": {"context_window": 10}}))["us_ssn"]
    assert spans_of(default, far)
    assert spans_of(narrow, far) == []


def test_context_matches_whole_words_only(detectors: dict[str, Detector]) -> None:
    assert spans_of(detectors["us_passport"], "compassport A12345678") == []
    assert spans_of(detectors["date_of_birth"], "stubborn 1987-03-12") == []
    assert spans_of(detectors["date_of_birth"], "date_of_birth=1987-03-12")


@pytest.fixture
def make_mask() -> Iterator:
    made: list[Mask] = []

    def build(**sections: dict) -> Mask:
        config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}
        config.update(sections)
        m = Mask(config)
        made.append(m)
        return m

    yield build
    for m in made:
        m.close()


TEXT = "mail bob@corp.com, SSN 536-22-9841, server 10.0.0.1"


def test_entity_disabled(make_mask) -> None:
    m = make_mask(entities={"EMAIL_ADDRESS": {"enabled": False}})
    assert "EMAIL_ADDRESS" not in {s.type for s in m.scan([TEXT])[0]}
    assert "bob@corp.com" in m.protect(TEXT)


def test_entity_restricted_to_detectors(make_mask) -> None:
    m = make_mask(entities={"US_SSN": {"detectors": ["some-other-detector"]}})
    assert "US_SSN" not in {s.type for s in m.scan([TEXT])[0]}
    m = make_mask(entities={"US_SSN": {"detectors": ["us_ssn"]}})
    assert "US_SSN" in {s.type for s in m.scan([TEXT])[0]}


def test_entity_threshold(make_mask) -> None:
    m = make_mask(entities={"IP_ADDRESS": {"threshold": 0.99}})
    assert "IP_ADDRESS" not in {
        s.type for s in make_mask(entities={"IP_ADDRESS": {"threshold": 0.99}}).scan(["at 10.0.0.1"])[0]
    }
    assert "IP_ADDRESS" in {s.type for s in m.scan(["server 10.0.0.1"])[0]}  # context lifts it to 1.0


def test_global_threshold(make_mask) -> None:
    m = make_mask(detectors={"threshold": 0.95})
    types = {s.type for s in m.scan([TEXT])[0]}
    assert "EMAIL_ADDRESS" in types and "US_SSN" in types  # SSN with context scores 1.0
    assert "URL" not in {s.type for s in m.scan(["see https://example.com/x"])[0]}


def test_entity_actions(make_mask) -> None:
    m = make_mask(entities={"EMAIL_ADDRESS": {"action": "passthrough"}, "US_SSN": {"action": "redact"}})
    out = m.protect(TEXT)
    assert "bob@corp.com" in out
    assert "536-22-9841" not in out and "[REDACTED:US_SSN]" in out
    assert "10.0.0.1" not in out
