"""Built-in token schemes: format, opaque, aead, fpe, redact."""

from __future__ import annotations

from ..config import MaskConfig
from ..detectors.settings import phone_regions
from ..hookspecs import hookimpl
from ..keys import KeyRing
from ..tokens.aead import AeadScheme
from ..tokens.format import FormatScheme
from ..tokens.fpe import FpeScheme
from ..tokens.opaque import OpaqueScheme
from ..tokens.redact import RedactScheme
from ..tokens.scheme import TokenScheme


def _uses(config: MaskConfig, scheme: str) -> bool:
    return config.default_scheme == scheme or any(p.scheme == scheme for p in config.entities.values())


@hookimpl
def mask_token_schemes(config: MaskConfig, keys: KeyRing) -> list[TokenScheme]:
    keep_domain = config.entity("EMAIL_ADDRESS").keep_domain
    return [
        FormatScheme(keep_domain=keep_domain, phone_regions=phone_regions(config)),
        OpaqueScheme(),
        AeadScheme(),
        FpeScheme(keys, find_in_text=_uses(config, "fpe")),
        RedactScheme(),
    ]
