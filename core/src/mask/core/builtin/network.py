"""Built-in network detectors: IP_ADDRESS (v4, v6), URL, MAC_ADDRESS."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.contact import ip_detector, mac_detector, url_detector
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    window = context_window(config)
    return [ip_detector(window), url_detector(window), mac_detector(window)]
