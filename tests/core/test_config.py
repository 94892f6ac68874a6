from __future__ import annotations

from pathlib import Path

import pytest

from mask.core import Mask, MaskConfigError, load_config
from mask.core.config import SCHEMA
from mask.core.plugins import make_plugin_manager
from mask.core.settings import bind_settings


def write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_without_any_file() -> None:
    config = load_config()
    assert config.vault_backend == "sqlite"
    assert config.on_error == "raise"
    assert config.audit_sinks == ("sqlite",)
    assert config.tool_policy(None).allows("EMAIL_ADDRESS")  # the end user sees everything
    assert not config.tool_policy("some_tool").allows("EMAIL_ADDRESS")  # tools see nothing by default


def test_mask_toml_in_cwd_is_found(tmp_path: Path) -> None:
    write(tmp_path, "mask.toml", '[mask]\nscope = "tenant-a"\n[tools.send_email]\nreveal = ["EMAIL_ADDRESS"]\n')
    config = load_config()
    assert config.scope == "tenant-a"
    assert config.tool_policy("send_email").allows("EMAIL_ADDRESS")
    assert not config.tool_policy("send_email").allows("US_SSN")


def test_tool_mask_table_in_pyproject(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n[tool.mask.vault]\nbackend = "memory"\n')
    assert load_config().vault_backend == "memory"


def test_env_overrides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "conf.toml", '[vault]\nbackend = "memory"\n[mask]\nscope = "a"\n')
    monkeypatch.setenv("MASK_CONFIG", str(path))
    monkeypatch.setenv("MASK_SCOPE", "b")
    monkeypatch.setenv("MASK_AUDIT_SINKS", "")
    config = load_config()
    assert config.source == path
    assert config.vault_backend == "memory"
    assert config.scope == "b"
    assert config.audit_sinks == ()


def test_overrides_beat_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASK_VAULT_BACKEND", "sqlite")
    assert load_config(overrides={"vault": {"backend": "memory"}}).vault_backend == "memory"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[mask]\nscop = "x"\n', "unknown key mask.scop; allowed: "),
        ("[vaults]\n", "unknown section [vaults]"),
        ("[mask]\nmax_depth = true\n", "mask.max_depth must be int"),
        ('[mask]\non_error = "ignore"\n', "mask.on_error must be one of raise, redact, open"),
        ('[entities.US_SSN]\naction = "hide"\n', "entities.US_SSN.action must be one of"),
        ('[entities.US_SSN]\ncolour = "red"\n', "unknown key entities.US_SSN.colour"),
        ('[tools.send_email]\nreveal = "EMAIL_ADDRESS"\n', "tools.send_email.reveal must be list"),
        ("[detectors]\nthreshold = 2\n", "detectors.threshold must be between 0 and 1"),
        ('[[detectors.custom]]\nname = "x"\n', "detectors.custom[0] needs 'entity_type'"),
        ("this is = = not toml", "is not valid TOML"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, body: str, needle: str) -> None:
    path = write(tmp_path, "bad.toml", body)
    with pytest.raises(MaskConfigError) as info:  # core keys at load, the rest once plugins are known
        bind_settings(load_config(path), make_plugin_manager())
    assert needle in str(info.value)


def test_every_schema_key_has_help() -> None:
    for section, keys in SCHEMA.items():
        for key, (types, help_) in keys.items():
            assert types and help_, f"{section}.{key}"


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(MaskConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_unknown_vault_backend_is_a_config_error() -> None:
    with pytest.raises(MaskConfigError, match="vault.backend 'nosuch' is not provided"):
        Mask({"vault": {"backend": "nosuch"}})


def test_unknown_audit_sink_is_a_config_error() -> None:
    with pytest.raises(MaskConfigError, match="audit.sinks names carrier-pigeon"):
        Mask({"vault": {"backend": "memory"}, "audit": {"sinks": ["carrier-pigeon"]}})


def test_from_config_reads_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "m.toml", '[vault]\nbackend = "memory"\n[audit]\nsinks = []\n[mask]\nscope = "t1"\n')
    with Mask.from_config(path) as mask:
        assert mask.config.scope == "t1"
        assert mask.vault.name == "memory"
