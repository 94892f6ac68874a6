"""The name and place rules (mask-spacy) stay linear on long text without line breaks.

A greeting's line start (``Hi Anna``) was read from the text's start, and every place or NER
entity was checked against every span found before it: 120 KB of ``Ville: Lyon `` took 15.9 s
to scan, 800 KB of ``Hi Anna `` more than half a minute. Lines are read within reach, spans
found before are searched by bisection.
"""

from __future__ import annotations

import time

import pytest

from mask.core.spans import Span
from mask.plugins.spacy.names import find_names, find_places


@pytest.mark.timeout(120)
def test_places_clear_of_many_spans_taken() -> None:
    text = "Ville: Lyon " * 50_000
    taken = [Span(i * 12, i * 12 + 5, "X", 1.0, "t") for i in range(50_000)]  # each "Ville", not the town
    started = time.perf_counter()
    places = find_places(text, taken)
    assert time.perf_counter() - started < 30  # a scan of the taken spans per place: 2.5e9 checks
    assert len(places) == 50_000 and all(text[p.start : p.end] == "Lyon" for p in places)


@pytest.mark.timeout(120)
def test_a_greeting_in_one_long_line() -> None:
    started = time.perf_counter()
    names = find_names("Hi Anna " * 100_000)
    assert time.perf_counter() - started < 30  # the line read from the text's start per greeting
    assert [(n.start, n.end) for n in names] == [(3, 7)]  # only the first opens the line


def test_line_rules_still_read_their_lines() -> None:
    assert [(n.start, n.end) for n in find_names("Thanks!\nHi Anna, the order shipped.")] == [(11, 15)]
    assert find_names("x" * 300 + " Hi Anna, the order shipped.") == []  # mid-line: no greeting line
