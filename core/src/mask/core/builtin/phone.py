"""Built-in phone detectors: PHONE_NUMBER validated with phonenumbers, and numbers read out as digit
words in a transcript (``detectors.spoken_numbers``)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.contact import phone_detector
from ..detectors.settings import context_window, phone_regions
from ..detectors.spoken import SpokenNumberDetector
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    detectors: list[Detector] = [phone_detector(phone_regions(config), context_window(config))]
    if config.detectors.get("spoken_numbers", True):
        detectors.append(SpokenNumberDetector())
    return detectors
