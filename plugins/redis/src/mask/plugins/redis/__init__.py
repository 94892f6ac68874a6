"""mask-redis: a Mask vault on Redis (or Redis Cluster), sync and asyncio.

Enable it in config::

    [vault]
    backend = "redis"
    url = "redis://127.0.0.1:6379/0"   # rediss:// for TLS; credentials in the URL
    prefix = ""                        # extra key prefix in a shared server
    timeout_seconds = 2.0              # connect and per-request socket timeout
    retries = 2                        # retries of connection errors/timeouts, with backoff
    pool_size = 16                     # connections in the (blocking) pool
    cluster = false                    # true: redis.RedisCluster (hash-tagged keys)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mask.core.config import MaskConfig
from mask.core.errors import MaskConfigError
from mask.core.hookspecs import hookimpl
from mask.core.settings import Setting, SettingsSpec
from mask.core.vault import Vault, check_vault_options, connection_options, connection_settings

from .keys import from_redis_key, to_redis_key
from .settings import RedisSettings

if TYPE_CHECKING:
    from .vault import RedisVault


def __getattr__(name: str) -> Any:
    # redis (about 100 ms to import) loads only when a Redis vault is built or asked for.
    if name == "RedisVault":
        from .vault import RedisVault

        return RedisVault
    raise AttributeError(name)


__all__ = [
    "ALLOWED_OPTIONS",
    "RedisSettings",
    "RedisVault",
    "from_redis_key",
    "mask_settings",
    "mask_vault",
    "settings_from_options",
    "to_redis_key",
]

ALLOWED_OPTIONS = ("url", "prefix", "timeout_seconds", "retries", "pool_size", "cluster")


@hookimpl
def mask_settings() -> list[SettingsSpec]:
    """``[vault]`` keys of the Redis backend; ``MASK_VAULT_URL`` sets ``url``."""
    own = (
        Setting("url", (str,), "server URL (redis://, rediss:// or unix://)", RedisSettings.url, "MASK_VAULT_URL"),
        Setting("cluster", (bool,), "connect to a Redis Cluster", False),
    )
    return [SettingsSpec("vault", own + connection_settings())]


def settings_from_options(options: dict[str, Any]) -> RedisSettings:
    """Validate ``[vault]`` options (without ``backend``/``ttl_seconds``) into settings."""
    check_vault_options("redis", options, ALLOWED_OPTIONS)
    defaults = RedisSettings()
    url = options.get("url", defaults.url)
    if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
        raise MaskConfigError("vault.url must start with redis://, rediss:// or unix://")
    conn = connection_options(
        options, timeout_seconds=defaults.timeout_seconds, retries=defaults.retries, pool_size=defaults.pool_size
    )
    timeout, retries, pool_size = conn.timeout_seconds, conn.retries, conn.pool_size
    prefix = options.get("prefix", defaults.prefix)
    if any(c in prefix for c in "{}"):
        raise MaskConfigError("vault.prefix must not contain braces (they delimit the Redis Cluster hash tag)")
    return RedisSettings(url, prefix, timeout, retries, pool_size, bool(options.get("cluster", False)))


@hookimpl
def mask_vault(backend: str, options: dict[str, Any], config: MaskConfig) -> Vault | None:
    """The Redis vault when ``vault.backend = "redis"``."""
    if backend != "redis":
        return None
    from .vault import RedisVault

    return RedisVault(settings_from_options(options))
