"""The token service: mints tokens through the vault, finds and verifies them in text.

Its parts, one job each:

- :mod:`.finder`: token-shaped substrings of a text (candidates, not yet verified);
- :mod:`.records`: where a token's vault record lives, what it holds, how it verifies;
- :mod:`.minting`: each value's token, allocated through the vault.

A string counts as a token only if its record decrypts, or a vaultless scheme's MAC
checks (invariant 2): never by shape.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate

import regex

from ..errors import MaskTokenError
from ..keys import KeyRing
from ..vault import Vault
from .finder import MAX_TOKEN_CHUNKS, PendingRuns, TokenFinder
from .minting import MAX_ATTEMPTS, TTL, Allocation, Item, Minted, Minter
from .records import Resolution, Resolved, ScopeKeysCache, open_vaultless
from .scheme import TokenMatch, TokenScheme

__all__ = ["MAX_ATTEMPTS", "MAX_TOKEN_CHUNKS", "Item", "Resolution", "Resolved", "TokenService"]


def _no_ttl(_entity_type: str) -> int | None:
    return None


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
        self._scope = ScopeKeysCache(keys, prefix)
        self.finder = TokenFinder(self.schemes)
        """Every token shape, compiled, and the search for them in text."""
        self.minter = Minter(self.schemes, keys, self._scope)
        self.max_token_length = max((s.max_token_length for s in self.schemes.values()), default=64)
        self._vaulted_names = frozenset(name for name, scheme in self.schemes.items() if scheme.vaulted)

    @property
    def patterns(self) -> list[regex.Pattern[str]]:
        """Every token shape, compiled (the streaming reveal checks each for partial matches)."""
        return self.finder.patterns

    # -- records ----------------------------------------------------------------------

    def index_key(self, token: str, scope: str, kid: str) -> str:
        """The vault key of a canonical token under key id ``kid``."""
        return self._scope(scope).record_key(token, kid)

    def seal_record(self, value: str, entity_type: str, token: str, scope: str) -> bytes:
        """AES-GCM record of ``value`` bound to the canonical token, key id and scope."""
        return self._scope(scope).seal(self.keys.current, os.urandom(12), value, entity_type, token)

    def open_record(self, raw: bytes, token: str, scope: str) -> Resolved:
        """Decrypt a vault record; raises :class:`MaskTokenError` when it does not verify."""
        return self._scope(scope).open(raw, token)

    # -- minting ----------------------------------------------------------------------

    def _candidate(self, item: Item, scope: str, attempt: int, kid: str | None = None) -> Minted:
        """Candidate number ``attempt`` for an item (see :meth:`Minter.candidate`)."""
        return self.minter.candidate(item, scope, attempt, kid)

    def tokenize(self, items: Sequence[Item], scope: str, ttl: TTL = _no_ttl) -> list[str]:
        """Tokens for ``(value, entity_type, scheme name)`` items, in order."""
        tokens, _ = self.allocate(items, scope, ttl)
        return [t for t in tokens if t is not None]

    def allocate(
        self,
        items: Sequence[Item],
        scope: str,
        ttl: TTL = _no_ttl,
        guards: Sequence[Sequence[TokenMatch]] = (),
    ) -> tuple[list[str | None], Resolution]:
        """Tokens for ``items``, in order, in one vault read and one write (see
        :class:`~.minting.Allocation`); an item whose guard verifies gets None."""
        return Allocation(self.minter, self.vault, items, scope, ttl, guards).run()

    # -- finding and resolving --------------------------------------------------------

    def find(self, text: str) -> list[TokenMatch]:
        """Token-shaped substrings of ``text`` (not yet verified), by start. They may overlap."""
        return self.finder.find(text)

    def find_covering(self, text: str) -> tuple[list[TokenMatch], PendingRuns]:
        """What detection needs first; the rest on demand (see :meth:`TokenFinder.find_covering`)."""
        return self.finder.find_covering(text)

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
            open_vaultless(self.schemes, self.keys, vaultless.values(), scope, result)
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
        keys = sk.record_keys(tokens)
        sk.read_records(keys, self.vault.get_many(list(keys.values())), result)

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
        sk = self._scope(scope)
        keys: dict[str, tuple[str, str]] = {}
        for etype in dict.fromkeys(entity_types):
            for name, scheme in self.schemes.items():
                if not scheme.vaulted or not scheme.reversible or not scheme.supports(etype):
                    continue
                for kid in self.keys.kids:
                    for attempt in range(MAX_ATTEMPTS):
                        try:
                            _, canonical = self.minter.candidate(Item(value, etype, name), scope, attempt, kid)
                        except (MaskTokenError, ValueError):
                            break
                        keys[sk.record_key(canonical, kid)] = (canonical, etype)
        if not keys:
            return 0
        found = self.vault.get_many(list(keys))
        doomed = [key for key, raw in found.items() if sk.holds(raw, keys[key][0], value, keys[key][1])]
        return self.vault.delete_many(doomed) if doomed else 0
