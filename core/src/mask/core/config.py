"""Configuration: TOML (``mask.toml`` or ``[tool.mask]``), ``MASK_*`` overrides, validation.

Every core key is checked against :data:`SCHEMA` at load time; an unknown key or a wrong
type raises :class:`MaskConfigError` naming the key and what is allowed. Plugins declare
their own settings (``mask_settings`` hook): new keys in the sections of :data:`EXTENDABLE`
or sections of their own, checked once the plugins are known (:mod:`.settings`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import env as E
from .config_sources import _find_config, _read_toml, assemble
from .errors import MaskConfigError

if TYPE_CHECKING:
    from .settings import PluginSettings

__all__ = ["EXTENDABLE", "SCHEMA", "EntityPolicy", "MaskConfig", "ToolPolicy", "load_config"]

ACTIONS = ("tokenize", "redact", "passthrough")
ON_ERROR = ("raise", "redact", "open")
UNRESOLVED = ("keep", "mark")
MAX_DEPTH_LIMIT = 900

_str = (str,)
_int = (int,)
_num = (int, float)
_bool = (bool,)
_list = (list,)
_dict = (dict,)

# section -> key -> (allowed types, help). A section whose name ends in ".*" is a table of tables.
SCHEMA: dict[str, dict[str, tuple[tuple[type, ...], str]]] = {
    "mask": {
        "scope": (_str, "default scope (tenant) of minted tokens"),
        "data_dir": (_str, "folder of the embedded SQLite vault, audit log and key file"),
        "on_error": (_str, "fail policy: raise | redact | open"),
        "strict_keys": (_bool, "refuse to start without an explicit key"),
        "key_file": (_str, "path of a JSON key file"),
        "max_input_chars": (_int, "largest string accepted, in characters"),
        "max_depth": (_int, "deepest JSON nesting accepted"),
        "max_leaves": (_int, "most string leaves in one payload"),
        "protect_keys": (_bool, "dict keys that hold PII are tokenized too (keys without PII never change)"),
        "async_inline_chars": (
            _int,
            "async calls this small run on the event loop when every part is in-process (0 = never)",
        ),
    },
    "plugins": {
        "disable": (_list, "plugin (entry point) names to disable"),
    },
    "vault": {
        "backend": (_str, "sqlite | memory | a plugin's backend (redis, memcached, dynamodb, ...)"),
        "ttl_seconds": (_int, "default lifetime of vault records (0 = forever)"),
        "path": (_str, "SQLite vault file"),
        "timeout_seconds": (_num, "per-request timeout"),
    },
    "audit": {
        "sinks": (_list, "audit sink names: sqlite, jsonl (empty disables auditing)"),
        "path": (_str, "SQLite audit file"),
        "jsonl_path": (_str, "JSON lines audit file"),
        "buffered": (_bool, "write records in batches from a background thread (the call only enqueues)"),
        "batch_size": (_int, "buffered: records per batch write (256)"),
        "queue_size": (_int, "buffered: records that may wait to be written (10000)"),
        "when_full": (_str, "buffered, queue full: block (up to block_seconds, then fail) | raise"),
        "block_seconds": (_num, "buffered: how long a call waits for room in a full queue (5)"),
        "flush_ms": (_num, "buffered: how long the writer collects a batch (200): the crash-loss window"),
    },
    "detectors": {
        "threshold": (_num, "minimum score of a reported span (0..1)"),
        "timeout_seconds": (_num, "time budget of all detectors per call"),
        "context_window": (_int, "characters around a match searched for context words"),
        "custom": (_list, "custom regex detectors ([[detectors.custom]])"),
        "phone_regions": (_list, "regions national phone numbers are validated in (default US, GB, DE, FR)"),
        "split_values": (_bool, "detect values split across adjacent strings of a payload (default true)"),
        "vcard": (_bool, "read the values vCard and iCalendar properties name (default true)"),
        "mentions": (_bool, "logins mentioned with an @ in developer and chat text (default true)"),
        "spoken_numbers": (_bool, "phone, card and SSN numbers read out as digit words (default true)"),
        "mrz": (_bool, "names, document number and birth date of a passport's or ID card's MRZ (default true)"),
        "recurring": (_bool, "protect a value found once wherever else it recurs in the call (default true)"),
    },
    "detectors.custom": {
        "name": (_str, "detector name"),
        "entity_type": (_str, "entity type it reports"),
        "pattern": (_str, "regular expression (the `regex` module's syntax)"),
        "validator": (_str, "named validator: luhn, iban, aba, ssn, ..."),
        "context": (_list, "context words that raise the score"),
        "score": (_num, "score of a match (0..1)"),
        "context_required": (_bool, "report a match only with a context word nearby"),
        "ignore_case": (_bool, "case-insensitive pattern"),
        "group": ((str, int), "the pattern group that is the value (default 0: the whole match)"),
        "negative_context": (_list, "context words that lower the score"),
        "max_length": (_int, "longest value, for context_required scanning (default 64)"),
    },
    "entities.*": {
        "enabled": (_bool, "detect this entity type at all"),
        "detectors": (_list, "only these detectors may report it (empty = all)"),
        "threshold": (_num, "minimum score (0..1)"),
        "action": (_str, "tokenize | redact | passthrough"),
        "scheme": (_str, "token scheme: format | opaque | aead | fpe | redact"),
        "ttl_seconds": (_int, "lifetime of its vault records"),
        "keep_domain": (_bool, "email tokens keep the original domain"),
    },
    "tokens": {
        "default_scheme": (_str, "scheme for types with no [entities.X] scheme"),
        "unresolved": (_str, "unknown or expired tokens on reveal: keep | mark"),
    },
    "reveal": {
        "user": (_list, "entity types revealed to the end user (tool=None); '*' = all"),
        "default": (_list, "entity types revealed to tools not listed in [tools]"),
    },
    "tools.*": {
        "reveal": (_list, "entity types this tool receives in plaintext; '*' = all"),
    },
}

EXTENDABLE = ("vault", "detectors", "audit")
"""Core sections a plugin may add keys to (a plugin may also own sections of its own)."""

_TOP = {"mask", "plugins", "vault", "audit", "detectors", "entities", "tokens", "reveal", "tools", "labels"}

NATIONAL_ID_TYPES = (
    "UK_NHS",
    "UK_NINO",
    "ES_NIF",
    "ES_NIE",
    "IT_FISCAL_CODE",
    "IN_AADHAAR",
    "IN_PAN",
    "PL_PESEL",
    "NATIONAL_ID",
)
"""National identifiers of other countries than the US: Presidio's names, ``NATIONAL_ID`` for the rest."""

