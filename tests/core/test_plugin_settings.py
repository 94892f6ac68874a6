"""Plugins own their settings (``mask_settings``): declared keys, types, defaults, help and
``MASK_*`` variables, validated as strictly as core's once the plugins are known."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mask.core import Mask, MaskConfigError, MaskPluginError, Setting, SettingsSpec, hookimpl, load_config
from mask.core.config import SCHEMA
from mask.core.plugins import make_plugin_manager
from mask.core.settings import bind_settings, with_settings
from mask.plugins import redis as redis_plugin
from mask.plugins import spacy as spacy_plugin

BASE: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}


class Greeter:
    """A third-party plugin with a section of its own, ``[greeter]``."""

    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}

    @hookimpl
    def mask_settings(self) -> list[SettingsSpec]:
        return [
            SettingsSpec(
                "greeter",
                (
                    Setting("greeting", (str,), "what to say", "hello", env="MASK_GREETER_GREETING"),
                    Setting("times", (int,), "how often", 1),
                ),
            )
        ]

    @hookimpl
    def mask_detectors(self, config: Any) -> list[Any]:
        self.seen = dict(config.section("greeter"))
        return []


def make(config: dict[str, Any], plugin: object | None = None, environ: dict[str, str] | None = None) -> Mask:
    cfg = load_config(environ=environ or {}, overrides={**BASE, **config})
    return Mask(cfg, plugins=[("greeter", plugin or Greeter())])


def test_core_holds_no_plugin_setting() -> None:
    assert not {"url", "servers", "table", "cluster", "region", "write_mode"} & set(SCHEMA["vault"])
    assert not [key for key in SCHEMA["detectors"] if key.startswith("nlp_")]


def test_hook_mask_settings() -> None:
    """A third-party plugin gets a section of its own, with defaults and an env variable."""
    plugin = Greeter()
    make({"greeter": {"times": 3}}, plugin).close()
    assert plugin.seen == {"greeting": "hello", "times": 3}
    make({}, plugin, environ={"MASK_GREETER_GREETING": "salut"}).close()
    assert plugin.seen == {"greeting": "salut", "times": 1}
    make({"greeter": {"greeting": "hi"}}, plugin, environ={"MASK_GREETER_GREETING": "salut"}).close()
    assert plugin.seen["greeting"] == "hi"  # overrides beat the environment, as for core keys


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ({"greeter": {"times": "3"}}, "greeter.times must be int (how often (plugin greeter)), got str"),
        ({"greeter": {"tims": 3}}, "unknown key greeter.tims; allowed: greeting, times"),
        ({"greeterz": {}}, "unknown section [greeterz]; allowed: audit, detectors"),
        ({"greeterz": {}}, "greeter (plugin greeter)"),
        ({"vault": {"backend": "memory", "urll": "x"}}, "unknown key vault.urll; allowed: "),
        ({"vault": {"backend": "redis", "cluster": "yes"}}, "vault.cluster must be bool"),
    ],
)
def test_plugin_keys_are_checked_naming_key_and_allowed(config: dict[str, Any], needle: str) -> None:
    with pytest.raises(MaskConfigError) as info:
        make(config)
    assert needle in str(info.value)


def test_existing_vault_and_nlp_settings_keep_working(tmp_path: Path) -> None:
    path = tmp_path / "mask.toml"
    path.write_text(
        '[vault]\nbackend = "redis"\nurl = "redis://127.0.0.1:6379/0"\nprefix = "t"\n'
        '[detectors]\nnlp_model = "x"\nnlp_batch_size = 8\n[audit]\nsinks = []\n[plugins]\ndisable = ["spacy"]\n',
        encoding="utf-8",
    )
    m = Mask(path)
    try:
        assert m.config.vault_options == {"url": "redis://127.0.0.1:6379/0", "prefix": "t"}
        assert m.vault.settings.url == "redis://127.0.0.1:6379/0"  # type: ignore[attr-defined]
    finally:
        m.close()


def test_plugin_environment_variables_keep_working() -> None:
    config = load_config(environ={"MASK_VAULT_URL": "redis://127.0.0.1:6379/2"}, overrides={"vault": {}})
    assert "url" not in config.vault_options  # core does not know MASK_VAULT_URL...
    bound = with_settings(config, redis_plugin.mask_settings(), "redis")
    assert bound.vault_options["url"] == "redis://127.0.0.1:6379/2"  # ...the redis plugin does
    env = {"MASK_NLP_MODEL": "m", "MASK_NLP_PROCESSES": "3", "MASK_NLP_TIMEOUT_SECONDS": "2.5"}
    bound = with_settings(load_config(environ=env), spacy_plugin.mask_settings(), "spacy")
    assert (bound.detectors["nlp_model"], bound.detectors["nlp_processes"]) == ("m", 3)
    assert bound.detectors["nlp_timeout_seconds"] == 2.5
    with pytest.raises(MaskConfigError, match="MASK_NLP_PROCESSES must be a whole number"):
        with_settings(load_config(environ={"MASK_NLP_PROCESSES": "1.5"}), spacy_plugin.mask_settings())


def test_a_disabled_plugins_keys_are_still_known_and_checked() -> None:
    config = {"detectors": {"nlp_model": "x"}, "plugins": {"disable": ["spacy"]}}
    make(config).close()  # spaCy off: its key is no error
    with pytest.raises(MaskConfigError, match="detectors.nlp_model must be str"):
        make({"detectors": {"nlp_model": 3}, "plugins": {"disable": ["spacy"]}})
    greeter_off = {"greeter": {"times": 2}, "plugins": {"disable": ["spacy", "greeter"]}}
    make(greeter_off).close()  # a disabled plugin object's section too
    with pytest.raises(MaskConfigError, match="unknown key greeter.tims"):
        make({"greeter": {"tims": 2}, "plugins": {"disable": ["spacy", "greeter"]}})


def test_a_plugin_may_not_redeclare_core_settings() -> None:
    class Rogue:
        @hookimpl
        def mask_settings(self) -> list[SettingsSpec]:
            return [SettingsSpec("vault", (Setting("backend", (str,), "mine"),))]

    with pytest.raises(MaskPluginError, match=r"plugin 'rogue' redeclares core setting vault.backend"):
        Mask(load_config(environ={}, overrides=BASE), plugins=[("rogue", Rogue())])


def test_policy_check_validates_plugin_settings(tmp_path: Path) -> None:
    path = tmp_path / "mask.toml"
    path.write_text('[vault]\nbackend = "redis"\nurl = 6379\n', encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mask.core.cli", "policy", "check", str(path)], capture_output=True, text=True
    )
    assert run.returncode != 0
    assert "vault.url must be str" in run.stderr + run.stdout
    path.write_text('[vault]\nbackend = "redis"\nurl = "redis://127.0.0.1:6379/0"\n[nowhere]\n', encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mask.core.cli", "policy", "check", str(path)], capture_output=True, text=True
    )
    assert "unknown section [nowhere]" in run.stderr + run.stdout


def test_bind_needs_the_plugin_manager_for_unknown_sections() -> None:
    config = load_config(environ={}, overrides={"elsewhere": {"a": 1}})  # load time: maybe a plugin's
    with pytest.raises(MaskConfigError, match=r"unknown section \[elsewhere\]"):
        bind_settings(config, make_plugin_manager(config.disabled_plugins))
