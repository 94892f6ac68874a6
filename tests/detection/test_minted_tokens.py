"""Tokens Mask minted are never detected as PII: by the engine (verified tokens) and by shape."""

from __future__ import annotations

from mask.core import Mask
from mask.core.detector import Detector

TEXT = (
    "SSN 536-22-9841, card 4111 1111 1111 1111, call (415) 555-2671, mail bob@corp.com, "
    "routing number 011000015, IBAN DE89 3704 0044 0532 0130 00."
)
RESERVED_SHAPES = {"US_SSN", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "ABA_ROUTING_NUMBER"}


def test_protected_output_is_stable(pattern_mask: Mask) -> None:
    once = pattern_mask.protect(TEXT)
    assert "536-22-9841" not in once and "4111 1111 1111 1111" not in once
    assert pattern_mask.protect(once) == once
    assert pattern_mask.scan([once]) == [[]]
    assert pattern_mask.reveal(once) == TEXT


def test_format_tokens_fail_the_validators(pattern_mask: Mask, detectors: dict[str, Detector]) -> None:
    """Without any vault: the reserved ranges of format tokens are rejected by shape alone."""
    once = pattern_mask.protect(TEXT)
    from mask.core.detector import Budget

    for detector in detectors.values():
        spans = detector.detect([once], [[]], Budget())[0]
        leaked = [(s.type, once[s.start : s.end]) for s in spans if s.type in RESERVED_SHAPES and s.score >= 0.5]
        assert leaked == [], detector.name
