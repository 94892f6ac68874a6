"""The token service: mints tokens through the vault, finds and verifies them in text.

Vault layout (invariant 6): a record's key is ``prefix + scope tag + ":" +
HMAC(index key of the scope and key id, canonical token)``; its value is AES-GCM
ciphertext of ``type NUL value`` with the key id, scope and token bound as associated
data. A dump shows neither values nor tokens. A string counts as a token only if such
a record decrypts, or a vaultless scheme's MAC checks (invariant 2): never by shape.

Allocation (invariant 4): the candidate for attempt 0 comes from a keyed hash of
``(type, value)`` under the scope and the current key id; if another value holds it
(under any key id of the ring) the next attempt is probed. A round is one ``get_many``
for every item of the batch and one ``put_many_if_absent`` for the new ones; the
vault's atomic put-if-absent settles races between processes.
"""

from __future__ import annotations

import hmac
import os
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

import regex
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import MaskConfigError, MaskKeyError, MaskTokenError
from ..keys import KeyRing
from ..vault import Vault
from .finder import MAX_TOKEN_CHUNKS, PendingRuns, TokenFinder
from .scheme import TokenMatch, TokenScheme

__all__ = ["MAX_ATTEMPTS", "MAX_TOKEN_CHUNKS", "Resolution", "Resolved", "TokenService"]

RECORD_VERSION = 1
MAX_ATTEMPTS = 64
_SCOPE_CACHE_LIMIT = 4096
_MINTED_CACHE_LIMIT = 65536

Item = tuple[str, str, str]
"""``(value, entity type, scheme name)``."""


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


