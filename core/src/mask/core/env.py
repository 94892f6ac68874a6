"""Environment variables Mask reads, as documented constants.

They are read when a configuration is loaded (``load_config``), never at import. Plugins
declare their own (``MASK_VAULT_URL``, ``MASK_NLP_MODEL``, ...) with their settings
(``mask_settings`` hook).
"""

from __future__ import annotations

MASK_CONFIG = "MASK_CONFIG"
"""Path of the TOML config file (``mask.toml`` or a ``pyproject.toml`` with ``[tool.mask]``)."""
MASK_DATA_DIR = "MASK_DATA_DIR"
"""Folder of the embedded defaults: SQLite vault, audit log, generated key file."""
MASK_SCOPE = "MASK_SCOPE"
"""Default scope (tenant) tokens are minted in."""
MASK_ON_ERROR = "MASK_ON_ERROR"
"""Fail policy: ``raise`` (default), ``redact`` or ``open``."""
MASK_STRICT_KEYS = "MASK_STRICT_KEYS"
"""``1`` refuses to start without an explicit key (MASK_KEY or a key file)."""
MASK_KEY = "MASK_KEY"
"""The current key, as printed by ``mask keygen`` (``kid:base64url``)."""
MASK_OLD_KEYS = "MASK_OLD_KEYS"
"""Comma-separated retired keys (``kid:base64url``) that still reveal old tokens."""
MASK_KEY_FILE = "MASK_KEY_FILE"
"""Path of a JSON key file."""
MASK_DISABLE_PLUGINS = "MASK_DISABLE_PLUGINS"
"""Comma-separated plugin (entry point) names to disable."""
MASK_VAULT_BACKEND = "MASK_VAULT_BACKEND"
"""Vault backend name: ``sqlite`` (default), ``memory``, or a plugin's (``redis``, ``memcached``, ``dynamodb``)."""
MASK_VAULT_PATH = "MASK_VAULT_PATH"
"""Path of the SQLite vault file."""
MASK_AUDIT_SINKS = "MASK_AUDIT_SINKS"
"""Comma-separated audit sink names (``sqlite``, ``jsonl``); empty disables auditing."""
