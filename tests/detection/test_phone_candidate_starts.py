"""The phone detector matches its candidate pattern only where a stdlib pre-scan says it may:
the same candidates as the pattern's own scan."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from mask.core.detector import Budget
from mask.core.detectors.phone import _candidates
from mask.core.detectors.phone_shapes import CANDIDATE, CANDIDATE_ASCII

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"

TEXTS = [
    "tel:+14155552671 or a:+1 415 555 2671",
    "\u00b2+1 415 555 2671 and \u00e90412345678 and \u0661+44 20 7946 0018",
    "x(415) 555-2671, (415) 555-2671, +1 (415) 555-2671, 00 44 20 7946 0018",
    "on 2020-05-28 at 112.253.99.15, v2.11.74, 12.5 kg, 1234.56 and 0412 345 678",
    "call 555-123-4567 ext. 12 or 555.123.4567x99 or #12 - 212-456-7890 312-555-1234",
    "IBAN DE89 3704 0044 0532 0130 00; (mobile +1 415-867-5309)",
    "",
    "1234567",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_candidates_as_the_pattern_scan(text: str) -> None:
    assert [m.span() for m in _candidates(text, Budget())] == [m.span() for m in CANDIDATE.finditer(text)]


def test_the_same_candidates_over_the_corpus() -> None:
    for line in CORPUS.open(encoding="utf-8"):
        text = json.loads(line)["text"]
        assert [m.span() for m in _candidates(text, Budget())] == [m.span() for m in CANDIDATE.finditer(text)]


@pytest.mark.skipif(CANDIDATE_ASCII is None, reason="Python 3.10: the stdlib engine has no possessive quantifiers")
def test_the_stdlib_twin_matches_as_the_pattern_on_random_ascii() -> None:
    # _candidates reads an ASCII text with the stdlib twin: every position of random texts
    # made of the characters the pattern reads gives the same match (or none) in both engines
    rng = random.Random(11)
    alphabet = "0123456789" * 8 + " ()+-./:#,xXeEtTnNa_\n"
    positions = 0
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        for at in range(len(text)):
            a, b = CANDIDATE.match(text, at), CANDIDATE_ASCII.match(text, at)  # type: ignore[union-attr]
            assert (a and a.span()) == (b and b.span()), (text, at)
            positions += a is not None
    assert positions > 1500  # the texts do hold candidates
