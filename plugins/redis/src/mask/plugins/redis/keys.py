"""Vault keys as Redis keys, ready for Redis Cluster.

The token service writes keys ``mask:<16 hex scope tag>:<40 hex digest>``. The part
before the last colon becomes a Redis Cluster hash tag, so every key of one scope lands
in one slot and a whole protect call (MGET, one pipeline of SET NX) is served by one
node in one round trip::

    mask:0123456789abcdef:<digest>  ->  <prefix>{mask:0123456789abcdef}:<digest>

The mapping is reversible (``delete_prefix`` scans physical keys and maps them back).
"""

from __future__ import annotations

__all__ = ["from_redis_key", "scan_pattern", "to_redis_key"]

_GLOB_SPECIAL = "\\*?[]"


def to_redis_key(prefix: str, key: str) -> str:
    """The physical Redis key of vault key ``key`` under ``prefix``."""
    cut = key.rfind(":")
    head, rest = (key[:cut], key[cut:]) if cut >= 0 else (key, "")
    return f"{prefix}{{{head}}}{rest}"


def from_redis_key(prefix: str, physical: str) -> str | None:
    """The vault key of a physical Redis key, or None when it is not one of ours."""
    if not physical.startswith(prefix + "{"):
        return None
    body = physical[len(prefix) + 1 :]
    cut = body.rfind(":")
    if cut >= 1 and body[cut - 1] == "}":
        return body[: cut - 1] + body[cut:]
    if cut < 0 and body.endswith("}"):
        return body[:-1]
    return None


def _glob_escape(text: str) -> str:
    return "".join("\\" + c if c in _GLOB_SPECIAL else c for c in text)


def scan_pattern(prefix: str, key_prefix: str) -> str:
    """A SCAN MATCH pattern covering every physical key whose vault key starts with ``key_prefix``.

    A vault key starting with ``key_prefix`` has a hash-tag part that starts with
    ``key_prefix`` up to its last colon, so the pattern may over-match (callers filter
    with :func:`from_redis_key`) but never misses a key.
    """
    cut = key_prefix.rfind(":")
    known = key_prefix[:cut] if cut >= 0 else key_prefix
    return f"{_glob_escape(prefix)}{{{_glob_escape(known)}*"
