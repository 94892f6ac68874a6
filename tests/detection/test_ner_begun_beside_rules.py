"""NER's worker share starts before the stage's other detectors (``Detector.begin``) and is
finished after them, so the worker parses while this process runs the name rules."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from mask.core.config import load_config
from mask.core.detection import Detectors
from mask.core.detector import STAGE_NER, Budget, Detector, Pending
from mask.core.errors import MaskPluginError
from mask.core.spans import Span
from mask.plugins.spacy import SpacyNerDetector
from mask.plugins.spacy.detector import BEGUN_LOCAL_WEIGHT, _shares
from mask.plugins.spacy.pool import get_pool

LONG = " ".join(
    f"Customer {name} (ticket #{n}) wrote from {city} about order ORD-{n}. The reply went out the same day."
    for n, (name, city) in enumerate(
        [("Angela Merkel", "Berlin"), ("Barack Obama", "Chicago"), ("Emmanuel Macron", "Paris")] * 6
    )
)


def _free(model: str) -> bool:
    (worker,) = get_pool(model, 1).workers
    if not worker.busy.acquire(blocking=False):
        return False
    worker.busy.release()
    return True


def test_this_process_keeps_the_smaller_share_when_begun() -> None:
    pieces = [LONG] * 8
    local, other = (sum(len(part) for _, _, part in share) for share in _shares(pieces, 2, BEGUN_LOCAL_WEIGHT))
    p, q = BEGUN_LOCAL_WEIGHT
    assert abs(local / (local + other) - p / (p + q)) < 0.05


def test_one_process_begins_nothing(nlp_model: str) -> None:
    assert SpacyNerDetector(nlp_model, processes=1).begin([LONG], [[]], Budget()) is None


def test_a_short_call_begins_nothing(pooled_model: str) -> None:
    detector = SpacyNerDetector(pooled_model, processes=2, min_parallel_chars=10_000)
    assert detector.begin([LONG[:500]], [[]], Budget()) is None


def test_begun_then_finished_finds_what_detect_finds(pooled_model: str) -> None:
    detector = SpacyNerDetector(pooled_model, timeout=60, processes=2, min_parallel_chars=0)
    started = detector.begin([LONG], [[]], Budget())
    assert started is not None
    assert not _free(pooled_model)  # the worker holds its share while this process does other work
    got = started.finish()
    assert _free(pooled_model)
    values = {(s.type, LONG[s.start : s.end]) for s in got[0]}
    assert {("PERSON", "Angela Merkel"), ("PERSON", "Barack Obama"), ("LOCATION", "Paris")} <= values
    # the worker's share is the text's last part: entities come back from it, in place
    assert any(s.start > len(LONG) // 2 and LONG[s.start : s.end] == "Emmanuel Macron" for s in got[0])


def test_a_cancelled_start_frees_the_worker_for_the_next_call(pooled_model: str) -> None:
    detector = SpacyNerDetector(pooled_model, timeout=60, processes=2, min_parallel_chars=0)
    started = detector.begin([LONG * 4], [[]], Budget())
    assert started is not None
    started.cancel()
    assert _free(pooled_model)
    found = detector.detect([LONG], [[]], Budget())  # a new worker replaces the stopped one
    assert "Angela Merkel" in {LONG[s.start : s.end] for s in found[0]}


class _Recorder(Detector):
    """A stage detector that logs when it runs; optionally begins, or fails."""

    stage = STAGE_NER
    entity_types = frozenset({"PERSON"})

    def __init__(self, name: str, log: list[str], *, begins: bool = False, fails: bool = False) -> None:
        self.name, self.log, self.begins, self.fails = name, log, begins, fails

    def _spans(self, texts: Sequence[str]) -> list[list[Span]]:
        return [[Span(0, 4, "PERSON", 0.9, self.name)] if self.name == "a" else [] for _ in texts]

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> list[list[Span]]:
        self.log.append(f"detect {self.name}")
        if self.fails:
            raise RuntimeError("boom")
        return self._spans(texts)

    def begin(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: Budget) -> Pending | None:
        if not self.begins:
            return None
        self.log.append(f"begin {self.name}")
        recorder = self

        class Started:
            def finish(self) -> list[list[Span]]:
                recorder.log.append(f"finish {recorder.name}")
                return recorder._spans(texts)

            def cancel(self) -> None:
                recorder.log.append(f"cancel {recorder.name}")

        return Started()


def _detectors(*detectors: Detector, on_error: str = "raise") -> Detectors:
    return Detectors(
        [("test", d) for d in detectors], load_config(overrides={"mask": {"on_error": on_error}}, environ={})
    )


def test_begun_work_starts_first_and_finishes_after_the_stage_s_other_detectors() -> None:
    log: list[str] = []
    result = _detectors(_Recorder("a", log, begins=True), _Recorder("b", log)).run(["Anna and Ben"], [[]])
    assert log == ["begin a", "detect b", "finish a"]
    assert [("Anna and Ben"[s.start : s.end], s.detector) for s in result.spans[0]] == [("Anna", "a")]


def test_a_failing_detector_cancels_what_was_begun() -> None:
    log: list[str] = []
    detectors = _detectors(_Recorder("a", log, begins=True), _Recorder("b", log, fails=True))
    with pytest.raises(MaskPluginError):
        detectors.run(["Anna and Ben"], [[]])
    assert log == ["begin a", "detect b", "cancel a"]


def test_a_detector_alone_in_its_stage_is_not_begun() -> None:
    log: list[str] = []
    _detectors(_Recorder("a", log, begins=True)).run(["Anna"], [[]])
    assert log == ["detect a"]
