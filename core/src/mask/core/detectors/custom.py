"""Custom detectors from configuration, no code: ``[[detectors.custom]]``.

.. code-block:: toml

    [[detectors.custom]]
    name = "employee_id"
    entity_type = "EMPLOYEE_ID"
    pattern = "EMP-[0-9]{6}"
    validator = "luhn"            # optional, see mask.core.detectors.validators
    context = ["employee", "staff"]
    context_required = false
    score = 0.8
    ignore_case = false
    group = 0                      # which group of the pattern is the value

A bad entry (pattern that does not compile, unknown validator) becomes a detector
that fails every call with :class:`MaskConfigError`, so the fail policy applies
instead of the entry being silently ignored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex

from ..detector import Budget, Detector
from ..errors import MaskConfigError
from ..spans import Span
from .base import PatternDetector, Rule, words
from .validators import get_validator

__all__ = ["CUSTOM_REGEX_TIMEOUT", "InvalidDetector", "build_custom_detectors"]

CUSTOM_REGEX_TIMEOUT = 1.0
"""Seconds one search of a custom pattern may take when the call has no time budget."""


class InvalidDetector(Detector):
    """Stands in for a misconfigured custom detector: every call fails with the config error."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        self.message = message

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        raise MaskConfigError(self.message)


def _build(index: int, entry: Mapping[str, Any], window: int) -> Detector:
    name = str(entry.get("name") or f"custom-{index}")
    where = f"detectors.custom[{index}] ({name!r})"
    try:
        flags = regex.IGNORECASE if entry.get("ignore_case", False) else 0
        pattern = regex.compile(entry["pattern"], flags)
        validator = get_validator(entry["validator"]) if entry.get("validator") else None
        group = entry.get("group", 0)
        if isinstance(group, str) and group.isdigit():
            group = int(group)
        if isinstance(group, int) and not 0 <= group <= pattern.groups:
            raise MaskConfigError(f"group {group} does not exist in the pattern")
        if isinstance(group, str) and group not in pattern.groupindex:
            raise MaskConfigError(f"group {group!r} does not exist in the pattern")
        score = float(entry.get("score", 0.8))
        if not 0 <= score <= 1:
            raise MaskConfigError("score must be between 0 and 1")
    except regex.error as exc:
        return InvalidDetector(name, f"{where}: pattern does not compile: {exc}")
    except MaskConfigError as exc:
        return InvalidDetector(name, f"{where}: {exc}")
    rule = Rule(
        str(entry["entity_type"]),
        pattern,
        score,
        validator,
        context=words(entry.get("context", [])),
        context_required=bool(entry.get("context_required", False)),
        negative=words(entry.get("negative_context", [])),
        group=group,
        max_length=int(entry.get("max_length", 64)),
    )
    return PatternDetector(name=name, rules=[rule], window=window, regex_timeout=CUSTOM_REGEX_TIMEOUT)


def build_custom_detectors(entries: Sequence[Mapping[str, Any]], window: int) -> list[Detector]:
    """One detector per ``[[detectors.custom]]`` entry."""
    return [_build(i, entry, window) for i, entry in enumerate(entries)]