LABEL_TYPES = (
    "PERSON",
    "ORGANIZATION",
    "STREET_ADDRESS",
    "LOCATION",
    "ZIP_CODE",
    "PHONE_NUMBER",
    "DATE_TIME",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "IBAN_CODE",
    "BANK_CODE",
    "SWIFT_CODE",
    "PASSWORD",
    "CREDIT_CARD",
    "US_SSN",
    "US_ITIN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "EMAIL_ADDRESS",
    *NATIONAL_ID_TYPES,
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_ID",
    "VEHICLE_ID",
    "PERSONAL_ID",
    "USERNAME",
)
"""Entity types ``[labels]`` may add field names to (those whose value shape is known)."""


@dataclass(frozen=True, slots=True)
class EntityPolicy:
    """What to do with one entity type."""

    enabled: bool = True
    detectors: tuple[str, ...] = ()
    threshold: float | None = None
    action: str = "tokenize"
    scheme: str | None = None
    ttl_seconds: int | None = None
    keep_domain: bool = False


@dataclass(frozen=True, slots=True)
class ToolPolicy:
    """Which entity types one tool may receive in plaintext."""

    reveal: frozenset[str] = frozenset()

    def allows(self, entity_type: str) -> bool:
        return "*" in self.reveal or entity_type in self.reveal


