"""Built-in phone detector (PHONE_NUMBER, validated with phonenumbers)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.contact import phone_detector
from ..detectors.settings import context_window, phone_regions
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return [phone_detector(phone_regions(config), context_window(config))]
