"""Hostile inputs finish (bounded time): no timing assertion, pytest-timeout guards the run.

Only detection runs here (``Mask.detectors.run``): the token finder of reveal has its own tests.
"""

from __future__ import annotations

import pytest

from mask.core import Mask

HOSTILE = [
    "a" * 1_000_000 + "@",
    "a" * 200_000 + "@" + "b" * 200_000,
    "@" * 300_000,
    "a." * 200_000 + "@x.com",
    "1" * 1_000_000,
    "1 " * 300_000,
    "1-" * 300_000,
    "(1)" * 200_000,
    "+" + "1" * 500_000,
    "4111 " * 200_000,
    "DE" + "1" * 500_000,
    "DE89 " * 200_000,
    ":" * 500_000,
    "a:" * 300_000,
    "ab:" * 300_000,
    "1." * 400_000,
    "http://" + "a" * 500_000,
    "-----BEGIN PRIVATE KEY-----" + "A" * 500_000,
    "-----BEGIN PRIVATE KEY-----" * 20_000,
    "eyJ" + "a" * 300_000 + "." + "b" * 300_000,
    "password=" * 100_000,
    "ssn " * 200_000 + "1" * 1000,
    "dob " * 200_000,
    "routing account passport dl ssn dob born " * 20_000,
    "\u200b" * 500_000 + "4111111111111111",
    "\uff11" * 500_000,
]


@pytest.mark.timeout(120)
def test_hostile_inputs_finish() -> None:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    try:
        for text in HOSTILE:
            spans = m.detectors.run([text], [[]]).spans[0]
            assert all(0 <= s.start < s.end <= len(text) for s in spans)
    finally:
        m.close()
