"""mask-memcached: a Mask vault on one or more Memcached servers (pymemcache).

Enable it in config::

    [vault]
    backend = "memcached"
    servers = ["127.0.0.1:11211"]   # several: keys spread by rendezvous hashing
    prefix = ""                     # extra key prefix in a shared server
    timeout_seconds = 2.0           # connect and per-request timeout
    retries = 2                     # retries of network errors, with backoff
    pool_size = 16                  # connections per server
    ttl_seconds = 0                 # 0 = no expiry (Memcached may still evict under memory pressure)

Memcached evicts under memory pressure: size it so tokens live as long as they are
needed, or use Redis/DynamoDB. ``Mask.forget_scope`` is not supported (no key listing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mask.core.config import MaskConfig
from mask.core.errors import MaskConfigError
from mask.core.hookspecs import hookimpl
from mask.core.settings import Setting, SettingsSpec
from mask.core.vault import Vault, check_vault_options, connection_options, connection_settings

from .settings import MAX_KEY_BYTES, MemcachedSettings

if TYPE_CHECKING:
    from .vault import MemcachedVault


def __getattr__(name: str) -> Any:
    # pymemcache loads only when a Memcached vault is built or asked for.
    if name == "MemcachedVault":
        from .vault import MemcachedVault

        return MemcachedVault
    raise AttributeError(name)


__all__ = [
    "ALLOWED_OPTIONS",
    "MAX_KEY_BYTES",
    "MemcachedSettings",
    "MemcachedVault",
    "mask_settings",
    "mask_vault",
    "settings_from_options",
]

ALLOWED_OPTIONS = ("servers", "prefix", "timeout_seconds", "retries", "pool_size")


@hookimpl
def mask_settings() -> list[SettingsSpec]:
    """``[vault]`` keys of the Memcached backend."""
    servers = Setting("servers", (list,), "host:port list of the Memcached servers", list(MemcachedSettings.servers))
    return [SettingsSpec("vault", (servers, *connection_settings()))]


def _server(spec: Any) -> str:
    if not isinstance(spec, str) or not spec.strip():
        raise MaskConfigError("vault.servers must be a list of 'host:port' strings")
    host, sep, port = spec.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise MaskConfigError(f"vault.servers entry {spec!r} must be 'host:port'")
    return f"{host}:{int(port)}"


def settings_from_options(options: dict[str, Any]) -> MemcachedSettings:
    """Validate ``[vault]`` options (without ``backend``/``ttl_seconds``) into settings."""
    check_vault_options("memcached", options, ALLOWED_OPTIONS)
    defaults = MemcachedSettings()
    servers = tuple(_server(s) for s in options.get("servers", defaults.servers))
    if not servers:
        raise MaskConfigError("vault.servers must name at least one 'host:port'")
    conn = connection_options(
        options, timeout_seconds=defaults.timeout_seconds, retries=defaults.retries, pool_size=defaults.pool_size
    )
    timeout, retries, pool_size = conn.timeout_seconds, conn.retries, conn.pool_size
    prefix = options.get("prefix", defaults.prefix)
    if not prefix.isascii() or any(c <= " " for c in prefix) or len(prefix) > 100:
        raise MaskConfigError("vault.prefix must be printable ASCII without spaces, at most 100 characters")
    return MemcachedSettings(servers, prefix, timeout, retries, pool_size)


@hookimpl
def mask_vault(backend: str, options: dict[str, Any], config: MaskConfig) -> Vault | None:
    """The Memcached vault when ``vault.backend = "memcached"``."""
    if backend != "memcached":
        return None
    from .vault import MemcachedVault

    return MemcachedVault(settings_from_options(options))
