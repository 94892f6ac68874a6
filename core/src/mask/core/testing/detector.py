"""Conformance suite for detector plugins (ours and third parties').

Subclass :class:`DetectorConformance` in your tests and provide two fixtures::

    import pytest
    from mask.core.testing.detector import DetectorConformance

    class TestMyDetector(DetectorConformance):
        @pytest.fixture
        def detector(self):
            return MyDetector()

        @pytest.fixture
        def samples(self):
            # texts, each with an entity type the detector must find in it
            return [("Employee EMP-123456 joined", "EMPLOYEE_ID")]

The suite checks the contract of :class:`mask.core.detector.Detector`: one result per
text, spans inside the text with the detector's name, a type it declares and a score in
[0, 1]; covered regions are respected (the waterfall); the same input gives the same
spans; odd input (empty, unicode, lone surrogates, long text) does not crash; an
expired budget ends in :class:`MaskDetectionTimeout` or a normal result, never another
error; the repr never contains the text; ``warm_up`` (which may be called twice) changes nothing found;
work :meth:`~mask.core.detector.Detector.begin` starts is finished into the same kind of result, or
cancelled, leaving the detector as it was.
"""

from __future__ import annotations

import pytest

from ..detector import Budget, Detector
from ..errors import MaskDetectionTimeout
from ..spans import Span

__all__ = ["DetectorConformance"]


def _run(detector: Detector, texts: list[str], covered: list[list[Span]] | None = None) -> list[list[Span]]:
    return detector.detect(texts, covered if covered is not None else [[] for _ in texts], Budget())


class DetectorConformance:
    """Contract tests every detector passes. Provide ``detector`` and ``samples`` fixtures."""

    @pytest.fixture
    def detector(self) -> Detector:  # pragma: no cover - the subclass provides it
        raise NotImplementedError("provide a `detector` fixture")

    @pytest.fixture
    def samples(self) -> list[tuple[str, str]]:  # pragma: no cover - the subclass provides it
        raise NotImplementedError("provide a `samples` fixture: [(text, entity type), ...]")

    def test_declares_name_types_and_stage(self, detector: Detector) -> None:
        assert isinstance(detector, Detector)
        assert detector.name and isinstance(detector.name, str)
        assert detector.entity_types and all(isinstance(t, str) and t.isupper() for t in detector.entity_types)
        assert isinstance(detector.stage, int)

    def test_finds_each_sample(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        assert samples, "give at least one sample"
        results = _run(detector, [text for text, _ in samples])
        for (text, etype), spans in zip(samples, results, strict=True):
            assert etype in {s.type for s in spans}, (
                f"{detector.name}: no {etype} in sample #{samples.index((text, etype))}"
            )

    def test_one_result_per_text_and_valid_spans(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples] + ["", "nothing to see here"]
        results = _run(detector, texts)
        assert isinstance(results, list) and len(results) == len(texts)
        for text, spans in zip(texts, results, strict=True):
            assert isinstance(spans, list)
            for span in spans:
                assert isinstance(span, Span)
                assert 0 <= span.start < span.end <= len(text)
                assert span.type in detector.entity_types
                assert span.detector == detector.name
                assert 0.0 <= span.score <= 1.0

    def test_empty_input(self, detector: Detector) -> None:
        assert detector.detect([], [], Budget()) == []

    def test_respects_covered_spans(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples]
        first = _run(detector, texts)
        covered = [[Span(s.start, s.end, "COVERED", 1.0, "test") for s in spans] for spans in first]
        again = _run(detector, texts, covered)
        for spans, cover in zip(again, covered, strict=True):
            assert not any(s.overlaps(c) for s in spans for c in cover)

    def test_whole_text_covered_gives_nothing(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples]
        covered = [[Span(0, len(t), "COVERED", 1.0, "test")] for t in texts]
        assert all(spans == [] for spans in _run(detector, texts, covered))

    def test_deterministic(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples]
        assert _run(detector, texts) == _run(detector, texts)

    def test_batch_finds_what_one_by_one_finds(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples]
        batch = _run(detector, texts)
        for text, found in zip(texts, batch, strict=True):
            alone = _run(detector, [text])[0]
            assert {(s.start, s.end, s.type) for s in alone} <= {(s.start, s.end, s.type) for s in found}

    @pytest.mark.parametrize(
        "odd",
        ["", " ", "\x00\x01", "\ud800 lone surrogate", "é" * 50, "日本語のテキスト 123", "😀" * 20, "a" * 20_000 + "@"],
    )
    def test_odd_input_does_not_crash(self, detector: Detector, odd: str) -> None:
        results = _run(detector, [odd])
        assert len(results) == 1
        assert all(0 <= s.start < s.end <= len(odd) for s in results[0])

    def test_expired_budget_times_out_or_answers(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples]
        expired = Budget(deadline=0.0)
        try:
            results = detector.detect(texts, [[] for _ in texts], expired)
        except MaskDetectionTimeout:
            return
        assert len(results) == len(texts)

    def test_repr_has_no_text(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        _run(detector, [text for text, _ in samples])
        shown = repr(detector)
        for text, _ in samples:
            assert text not in shown

    def test_warm_up_changes_nothing_found(self, detector: Detector, samples: list[tuple[str, str]]) -> None:
        texts = [text for text, _ in samples]
        before = _run(detector, texts)
        detector.warm_up()  # loading early must not change what is found
        detector.warm_up()  # and may be called again
        assert _run(detector, texts) == before

    def test_begun_work_finishes_like_detect_or_cancels(
        self, detector: Detector, samples: list[tuple[str, str]]
    ) -> None:
        texts = [text for text, _ in samples]
        covered: list[list[Span]] = [[] for _ in texts]
        started = detector.begin(texts, covered, Budget())
        if started is None:
            return  # nothing to start: detect runs as usual
        results = started.finish()
        assert len(results) == len(texts)
        assert all(
            0 <= s.start < s.end <= len(t) and s.detector == detector.name
            for t, r in zip(texts, results, strict=True)
            for s in r
        )
        again = detector.begin(texts, covered, Budget())
        if again is not None:
            again.cancel()
        assert len(_run(detector, texts)) == len(texts)  # a cancelled start leaves the detector usable
