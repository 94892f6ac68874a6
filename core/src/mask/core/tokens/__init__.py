"""Token schemes and the token service that mints, stores and resolves tokens."""

from __future__ import annotations

from .aead import AeadScheme
from .format import FormatScheme
from .fpe import FpeScheme
from .opaque import OpaqueScheme
from .redact import RedactScheme
from .scheme import TokenMatch, TokenPattern, TokenScheme
from .service import Resolution, Resolved, TokenService
from .stream import StreamRevealer

__all__ = [
    "AeadScheme",
    "FormatScheme",
    "FpeScheme",
    "OpaqueScheme",
    "RedactScheme",
    "Resolution",
    "Resolved",
    "StreamRevealer",
    "TokenMatch",
    "TokenPattern",
    "TokenScheme",
    "TokenService",
]
