"""mask-dynamodb: a Mask vault on a DynamoDB table (boto3).

Enable it in config::

    [vault]
    backend = "dynamodb"
    table = "mask-vault"
    region = "eu-west-1"              # else AWS_DEFAULT_REGION
    endpoint_url = ""                 # e.g. a local endpoint; empty = AWS
    prefix = ""                       # extra key prefix in a shared table
    timeout_seconds = 2.0             # connect and read timeout per request
    retries = 2                       # botocore standard-mode retries, with backoff
    pool_size = 16                    # HTTP connections (and parallel writers)
    create_table = false              # create the table (on-demand, TTL on `expires`) if missing
    write_mode = "transact"           # transact | parallel (see mask.plugins.dynamodb.vault)

Credentials come from boto3's usual chain (environment, profile, instance role).
boto3 is imported only when a DynamoDB vault is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mask.core.config import MaskConfig
from mask.core.errors import MaskConfigError
from mask.core.hookspecs import hookimpl
from mask.core.settings import Setting, SettingsSpec
from mask.core.vault import check_vault_options, connection_options, connection_settings

if TYPE_CHECKING:
    from mask.core.vault import Vault

    from .vault import DynamoDBSettings, DynamoDBVault

__all__ = [
    "ALLOWED_OPTIONS",
    "WRITE_MODES",
    "DynamoDBSettings",
    "DynamoDBVault",
    "mask_settings",
    "mask_vault",
    "settings_from_options",
]

ALLOWED_OPTIONS = (
    "table",
    "region",
    "endpoint_url",
    "prefix",
    "timeout_seconds",
    "retries",
    "pool_size",
    "create_table",
    "write_mode",
)
WRITE_MODES = ("transact", "parallel")


@hookimpl
def mask_settings() -> list[SettingsSpec]:
    """``[vault]`` keys of the DynamoDB backend."""
    own = (
        Setting("table", (str,), "table name", "mask-vault"),
        Setting("region", (str,), "AWS region"),
        Setting("endpoint_url", (str,), "endpoint URL (http:// or https://)"),
        Setting("create_table", (bool,), "create the table if it is missing", False),
        Setting("write_mode", (str,), "transact | parallel: how conditional writes are batched", "transact"),
    )
    return [SettingsSpec("vault", own + connection_settings())]


def settings_from_options(options: dict[str, Any]) -> DynamoDBSettings:
    """Validate ``[vault]`` options (without ``backend``/``ttl_seconds``) into settings."""
    from .vault import DynamoDBSettings

    check_vault_options("dynamodb", options, ALLOWED_OPTIONS)
    defaults = DynamoDBSettings()
    table = options.get("table", defaults.table)
    if not isinstance(table, str) or not 3 <= len(table) <= 255:
        raise MaskConfigError("vault.table must be a DynamoDB table name (3 to 255 characters)")
    endpoint = options.get("endpoint_url") or None
    if endpoint is not None and not endpoint.startswith(("http://", "https://")):
        raise MaskConfigError("vault.endpoint_url must start with http:// or https://")
    conn = connection_options(
        options, timeout_seconds=defaults.timeout_seconds, retries=defaults.retries, pool_size=defaults.pool_size
    )
    timeout, retries, pool_size = conn.timeout_seconds, conn.retries, conn.pool_size
    write_mode = options.get("write_mode", defaults.write_mode)
    if write_mode not in WRITE_MODES:
        raise MaskConfigError(f"vault.write_mode must be one of {', '.join(WRITE_MODES)}; got {write_mode!r}")
    return DynamoDBSettings(
        table=table,
        region=options.get("region") or None,
        endpoint_url=endpoint,
        prefix=options.get("prefix", defaults.prefix),
        timeout_seconds=timeout,
        retries=retries,
        pool_size=pool_size,
        create_table=bool(options.get("create_table", False)),
        write_mode=write_mode,
    )


@hookimpl
def mask_vault(backend: str, options: dict[str, Any], config: MaskConfig) -> Vault | None:
    """The DynamoDB vault when ``vault.backend = "dynamodb"`` (imports boto3 only then)."""
    if backend != "dynamodb":
        return None
    from .vault import DynamoDBVault

    return DynamoDBVault(settings_from_options(options))


def __getattr__(name: str) -> Any:
    if name in ("DynamoDBSettings", "DynamoDBVault"):
        from . import vault

        return getattr(vault, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
