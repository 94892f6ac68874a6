"""Built-in address detector: STREET_ADDRESS (whole addresses) and ZIP_CODE after a label."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.address import address_detector
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return [address_detector(context_window(config))]
