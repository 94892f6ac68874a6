"""Fixtures for the token tests: a test detector for the structured types, a counting vault."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pytest
import regex

from mask.core import Detector, Mask, Span, hookimpl
from mask.core.audit import AuditRecord, AuditSink
from mask.core.builtin.memory_vault import MemoryVault
from mask.core.keys import KeyRing
from mask.core.vault import Vault

KEY_A = "ka:" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE"
KEY_B = "kb:" + "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI"

# Other engineers' detector plugins are switched off so these tests exercise the token
# layer with one known detector; one test (test_tok_roundtrip) runs every installed one.
OTHER_DETECTORS = ["phone", "network", "financial", "identity", "secrets", "custom-detectors", "split-values", "spacy"]

PATTERNS = {
    "US_SSN": r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])",
    "CREDIT_CARD": r"(?<![\w-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}(?![\w-])",
    "PHONE_NUMBER": r"(?<![\w+])\+\d{1,2} \(\d{3}\) \d{3}-\d{4}(?!\w)",
    "PERSON": r"\b(?:Alice|Bob|Carol) [A-Z][a-z]+\b",
    "IBAN_CODE": r"\b[A-Z]{2}\d{2}(?: [0-9A-Z]{4}){4} [0-9A-Z]{2}\b",
    "ABA_ROUTING_NUMBER": r"(?<=routing )\d{9}\b",
    "US_BANK_NUMBER": r"(?<=account )\d{6,12}\b",
}
_COMPILED = {etype: regex.compile(source) for etype, source in PATTERNS.items()}


class PatternDetector(Detector):
    """A tiny regex detector for types the built-ins do not detect yet (tests only)."""

    name = "test-patterns"
    entity_types = frozenset(PATTERNS)

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: object) -> list[list[Span]]:
        out = []
        for text, cover in zip(texts, covered, strict=True):
            spans = []
            for etype, pattern in _COMPILED.items():
                for m in pattern.finditer(text):
                    span = Span(m.start(), m.end(), etype, 1.0, self.name)
                    if not any(span.overlaps(c) for c in cover):
                        spans.append(span)
            out.append(spans)
        return out


class DetectorPlugin:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        return [PatternDetector()]


class ListSink(AuditSink):
    """Keeps audit records in memory."""

    name = "list"

    def __init__(self) -> None:
        self.records: list[AuditRecord] = []

    def write(self, record: AuditRecord) -> None:
        self.records.append(record)

    def actions(self) -> list[tuple[str, str]]:
        return [(r.action, r.outcome) for r in self.records]


class SinkPlugin:
    def __init__(self) -> None:
        self.sink = ListSink()

    @hookimpl
    def mask_audit_sinks(self, config: object, keys: KeyRing) -> list[AuditSink]:
        return [self.sink]


class CountingVault(Vault):
    """Forwards to a real vault and counts round trips per method."""

    def __init__(self, inner: Vault | None = None) -> None:
        self.inner = inner if inner is not None else MemoryVault()
        self.name = self.inner.name
        self.calls: Counter[str] = Counter()

    @property
    def round_trips(self) -> int:
        return sum(self.calls.values())

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        self.calls["get_many"] += 1
        return self.inner.get_many(keys)

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        self.calls["put_many_if_absent"] += 1
        return self.inner.put_many_if_absent(items, ttl_seconds)

    def delete_many(self, keys: Sequence[str]) -> int:
        self.calls["delete_many"] += 1
        return self.inner.delete_many(keys)

    def delete_prefix(self, prefix: str) -> int:
        self.calls["delete_prefix"] += 1
        return self.inner.delete_prefix(prefix)


def config(**sections: Any) -> dict[str, Any]:
    """A memory-vault config with the other engineers' detectors off, plus ``sections``."""
    base: dict[str, Any] = {
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "plugins": {"disable": list(OTHER_DETECTORS)},
    }
    for name, table in sections.items():
        base[name] = {**base.get(name, {}), **table}
    return base


def make_mask(
    cfg: dict[str, Any] | None = None,
    *,
    vault: Vault | None = None,
    keys: KeyRing | None = None,
    sink: SinkPlugin | None = None,
) -> Mask:
    plugins: list[tuple[str, object]] = [("test-detector", DetectorPlugin())]
    if sink is not None:
        plugins.append(("test-sink", sink))
    return Mask(cfg or config(), plugins=plugins, vault=vault, keys=keys or KeyRing.from_strings(KEY_A))


@pytest.fixture
def tmask() -> Iterator[Mask]:
    m = make_mask()
    yield m
    m.close()


@pytest.fixture
def audited() -> Iterator[tuple[Mask, ListSink]]:
    sink = SinkPlugin()
    m = make_mask(config(audit={"sinks": ["list"]}), sink=sink)
    yield m, sink.sink
    m.close()
