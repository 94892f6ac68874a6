"""Built-in identity detectors: US_SSN, US_PASSPORT, US_DRIVER_LICENSE, DATE_TIME (date of birth),
national identifiers of other countries (``national_id``) and travel documents' machine-readable
zones (``mrz``)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.identity import dob_detector, driver_license_detector, passport_detector, ssn_detector
from ..detectors.mrz import MrzDetector
from ..detectors.national_ids import national_id_detector
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    window = context_window(config)
    detectors: list[Detector] = [
        ssn_detector(window),
        passport_detector(window),
        driver_license_detector(window),
        dob_detector(window),
        national_id_detector(window),
    ]
    if config.detectors.get("mrz", True):
        detectors.append(MrzDetector())
    return detectors
