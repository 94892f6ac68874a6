"""Built-in plugin: values split across adjacent strings of a payload (``detectors.split_values``)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.settings import context_window
from ..detectors.split import SplitValueDetector
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    if not config.detectors.get("split_values", True):
        return []
    return [SplitValueDetector(context_window(config))]
