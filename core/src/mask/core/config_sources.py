"""Where a configuration comes from: the TOML file, ``MASK_*`` variables and overrides, merged."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import env as E
from .errors import MaskConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["assemble"]


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise MaskConfigError(f"config file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MaskConfigError(f"config file {path} is not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("mask", {})
    return data


def _find_config(environ: Mapping[str, str]) -> Path | None:
    if environ.get(E.MASK_CONFIG):
        return Path(environ[E.MASK_CONFIG]).expanduser()
    cwd = Path.cwd()
    if (cwd / "mask.toml").is_file():
        return cwd / "mask.toml"
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        try:
            if "mask" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}):
                return pyproject
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            return None
    return None


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


_CORE_ENV = (
    (E.MASK_SCOPE, "mask", "scope"),
    (E.MASK_DATA_DIR, "mask", "data_dir"),
    (E.MASK_ON_ERROR, "mask", "on_error"),
    (E.MASK_KEY_FILE, "mask", "key_file"),
    (E.MASK_VAULT_BACKEND, "vault", "backend"),
    (E.MASK_VAULT_PATH, "vault", "path"),
)
"""Core's string-valued ``MASK_*`` variables: (variable, section, key)."""


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, section, key in _CORE_ENV:
        if environ.get(name):
            out.setdefault(section, {})[key] = environ[name]
    if environ.get(E.MASK_STRICT_KEYS):
        out.setdefault("mask", {})["strict_keys"] = environ[E.MASK_STRICT_KEYS].lower() in ("1", "true", "yes")
    if E.MASK_AUDIT_SINKS in environ:
        sinks = [s.strip() for s in environ[E.MASK_AUDIT_SINKS].split(",") if s.strip()]
        out.setdefault("audit", {})["sinks"] = sinks
    return out


def assemble(
    file_raw: Mapping[str, Any],
    environ: Mapping[str, str],
    overrides: Mapping[str, Any],
    plugin_env: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The merged raw configuration: the file, then ``MASK_*`` variables (core's, then the
    plugins' ``plugin_env``), then ``overrides``."""
    raw = _merge(dict(file_raw), _merge(_env_overrides(environ), plugin_env or {}))
    return _merge(raw, overrides) if overrides else raw