def _enc(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


class _ScopeKeys:
    """Sub-keys and cipher objects of one scope, derived once (the hot path reuses them)."""

    __slots__ = ("aad", "aead", "header", "index", "index_mac", "seed", "seed_mac", "tags")

    def __init__(self, keys: KeyRing, scope: str, prefix: str) -> None:
        # Records minted under key id k live under k's tag of the scope: rotation keeps
        # old records where they were, and erasing a scope erases every key id's prefix.
        self.tags = {
            kid: f"{prefix}{hmac.digest(keys.derive('scope-tag', '', kid), _enc(scope), 'sha256').hex()[:16]}:"
            for kid in keys.kids
        }
        self.seed = {kid: keys.derive("token-seed", scope, kid) for kid in keys.kids}
        self.index = {kid: keys.derive("vault-index", scope, kid) for kid in keys.kids}
        # Keyed HMAC states, copied per message: cheaper than keying HMAC afresh each time.
        self.seed_mac = {kid: hmac.new(key, digestmod="sha256") for kid, key in self.seed.items()}
        self.index_mac = {kid: hmac.new(key, digestmod="sha256") for kid, key in self.index.items()}
        self.aead = {kid: AESGCM(keys.derive("vault-record", scope, kid)) for kid in keys.kids}
        self.aad = {kid: b"mask-record-v1|" + _enc(kid) + b"|" + _enc(scope) + b"|" for kid in keys.kids}
        """The associated data of a record, up to the token: ``b"mask-record-v1|kid|scope|" + token``."""
        self.header = {kid: bytes([RECORD_VERSION, len(_enc(kid))]) + _enc(kid) for kid in keys.kids}
        """A record's bytes before the nonce (see :meth:`TokenService.seal_record`)."""


class TokenService:
    """Mints, stores, finds and resolves tokens for one :class:`~mask.core.Mask`."""

    def __init__(
        self,
        schemes: Mapping[str, TokenScheme],
        vault: Vault,
        keys: KeyRing,
        prefix: str = "mask:",
    ) -> None:
        self.schemes = dict(schemes)
        self.vault = vault
        self.keys = keys
        self.prefix = prefix
        self._scopes: dict[str, _ScopeKeys] = {}
        self._lock = threading.Lock()
        self.finder = TokenFinder(self.schemes)
        """Every token shape, compiled, and the search for them in text."""
        self.max_token_length = max((s.max_token_length for s in self.schemes.values()), default=64)
        self._minted: dict[tuple[str, str, bytes, int, str, str], tuple[str, str]] = {}
        self._vaulted_names = frozenset(name for name, scheme in self.schemes.items() if scheme.vaulted)

    @property
    def patterns(self) -> list[regex.Pattern[str]]:
        """Every token shape, compiled (the streaming reveal checks each for partial matches)."""
        return self.finder.patterns

    # -- keys -------------------------------------------------------------------------

    def _scope(self, scope: str) -> _ScopeKeys:
        found = self._scopes.get(scope)
        if found is None:
            found = _ScopeKeys(self.keys, scope, self.prefix)
            with self._lock:
                if len(self._scopes) >= _SCOPE_CACHE_LIMIT:
                    self._scopes.clear()
                self._scopes[scope] = found
        return found

    def index_key(self, token: str, scope: str, kid: str) -> str:
        """The vault key of a canonical token under key id ``kid``."""
        sk = self._scope(scope)
        try:
            mac_key = sk.index[kid]
        except KeyError:
            raise MaskKeyError(f"unknown key id {kid!r}") from None
        return sk.tags[kid] + hmac.digest(mac_key, _enc(token), "sha256").hex()[:40]

    def seal_record(self, value: str, entity_type: str, token: str, scope: str) -> bytes:
        """AES-GCM record of ``value`` bound to the canonical token, key id and scope."""
        kid = self.keys.current
        sk = self._scope(scope)
        return self._seal(sk, kid, os.urandom(12), value, entity_type, token)

    @staticmethod
    def _seal(sk: _ScopeKeys, kid: str, nonce: bytes, value: str, entity_type: str, token: str) -> bytes:
        plain = _enc(entity_type) + b"\x00" + _enc(value)
        return sk.header[kid] + nonce + sk.aead[kid].encrypt(nonce, plain, sk.aad[kid] + _enc(token))

    def open_record(self, raw: bytes, token: str, scope: str) -> Resolved:
        """Decrypt a vault record; raises :class:`MaskTokenError` when it does not verify."""
        try:
            if raw[0] != RECORD_VERSION:
                raise ValueError
            n = raw[1]
            kid = raw[2 : 2 + n].decode()
            nonce, ct = raw[2 + n : 14 + n], raw[14 + n :]
            sk = self._scope(scope)
            aead = sk.aead.get(kid)
            if aead is None:
                raise MaskTokenError("a vault record names a key id this ring does not hold")
            plain = aead.decrypt(nonce, ct, sk.aad[kid] + _enc(token))
        except MaskTokenError:
            raise
        except (IndexError, ValueError, UnicodeDecodeError, InvalidTag):
            raise MaskTokenError("a vault record failed authentication (tampered or foreign)") from None
        etype, _, value = plain.decode("utf-8", "surrogatepass").partition("\x00")
        return Resolved(value, etype, kid)

    def _scheme(self, name: str, entity_type: str) -> TokenScheme:
        scheme = self.schemes.get(name)
        if scheme is None:
            raise MaskConfigError(f"unknown token scheme {name!r}; installed: {', '.join(sorted(self.schemes))}")
        if not scheme.supports(entity_type):
            raise MaskConfigError(f"token scheme {name!r} does not support {entity_type}")
        return scheme

    def _candidate(self, item: Item, scope: str, attempt: int, kid: str | None = None) -> tuple[str, str]:
        """``(display token, canonical token)`` number ``attempt`` for an item."""
        kid = kid or self.keys.current
        return self._mint(item, self._scope(scope).seed_mac[kid], attempt, scope, kid)

    def _mint(self, item: Item, seed_mac: hmac.HMAC, attempt: int, scope: str, kid: str) -> tuple[str, str]:
        """:meth:`_candidate` with the scope's keyed seed MAC at hand (see :meth:`seed`).

        Minting is a pure function of its inputs and costs (a phone token parses several
        candidates): results are cached under the keyed seed, which names the value
        without holding it, so the cache keeps no plaintext."""
        value, etype, scheme_name = item
        mac = seed_mac.copy()  # HMAC(token-seed key of the scope and key id, type NUL value)
        mac.update(_enc(etype) + b"\x00" + _enc(value))
        seed = mac.digest()
        key = (scheme_name, etype, seed, attempt, scope, kid)
        cached = self._minted.get(key)
        if cached is not None:
            return cached
        scheme = self.schemes[scheme_name]
        token = scheme.mint_scoped(value, etype, seed, attempt, scope, kid)
        cached = (token, scheme.normalize(token))
        if len(self._minted) >= _MINTED_CACHE_LIMIT:
            self._minted.clear()
        self._minted[key] = cached
        return cached

    # -- minting ----------------------------------------------------------------------

    def tokenize(
        self,
        items: Sequence[Item],
        scope: str,
        ttl: Callable[[str], int | None] = lambda _t: None,
    ) -> list[str]:
        """Tokens for ``(value, entity_type, scheme name)`` items, in order."""
        tokens, _ = self.allocate(items, scope, ttl)
        return [t for t in tokens if t is not None]

    def allocate(
        self,
        items: Sequence[Item],
        scope: str,
        ttl: Callable[[str], int | None] = lambda _t: None,
        guards: Sequence[Sequence[TokenMatch]] = (),
    ) -> tuple[list[str | None], Resolution]:
        """Tokens for ``items``, in order, in one vault read and one write.

        ``guards[i]`` are token-shaped matches covering item ``i`` (a value that looks
        like a token of a scheme whose shape real data can have). They are verified in
        the same read as the allocation: an item whose guard verifies is already a
        token and gets None (it is left as it is). Collisions (rare) cost another round.
        """
        unique: dict[Item, int] = {}
        for item in items:
            unique.setdefault(item, len(unique))
        item_guards: dict[Item, set[str]] = {}
        guard_matches: list[TokenMatch] = []
        for i, per in enumerate(guards):
            for match in per:
                item_guards.setdefault(items[i], set()).add(match.token)
                guard_matches.append(match)
        tokens: dict[Item, str | None] = {}
        pending: dict[Item, int] = {}
        checked: dict[tuple[str, str], TokenScheme] = {}
        for item in unique:
            value, etype, scheme_name = item
            scheme = checked.get((scheme_name, etype))  # type: ignore[assignment]
            if scheme is None:
                scheme = checked[(scheme_name, etype)] = self._scheme(scheme_name, etype)
            if scheme.vaulted:
                pending[item] = 0
            elif not item_guards.get(item):
                tokens[item] = scheme.seal(value, etype, self.keys, scope)
        resolution = Resolution()
        vaultless_guards = [m for m in guard_matches if not self.schemes[m.scheme].vaulted]
        self._open_vaultless(vaultless_guards, scope, resolution)
        vaulted_guards = sorted({m.token for m in guard_matches if self.schemes[m.scheme].vaulted})
        rounds = 0
        while pending or vaulted_guards:
            rounds += 1
            if rounds > MAX_ATTEMPTS:
                raise MaskTokenError("could not allocate a unique token (token space exhausted)")
            self._allocate_round(pending, tokens, scope, ttl, vaulted_guards, resolution, item_guards)
            vaulted_guards = []
        for item in unique:
            if item not in tokens:  # a vaultless item whose guard did not verify
                if any(t in resolution.found for t in item_guards.get(item, ())):
                    tokens[item] = None
                else:
                    value, etype, scheme_name = item
                    tokens[item] = self.schemes[scheme_name].seal(value, etype, self.keys, scope)
        return [tokens[item] for item in items], resolution

    def _allocate_round(
        self,
        pending: dict[Item, int],
        tokens: dict[Item, str | None],
        scope: str,
        ttl: Callable[[str], int | None],
        guard_tokens: list[str],
        resolution: Resolution,
        item_guards: Mapping[Item, set[str]],
    ) -> None:
        kids = self.keys.kids
        current = self.keys.current
        sk = self._scope(scope)
        seed_mac = sk.seed_mac[current]
        index = [(kid, sk.tags[kid], sk.index_mac[kid]) for kid in kids]
        mint = self._mint
        candidates: dict[Item, tuple[str, str, dict[str, str]]] = {}
        for item, attempt in pending.items():
            if attempt >= MAX_ATTEMPTS:
                raise MaskTokenError("could not allocate a unique token (token space exhausted)")
            token, canonical = mint(item, seed_mac, attempt, scope, current)
            encoded = _enc(canonical)
            per_kid = {}
            for kid, tag, mac in index:
                h = mac.copy()
                h.update(encoded)
                per_kid[kid] = tag + h.hexdigest()[:40]
            candidates[item] = (token, canonical, per_kid)
        guard_keys: dict[tuple[str, str], str] = {}
        for t in guard_tokens:
            encoded = _enc(t)
            for kid, tag, mac in index:
                h = mac.copy()
                h.update(encoded)
                guard_keys[(t, kid)] = tag + h.hexdigest()[:40]
        wanted = [k for _, _, per in candidates.values() for k in per.values()]
        found = self.vault.get_many(wanted + list(guard_keys.values()))
        if guard_tokens:
            self._read_records(guard_keys, found, scope, resolution)
        writes: dict[int | None, dict[str, bytes]] = {}
        claimed: dict[str, Item] = {}
        ttls: dict[str, int | None] = {}
        nonces = os.urandom(12 * len(candidates))  # one read of the OS's random source per round
        sealed = 0
        for item, (token, canonical, per_kid) in candidates.items():
            guard = item_guards.get(item)
            if guard and any(t in resolution.found for t in guard):
                tokens[item] = None  # the value is a token already: leave it as it is
                del pending[item]
                continue
            value, etype, _ = item
            records = [(kid, found[key]) for kid, key in per_kid.items() if key in found] if found else None
            if not records:
                if canonical in claimed:  # two items of this batch drew the same candidate
                    pending[item] += 1
                    continue
                claimed[canonical] = item
                nonce = nonces[12 * sealed : 12 * sealed + 12]
                sealed += 1
                ttl_seconds = ttls[etype] if etype in ttls else ttls.setdefault(etype, ttl(etype))
                batch = writes.get(ttl_seconds)
                if batch is None:
                    batch = writes[ttl_seconds] = {}
                batch[per_kid[current]] = self._seal(sk, current, nonce, value, etype, canonical)
                continue
            mine = all(self._holds(raw, canonical, scope, value, etype) for _, raw in records)
            if mine:
                tokens[item] = token
                del pending[item]
            else:
                pending[item] += 1  # taken by another value (or unreadable): probe the next
        for ttl_seconds, batch in writes.items():
            stored = self.vault.put_many_if_absent(batch, ttl_seconds)
            for item, (token, canonical, per_kid) in candidates.items():
                if stored.get(per_kid[current]) and claimed.get(canonical) == item:
                    tokens[item] = token
                    del pending[item]
            # a key not stored: another writer won the race; the next round reads it

    def _holds(self, raw: bytes, canonical: str, scope: str, value: str, entity_type: str) -> bool:
        try:
            record = self.open_record(raw, canonical, scope)
        except MaskTokenError:
            return False
        return record.value == value and record.entity_type == entity_type

    # -- finding and resolving --------------------------------------------------------

    def find(self, text: str) -> list[TokenMatch]:
        """Token-shaped substrings of ``text`` (not yet verified), by start. They may overlap."""
        return self.finder.find(text)

    def find_covering(self, text: str) -> tuple[list[TokenMatch], PendingRuns]:
        """What detection needs first; the rest on demand (see :meth:`TokenFinder.find_covering`)."""
        return self.finder.find_covering(text)

    def _open_vaultless(self, matches: Iterable[TokenMatch], scope: str, result: Resolution) -> None:
        for match in matches:
            if match.token in result.found:
                continue
            opened = self.schemes[match.scheme].open(match.token, self.keys, scope)
            if opened is not None:
                kid = match.token.split(".")[2] if match.token.count(".") >= 3 else self.keys.current
                result.found[match.token] = Resolved(opened[0], opened[1], kid)

    def _read_records(
        self, keys: Mapping[tuple[str, str], str], found: Mapping[str, bytes], scope: str, result: Resolution
    ) -> None:
        for (token, _kid), key in keys.items():
            raw = found.get(key)
            if raw is None or token in result.tampered:
                continue
            try:
                record = self.open_record(raw, token, scope)
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

    def resolve(self, matches: Iterable[TokenMatch], scope: str) -> Resolution:
        """Verify candidate tokens: vault records for vaulted schemes, MACs for the rest.

        Each distinct token is verified once, however often it occurs."""
        result = Resolution()
        vaulted_schemes = self._vaulted_names
        vaulted: dict[str, None] = {}
        vaultless: dict[str, TokenMatch] = {}
        for match in matches:
            if match.scheme in vaulted_schemes:
                vaulted[match.token] = None
            elif match.token not in vaultless:
                vaultless[match.token] = match
        if vaultless:
            self._open_vaultless(vaultless.values(), scope, result)
        if vaulted:
            self._read_vaulted(vaulted, scope, result)
        return result

    def resolve_texts(self, matches: Sequence[Sequence[TokenMatch]], scope: str) -> Resolution:
        """:meth:`resolve` for the matches of several texts (``matches[i]`` those of text
        ``i``), and then the tokens a model rewrote.

        A candidate that did not verify and overlaps no verified token of its text may be a
        token in another form (a phone number without its country code): its scheme's
        :meth:`~TokenScheme.alternatives` are read in a second round trip, which only such
        candidates cost; it counts when exactly one alternative verifies."""
        result = self.resolve([m for per in matches for m in per], scope)
        aliases: dict[str, Sequence[str]] = {}
        for per in matches:
            verified = sorted((m.start, m.end) for m in per if m.token in result.found)
            starts = [start for start, _ in verified]
            reach = list(accumulate((end for _, end in verified), max))  # furthest end of the first k
            for m in per:
                if m.token in result.found or m.token in result.tampered or m.token in aliases:
                    continue
                before = bisect_left(starts, m.end)  # verified tokens starting before m ends
                if before and reach[before - 1] > m.start:
                    continue  # part of a verified token (or overlapping one)
                alternatives = self.schemes[m.scheme].alternatives(m.token, m.entity_type)
                if alternatives and self.schemes[m.scheme].vaulted:
                    aliases[m.token] = alternatives
        if not aliases:
            return result
        rewritten = Resolution()
        self._read_vaulted(dict.fromkeys(alt for alts in aliases.values() for alt in alts), scope, rewritten)
        for token, alternatives in aliases.items():
            found = {rewritten.found[alt] for alt in alternatives if alt in rewritten.found}
            if len(found) == 1:  # two different tokens would read alike: reveal neither
                result.found[token] = found.pop()
        return result

    def _read_vaulted(self, tokens: Iterable[str], scope: str, result: Resolution) -> None:
        """Read and verify the vault records of ``tokens`` (canonical) in one round trip."""
        sk = self._scope(scope)
        keys: dict[tuple[str, str], str] = {}
        for kid in self.keys.kids:
            mac, tag = sk.index_mac[kid], sk.tags[kid]
            for token in tokens:
                h = mac.copy()  # == hmac.digest(sk.index[kid], token), as in index_key
                h.update(_enc(token))
                keys[(token, kid)] = tag + h.hexdigest()[:40]
        self._read_records(keys, self.vault.get_many(list(keys.values())), scope, result)

    # -- erasure ----------------------------------------------------------------------

    def forget_scope(self, scope: str) -> int:
        """Erase every vault record of ``scope``."""
        return sum(self.vault.delete_prefix(tag) for tag in self._scope(scope).tags.values())

    def forget_value(self, value: str, scope: str, entity_types: Iterable[str]) -> int:
        """Erase every vault record holding ``value`` as one of ``entity_types`` in ``scope``.

        Tokens are found again the way they were allocated: every candidate of the probe
        sequence, for every vaulted scheme that supports the type and every key id, in
        one read and one delete. Vaultless (``aead``) tokens hold no record to erase.
        """
        keys: dict[str, tuple[str, str]] = {}
        for etype in dict.fromkeys(entity_types):
            for name, scheme in self.schemes.items():
                if not scheme.vaulted or not scheme.reversible or not scheme.supports(etype):
                    continue
                for kid in self.keys.kids:
                    for attempt in range(MAX_ATTEMPTS):
                        try:
                            _, canonical = self._candidate((value, etype, name), scope, attempt, kid)
                        except (MaskTokenError, ValueError):
                            break
                        keys[self.index_key(canonical, scope, kid)] = (canonical, etype)
        if not keys:
            return 0
        found = self.vault.get_many(list(keys))
        doomed = [key for key, raw in found.items() if self._holds(raw, keys[key][0], scope, value, keys[key][1])]
        return self.vault.delete_many(doomed) if doomed else 0
