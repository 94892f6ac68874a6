"""Hook specifications of the pluggy project ``mask``.

Every job Mask does is supplied by a plugin, the built-ins included. A plugin is a
module (or object) with functions marked ``@hookimpl``, registered under the name of
its entry point in the group ``mask.plugins``. Implementations may accept fewer
arguments than the spec; call hooks with keyword arguments only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .audit import AuditSink
    from .config import MaskConfig
    from .detector import Detector
    from .events import Event
    from .keys import KeyRing
    from .settings import SettingsSpec
    from .tokens.scheme import TokenScheme
    from .vault import Vault

__all__ = ["PROJECT", "hookimpl", "hookspec"]

PROJECT = "mask"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def mask_settings() -> Sequence[SettingsSpec]:
    """Declare this plugin's settings: keys (in a core section it extends, or its own), types, defaults, help, env vars."""


@hookspec
def mask_detectors(config: MaskConfig) -> Sequence[Detector]:
    """Return the detectors this plugin provides (detect)."""


@hookspec
def mask_token_schemes(config: MaskConfig, keys: KeyRing) -> Sequence[TokenScheme]:
    """Return the token schemes this plugin provides (tokenize / detokenize)."""


@hookspec(firstresult=True)
def mask_vault(backend: str, options: dict[str, Any], config: MaskConfig) -> Vault | None:
    """Return a vault for ``backend``, or None when this plugin does not provide it."""


@hookspec
def mask_audit_sinks(config: MaskConfig, keys: KeyRing) -> Sequence[AuditSink]:
    """Return the audit sinks this plugin provides; each receives every audit record."""


@hookspec(firstresult=True)
def mask_key_provider(config: MaskConfig) -> KeyRing | None:
    """Return the key ring to use, or None to let the next provider answer."""


@hookspec
def mask_observers(
    config: MaskConfig,
) -> Sequence[tuple[type[Event], Callable[..., Any]] | tuple[type[Event], Callable[..., Any], Callable[[], bool]]]:
    """Return ``(output event type, receiver[, live])`` tuples; each new Mask connects them to its bus."""
