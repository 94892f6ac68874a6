"""Built-in plugin that builds the ``[[detectors.custom]]`` regex detectors from config."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.custom import build_custom_detectors
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return build_custom_detectors(config.detectors.get("custom", []), context_window(config))
