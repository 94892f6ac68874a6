"""Built-in e-mail detector (EMAIL_ADDRESS)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.contact import email_detector
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return [email_detector(context_window(config))]
