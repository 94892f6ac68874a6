"""Mask: just-in-time privacy middleware for AI agents.

>>> from mask.core import Mask
>>> mask = Mask()                      # embedded defaults
>>> safe = mask.protect(tool_output)   # PII -> tokens, same shape
>>> mask.reveal(answer)                # tokens -> values, where policy allows
"""

from __future__ import annotations

from .config import MaskConfig, load_config
from .detector import Budget, Detector, Pending
from .engine import Mask
from .errors import (
    MaskConfigError,
    MaskDetectionTimeout,
    MaskError,
    MaskInputError,
    MaskKeyError,
    MaskPluginError,
    MaskPolicyError,
    MaskRevealDenied,
    MaskTokenError,
    MaskVaultError,
)
from .hookspecs import hookimpl
from .settings import Setting, SettingsSpec
from .spans import Span
from .tokens.scheme import TokenScheme
from .vault import Vault

__all__ = [
    "Budget",
    "Detector",
    "Mask",
    "MaskConfig",
    "MaskConfigError",
    "MaskDetectionTimeout",
    "MaskError",
    "MaskInputError",
    "MaskKeyError",
    "MaskPluginError",
    "MaskPolicyError",
    "MaskRevealDenied",
    "MaskTokenError",
    "MaskVaultError",
    "Pending",
    "Setting",
    "SettingsSpec",
    "Span",
    "TokenScheme",
    "Vault",
    "hookimpl",
    "load_config",
]
