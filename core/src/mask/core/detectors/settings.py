"""The ``[detectors]`` keys the built-in pattern detectors read."""

from __future__ import annotations

from ..config import MaskConfig
from ..errors import MaskConfigError
from ..phone_numbers import DEFAULT_PHONE_REGIONS
from .context import DEFAULT_WINDOW

__all__ = ["DEFAULT_PHONE_REGIONS", "context_window", "phone_regions"]


def context_window(config: MaskConfig) -> int:
    window = config.detectors.get("context_window", DEFAULT_WINDOW)
    if window < 0:
        raise MaskConfigError("detectors.context_window must be >= 0")
    return int(window)


def phone_regions(config: MaskConfig) -> tuple[str, ...]:
    regions = config.detectors.get("phone_regions", DEFAULT_PHONE_REGIONS)
    if not all(isinstance(r, str) and len(r) == 2 for r in regions):
        raise MaskConfigError("detectors.phone_regions must be a list of two-letter region codes (US, GB, ...)")
    return tuple(r.upper() for r in regions)
