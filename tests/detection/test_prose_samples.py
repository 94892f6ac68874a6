"""Hand-written prose (e-mails, chats, notes, reviews; tests/data/prose_*.txt) through ``protect`` with NER.

Not generated from templates like the evaluation sets: sentences as people write them, with
phone numbers in national formats, names after roles and titles, addresses inside sentences.
Structured values must never stay in clear; names and places may be missed only rarely; the
harmless texts (product names, builds, menus, schedules) must mostly stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from mask.core import Mask

DATA = Path(__file__).resolve().parents[1] / "data"
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)
NER_TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}


def _blocks(name: str) -> list[str]:
    text = "\n".join(line for line in (DATA / name).read_text("utf-8").splitlines() if not line.startswith("#"))
    return [b.strip("\n") for b in text.split("\n---\n") if b.strip()]


def _parse(block: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without markup and its gold spans (start, end, type)."""
    text, gold, pos = "", [], 0
    for m in MARK.finditer(block):
        text += block[pos : m.start()]
        start = len(text)
        text += m.group(2)
        gold.append((start, len(text), m.group(1)))
        pos = m.end()
    return text + block[pos:], gold


SAMPLES = [_parse(b) for b in _blocks("prose_samples.txt")]
HARMLESS = _blocks("prose_harmless.txt")


@pytest.fixture(scope="module")
def ner_mask(nlp_model: str) -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_model": nlp_model}})
    yield m
    m.close()


def test_the_samples_are_marked_up() -> None:
    assert len(SAMPLES) >= 70 and len(HARMLESS) >= 30
    assert all(gold for _, gold in SAMPLES[:5])


@pytest.mark.parametrize(("text", "gold"), [s for s in SAMPLES if any(t not in NER_TYPES for *_, t in s[1])])
def test_structured_values_never_stay_in_clear(ner_mask: Mask, text: str, gold: list[tuple[int, int, str]]) -> None:
    out = ner_mask.protect(text)
    for start, end, etype in gold:
        if etype not in NER_TYPES:
            assert text[start:end] not in out, f"{etype} stayed in clear"


def test_names_and_places_are_rarely_missed(ner_mask: Mask) -> None:
    texts = [t for t, _ in SAMPLES]
    uncovered = total = 0
    for (_text, gold), spans in zip(SAMPLES, ner_mask.scan(texts), strict=True):
        covered = set()
        for s in spans:
            covered.update(range(s.start, s.end))
        for start, end, etype in gold:
            if etype in NER_TYPES:
                total += end - start
                uncovered += sum(1 for i in range(start, end) if i not in covered)
    # 2026-12-03, commit after the role-word, initial and landform rules: 0.05 of the characters.
    assert uncovered / total <= 0.10


def test_harmless_prose_mostly_stays_as_written(ner_mask: Mask) -> None:
    changed = [text for text in HARMLESS if ner_mask.protect(text) != text]
    # Several name real companies, landmarks or book characters (General Motors, Brixton,
    # Harry Potter) that NER takes as entities; on 2026-12-03 9 of 30 change.
    assert len(changed) <= 12