@dataclass(frozen=True)
class MaskConfig:
    """A validated configuration. Build it with :func:`load_config`."""

    raw: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None
    scope: str = "default"
    data_dir: Path = field(default_factory=lambda: _default_data_dir({}))
    on_error: str = "raise"
    strict_keys: bool = False
    key_file: Path | None = None
    max_input_chars: int = 16_000_000
    max_depth: int = 256
    max_leaves: int = 1_000_000
    async_inline_chars: int = 4096
    protect_keys: bool = True
    disabled_plugins: frozenset[str] = frozenset()
    vault_backend: str = "sqlite"
    vault_options: Mapping[str, Any] = field(default_factory=dict)
    vault_ttl_seconds: int | None = None
    audit_sinks: tuple[str, ...] = ("sqlite",)
    audit_options: Mapping[str, Any] = field(default_factory=dict)
    detectors: Mapping[str, Any] = field(default_factory=dict)
    entities: Mapping[str, EntityPolicy] = field(default_factory=dict)
    default_scheme: str = "format"
    unresolved: str = "keep"
    reveal_user: ToolPolicy = ToolPolicy(frozenset({"*"}))
    reveal_default: ToolPolicy = ToolPolicy()
    tools: Mapping[str, ToolPolicy] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict, repr=False)
    layers: tuple[Mapping[str, Any], Mapping[str, Any]] | None = field(default=None, repr=False, compare=False)
    """The file's table and the ``overrides``, kept to apply plugin settings in order."""
    plugin_settings: PluginSettings | None = field(default=None, repr=False, compare=False)
    """The plugins' declared settings, once bound (:func:`mask.core.settings.bind_settings`)."""

    def entity(self, entity_type: str) -> EntityPolicy:
        return self.entities.get(entity_type) or _DEFAULT_ENTITY

    def tool_policy(self, tool: str | None) -> ToolPolicy:
        if tool is None:
            return self.reveal_user
        return self.tools.get(tool, self.reveal_default)

    def section(self, name: str) -> Mapping[str, Any]:
        """A section as configured, over the defaults its plugins declare (plugins read their keys here)."""
        value = self.raw.get(name, {})
        defaults = self.plugin_settings.defaults(name) if self.plugin_settings is not None else {}
        return {**defaults, **value} if isinstance(value, Mapping) else defaults

    @staticmethod
    def plugin_fields(raw: Mapping[str, Any]) -> dict[str, Any]:
        """The fields plugin settings may change (sections core reads as a whole)."""
        vault = {k: v for k, v in raw.get("vault", {}).items() if k not in ("backend", "ttl_seconds")}
        detectors = dict(raw.get("detectors", {}))
        audit = {k: v for k, v in raw.get("audit", {}).items() if k != "sinks"}
        threshold = detectors.get("threshold", 0.5)
        return {
            "raw": raw,
            "vault_options": vault,
            "detectors": {**detectors, "threshold": threshold},
            "audit_options": audit,
        }


_DEFAULT_ENTITY = EntityPolicy()


def _default_data_dir(environ: Mapping[str, str]) -> Path:
    if environ.get(E.MASK_DATA_DIR):
        return Path(environ[E.MASK_DATA_DIR]).expanduser()
    base = environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "mask"


def _check_table(
    section: str, table: Any, schema: Mapping[str, tuple[tuple[type, ...], str]], lenient: bool = False
) -> dict[str, Any]:
    if not isinstance(table, Mapping):
        raise MaskConfigError(f"[{section}] must be a table, got {type(table).__name__}")
    for key, value in table.items():
        if key not in schema:
            if lenient:  # a plugin's key, checked when the plugins are known
                continue
            allowed = ", ".join(sorted(schema))
            raise MaskConfigError(f"unknown key {section}.{key}; allowed: {allowed}")
        types, help_ = schema[key]
        # bool is an int subclass: never accept a bool where a number is wanted.
        bad_bool = isinstance(value, bool) and bool not in types
        if bad_bool or not isinstance(value, types):
            want = " or ".join(t.__name__ for t in types)
            raise MaskConfigError(f"{section}.{key} must be {want} ({help_}), got {type(value).__name__}")
    return dict(table)


