"""The built-in schemes pass the conformance suite third-party schemes subclass."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from mask.core.keys import KeyRing
from mask.core.testing.scheme import VaultedSchemeConformance, VaultlessSchemeConformance
from mask.core.tokens import AeadScheme, FormatScheme, FpeScheme, OpaqueScheme, TokenScheme


class TestFormatScheme(VaultedSchemeConformance):
    @pytest.fixture
    def scheme(self) -> TokenScheme:
        return FormatScheme()

    @pytest.fixture
    def samples(self) -> Sequence[tuple[str, str]]:
        return [
            ("EMAIL_ADDRESS", "bob@corp.com"),
            ("US_SSN", "123-45-6789"),
            ("CREDIT_CARD", "4111 1111 1111 1111"),
            ("PHONE_NUMBER", "+1 (212) 555-0134"),
            ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
            ("ABA_ROUTING_NUMBER", "011000015"),
            ("PERSON", "Alice Smith"),
            ("ORGANIZATION", "Acme Corp"),
        ]


class TestOpaqueScheme(VaultedSchemeConformance):
    @pytest.fixture
    def scheme(self) -> TokenScheme:
        return OpaqueScheme()

    @pytest.fixture
    def samples(self) -> Sequence[tuple[str, str]]:
        return [("EMAIL_ADDRESS", "bob@corp.com"), ("URL", "https://x.example/a"), ("PERSON", "Alice")]


class TestFpeScheme(VaultedSchemeConformance):
    @pytest.fixture
    def scheme(self, keys: KeyRing) -> TokenScheme:
        return FpeScheme(keys)

    @pytest.fixture
    def samples(self) -> Sequence[tuple[str, str]]:
        return [("US_BANK_NUMBER", "12345678901"), ("US_BANK_NUMBER", "0000-1111-2222"), ("US_SSN", "123-45-6789")]


class TestAeadScheme(VaultlessSchemeConformance):
    @pytest.fixture
    def scheme(self) -> TokenScheme:
        return AeadScheme()

    @pytest.fixture
    def samples(self) -> Sequence[tuple[str, str]]:
        return [("EMAIL_ADDRESS", "bob@corp.com"), ("PERSON", "Zoë Ångström"), ("US_SSN", "123-45-6789")]
