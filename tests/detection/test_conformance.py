"""The detector conformance suite, applied to every built-in pattern detector and a custom one.

(The spaCy detector runs the same suite in ``test_spacy_ner.py``.)
"""

from __future__ import annotations

import pytest

from mask.core.config import load_config
from mask.core.detector import Detector
from mask.core.detectors.custom import build_custom_detectors
from mask.core.testing.detector import DetectorConformance

from .conftest import builtin_detectors
from .test_patterns import POSITIVES

SPLIT_SAMPLES = [("card 4111 1111", "CREDIT_CARD"), ("1111 1111 paid", "CREDIT_CARD")]


def _samples(name: str) -> list[tuple[str, str]]:
    if name == "split_values":
        return SPLIT_SAMPLES
    return [(text, etype) for det, text, etype, _ in POSITIVES if det == name]


NAMES = sorted(builtin_detectors())


def test_every_builtin_detector_is_covered() -> None:
    assert set(NAMES) == {p[0] for p in POSITIVES} | {"split_values"}


class TestBuiltinConformance(DetectorConformance):
    @pytest.fixture(params=NAMES)
    def detector(self, request: pytest.FixtureRequest) -> Detector:
        return builtin_detectors()[request.param]

    @pytest.fixture
    def samples(self, detector: Detector) -> list[tuple[str, str]]:
        return _samples(detector.name)


class TestCustomConformance(DetectorConformance):
    @pytest.fixture
    def detector(self) -> Detector:
        entry = {
            "name": "employee_id",
            "entity_type": "EMPLOYEE_ID",
            "pattern": r"\bEMP-[0-9]{6}\b",
            "context": ["staff"],
        }
        (det,) = build_custom_detectors([entry], 48)
        return det

    @pytest.fixture
    def samples(self) -> list[tuple[str, str]]:
        return [("staff EMP-123456 joined", "EMPLOYEE_ID"), ("EMP-654321", "EMPLOYEE_ID")]


def test_builtins_read_config() -> None:
    config = load_config(environ={}, overrides={"detectors": {"phone_regions": ["FR"], "context_window": 5}})
    phone = builtin_detectors(config)["phone"]
    assert phone.regions == ("FR",) and phone.window == 5