def _choice(key: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise MaskConfigError(f"{key} must be one of {', '.join(allowed)}; got {value!r}")
    return value


def _str_list(key: str, value: Any) -> tuple[str, ...]:
    if not all(isinstance(v, str) for v in value):
        raise MaskConfigError(f"{key} must be a list of strings")
    return tuple(value)


def validate(
    raw: Mapping[str, Any],
    plugins: Mapping[str, Mapping[str, tuple[tuple[type, ...], str]]] | None = None,
    owners: Mapping[str, str] | None = None,
) -> None:
    """Check every section and key of a raw config mapping.

    ``plugins`` (section -> key -> (types, help)) are the plugins' declared settings and
    ``owners`` their own sections' plugins. Without ``plugins`` (at load time, before the
    plugins are known) keys a plugin may own are left for later: unknown sections, and
    unknown keys of the :data:`EXTENDABLE` sections.
    """
    lenient = plugins is None
    plugins = plugins or {}
    for name, table in raw.items():
        if name in plugins and name not in SCHEMA:
            _check_table(name, table, plugins[name])
        elif name not in _TOP:
            if lenient:
                continue
            theirs = "".join(f", {s} (plugin {o})" for s, o in sorted((owners or {}).items()))
            raise MaskConfigError(f"unknown section [{name}]; allowed: {', '.join(sorted(_TOP))}{theirs}")
        elif name == "labels":
            _check_labels(table)
        elif name in ("entities", "tools"):
            if not isinstance(table, Mapping):
                raise MaskConfigError(f"[{name}] must be a table of tables")
            for sub, subtable in table.items():
                _check_table(f"{name}.{sub}", subtable, SCHEMA[f"{name}.*"])
        else:
            schema = {**SCHEMA[name], **plugins.get(name, {})}
            _check_table(name, table, schema, lenient and name in EXTENDABLE)
    for i, custom in enumerate(raw.get("detectors", {}).get("custom", [])):
        checked = _check_table(f"detectors.custom[{i}]", custom, SCHEMA["detectors.custom"])
        for required in ("name", "entity_type", "pattern"):
            if required not in checked:
                raise MaskConfigError(f"detectors.custom[{i}] needs {required!r}")


def _check_labels(table: Any) -> None:
    """``[labels]``: ``TYPE = ["field name", ...]`` adds labels of a type; ``ignore = [...]``
    lists field names that never label a value."""
    if not isinstance(table, Mapping):
        raise MaskConfigError(f"[labels] must be a table, got {type(table).__name__}")
    for key, value in table.items():
        if key != "ignore" and key not in LABEL_TYPES:
            raise MaskConfigError(f"unknown key labels.{key}; allowed: ignore, {', '.join(LABEL_TYPES)}")
        if not isinstance(value, list) or not all(isinstance(v, str) and 0 < len(v.strip()) <= 64 for v in value):
            raise MaskConfigError(
                f"labels.{key} must be a list of field names (non-empty strings of 64 characters at most)"
            )


def load_config(
    path: str | os.PathLike[str] | None = None,
    *,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> MaskConfig:
    """Load, merge and validate a configuration.

    Precedence, lowest first: the file (``path``, else ``MASK_CONFIG``, else
    ``./mask.toml``, else ``[tool.mask]`` of ``./pyproject.toml``), then ``MASK_*``
    variables, then ``overrides``.
    """
    environ = dict(os.environ if environ is None else environ)
    source = Path(path).expanduser() if path is not None else _find_config(environ)
    file_raw: dict[str, Any] = _read_toml(source) if source is not None else {}
    validate(file_raw)
    raw = assemble(file_raw, environ, overrides or {})
    validate(raw)
    config = _build(raw, source, environ)
    return dataclasses.replace(config, layers=(file_raw, dict(overrides or {})))


def _build(raw: dict[str, Any], source: Path | None, environ: Mapping[str, str]) -> MaskConfig:
    m = raw.get("mask", {})
    data_dir = Path(m["data_dir"]).expanduser() if "data_dir" in m else _default_data_dir(environ)
    for key in ("max_input_chars", "max_depth", "max_leaves"):
        if key in m and m[key] <= 0:
            raise MaskConfigError(f"mask.{key} must be positive")
    if m.get("async_inline_chars", 0) < 0:
        raise MaskConfigError("mask.async_inline_chars must be 0 (never) or positive")
    if m.get("max_depth", 0) > MAX_DEPTH_LIMIT:
        raise MaskConfigError(f"mask.max_depth must be at most {MAX_DEPTH_LIMIT} (Python's recursion limit)")

    disabled = set(_str_list("plugins.disable", raw.get("plugins", {}).get("disable", [])))
    disabled |= {p.strip() for p in environ.get(E.MASK_DISABLE_PLUGINS, "").split(",") if p.strip()}

    vault = raw.get("vault", {})
    sinks = _str_list("audit.sinks", raw.get("audit", {}).get("sinks", ["sqlite"]))
    if not 0 <= raw.get("detectors", {}).get("threshold", 0.5) <= 1:
        raise MaskConfigError("detectors.threshold must be between 0 and 1")

    entities: dict[str, EntityPolicy] = {}
    for etype, table in raw.get("entities", {}).items():
        action = _choice(f"entities.{etype}.action", table.get("action", "tokenize"), ACTIONS)
        entities[etype] = EntityPolicy(
            enabled=table.get("enabled", True),
            detectors=_str_list(f"entities.{etype}.detectors", table.get("detectors", [])),
            threshold=table.get("threshold"),
            action=action,
            scheme=table.get("scheme"),
            ttl_seconds=table.get("ttl_seconds"),
            keep_domain=table.get("keep_domain", False),
        )

    tokens = raw.get("tokens", {})
    reveal = raw.get("reveal", {})
    tools = {
        name: ToolPolicy(frozenset(_str_list(f"tools.{name}.reveal", table.get("reveal", []))))
        for name, table in raw.get("tools", {}).items()
    }
    key_file = m.get("key_file")
    return MaskConfig(
        **MaskConfig.plugin_fields(raw),
        source=source,
        scope=m.get("scope", "default"),
        data_dir=data_dir,
        on_error=_choice("mask.on_error", m.get("on_error", "raise"), ON_ERROR),
        strict_keys=m.get("strict_keys", False),
        key_file=Path(key_file).expanduser() if key_file else None,
        max_input_chars=m.get("max_input_chars", 16_000_000),
        max_depth=m.get("max_depth", 256),
        max_leaves=m.get("max_leaves", 1_000_000),
        async_inline_chars=m.get("async_inline_chars", 4096),
        protect_keys=m.get("protect_keys", True),
        disabled_plugins=frozenset(disabled),
        vault_backend=vault.get("backend", "sqlite"),
        vault_ttl_seconds=vault.get("ttl_seconds", 0) or None,
        audit_sinks=sinks,
        entities=entities,
        default_scheme=tokens.get("default_scheme", "format"),
        unresolved=_choice("tokens.unresolved", tokens.get("unresolved", "keep"), UNRESOLVED),
        reveal_user=ToolPolicy(frozenset(_str_list("reveal.user", reveal.get("user", ["*"])))),
        reveal_default=ToolPolicy(frozenset(_str_list("reveal.default", reveal.get("default", [])))),
        tools=tools,
        env={k: v for k, v in environ.items() if k.startswith("MASK_")},
    )
