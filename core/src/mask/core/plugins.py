"""The plugin manager: built-ins and third parties, discovered through entry points.

A plugin's name is its entry-point name in the group ``mask.plugins``. Installed
means enabled; ``[plugins] disable`` and ``MASK_DISABLE_PLUGINS`` block names with
pluggy's own ``set_blocked``. A plugin that fails to import, or raises in a factory
hook, is recorded by name in :attr:`MaskPluginManager.broken` and the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pluggy

from . import hookspecs
from .errors import MaskPluginError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from pluggy import HookImpl

__all__ = ["ENTRY_POINT_GROUP", "MaskPluginManager", "PluginInfo", "make_plugin_manager"]

ENTRY_POINT_GROUP = "mask.plugins"
log = logging.getLogger("mask.plugins")


@dataclass(frozen=True, slots=True)
class PluginInfo:
    name: str
    status: str  # enabled | disabled | broken
    distribution: str | None = None
    version: str | None = None
    error: str | None = None


class MaskPluginManager(pluggy.PluginManager):
    """A pluggy manager for project ``mask`` that keeps track of broken plugins."""

    def __init__(self, strict: bool = False) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.strict = strict
        """Fail closed: a broken plugin raises :class:`MaskPluginError` instead of being skipped."""
        self.broken: dict[str, str] = {}
        self.infos: dict[str, PluginInfo] = {}
        self.disabled: dict[str, object] = {}
        """Disabled plugins (entry points, not loaded, or objects): their settings stay known."""

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        from importlib.metadata import entry_points  # on first Mask(), not on import (~15% of it)

        seen: set[str] = set()
        for ep in entry_points(group=group):
            if ep.name in seen:
                continue
            seen.add(ep.name)
            dist, version = _dist(ep)
            if self.is_blocked(ep.name):
                self.infos[ep.name] = PluginInfo(ep.name, "disabled", dist, version)
                self.disabled[ep.name] = ep
                continue
            try:
                plugin = ep.load()
                self.register(plugin, name=ep.name)
            except Exception as exc:  # a broken plugin must not take the others down
                self.mark_broken(ep.name, exc)
                self.infos[ep.name] = PluginInfo(ep.name, "broken", dist, version, self.broken[ep.name])
                continue
            self.infos[ep.name] = PluginInfo(ep.name, "enabled", dist, version)

    def register_plugin(self, plugin: object, name: str) -> None:
        if self.is_blocked(name):
            self.infos[name] = PluginInfo(name, "disabled")
            self.disabled[name] = plugin
            return
        self.register(plugin, name=name)
        self.infos[name] = PluginInfo(name, "enabled")

    def mark_broken(self, name: str, exc: BaseException) -> None:
        self.broken[name] = f"{type(exc).__name__}: {exc}"
        log.error("plugin %r is broken: %s", name, type(exc).__name__)
        if name in self.infos:
            info = self.infos[name]
            self.infos[name] = PluginInfo(name, "broken", info.distribution, info.version, self.broken[name])

    def collect(self, hook_name: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call a list-returning hook through pluggy; ``(plugin name, item)`` pairs in
        registration order (entry points first, then ``Mask(plugins=...)``).

        Where items clash by name (two token schemes called ``format``), the caller keeps the
        later one: the later plugin wins. Each implementation runs guarded: one that raises is
        marked broken and skipped (under ``strict``, :class:`MaskPluginError`), so one bad
        plugin does not take the others down. ``wrapper=True`` implementations see (and may
        change) the list of every plugin's results, as pluggy passes it.
        """
        hook = getattr(self.hook, hook_name)
        for impl in hook.get_hookimpls():
            if not (impl.wrapper or impl.hookwrapper):
                self._guard(impl)
        results = hook(**kwargs)  # pluggy calls the last registered first
        out: list[tuple[str, Any]] = []
        for result in reversed(results):
            owner = result.plugin if isinstance(result, _Owned) else "?"
            out.extend((owner, item) for item in result or ())
        return out

    def _guard(self, impl: HookImpl) -> None:
        """Make ``impl`` record its plugin's name on its result and mark the plugin broken
        instead of raising (once per implementation)."""
        original = impl.function
        if getattr(original, "_mask_guarded", False):
            return
        name = impl.plugin_name

        def guarded(*args: Any) -> _Owned | None:
            try:
                result = original(*args)
            except Exception as exc:
                self.mark_broken(name, exc)
                if self.strict:
                    raise MaskPluginError(self._broken_message([name])) from None
                return None
            return None if result is None else _Owned(name, result)

        guarded._mask_guarded = True  # type: ignore[attr-defined]
        impl.function = guarded

    def _broken_message(self, names: Iterable[str]) -> str:
        listed = "; ".join(f"{n!r} ({self.broken[n].split(':')[0]})" for n in names)
        return (
            f"broken plugin(s): {listed}. Disable with MASK_DISABLE_PLUGINS or [plugins] disable, "
            "or set mask.on_error to 'open' to run without them"
        )

    def raise_if_broken(self) -> None:
        if self.broken:
            raise MaskPluginError(self._broken_message(sorted(self.broken)))


class _Owned(list[Any]):
    """A hook implementation's result list, with the name of the plugin that returned it."""

    def __init__(self, plugin: str, items: Any) -> None:
        super().__init__(items)
        self.plugin = plugin


def _dist(ep: EntryPoint) -> tuple[str | None, str | None]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return None, None
    return dist.metadata["Name"], dist.version


def make_plugin_manager(
    disabled: Iterable[str] = (),
    extra: Iterable[tuple[str, object]] = (),
    load_entry_points: bool = True,
    strict: bool = False,
) -> MaskPluginManager:
    """A fresh manager: block ``disabled``, load entry points, register ``extra``.

    ``strict`` (fail closed) raises :class:`MaskPluginError` when a plugin is broken.
    """
    pm = MaskPluginManager(strict)
    for name in disabled:
        pm.set_blocked(name)
    if load_entry_points:
        pm.load_entry_points()
    for name, plugin in extra:
        try:
            pm.register_plugin(plugin, name)
        except ValueError as exc:
            raise MaskPluginError(f"cannot register plugin {name!r}: {exc}") from None
    if strict:
        pm.raise_if_broken()
    return pm
