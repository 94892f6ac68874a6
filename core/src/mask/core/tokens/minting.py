"""Minting: the token of each value, allocated through the vault.

Allocation (invariant 4): the candidate for attempt 0 comes from a keyed hash of
``(type, value)`` under the scope and the current key id (:meth:`Minter.candidate`); if
another value holds it (under any key id of the ring) the next attempt is probed. A round
(:meth:`Allocation.round`) is one ``get_many`` for every item of the batch and one
``put_many_if_absent`` for the new ones; the vault's atomic put-if-absent settles races
between processes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, NamedTuple

from ..errors import MaskConfigError, MaskTokenError
from ..keys import KeyRing
from ..vault import Vault
from .records import Resolution, ScopeKeys, ScopeKeysCache, open_vaultless, plain_of
from .scheme import TokenMatch, TokenScheme

__all__ = ["MAX_ATTEMPTS", "Allocation", "Item", "Minted", "Minter"]

MAX_ATTEMPTS = 64
_MINTED_CACHE_LIMIT = 65536

TTL = Callable[[str], int | None]
"""Seconds a record of an entity type lives (None: no expiry)."""


class Item(NamedTuple):
    """A value to tokenize: its entity type and the name of the scheme that mints its token."""

    value: str
    entity_type: str
    scheme: str


class Minted(NamedTuple):
    """A candidate token: as it is shown in text, and its canonical form (the vault's index)."""

    token: str
    canonical: str


_minted: Callable[[tuple[str, str]], Minted] = partial(tuple.__new__, Minted)  # type: ignore[assignment]
"""A :class:`Minted` of a plain tuple, without the Python-level ``__new__`` of a NamedTuple (once per value)."""


class _Writes(NamedTuple):
    """The records a round writes, by TTL, and the item each vault key was claimed for."""

    by_ttl: dict[int | None, dict[str, bytes]]
    claims: dict[str, Item]


class Minter:
    """Candidate tokens of items: a pure function of the item, the scope, the key id and
    the attempt, computed once (a phone token parses several candidates)."""

    def __init__(self, schemes: Mapping[str, TokenScheme], keys: KeyRing, scope_keys: ScopeKeysCache) -> None:
        self.schemes = schemes
        self.keys = keys
        self.scope_keys = scope_keys
        self._minted: dict[tuple[str, str, bytes, int, str, str], Minted] = {}

    def candidate(self, item: Item, scope: str, attempt: int, kid: str | None = None) -> Minted:
        """Candidate number ``attempt`` for an item."""
        kid = kid or self.keys.current
        return self.mint(item, self.scope_keys(scope).seed_mac[kid], attempt, scope, kid)

    def mint(self, item: Item, seed_mac: Any, attempt: int, scope: str, kid: str, plain: bytes | None = None) -> Minted:
        """:meth:`candidate` with the scope's keyed seed MAC at hand (a
        :func:`~.records.keyed_mac`), and ``plain``, the item's :func:`~.records.plain_of`,
        when the caller has it.

        Results are cached under the keyed seed, which names the value without holding
        it, so the cache keeps no plaintext."""
        value, etype, scheme_name = item
        mac = seed_mac.copy()  # HMAC(token-seed key of the scope and key id, type NUL value)
        mac.update(plain if plain is not None else plain_of(etype, value))
        seed = mac.finalize()
        key = (scheme_name, etype, seed, attempt, scope, kid)
        cached = self._minted.get(key)
        if cached is not None:
            return cached
        scheme = self.schemes[scheme_name]
        token = scheme.mint_scoped(value, etype, seed, attempt, scope, kid)
        cached = _minted((token, scheme.normalize(token)))
        if len(self._minted) >= _MINTED_CACHE_LIMIT:
            self._minted.clear()
        self._minted[key] = cached
        return cached


class Allocation:
    """One batch of items to tokenize, from the first vault round to the last.

    ``guards[i]`` are token-shaped matches covering item ``i`` (a value that looks like a
    token of a scheme whose shape real data can have). They are verified in the same read
    as the allocation: an item whose guard verifies is already a token and gets None (it is
    left as it is). Collisions (rare) cost another round.
    """

    def __init__(
        self,
        minter: Minter,
        vault: Vault,
        items: Sequence[Item],
        scope: str,
        ttl: TTL,
        guards: Sequence[Sequence[TokenMatch]] = (),
    ) -> None:
        self.minter = minter
        self.schemes = minter.schemes
        self.keys = minter.keys
        self.vault = vault
        self.items = items
        self.scope = scope
        self.ttl = ttl
        self.unique = dict.fromkeys(items)
        self.item_guards: dict[Item, set[str]] = {}
        self.guard_matches: list[TokenMatch] = []
        for i, per in enumerate(guards):
            for match in per:
                self.item_guards.setdefault(items[i], set()).add(match.token)
                self.guard_matches.append(match)
        self.tokens: dict[Item, str | None] = {}
        self.pending: dict[Item, int] = {}
        """Vaulted items not settled yet, and the attempt each probes next."""
        self.resolution = Resolution()
        """What the guards' verification learned."""
        self.plains: dict[Item, bytes] = {}
        """Each item's :func:`~.records.plain_of`, made once (its seed and its record)."""

    def run(self) -> tuple[list[str | None], Resolution]:
        """Tokens for the items, in order, and what was learned about the guards."""
        self._sort_out()
        open_vaultless(
            self.schemes,
            self.keys,
            [m for m in self.guard_matches if not self.schemes[m.scheme].vaulted],
            self.scope,
            self.resolution,
        )
        guard_tokens = sorted({m.token for m in self.guard_matches if self.schemes[m.scheme].vaulted})
        rounds = 0
        while self.pending or guard_tokens:
            rounds += 1
            if rounds > MAX_ATTEMPTS:
                raise MaskTokenError("could not allocate a unique token (token space exhausted)")
            self.round(guard_tokens)
            guard_tokens = []
        for item in self.unique:
            if item not in self.tokens:  # a vaultless item whose guard did not verify
                self.tokens[item] = None if self._is_token(item) else self._seal(item)
        return [self.tokens[item] for item in self.items], self.resolution

    def _sort_out(self) -> None:
        """Vaulted items go to the rounds; vaultless ones without a guard are sealed now."""
        checked: dict[tuple[str, str], TokenScheme] = {}
        for item in self.unique:
            value, etype, scheme_name = item
            scheme = checked.get((scheme_name, etype))
            if scheme is None:
                scheme = checked[(scheme_name, etype)] = self._scheme(scheme_name, etype)
            if scheme.vaulted:
                self.pending[item] = 0
            elif not self.item_guards.get(item):
                self.tokens[item] = scheme.seal(value, etype, self.keys, self.scope)

    def _scheme(self, name: str, entity_type: str) -> TokenScheme:
        scheme = self.schemes.get(name)
        if scheme is None:
            raise MaskConfigError(f"unknown token scheme {name!r}; installed: {', '.join(sorted(self.schemes))}")
        if not scheme.supports(entity_type):
            raise MaskConfigError(f"token scheme {name!r} does not support {entity_type}")
        return scheme

    def _seal(self, item: Item) -> str:
        value, etype, scheme_name = item  # items may be plain tuples
        return self.schemes[scheme_name].seal(value, etype, self.keys, self.scope)

    def _is_token(self, item: Item) -> bool:
        """Whether a guard of the item verified: the value is a token already."""
        guard = self.item_guards.get(item)
        return bool(guard) and any(t in self.resolution.found for t in guard)  # type: ignore[union-attr]

    def round(self, guard_tokens: Sequence[str]) -> None:
        """One read of every pending item's candidate (and of the guards), then one write
        of the candidates no record holds yet."""
        sk = self.minter.scope_keys(self.scope)
        candidates = self._draw(sk)
        keys = sk.record_keys(c.canonical for c in candidates.values())
        guard_keys = sk.record_keys(guard_tokens)
        found = self.vault.get_many([*keys.values(), *guard_keys.values()])
        if guard_tokens:
            sk.read_records(guard_keys, found, self.resolution)
        writes = self._settle(sk, candidates, keys, found)
        for ttl_seconds, batch in writes.by_ttl.items():
            stored = self.vault.put_many_if_absent(batch, ttl_seconds)
            # a key not stored: another writer won the race; the next round reads it
            for key, ok in stored.items():
                item = writes.claims.get(key)
                if ok and item is not None:
                    self.tokens[item] = candidates[item].token
                    del self.pending[item]

    def _draw(self, sk: ScopeKeys) -> dict[Item, Minted]:
        """Each pending item's candidate at its attempt."""
        current = self.keys.current
        seed_mac = sk.seed_mac[current]
        mint = self.minter.mint
        scope = self.scope
        plains = self.plains
        candidates: dict[Item, Minted] = {}
        for item, attempt in self.pending.items():
            if attempt >= MAX_ATTEMPTS:
                raise MaskTokenError("could not allocate a unique token (token space exhausted)")
            plain = plains.get(item)
            if plain is None:
                plain = plains[item] = plain_of(item[1], item[0])
            candidates[item] = mint(item, seed_mac, attempt, scope, current, plain)
        return candidates

    def _settle(
        self,
        sk: ScopeKeys,
        candidates: Mapping[Item, Minted],
        keys: Mapping[tuple[str, str], str],
        found: Mapping[str, bytes],
    ) -> _Writes:
        """Settle what the read decides: an item whose guard verified is a token already;
        a candidate whose records hold the item is its token; one held by another value
        probes the next attempt. The records to write for the free candidates come back,
        by TTL, with the item each was claimed for."""
        current = self.keys.current
        writes = _Writes({}, {})
        by_ttl, claims = writes
        claimed: set[str] = set()
        ttls: dict[str, int | None] = {}
        nonces = os.urandom(12 * len(candidates))  # one read of the OS's random source per round
        sealed = 0
        kids = self.keys.kids
        item_guards, verified = self.item_guards, self.resolution.found
        tokens, pending, plains = self.tokens, self.pending, self.plains
        seal = sk.seal_plain
        for item, (token, canonical) in candidates.items():
            guard = item_guards.get(item) if item_guards else None
            if guard and any(t in verified for t in guard):  # as _is_token
                tokens[item] = None  # the value is a token already: leave it as it is
                del pending[item]
                continue
            etype = item[1]
            records = [found[k] for k in (keys[(canonical, kid)] for kid in kids) if k in found] if found else None
            if records:
                value = item[0]
                if all(sk.holds(raw, canonical, value, etype) for raw in records):
                    tokens[item] = token
                    del pending[item]
                else:
                    pending[item] += 1  # taken by another value (or unreadable): probe the next
                continue
            if canonical in claimed:  # two items of this batch drew the same candidate
                pending[item] += 1
                continue
            claimed.add(canonical)
            nonce = nonces[12 * sealed : 12 * sealed + 12]
            sealed += 1
            ttl_seconds = ttls[etype] if etype in ttls else ttls.setdefault(etype, self.ttl(etype))
            key = keys[(canonical, current)]
            batch = by_ttl.get(ttl_seconds)
            if batch is None:
                batch = by_ttl[ttl_seconds] = {}
            batch[key] = seal(current, nonce, plains[item], canonical)
            claims[key] = item
        return writes
