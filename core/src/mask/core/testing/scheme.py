"""Conformance suite for token-scheme plugins (ours and third parties').

Subclass it in your tests and provide two fixtures::

    from mask.core.testing.scheme import VaultedSchemeConformance

    class TestMyScheme(VaultedSchemeConformance):   # or VaultlessSchemeConformance
        @pytest.fixture
        def scheme(self, keys):
            return MyScheme()

        @pytest.fixture
        def samples(self):
            return [("EMAIL_ADDRESS", "bob@corp.com"), ("EMAIL_ADDRESS", "ann@corp.com")]

``keys`` is provided (a fixed test key ring); override it if your scheme needs another.
The suite runs the scheme through a real :class:`~mask.core.tokens.TokenService` on the
in-memory vault: minting is deterministic, tokens are found in text (also after case
changes and inside markdown), they resolve to their values in their own scope only, and
a token-shaped string that was never minted does not resolve.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ..builtin.memory_vault import MemoryVault
from ..keys import KeyRing
from ..tokens.scheme import TokenScheme, as_pattern
from ..tokens.service import TokenService

__all__ = ["TokenSchemeConformance", "VaultedSchemeConformance", "VaultlessSchemeConformance", "key_ring_for_tests"]


def key_ring_for_tests(*kids: str) -> KeyRing:
    """A key ring of fixed, distinct test keys (never use in production)."""
    names = kids or ("kconf",)
    keys = {kid: (kid.encode() * 32)[:32] for kid in names}
    return KeyRing(names[0], keys)


def _service(scheme: TokenScheme, keys: KeyRing) -> TokenService:
    return TokenService({scheme.name: scheme}, MemoryVault(), keys)


class TokenSchemeConformance:
    """Behaviour every reversible token scheme must have. Subclass one of the two below."""

    @pytest.fixture
    def keys(self) -> KeyRing:
        return key_ring_for_tests()

    @pytest.fixture
    def scheme(self) -> TokenScheme:  # pragma: no cover - provided by the subclass
        raise NotImplementedError("define a `scheme` fixture")

    @pytest.fixture
    def samples(self) -> Sequence[tuple[str, str]]:  # pragma: no cover - provided by the subclass
        raise NotImplementedError("define a `samples` fixture: [(entity type, value), ...]")

    def _tokens(self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]) -> list[str]:
        service = _service(scheme, keys)
        items = [(value, etype, scheme.name) for etype, value in samples]
        return service.tokenize(items, "conformance")

    def test_has_a_name_and_patterns(self, scheme: TokenScheme) -> None:
        assert scheme.name and scheme.name.isidentifier()
        assert scheme.max_token_length > 0
        if scheme.reversible:
            assert [as_pattern(p).source for p in scheme.patterns()]

    def test_supports_its_samples(self, scheme: TokenScheme, samples: Sequence[tuple[str, str]]) -> None:
        assert samples, "give at least one sample"
        for etype, _ in samples:
            assert scheme.supports(etype), etype

    def test_deterministic_across_services(
        self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]
    ) -> None:
        first = self._tokens(scheme, keys, samples)
        second = self._tokens(scheme, keys, samples)
        assert first == second
        for token, (_, value) in zip(first, samples, strict=True):
            assert value not in token
            assert len(token) <= scheme.max_token_length

    def test_distinct_values_get_distinct_tokens(
        self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]
    ) -> None:
        tokens = self._tokens(scheme, keys, samples)
        canon = {scheme.normalize(t) for t in tokens}
        assert len(canon) == len(set(samples))

    def test_normalize_is_idempotent_and_undoes_case(
        self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]
    ) -> None:
        for token in self._tokens(scheme, keys, samples):
            canon = scheme.normalize(token)
            assert scheme.normalize(canon) == canon
            assert scheme.normalize(token.upper()) == canon
            assert scheme.normalize(token.lower()) == canon

    def forged(self, scheme: TokenScheme, keys: KeyRing, entity_type: str, value: str) -> str:
        """A string of the scheme's shape that was never minted in this service."""
        raise NotImplementedError

    def test_found_in_text_and_resolved(
        self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]
    ) -> None:
        service = _service(scheme, keys)
        items = [(value, etype, scheme.name) for etype, value in samples]
        tokens = service.tokenize(items, "conformance")
        for token, (etype, value) in zip(tokens, samples, strict=True):
            for text in (f"see {token}.", f"**{token}**", f"`{token.upper()}`", f'"{token.lower()}"'):
                matches = service.find(text)
                resolution = service.resolve(matches, "conformance")
                hits = [resolution.found[m.token] for m in matches if m.token in resolution.found]
                assert hits, f"{scheme.name} token not found in {text!r}"
                assert (hits[0].value, hits[0].entity_type) == (value, etype)
            other = service.resolve(service.find(f"see {token}."), "another-scope")
            assert not other.found, "a token must not resolve in another scope"

    def test_unminted_shape_does_not_resolve(
        self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]
    ) -> None:
        etype, value = samples[0]
        forged = self.forged(scheme, keys, etype, value)
        service = _service(scheme, keys)
        assert service.find(f"see {forged} now"), "the forged string should have the token shape"
        assert not service.resolve(service.find(f"see {forged} now"), "conformance").found


class VaultedSchemeConformance(TokenSchemeConformance):
    """For vaulted schemes (``vaulted = True``): minting from a seed, probing on collision."""

    def forged(self, scheme: TokenScheme, keys: KeyRing, entity_type: str, value: str) -> str:
        return scheme.mint(value, entity_type, b"\x07" * 32, 5)

    def test_minting_attempts_differ(self, scheme: TokenScheme, samples: Sequence[tuple[str, str]]) -> None:
        assert scheme.vaulted
        etype, value = samples[0]
        seed = bytes(range(32))
        candidates = {scheme.normalize(scheme.mint(value, etype, seed, attempt)) for attempt in range(8)}
        assert len(candidates) == 8
        assert scheme.mint(value, etype, seed, 3) == scheme.mint(value, etype, seed, 3)


class VaultlessSchemeConformance(TokenSchemeConformance):
    """For vaultless schemes (``vaulted = False``): the token carries the value under a MAC."""

    def forged(self, scheme: TokenScheme, keys: KeyRing, entity_type: str, value: str) -> str:
        other = key_ring_for_tests("kforged")
        return scheme.seal(value, entity_type, other, "conformance").replace("kforged", keys.current)

    def test_vaultless_tokens_open_only_with_their_key(
        self, scheme: TokenScheme, keys: KeyRing, samples: Sequence[tuple[str, str]]
    ) -> None:
        assert not scheme.vaulted
        etype, value = samples[0]
        token = scheme.seal(value, etype, keys, "conformance")
        assert scheme.open(token, keys, "conformance") == (value, etype)
        assert scheme.open(token, keys, "elsewhere") is None
        flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
        assert scheme.open(flipped, keys, "conformance") is None
        assert scheme.open(token, key_ring_for_tests("kother"), "conformance") is None
