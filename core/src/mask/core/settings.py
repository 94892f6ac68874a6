"""Settings plugins declare through the ``mask_settings`` hook, and their validation.

Core validates its own keys when a configuration is loaded. A plugin's keys (new keys in
``[vault]``, ``[detectors]`` or ``[audit]``, or a section of its own such as ``[redis]``)
are validated by :func:`bind_settings` once the plugin manager knows the plugins: then an
unknown section or key is an error naming what is allowed, its owner included.

A disabled plugin's settings are still known: when the configuration holds a key no
enabled plugin declares, the disabled plugins' modules are imported (none of their hooks
run) to read their declarations, so turning a plugin off never breaks a configuration that
mentions its keys, and a typo is still an error.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .config import EXTENDABLE, SCHEMA, MaskConfig, assemble, validate
from .errors import MaskConfigError, MaskPluginError

if TYPE_CHECKING:
    from .plugins import MaskPluginManager

__all__ = ["PluginSettings", "Setting", "SettingsSpec", "bind_settings", "with_settings"]

log = logging.getLogger("mask.plugins")


@dataclass(frozen=True, slots=True)
class Setting:
    """One key: its allowed types, help text, default and ``MASK_*`` environment variable."""

    key: str
    types: tuple[type, ...]
    help: str
    default: Any = None
    env: str | None = None

    def from_env(self, name: str, text: str) -> Any:
        """The value of environment variable ``name`` (``text``) as this key's type."""
        if str in self.types:
            return text
        if bool in self.types:
            return text.strip().lower() in ("1", "true", "yes")
        if list in self.types:
            return [part.strip() for part in text.split(",") if part.strip()]
        try:
            number = float(text)
        except ValueError:
            raise MaskConfigError(f"{name} must be a number ({self.help})") from None
        if float in self.types:
            return number
        if not number.is_integer():
            raise MaskConfigError(f"{name} must be a whole number ({self.help})")
        return int(number)


@dataclass(frozen=True, slots=True)
class SettingsSpec:
    """The keys a plugin declares in one section (a core section it extends, or its own)."""

    section: str
    settings: tuple[Setting, ...]

    def defaults(self) -> dict[str, Any]:
        return {s.key: s.default for s in self.settings if s.default is not None}


@dataclass(frozen=True)
class PluginSettings:
    """Every declared plugin setting: section -> key -> (owning plugin, setting)."""

    keys: Mapping[str, Mapping[str, tuple[str, Setting]]]

    @classmethod
    def merge(cls, declared: Iterable[tuple[str, SettingsSpec]]) -> PluginSettings:
        """Merge ``(plugin, spec)`` pairs; a key several plugins declare must have one type."""
        keys: dict[str, dict[str, tuple[str, Setting]]] = {}
        for owner, spec in declared:
            if spec.section in SCHEMA and spec.section not in EXTENDABLE:
                raise MaskPluginError(f"plugin {owner!r} declares settings in [{spec.section}], which core owns")
            for setting in spec.settings:
                if setting.key in SCHEMA.get(spec.section, {}):
                    raise MaskPluginError(f"plugin {owner!r} redeclares core setting {spec.section}.{setting.key}")
                other = keys.setdefault(spec.section, {}).get(setting.key)
                if other is not None and set(other[1].types) != set(setting.types):
                    raise MaskPluginError(
                        f"plugins {other[0]!r} and {owner!r} declare {spec.section}.{setting.key} with different types"
                    )
                if other is None:
                    keys[spec.section][setting.key] = (owner, setting)
        return cls(keys)

    def schema(self) -> dict[str, dict[str, tuple[tuple[type, ...], str]]]:
        return {
            section: {key: (s.types, f"{s.help} (plugin {owner})") for key, (owner, s) in table.items()}
            for section, table in self.keys.items()
        }

    def owners(self) -> dict[str, str]:
        """Sections of their own (not extending core's) -> owning plugin."""
        return {section: next(iter(t.values()))[0] for section, t in self.keys.items() if section not in SCHEMA}

    def env_overrides(self, environ: Mapping[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for section, table in self.keys.items():
            for key, (_owner, setting) in table.items():
                if setting.env and environ.get(setting.env):
                    out.setdefault(section, {})[key] = setting.from_env(setting.env, environ[setting.env])
        return out

    def defaults(self, section: str) -> dict[str, Any]:
        """Declared defaults of a plugin's own section (core sections' keys default in their readers)."""
        if section in SCHEMA:
            return {}
        return {k: s.default for k, (_o, s) in self.keys.get(section, {}).items() if s.default is not None}


def declared_settings(pm: MaskPluginManager) -> list[tuple[str, SettingsSpec]]:
    """``(plugin, spec)`` pairs of the enabled plugins, in registration order."""
    return pm.collect("mask_settings")


def disabled_settings(pm: MaskPluginManager) -> list[tuple[str, SettingsSpec]]:
    """The declarations of disabled plugins (their modules imported, no hook run)."""
    out: list[tuple[str, SettingsSpec]] = []
    for name, plugin in pm.disabled.items():
        try:
            if hasattr(plugin, "load") and hasattr(plugin, "group"):  # an entry point
                plugin = plugin.load()
            hook = getattr(plugin, "mask_settings", None)
            out.extend((name, spec) for spec in (hook() if callable(hook) else ()))
        except Exception as exc:  # a disabled plugin may well be broken: that is why it is off
            log.warning("cannot read the settings of disabled plugin %r: %s", name, type(exc).__name__)
    return out


def bind_settings(config: MaskConfig, pm: MaskPluginManager) -> MaskConfig:
    """``config`` with the plugins' settings: their environment variables applied, every
    section and key validated (an unknown one is a :class:`MaskConfigError`)."""
    declared = PluginSettings.merge(declared_settings(pm))
    try:
        return _bind(config, declared)
    except MaskConfigError:
        if not pm.disabled:
            raise
    # A key no enabled plugin declares may belong to a disabled one: accept what they declare.
    return _bind(config, PluginSettings.merge([*declared_settings(pm), *disabled_settings(pm)]))


def _bind(config: MaskConfig, declared: PluginSettings) -> MaskConfig:
    file_raw, overrides = config.layers if config.layers is not None else (config.raw, {})
    raw = assemble(file_raw, config.env, overrides, declared.env_overrides(config.env))
    validate(raw, declared.schema(), declared.owners())
    return dataclasses.replace(config, **MaskConfig.plugin_fields(raw), plugin_settings=declared)


def with_settings(config: MaskConfig, specs: Sequence[SettingsSpec], plugin: str = "?") -> MaskConfig:
    """``config`` bound to the settings ``specs`` declare (one plugin's, to use its hooks alone)."""
    return _bind(config, PluginSettings.merge((plugin, spec) for spec in specs))
