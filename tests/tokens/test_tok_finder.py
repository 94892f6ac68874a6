"""The finder's two-step search (before and after detection) gives what one search gives.

``Mask.protect`` reads only the numeric runs where a token that carries no data can
match before detection, and the other runs afterwards where a span lies. Every token a
span needs (a match that covers it) must come out the same as from ``find``, and every
match that makes detectors skip text must be there before detection.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mask.core import Mask
from mask.core.tokens import TokenMatch

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"


def _mask() -> Mask:
    return Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})


MASK = _mask()


def _covering(matches: list[TokenMatch], start: int, end: int) -> list[TokenMatch]:
    return [m for m in matches if m.start <= start and end <= m.end]


def _check(text: str, spans: list[tuple[int, int]]) -> None:
    whole = MASK.tokens.find(text)
    found, pending = MASK.tokens.find_covering(text)
    skipped = [m for m in whole if m.reserved and not m.carries_data]
    assert [m for m in found if m.reserved and not m.carries_data] == skipped
    completed = pending.complete(found, spans)
    assert completed == sorted(completed, key=lambda m: (m.start, -m.end))
    for start, end in spans:
        assert _covering(completed, start, end) == _covering(whole, start, end), (start, end)


def test_corpus_documents_with_their_detected_spans() -> None:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:60]
    texts = [json.loads(line)["text"] for line in lines]
    # Protected once, so the texts hold minted card, SSN, routing and phone tokens too.
    texts += [MASK.protect(t, scope="finder") for t in texts[:30]]
    for text, row in zip(texts, MASK.scan(texts, scope="finder"), strict=True):
        _check(text, [(s.start, s.end) for s in row])


def test_every_run_of_a_hostile_text_with_spans_everywhere() -> None:
    rng = random.Random(11)
    pieces = ["000-12-3456", "0012 3456 7890 1234", "(000) 555 0134", "+44 20 7946 0958", "2020-05-28", "1 2 3"]
    for _ in range(200):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        spans = sorted({(a, b) for a, b in ((rng.randrange(len(text)), 0) for _ in range(8))})
        spans = [(a, min(len(text), a + rng.randint(1, 20))) for a, _ in spans]
        _check(text, spans)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet="0123456789 ()+-./x@ab", max_size=120),
    cuts=st.lists(st.tuples(st.integers(0, 120), st.integers(1, 40)), max_size=6),
)
def test_any_text_and_spans(text: str, cuts: list[tuple[int, int]]) -> None:
    spans = [(a, min(len(text), a + n)) for a, n in cuts if a < len(text)]
    _check(text, spans)


def test_runs_without_a_span_are_never_read() -> None:
    # Digit-heavy text with nothing detected: the data-carrying numeric runs stay unread.
    text = "order 12345678 on 2020-05-28, " * 50
    found, pending = MASK.tokens.find_covering(text)
    assert found == []
    assert len(pending.runs) == 100
    assert pending.matches_over([]) == []
    assert MASK.tokens.find(text), "find itself still reads every run"


def test_only_runs_holding_a_span_are_read_up_to_its_start() -> None:
    # A span that reaches past a run (an IBAN's country code, an address around a
    # postcode) cannot be covered by a token inside it: the run is not read.
    text = "IBAN DE89 3704 0044 0532 0130 00 and 555 0134 2024"
    _found, pending = MASK.tokens.find_covering(text)
    iban = (text.index("DE89"), text.index(" and"))
    assert pending.matches_over([iban]) == []
    # Inside a run, no match starts after the last span that the run holds.
    tail = (text.index("555"), text.index(" 2024"))
    whole = [m for m in MASK.tokens.find(text) if m.start >= text.index("555")]
    assert any(m.start > tail[0] for m in whole), "the run has matches past the span's start"
    read = pending.matches_over([tail])
    assert read and all(m.start <= tail[0] for m in read)
