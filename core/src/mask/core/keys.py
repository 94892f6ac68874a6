"""Keys: key ids, rotation, HKDF sub-keys per purpose and scope, key files.

A key is written ``kid:base64url`` (what ``mask keygen`` prints). The key ring holds a
current key, used for new tokens, and retired keys that still reveal old ones.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import threading
from collections.abc import Mapping
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import MaskKeyError

__all__ = ["KeyRing", "generate_key", "parse_key", "read_key_file", "write_key_file"]

log = logging.getLogger("mask.keys")
KEY_BYTES = 32


def generate_key() -> str:
    """A new random key as ``kid:base64url``."""
    kid = "k" + secrets.token_hex(4)
    return f"{kid}:{base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode().rstrip('=')}"


def parse_key(text: str) -> tuple[str, bytes]:
    """Parse ``kid:base64url``; errors never echo the key material."""
    kid, sep, b64 = text.strip().partition(":")
    if not sep or not kid or not kid.isascii() or not kid.replace("-", "").replace("_", "").isalnum():
        raise MaskKeyError("a key must be written kid:base64url (see `mask keygen`)")
    try:
        material = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4))
    except (ValueError, TypeError):
        raise MaskKeyError(f"key {kid!r} is not valid base64url") from None
    if len(material) < KEY_BYTES:
        raise MaskKeyError(f"key {kid!r} must hold at least {KEY_BYTES} bytes")
    return kid, material


_DERIVED_LIMIT = 16384
"""Derived sub-keys a ring keeps (a few per scope); past it the cache starts again (HKDF is
cheap: about 8 µs a key)."""


class KeyRing:
    """Current and retired keys; derives sub-keys with HKDF-SHA256."""

    __slots__ = ("_cache", "_keys", "_lock", "current")

    def __init__(self, current: str, keys: Mapping[str, bytes]) -> None:
        if current not in keys:
            raise MaskKeyError(f"current key id {current!r} is not in the key ring")
        self.current = current
        self._keys = dict(keys)
        self._cache: dict[tuple[str, str, str], bytes] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_strings(cls, current: str, retired: list[str] | tuple[str, ...] = ()) -> KeyRing:
        kid, material = parse_key(current)
        keys = {kid: material}
        for text in retired:
            old_kid, old = parse_key(text)
            keys.setdefault(old_kid, old)
        return cls(kid, keys)

    @property
    def kids(self) -> tuple[str, ...]:
        return (self.current, *(k for k in self._keys if k != self.current))

    def has(self, kid: str) -> bool:
        return kid in self._keys

    def derive(self, purpose: str, scope: str = "", kid: str | None = None, length: int = 32) -> bytes:
        """A sub-key for ``purpose`` (e.g. ``vault-index``) and ``scope`` under key ``kid``."""
        kid = kid or self.current
        cache_key = (kid, purpose, f"{scope}/{length}")
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        try:
            material = self._keys[kid]
        except KeyError:
            raise MaskKeyError(f"unknown key id {kid!r}") from None
        info = f"mask/v1/{purpose}/{scope}".encode("utf-8", "surrogatepass")
        sub = HKDF(algorithm=hashes.SHA256(), length=length, salt=kid.encode(), info=info).derive(material)
        with self._lock:
            if len(self._cache) >= _DERIVED_LIMIT:
                self._cache.clear()  # one scope per conversation must not grow it without end
            self._cache[cache_key] = sub
        return sub

    def __repr__(self) -> str:
        return f"<KeyRing current={self.current!r} kids={list(self._keys)!r}>"


def read_key_file(path: Path) -> KeyRing:
    try:
        data = json.loads(path.read_text("utf-8"))
        keys = {kid: parse_key(f"{kid}:{b64}")[1] for kid, b64 in data["keys"].items()}
        return KeyRing(data["current"], keys)
    except FileNotFoundError:
        raise MaskKeyError(f"key file not found: {path}") from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise MaskKeyError(f"key file {path} is malformed (want {{'current', 'keys'}})") from None


def write_key_file(path: Path, key: str) -> bool:
    """Create ``path`` (mode 0600) holding ``key``; False if it already existed.

    The file is written beside and linked into place, so concurrent first uses in
    several processes agree on one key.
    """
    kid, _ = parse_key(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"current": kid, "keys": {kid: key.partition(":")[2]}}).encode()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, body)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)
