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


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def put(section: str, key: str, value: Any) -> None:
        out.setdefault(section, {})[key] = value

    if environ.get(E.MASK_SCOPE):
        put("mask", "scope", environ[E.MASK_SCOPE])
    if environ.get(E.MASK_DATA_DIR):
        put("mask", "data_dir", environ[E.MASK_DATA_DIR])
    if environ.get(E.MASK_ON_ERROR):
        put("mask", "on_error", environ[E.MASK_ON_ERROR])
    if environ.get(E.MASK_STRICT_KEYS):
        put("mask", "strict_keys", environ[E.MASK_STRICT_KEYS].lower() in ("1", "true", "yes"))
    if environ.get(E.MASK_KEY_FILE):
        put("mask", "key_file", environ[E.MASK_KEY_FILE])
    if environ.get(E.MASK_VAULT_BACKEND):
        put("vault", "backend", environ[E.MASK_VAULT_BACKEND])
    if environ.get(E.MASK_VAULT_PATH):
        put("vault", "path", environ[E.MASK_VAULT_PATH])
    if E.MASK_AUDIT_SINKS in environ:
        put("audit", "sinks", [s.strip() for s in environ[E.MASK_AUDIT_SINKS].split(",") if s.strip()])
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
