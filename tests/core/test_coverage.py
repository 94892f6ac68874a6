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
        coverage = Coverage((c.start, c.end) for c in covered)
        for _ in range(10):
            start = rng.randint(0, 80)
            span = Span(start, start + rng.randint(1, 10), "Y")
            expected = overlaps_any(span, covered)
            assert coverage.overlaps(span.start, span.end) == expected, (span, covered)
            overlapping += expected
    assert 2000 < overlapping < 18000  # both answers well represented


def test_touching_spans_do_not_overlap() -> None:
    coverage = Coverage([(10, 20), (30, 40)])
    assert not coverage.overlaps(20, 30)
    assert not coverage.overlaps(0, 10)
    assert coverage.overlaps(19, 21)
    assert coverage.overlaps(35, 36)
    assert coverage.overlaps(0, 100)


def test_one_coverage_per_list_and_length_in_a_call() -> None:
    from mask.core.spans import coverage_of

    memo: dict[object, object] = {}
    cover = [Span(10, 20, "X")]
    first = coverage_of(cover, memo)
    assert coverage_of(cover, memo) is first  # the detectors of one stage share it
    cover.append(Span(30, 40, "X"))  # the next stage: the list grew
    grown = coverage_of(cover, memo)
    assert grown is not first and grown.overlaps(35, 36)
    other = [Span(50, 60, "X"), Span(70, 80, "X")]  # same length, another list
    assert coverage_of(other, memo).overlaps(55, 56)
    assert not coverage_of(other, memo).overlaps(35, 36)
