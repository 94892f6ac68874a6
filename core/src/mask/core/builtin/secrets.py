"""Built-in secrets detector: API_KEY, PRIVATE_KEY, JWT, PASSWORD."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.secrets import secrets_detector
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return [secrets_detector(context_window(config))]
