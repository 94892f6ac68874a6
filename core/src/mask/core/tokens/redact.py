"""The ``redact`` scheme: irreversible ``[REDACTED:TYPE]``."""

from __future__ import annotations

from collections.abc import Sequence

from ..keys import KeyRing
from .scheme import TokenScheme

__all__ = ["RedactScheme", "redacted"]


def redacted(entity_type: str) -> str:
    return f"[REDACTED:{entity_type}]"


class RedactScheme(TokenScheme):
    """Replaces the value by its type; nothing is stored and nothing reveals."""

    name = "redact"
    vaulted = False
    reversible = False

    def seal(self, value: str, entity_type: str, keys: KeyRing, scope: str) -> str:
        return redacted(entity_type)

    def open(self, token: str, keys: KeyRing, scope: str) -> tuple[str, str] | None:
        return None

    def patterns(self) -> Sequence[str]:
        return []
