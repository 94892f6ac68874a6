"""Vault records: where a token's record lives, what it holds, and how it is verified.

A record's key is ``prefix + scope tag + ":" + HMAC(index key of the scope and key id,
canonical token)`` (:meth:`ScopeKeys.record_keys`, the one place that formula lives); its
value is AES-GCM ciphertext of ``type NUL value`` with the key id, scope and token bound as
associated data (:meth:`ScopeKeys.seal`, :meth:`ScopeKeys.open`). A dump shows neither
values nor tokens.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.hmac import HMAC as _HMAC

from ..errors import MaskKeyError, MaskTokenError
from ..keys import KeyRing
from .scheme import TokenMatch, TokenScheme

__all__ = ["RECORD_VERSION", "Resolution", "Resolved", "ScopeKeys", "ScopeKeysCache", "encode", "keyed_mac", "plain_of"]

RECORD_VERSION = 1
_SCOPE_CACHE_LIMIT = 4096
_SHA256 = SHA256()


def encode(text: str) -> bytes:
    """The bytes a token, value or name is keyed and sealed as."""
    return text.encode("utf-8", "surrogatepass")


def keyed_mac(key: bytes) -> Any:
    """A keyed HMAC-SHA256 state to copy per message (``copy``, ``update``, ``finalize``):
    ``cryptography``'s, whose copy and finalize cost about three quarters of the OpenSSL
    object inside :class:`hmac.HMAC` (that one copies its state again to give a digest)."""
    return _HMAC(key, _SHA256)


def plain_of(entity_type: str, value: str) -> bytes:
    """``type NUL value``: what a token's seed is keyed on and what its record seals."""
    return encode(entity_type) + b"\x00" + encode(value)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A verified token: its value and entity type, and the key id it was minted under."""

    value: str = field(repr=False)
    entity_type: str
    kid: str


@dataclass(slots=True)
class Resolution:
    """What :meth:`TokenService.resolve` learned about a batch of candidate tokens."""

    found: dict[str, Resolved] = field(default_factory=dict)
    tampered: set[str] = field(default_factory=set)
    """Tokens whose vault record failed authentication, or disagreed between key ids."""


class ScopeKeys:
    """Sub-keys and cipher objects of one scope, derived once (the hot path reuses them)."""

    __slots__ = ("_index", "aad", "aead", "header", "seed_mac", "tags")

    def __init__(self, keys: KeyRing, scope: str, prefix: str) -> None:
        kids = keys.kids
        scope_bytes = encode(scope)
        # Records minted under key id k live under k's tag of the scope: rotation keeps
        # old records where they were, and erasing a scope erases every key id's prefix.
        self.tags = {
            kid: f"{prefix}{hmac.digest(keys.derive('scope-tag', '', kid), scope_bytes, 'sha256').hex()[:16]}:"
            for kid in kids
        }
        # Keyed HMAC states, copied per message: cheaper than keying HMAC afresh each time.
        self.seed_mac = {kid: keyed_mac(keys.derive("token-seed", scope, kid)) for kid in kids}
        """HMAC(token-seed key of the scope and key id, ...): the seed a candidate is minted from."""
        self._index = [(kid, self.tags[kid], keyed_mac(keys.derive("vault-index", scope, kid))) for kid in kids]
        """``(kid, scope tag, keyed HMAC)`` of each key id: what :meth:`record_keys` needs."""
        self.aead = {kid: AESGCM(keys.derive("vault-record", scope, kid)) for kid in kids}
        self.aad = {kid: b"mask-record-v1|" + encode(kid) + b"|" + scope_bytes + b"|" for kid in kids}
        """The associated data of a record, up to the token: ``b"mask-record-v1|kid|scope|" + token``."""
        self.header = {kid: bytes([RECORD_VERSION, len(encode(kid))]) + encode(kid) for kid in kids}
        """A record's bytes before the nonce (see :meth:`seal`)."""

    def record_keys(self, tokens: Iterable[str]) -> dict[tuple[str, str], str]:
        """The vault key of each canonical token under each key id: ``(token, kid) -> key``,
        token by token, key ids in ring order."""
        out = {}
        index = self._index
        if len(index) == 1:  # one key id (no rotation): the common case, without the inner loop
            kid, tag, index_mac = index[0]
            copy = index_mac.copy
            for token in tokens:
                h = copy()  # == hmac.digest(vault-index key of the scope and kid, token)
                h.update(token.encode("utf-8", "surrogatepass"))
                out[(token, kid)] = tag + h.finalize()[:20].hex()  # its first 40 hex digits
            return out
        for token in tokens:
            encoded = encode(token)
            for kid, tag, index_mac in index:
                h = index_mac.copy()  # == hmac.digest(vault-index key of the scope and kid, token)
                h.update(encoded)
                out[(token, kid)] = tag + h.finalize()[:20].hex()
        return out

    def record_key(self, token: str, kid: str) -> str:
        """The vault key of a canonical token under key id ``kid``."""
        if kid not in self.tags:
            raise MaskKeyError(f"unknown key id {kid!r}")
        return self.record_keys((token,))[(token, kid)]

    def seal(self, kid: str, nonce: bytes, value: str, entity_type: str, token: str) -> bytes:
        """The record of ``value`` bound to the canonical token, key id and scope."""
        return self.seal_plain(kid, nonce, plain_of(entity_type, value), token)

    def seal_plain(self, kid: str, nonce: bytes, plain: bytes, token: str) -> bytes:
        """:meth:`seal` of ``plain`` (:func:`plain_of` the value and its entity type)."""
        return self.header[kid] + nonce + self.aead[kid].encrypt(nonce, plain, self.aad[kid] + encode(token))

    def open(self, raw: bytes, token: str) -> Resolved:
        """Decrypt a record; raises :class:`MaskTokenError` when it does not verify."""
        try:
            if raw[0] != RECORD_VERSION:
                raise ValueError
            n = raw[1]
            kid = raw[2 : 2 + n].decode()
            nonce, ct = raw[2 + n : 14 + n], raw[14 + n :]
            aead = self.aead.get(kid)
            if aead is None:
                raise MaskTokenError("a vault record names a key id this ring does not hold")
            plain = aead.decrypt(nonce, ct, self.aad[kid] + encode(token))
        except MaskTokenError:
            raise
        except (IndexError, ValueError, UnicodeDecodeError, InvalidTag):
            raise MaskTokenError("a vault record failed authentication (tampered or foreign)") from None
        etype, _, value = plain.decode("utf-8", "surrogatepass").partition("\x00")
        return Resolved(value, etype, kid)

    def holds(self, raw: bytes, token: str, value: str, entity_type: str) -> bool:
        """Whether a record verifies and holds ``value`` as ``entity_type``."""
        try:
            record = self.open(raw, token)
        except MaskTokenError:
            return False
        return record.value == value and record.entity_type == entity_type

    def read_records(self, keys: Mapping[tuple[str, str], str], found: Mapping[str, bytes], result: Resolution) -> None:
        """Verify the records read for ``keys`` (``(token, kid)`` -> vault key) into ``result``.

        A record that fails authentication, or two key ids that disagree about a token,
        mark it tampered: it fails closed."""
        for (token, _kid), key in keys.items():
            raw = found.get(key)
            if raw is None or token in result.tampered:
                continue
            try:
                record = self.open(raw, token)
            except MaskTokenError:
                result.found.pop(token, None)
                result.tampered.add(token)
                continue
            earlier = result.found.get(token)
            if earlier is not None and (earlier.value, earlier.entity_type) != (record.value, record.entity_type):
                del result.found[token]  # two key ids disagree: fail closed
                result.tampered.add(token)
            elif earlier is None:
                result.found[token] = record


class ScopeKeysCache:
    """The :class:`ScopeKeys` of each scope seen, derived on first use (bounded)."""

    def __init__(self, keys: KeyRing, prefix: str) -> None:
        self.keys = keys
        self.prefix = prefix
        self._scopes: dict[str, ScopeKeys] = {}
        self._lock = threading.Lock()

    def __call__(self, scope: str) -> ScopeKeys:
        found = self._scopes.get(scope)
        if found is None:
            found = ScopeKeys(self.keys, scope, self.prefix)
            with self._lock:
                if len(self._scopes) >= _SCOPE_CACHE_LIMIT:
                    self._scopes.clear()
                self._scopes[scope] = found
        return found


def open_vaultless(
    schemes: Mapping[str, TokenScheme], keys: KeyRing, matches: Iterable[TokenMatch], scope: str, result: Resolution
) -> None:
    """Verify tokens of vaultless schemes (their MAC) into ``result``."""
    for match in matches:
        if match.token in result.found:
            continue
        opened = schemes[match.scheme].open(match.token, keys, scope)
        if opened is not None:
            kid = match.token.split(".")[2] if match.token.count(".") >= 3 else keys.current
            result.found[match.token] = Resolved(opened[0], opened[1], kid)
