"""Typed errors. Every error Mask raises derives from :class:`MaskError`.

Messages never contain plaintext values: they name keys, types, sizes and plugins.
"""

from __future__ import annotations

__all__ = [
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
]


class MaskError(Exception):
    """Base class of every error Mask raises."""


class MaskConfigError(MaskError):
    """The configuration is invalid: names the bad key and what is allowed."""


class MaskKeyError(MaskError):
    """A key is missing, malformed, or unknown (by key id)."""


class MaskVaultError(MaskError):
    """The vault backend failed or is unreachable."""


class MaskPolicyError(MaskError):
    """The policy forbids the operation."""


class MaskRevealDenied(MaskPolicyError):
    """A reveal was refused by policy (tool not authorized, other scope)."""


class MaskDetectionTimeout(MaskError):
    """A detector exceeded its time budget."""


class MaskInputError(MaskError, ValueError):
    """The input cannot be processed (too large, too deep, cyclic, binary...)."""


class MaskPluginError(MaskError):
    """A plugin failed to load or raised inside a hook."""


class MaskTokenError(MaskError):
    """A token is malformed, forged, or could not be minted."""
