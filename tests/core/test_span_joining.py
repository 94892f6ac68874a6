"""Overlapping spans of one type are joined, so no detector's reading of a value stays in clear."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from mask.core.spans import NAME_TYPES, Span, join_readings, resolve_overlaps


def _family(span: Span) -> str:
    return "NAME" if span.type in NAME_TYPES else span.type


def _resolved(spans: list[Span]) -> list[Span]:
    return join_readings(resolve_overlaps(spans), spans)


def test_the_narrower_winner_takes_the_wider_reading() -> None:
    # NER: "Brito" (0.8); name rules: "Yago Brito" (0.75): the higher score won, "Yago" stayed.
    spans = [Span(5, 10, "PERSON", 0.8, "spacy"), Span(0, 10, "PERSON", 0.75, "names")]
    assert _resolved(spans) == [Span(0, 10, "PERSON", 0.8, "spacy")]


def test_two_winners_inside_one_reading_become_one_span() -> None:
    # "Sam van" and "Berg" (NER) inside "Sam van den Berg" (rules).
    spans = [
        Span(0, 7, "PERSON", 0.95, "spacy"),
        Span(12, 16, "PERSON", 0.8, "spacy"),
        Span(0, 16, "PERSON", 0.7, "names"),
    ]
    assert _resolved(spans) == [Span(0, 16, "PERSON", 0.95, "spacy")]


def test_a_chain_of_overlaps_joins_end_to_end() -> None:
    spans = [Span(0, 6, "LOCATION", 0.9), Span(4, 12, "LOCATION", 0.6), Span(10, 20, "LOCATION", 0.6)]
    assert _resolved(spans) == [Span(0, 20, "LOCATION", 0.9)]


def test_another_type_in_the_way_keeps_the_spans_as_chosen() -> None:
    spans = [
        Span(0, 5, "PERSON", 0.9),
        Span(8, 14, "PHONE_NUMBER", 0.95),
        Span(0, 14, "PERSON", 0.6),
    ]
    assert _resolved(spans) == [Span(0, 5, "PERSON", 0.9), Span(8, 14, "PHONE_NUMBER", 0.95)]


def test_a_lost_type_of_another_family_does_not_join() -> None:
    # The DATE_TIME reading lost to the PHONE_NUMBER one; it widens nothing.
    spans = [Span(0, 10, "PHONE_NUMBER", 0.9), Span(5, 20, "DATE_TIME", 0.8)]
    assert _resolved(spans) == [Span(0, 10, "PHONE_NUMBER", 0.9)]


def test_name_types_join_as_one_family_under_the_winners_type() -> None:
    # NER: company "Abreu do" (0.8); rules: "Abreu do Campo" (0.75, another name type).
    spans = [Span(0, 8, "ORGANIZATION", 0.8, "spacy"), Span(0, 14, "LOCATION", 0.75, "names")]
    assert _resolved(spans) == [Span(0, 14, "ORGANIZATION", 0.8, "spacy")]


def test_adjacent_spans_stay_apart() -> None:
    spans = [Span(0, 5, "PERSON", 0.9), Span(5, 9, "PERSON", 0.8)]
    assert _resolved(spans) == spans


_span = st.builds(
    lambda a, n, t, s: Span(a, a + n, t, s),
    st.integers(0, 40),
    st.integers(1, 12),
    st.sampled_from(["PERSON", "LOCATION", "PHONE_NUMBER", "DATE_TIME"]),
    st.sampled_from([0.5, 0.7, 0.9]),
)


@given(st.lists(_span, max_size=12))
def test_joined_spans_never_overlap_and_cover_only_detected_characters(spans: list[Span]) -> None:
    out = _resolved(spans)
    for a, b in pairwise(out):
        assert a.end <= b.start
    for span in out:
        for i in range(span.start, span.end):
            assert any(_family(s) == _family(span) and s.start <= i < s.end for s in spans)
    kept = resolve_overlaps(spans)
    for span in kept:  # every character the winners covered is still covered, by the same family
        for i in range(span.start, span.end):
            assert any(_family(o) == _family(span) and o.start <= i < o.end for o in out)
