"""Tokens Mask minted are never detected as PII: by the engine (verified tokens) and by shape."""

from __future__ import annotations

import base64
import hashlib

from mask.core import Mask
from mask.core.detector import Detector
from mask.core.detectors.phone_valid import PhoneValidity
from mask.core.keys import KeyRing
from mask.core.phone_numbers import DEFAULT_PHONE_REGIONS

TEXT = (
    "SSN 536-22-9841, card 4111 1111 1111 1111, call (415) 555-2671, mail bob@corp.com, "
    "routing number 011000015, IBAN DE89 3704 0044 0532 0130 00."
)
RESERVED_SHAPES = {"US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS"}
"""Routing tokens are left out: a labelled routing number counts whatever its range (labels
decide), so a routing token after ``routing number`` is detected and settled by the engine's
verification (test_protected_output_is_stable)."""


def test_protected_output_is_stable(pattern_mask: Mask) -> None:
    once = pattern_mask.protect(TEXT)
    assert "536-22-9841" not in once and "4111 1111 1111 1111" not in once
    assert pattern_mask.protect(once) == once
    assert pattern_mask.scan([once]) == [[]]
    assert pattern_mask.reveal(once) == TEXT


def _real_elsewhere(value: str) -> bool:
    """A North American token (area code 0xx) that a region with a trunk prefix 0 reads as a
    real number (``(083) 495-1662`` is South African too): the phone detector reports it, and
    the engine's vault read settles it (a string counts as a token only if it verifies, never
    by shape alone, so South Africa's own numbers in that layout are protected)."""
    return PhoneValidity(DEFAULT_PHONE_REGIONS).valid(value)


def test_format_tokens_fail_the_validators(pattern_mask: Mask, detectors: dict[str, Detector]) -> None:
    """Without any vault: the reserved ranges of format tokens are rejected by shape alone.

    A detector may still see a value-shaped piece *inside* a longer token (16 Luhn-valid
    digits inside an IBAN token, by chance), or a phone token another region's plan assigns
    (:func:`_real_elsewhere`); the engine settles that (the next tests)."""
    once = pattern_mask.protect(TEXT)
    tokens = {(m.start, m.end) for m in pattern_mask.tokens.find(once)}
    from mask.core.detector import Budget

    for detector in detectors.values():
        spans = detector.detect([once], [[]], Budget())[0]
        leaked = [
            (s.type, once[s.start : s.end])
            for s in spans
            if s.type in RESERVED_SHAPES
            and s.score >= 0.5
            and (s.start, s.end) in tokens
            and not (s.type == "PHONE_NUMBER" and _real_elsewhere(once[s.start : s.end]))
        ]
        assert leaked == [], detector.name


def _fixed_key_mask(i: int) -> Mask:
    material = base64.urlsafe_b64encode(hashlib.sha256(f"key {i}".encode()).digest()).decode().rstrip("=")
    return Mask(
        {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}},
        keys=KeyRing.from_strings(f"t{i}:{material}"),
    )


INNER_CARD_KEYS = (198, 224, 328)
"""Keys whose IBAN token for TEXT holds a Luhn-valid card-shaped run (found by search)."""


def test_protected_output_is_stable_under_many_keys(detectors: dict[str, Detector]) -> None:
    """Whatever digits a key draws (a card-shaped run inside an IBAN token, say), protecting
    the protected text again changes nothing, and reveal gives the original back."""
    from mask.core.detector import Budget

    inner_cards = phones_elsewhere = 0
    for i in (*range(40), *INNER_CARD_KEYS):
        m = _fixed_key_mask(i)
        once = m.protect(TEXT)
        assert m.protect(once) == once, i
        assert m.reveal(once) == TEXT
        inner_cards += bool(detectors["credit_card"].detect([once], [[]], Budget())[0])
        phones_elsewhere += bool(detectors["phone"].detect([once], [[]], Budget())[0])
    assert inner_cards >= len(INNER_CARD_KEYS)  # the cases this test is about really occur
    assert phones_elsewhere >= 10  # a phone token another region's plan assigns (_real_elsewhere)
