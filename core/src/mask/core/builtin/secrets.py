"""Built-in secrets detectors: API_KEY, PRIVATE_KEY, JWT, PASSWORD; and the logins and passwords
of ``.netrc`` and ``.pgpass`` files, ``curl -u`` and URLs (``detectors.credentials``)."""

from __future__ import annotations

from ..config import MaskConfig
from ..detector import Detector
from ..detectors.credentials import CredentialsDetector
from ..detectors.secrets import secrets_detector
from ..detectors.settings import context_window
from ..hookspecs import hookimpl


@hookimpl
def mask_detectors(config: MaskConfig) -> list[Detector]:
    return [secrets_detector(context_window(config)), CredentialsDetector()]
