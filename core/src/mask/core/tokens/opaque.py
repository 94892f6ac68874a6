"""The ``opaque`` scheme: short typed tokens such as ``[EMAIL_7QK2FA]``."""

from __future__ import annotations

from collections.abc import Sequence

from ._codec import B32, symbols
from .scheme import TokenPattern, TokenScheme

__all__ = ["ALIASES", "OpaqueScheme", "alias_of", "type_of_alias"]

SUFFIX = 6
ALIASES: dict[str, str] = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "US_SSN": "SSN",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
    "US_BANK_NUMBER": "BANK",
    "ABA_ROUTING_NUMBER": "ROUTING",
    "US_PASSPORT": "PASSPORT",
    "US_DRIVER_LICENSE": "LICENSE",
    "US_ITIN": "ITIN",
    "DATE_TIME": "DATE",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "MEDICAL_LICENSE": "MEDLICENSE",
    "CRYPTO": "WALLET",
}
_REVERSE = {alias: etype for etype, alias in ALIASES.items()}


def alias_of(entity_type: str) -> str:
    """The short name of an entity type in opaque tokens."""
    return ALIASES.get(entity_type, entity_type)


def type_of_alias(alias: str) -> str:
    return _REVERSE.get(alias, alias)


class OpaqueScheme(TokenScheme):
    """Vaulted tokens ``[ALIAS_XXXXXX]``: 30 random bits per type, typed, case-insensitive."""

    name = "opaque"
    max_token_length = 48

    def supports(self, entity_type: str) -> bool:
        return len(alias_of(entity_type)) <= 30 and alias_of(entity_type).replace("_", "").isalnum()

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        return f"[{alias_of(entity_type)}_{symbols(seed, attempt, B32, SUFFIX)}]"

    def patterns(self) -> Sequence[TokenPattern]:
        return [
            TokenPattern(
                rf"\[[A-Z][A-Z0-9_]{{0,29}}_[{B32}]{{{SUFFIX}}}\]", reserved=True, carries_data=False, hint="["
            )
        ]

    def normalize(self, text: str) -> str:
        return text.upper()

    def entity_type_of(self, token: str) -> str | None:
        return type_of_alias(token[1:-1].rsplit("_", 1)[0])
