"""The token-scheme contract: what a ``mask_token_schemes`` plugin returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..keys import KeyRing

__all__ = ["TokenMatch", "TokenPattern", "TokenScheme", "token_start"]


def token_start(before: str = "A-Za-z0-9") -> str:
    r"""Where a token may start: after none of the characters ``before`` (a regex class body),
    or after a ``\n``, ``\r`` or ``\t`` escape of JSON text (``"Regards,\nPerson_7QK2FA"``)."""
    return rf"(?:(?<![{before}])|(?<=\\[nrt]))"


@dataclass(frozen=True, slots=True)
class TokenPattern:
    """One shape of a scheme's tokens, as the reveal side looks for it in text.

    ``reserved``: no real value has this shape (SSN area 666, ``[EMAIL_7QK2FA]``), so an
    unverified match may be marked ``[UNRESOLVED:TYPE]`` and its refusal is audited.
    ``carries_data``: a real value *can* have this shape (a phone number, an e-mail
    address with a kept domain); protect never skips detection on it, and a match is a
    token only once the vault read confirms it. A shape that is reserved and carries no
    data is skipped by detection on protect (there is no PII inside ``Person_7QK2FA``).
    """

    source: str
    entity_type: str | None = None
    reserved: bool = True
    carries_data: bool = False
    split: Callable[[str], Sequence[tuple[int, int]]] | None = None
    """Extra ``(start, end)`` sub-ranges of a match worth trying as tokens (greedy shapes)."""
    hint: str | None = None
    """A character every match contains (``"@"``, ``"["``): texts without it are not searched."""
    min_length: int = 6
    """Numeric shapes: shortest canonical form of a token (sub-ranges shorter are not tried)."""
    numeric: bool = False
    """Every match is a run of digits and separators (`` ().-/+``) with at least six
    digits: the service searches only such runs, found once for all numeric shapes."""
    starts: tuple[bytes, int] | None = None
    """A stdlib regular expression (bytes) and an offset: in an ASCII text, a match of the shape
    starts only ``offset`` characters before a match of it in the text's copy whose digits are
    ``0`` and letters ``a`` (:func:`~.finder.shape_copy`); a pre-scan that skips ahead faster
    than the shape's own scan, the shape then matched only there."""


@dataclass(slots=True)
class TokenMatch:
    """A token-shaped substring found in text. It is a token only once it verifies."""

    start: int
    end: int
    token: str
    """The canonical form of the matched text (see :meth:`TokenScheme.normalize`)."""
    scheme: str
    entity_type: str | None = None
    reserved: bool = True
    carries_data: bool = False


class TokenScheme(ABC):
    """Turns a value of an entity type into a token and back.

    A *vaulted* scheme mints candidate tokens from a keyed seed; the token service
    stores the encrypted value under the token's canonical form in the vault, probing
    ``attempt`` 1, 2, ... on collision, so two values never share a token. A vaultless
    scheme seals the value into the token itself and opens it with a key (a MAC
    checks it): nothing to store, nothing to erase.
    """

    name: str = ""
    vaulted: bool = True
    reversible: bool = True
    max_token_length: int = 128
    """Longest token this scheme emits (streaming reveal holds back this much)."""

    def supports(self, entity_type: str) -> bool:
        """True when this scheme can tokenize ``entity_type``."""
        return True

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        """Candidate token number ``attempt`` for ``value`` (vaulted schemes).

        Must be a pure function of its arguments, and different attempts should give
        different candidates. Raise :class:`~mask.core.errors.MaskTokenError` when the
        value cannot take this scheme's shape.
        """
        raise NotImplementedError

    def mint_scoped(self, value: str, entity_type: str, seed: bytes, attempt: int, scope: str, kid: str) -> str:
        """Like :meth:`mint`, for schemes that key on the scope and key id themselves (``fpe``)."""
        return self.mint(value, entity_type, seed, attempt)

    def seal(self, value: str, entity_type: str, keys: KeyRing, scope: str) -> str:
        """A self-contained token (vaultless schemes)."""
        raise NotImplementedError

    def open(self, token: str, keys: KeyRing, scope: str) -> tuple[str, str] | None:
        """``(value, entity_type)`` of a vaultless token, or None if it does not verify."""
        raise NotImplementedError

    @abstractmethod
    def patterns(self) -> Sequence[str | TokenPattern]:
        """Shapes of its tokens: regex sources (the ``regex`` module, matched
        case-insensitively) or :class:`TokenPattern`. A plain string counts as a reserved
        shape that may carry data (detection still runs on it: the safe default)."""

    def normalize(self, text: str) -> str:
        """The canonical form of a token or of a matched text (undo case changes an LLM
        made, drop separators...). The vault indexes tokens by this form, so it must map
        a minted token and every way it is found in text to the same string."""
        return text

    def entity_type_of(self, token: str) -> str | None:
        """The entity type a token names, when its shape says so."""
        return None

    def alternatives(self, token: str, entity_type: str | None) -> Sequence[str]:
        """Other canonical tokens a matched text may be a rewritten form of (a phone token
        whose country code the model dropped); each counts only if its vault record verifies."""
        return ()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def as_pattern(item: str | TokenPattern) -> TokenPattern:
    """A :class:`TokenPattern` for what :meth:`TokenScheme.patterns` returned."""
    return item if isinstance(item, TokenPattern) else TokenPattern(item, reserved=True, carries_data=True)
