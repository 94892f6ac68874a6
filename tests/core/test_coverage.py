"""spans.Coverage answers what a check against every covered span answers."""

from __future__ import annotations

import random

from mask.core.spans import Coverage, Span, overlaps_any


def test_coverage_agrees_with_checking_every_span() -> None:
    rng = random.Random(3)
    overlapping = 0
    for _ in range(2000):
        covered = []
        for _ in range(rng.randint(1, 12)):
            start = rng.randint(0, 60)
            covered.append(Span(start, start + rng.randint(0, 15), "X"))  # overlapping, empty, any order
        coverage = Coverage(covered)
        for _ in range(10):
            start = rng.randint(0, 80)
            span = Span(start, start + rng.randint(1, 10), "Y")
            expected = overlaps_any(span, covered)
            assert coverage.overlaps(span) == expected, (span, covered)
            overlapping += expected
    assert 2000 < overlapping < 18000  # both answers well represented


def test_touching_spans_do_not_overlap() -> None:
    coverage = Coverage([Span(10, 20, "X"), Span(30, 40, "X")])
    assert not coverage.overlaps(Span(20, 30, "Y"))
    assert not coverage.overlaps(Span(0, 10, "Y"))
    assert coverage.overlaps(Span(19, 21, "Y"))
    assert coverage.overlaps(Span(35, 36, "Y"))
    assert coverage.overlaps(Span(0, 100, "Y"))


def test_one_coverage_per_list_and_length_in_a_call() -> None:
    from mask.core.detector import Budget
    from mask.core.detectors.shared import coverage_of

    budget = Budget()
    cover = [Span(10, 20, "X")]
    first = coverage_of(cover, budget)
    assert coverage_of(cover, budget) is first  # the detectors of one stage share it
    cover.append(Span(30, 40, "X"))  # the next stage: the list grew
    grown = coverage_of(cover, budget)
    assert grown is not first and grown.overlaps(Span(35, 36, "Y"))
    other = [Span(50, 60, "X"), Span(70, 80, "X")]  # same length, another list
    assert coverage_of(other, budget).overlaps(Span(55, 56, "Y"))
    assert not coverage_of(other, budget).overlaps(Span(35, 36, "Y"))
