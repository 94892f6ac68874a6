"""Built-in plugin: labelled values (a field name or label names the type; labels decide)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.label_detector import LabelDetector
from ..detectors.labels import LabelVocabulary
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return [LabelDetector(LabelVocabulary.from_config(config))]
