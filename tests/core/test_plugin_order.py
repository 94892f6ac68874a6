"""Plugins are called through pluggy, in registration order: the later plugin wins."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

import pytest

from mask.core import Detector, Mask, Span, hookimpl
from mask.core.errors import MaskPluginError
from mask.core.keys import KeyRing
from mask.core.tokens.format import FormatScheme

BASE: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}


class MarkedFormat(FormatScheme):
    """The built-in ``format`` scheme under its own name, so a test can tell which one won."""

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        return "[MARKED_" + seed[attempt : attempt + 4].hex().upper() + "]"


class OverridePlugin:
    @hookimpl
    def mask_token_schemes(self, config: object, keys: KeyRing) -> list[FormatScheme]:
        return [MarkedFormat()]


def test_a_later_plugin_overrides_a_built_in_scheme() -> None:
    with Mask(BASE, plugins=[("my-format", OverridePlugin())]) as mask:
        assert isinstance(mask.schemes["format"], MarkedFormat)


class Named(Detector):
    entity_types = frozenset({"X"})

    def __init__(self, name: str) -> None:
        self.name = name

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: object) -> list[list[Span]]:
        return [[] for _ in texts]


class Provides:
    def __init__(self, name: str) -> None:
        self.detector_name = name

    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        return [Named(self.detector_name)]


def test_collect_returns_items_in_registration_order() -> None:
    with Mask(BASE, plugins=[("first", Provides("zz-first")), ("second", Provides("aa-second"))]) as mask:
        pairs = mask.plugins.collect("mask_detectors", config=mask.config)
    names = [plugin for plugin, _ in pairs]
    assert names.index("first") < names.index("second")
    assert names[-2:] == ["first", "second"]
    assert [d.name for _, d in pairs[-2:]] == ["zz-first", "aa-second"]


class DropEmail:
    """A ``wrapper=True`` implementation: it sees every plugin's detectors and removes one."""

    @hookimpl(wrapper=True)
    def mask_detectors(self, config: object) -> Generator[None, list[list[Detector]], list[list[Detector]]]:
        results = yield
        return [[d for d in per if d.name != "email"] for per in results]


def test_a_wrapper_hookimpl_changes_what_every_plugin_returned() -> None:
    with Mask(BASE) as plain:
        assert "email" in plain.detectors.names
    with Mask(BASE, plugins=[("no-email", DropEmail())]) as mask:
        assert "email" not in mask.detectors.names
        assert "phone" in mask.detectors.names
        assert mask.protect("write to bob@corp.com") == "write to bob@corp.com"


class Raises:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        raise RuntimeError("boom")


def test_a_raising_plugin_is_broken_and_the_others_run() -> None:
    with Mask({**BASE, "mask": {"on_error": "open"}}, plugins=[("bad", Raises()), ("good", Provides("kept"))]) as mask:
        assert "kept" in mask.detectors.names
        assert "email" in mask.detectors.names
        assert "bad" in mask.plugins.broken


def test_a_raising_plugin_fails_closed_by_default() -> None:
    with pytest.raises(MaskPluginError, match="bad"):
        Mask(BASE, plugins=[("bad", Raises())])
