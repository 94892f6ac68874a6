"""The spaCy detector's speed paths: compaction of covered text, skipped segments, the worker pool."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mask.plugins.spacy as spacy_plugin
from mask.core import Mask
from mask.core.config import load_config
from mask.core.detector import Budget
from mask.core.errors import MaskConfigError, MaskDetectionTimeout, MaskPluginError
from mask.core.settings import with_settings
from mask.core.spans import Span
from mask.plugins.spacy import SpacyNerDetector, load_pipeline, mask_detectors, mask_settings
from mask.plugins.spacy import pool as pool_module
from mask.plugins.spacy.compact import compact, has_entity_start
from mask.plugins.spacy.detector import _shares, raw_entities
from mask.plugins.spacy.pool import NerPool, get_pool

TEXT = "Yesterday Angela Merkel met executives of Siemens in Berlin to discuss the French proposal."


def _cover(text: str, *values: str) -> list[Span]:
    spans = []
    for value in values:
        start = text.index(value)
        spans.append(Span(start, start + len(value), "TEST", 1.0, "test"))
    return spans


class RecordingDetector(SpacyNerDetector):
    """Records the pieces of text handed to spaCy."""

    seen: list[str]

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        nlp = load_pipeline(self.model)
        seen = self.seen

        class Recorder:
            def pipe(self, texts, **kwargs):  # type: ignore[no-untyped-def]
                texts = list(texts)
                seen.extend(texts)
                return nlp.pipe(texts, **kwargs)

        return Recorder()


@pytest.fixture
def recording(nlp_model: str) -> RecordingDetector:
    det = RecordingDetector(nlp_model, timeout=60)
    det.seen = []
    return det


# --- compaction -------------------------------------------------------------------------


def test_compaction_cuts_covered_text_and_keeps_word_boundaries() -> None:
    text = "card 4111111111111111 exp, mail a@b.co,Dear X"
    seen = compact(text, _cover(text, "4111111111111111", "a@b.co"))
    assert seen.text == "card exp, mail ,Dear X"
    glued = "abcXYZdef"
    assert compact(glued, _cover(glued, "XYZ")).text == "abc def"  # never glue two words together


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("aB c\n.,x\u00e9\u4e2dZ "), max_size=60),
    cuts=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=6),
)
def test_compaction_maps_back_to_the_original_characters(text: str, cuts: list[tuple[int, int]]) -> None:
    covered = [Span(s, min(len(text), s + n), "TEST", 1.0, "t") for s, n in cuts if s < len(text)]
    seen = compact(text, covered)
    for start, origin, length in zip(seen.starts, seen.origins, seen.lengths, strict=True):
        assert seen.text[start : start + length] == text[origin : origin + length]
    pieces = seen.to_original(0, len(seen.text))
    kept = "".join(text[a:b] for a, b in pieces)
    assert len(kept) == sum(seen.lengths)
    for a, b in pieces:
        assert not any(c.start < b and a < c.end for c in covered)  # a covered character is never reported
    for a in range(len(seen.text) + 1):
        for b in range(a, len(seen.text) + 1):
            assert "".join(text[x:y] for x, y in seen.to_original(a, b)) == "".join(
                seen.text[s + max(0, a - s) : s + min(n, b - s)]
                for s, n in zip(seen.starts, seen.lengths, strict=True)
                if a < s + n and s < b
            )


def test_entities_map_to_the_original_characters_and_never_overlap_covered(recording: RecordingDetector) -> None:
    text = (
        "Billing: card 4111 1111 1111 1111, SSN 536-22-9841. Customer Angela Merkel (email angela@example.de, "
        "phone +49 30 1234567) met executives of Siemens in Berlin."
    )
    covered = _cover(text, "4111 1111 1111 1111", "536-22-9841", "angela@example.de", "+49 30 1234567")
    spans = recording.detect([text], [covered], Budget())[0]
    got = {(s.type, text[s.start : s.end]) for s in spans}
    assert {("PERSON", "Angela Merkel"), ("ORGANIZATION", "Siemens"), ("LOCATION", "Berlin")} <= got
    assert not any(s.overlaps(c) for s in spans for c in covered)
    (seen,) = recording.seen
    assert "4111" not in seen and "angela@example.de" not in seen
    assert len(seen) < len(text) - 40  # covered text is cut out, not blanked


def test_an_entity_around_a_covered_span_is_split_not_grown_into_it(recording: RecordingDetector) -> None:
    text = "Dear Angela Q7X9 Merkel, welcome to Berlin."
    covered = _cover(text, "Q7X9")
    spans = recording.detect([text], [covered], Budget())[0]
    assert not any(s.overlaps(covered[0]) for s in spans)
    for s in spans:
        assert text[s.start : s.end].strip() == text[s.start : s.end] and "Q7X9" not in text[s.start : s.end]
    assert "Berlin" in {text[s.start : s.end] for s in spans}


# --- skipped segments ---------------------------------------------------------------------


def test_texts_and_lines_without_an_entity_start_are_skipped(recording: RecordingDetector) -> None:
    texts = [
        "status: active, retries 3, last error none",
        "order 12345 shipped",
        "line one is all lowercase\nAngela Merkel visited Paris.\nanother quiet line 42",
    ]
    spans = recording.detect(texts, [[], [], []], Budget())
    assert spans[0] == [] and spans[1] == []
    assert ("PERSON", "Angela Merkel") in {(s.type, texts[2][s.start : s.end]) for s in spans[2]}
    assert recording.seen == ["Angela Merkel visited Paris.\n"]


def test_a_line_whose_only_capital_is_covered_is_skipped(recording: RecordingDetector) -> None:
    text = "ssn SSN-LIKE-TOKEN here\nAngela Merkel visited Paris."
    recording.detect([text], [_cover(text, "SSN-LIKE-TOKEN")], Budget())
    assert recording.seen == ["Angela Merkel visited Paris."]


def test_uncased_scripts_are_not_skipped() -> None:
    assert has_entity_start("\u5317\u4eac\u5e02")  # Chinese has no case: NER must still see it
    assert has_entity_start("\u00c9mile") and not has_entity_start("caf\u00e9 12 \u00e9t\u00e9")


# --- worker pool --------------------------------------------------------------------------


def test_nlp_processes_from_config(nlp_model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    base = {"detectors": {"nlp_model": nlp_model}}
    monkeypatch.setattr(spacy_plugin, "usable_cpus", lambda: 4)
    assert mask_detectors(load_config(environ={}, overrides=base))[0].processes == 2  # one worker by default
    monkeypatch.setattr(spacy_plugin, "usable_cpus", lambda: 1)
    assert mask_detectors(load_config(environ={}, overrides=base))[0].processes == 1  # no second core: in-process
    config = load_config(environ={}, overrides={"detectors": {"nlp_model": nlp_model, "nlp_processes": 0}})
    assert mask_detectors(config)[0].processes == 1  # one per usable CPU
    config = load_config(environ={}, overrides={"detectors": {"nlp_model": nlp_model, "nlp_processes": 3}})
    assert mask_detectors(config)[0].processes == 3
    config = with_settings(load_config(environ={"MASK_NLP_PROCESSES": "1"}, overrides=base), mask_settings())
    assert config.detectors["nlp_processes"] == 1 and mask_detectors(config)[0].processes == 1
    with pytest.raises(MaskConfigError, match="MASK_NLP_PROCESSES"):
        with_settings(load_config(environ={"MASK_NLP_PROCESSES": "1.5"}), mask_settings())
    with pytest.raises(MaskConfigError, match="nlp_processes"):
        mask_detectors(load_config(environ={}, overrides={"detectors": {"nlp_processes": -1}}))


def test_worker_processes_need_posix(nlp_model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(environ={}, overrides={"detectors": {"nlp_model": nlp_model, "nlp_processes": 2}})
    monkeypatch.setattr(spacy_plugin, "usable_cpus", lambda: 4)
    monkeypatch.setattr(os, "name", "nt")  # no socket pair handed to a subprocess there
    assert spacy_plugin.default_processes() == 1
    with pytest.raises(MaskConfigError, match="POSIX"):
        mask_detectors(config)


def test_usable_cpus_follows_the_affinity_mask() -> None:
    if hasattr(os, "sched_getaffinity"):
        assert spacy_plugin.usable_cpus() == len(os.sched_getaffinity(0))
    assert spacy_plugin.usable_cpus() >= 1


def _rebuilt(pieces: list[str], shares: list[list[tuple[int, int, str]]]) -> list[str]:
    out = [""] * len(pieces)
    for share in shares:
        for k, offset, part in share:
            assert part and offset == len(out[k])
            out[k] += part
    return out


def test_one_text_is_cut_once_near_its_middle_at_a_sentence_end() -> None:
    for extra in ("", "x"):  # odd and even lengths alike
        text = LONG + extra
        shares = _shares([text], 2)
        assert len(shares) == 2 and [len(share) for share in shares] == [1, 1]
        assert _rebuilt([text], shares) == [text]
        first, second = (share[0][2] for share in shares)
        assert first.endswith(". ") and abs(len(first) - len(second)) <= len(text) // 10


@given(st.lists(st.text(alphabet="ab .\n", max_size=60), min_size=1, max_size=6), st.integers(1, 4))
@settings(max_examples=300, deadline=None)
def test_shares_cover_every_piece_in_order_once(pieces: list[str], n: int) -> None:
    shares = _shares(pieces, n)
    assert len(shares) <= n
    assert _rebuilt(pieces, shares) == pieces


def test_a_batch_is_shared_evenly() -> None:
    pieces = [TEXT * (1 + k % 4) for k in range(16)]
    sizes = [sum(len(part) for _, _, part in share) for share in _shares(pieces, 2)]
    assert len(sizes) == 2 and abs(sizes[0] - sizes[1]) <= sum(sizes) // 20


LONG = " ".join(
    f"Customer {name} (ticket #{n}) wrote from {city} about order ORD-{n}. The reply went out the same day."
    for n, (name, city) in enumerate(
        [("Angela Merkel", "Berlin"), ("Barack Obama", "Chicago"), ("Emmanuel Macron", "Paris")] * 6
    )
)


def test_pool_shares_one_call_and_maps_back_to_the_original(pooled_model: str) -> None:
    pooled = SpacyNerDetector(pooled_model, timeout=60, processes=2, min_parallel_chars=0)
    local = SpacyNerDetector(pooled_model, timeout=60)
    covered = _cover(LONG, "ORD-0", "ORD-9")
    got = pooled.detect([LONG, TEXT], [covered, []], Budget())
    want = local.detect([LONG, TEXT], [covered, []], Budget())
    values = {(s.type, LONG[s.start : s.end]) for s in got[0]}
    assert {("PERSON", "Angela Merkel"), ("PERSON", "Emmanuel Macron"), ("LOCATION", "Berlin")} <= values
    assert not any(s.overlaps(c) for s in got[0] for c in covered)
    assert len(got[0]) >= 0.9 * len(want[0])
    assert {(s.start, s.end) for s in got[1]} == {(s.start, s.end) for s in want[1]}
    # the second share really ran in the worker: its entities sit in the second half of the text
    assert any(s.start > len(LONG) // 2 for s in got[0])


def test_a_worker_dying_mid_call_is_a_plugin_error_then_the_pool_recovers(pooled_model: str) -> None:
    pool = get_pool(pooled_model, 1)
    pool.warm_up()
    (worker,) = pool.workers
    assert worker.pid is not None
    with worker.busy:
        worker.send([LONG] * 40, 8)  # long enough that the worker is still busy when killed
        os.kill(worker.pid, signal.SIGKILL)
        with pytest.raises(MaskPluginError, match="died"):
            worker.receive(60)
    pooled = SpacyNerDetector(pooled_model, timeout=60, processes=2, min_parallel_chars=0)
    spans = pooled.detect([LONG], [[]], Budget())[0]  # the share runs here while a new worker starts
    assert ("PERSON", "Angela Merkel") in {(s.type, LONG[s.start : s.end]) for s in spans}
    pool.warm_up()
    assert worker.pid is not None and worker.ready()


def test_a_worker_killed_between_calls_is_replaced(pooled_model: str) -> None:
    pool = get_pool(pooled_model, 1)
    pool.warm_up()
    (worker,) = pool.workers
    old = worker.pid
    assert old is not None
    os.kill(old, signal.SIGKILL)
    pooled = SpacyNerDetector(pooled_model, timeout=60, processes=2, min_parallel_chars=0)
    for _ in range(3):  # a new worker, or (while it loads, or if the kill lands mid-call) this process
        spans = pooled.detect([LONG], [[]], Budget())[0]
        assert ("PERSON", "Emmanuel Macron") in {(s.type, LONG[s.start : s.end]) for s in spans}
    pool.warm_up()
    assert worker.pid not in (None, old)


def _local(nlp_model: str):  # type: ignore[no-untyped-def]
    nlp = load_pipeline(nlp_model)
    return lambda share: [raw_entities(doc) for doc in nlp.pipe(share)]


def test_a_worker_dying_mid_call_has_its_share_run_here(nlp_model: str, caplog: pytest.LogCaptureFixture) -> None:
    pool = NerPool(nlp_model, 1)
    try:
        pool.warm_up()
        (worker,) = pool.workers
        send = worker.send

        def send_then_die(pieces: list[str], batch_size: int) -> None:
            send(pieces, batch_size)
            assert worker.pid is not None
            os.kill(worker.pid, signal.SIGKILL)  # long before it can answer 40 long pieces

        worker.send = send_then_die  # type: ignore[method-assign]
        shares = [[TEXT], [LONG] * 40]
        with caplog.at_level(logging.WARNING, logger="mask.plugins.spacy"):
            got = pool.run(shares, _local(nlp_model), 8, lambda: 60.0)
        assert got == [_local(nlp_model)(share) for share in shares]  # nothing lost
        assert worker.failed_at is not None and worker.backing_off()
        assert "died" in caplog.text and "Merkel" not in caplog.text
        assert not worker.busy.locked()
    finally:
        pool.shutdown()


@pytest.fixture
def broken_pool(nlp_model: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[NerPool]:
    """A pool whose worker process exits at once, before loading anything."""
    monkeypatch.setattr(pool_module, "_BOOT", "import sys; sys.exit(3)")
    pool = NerPool(nlp_model, 1)
    yield pool
    pool.shutdown()


def test_a_worker_that_cannot_start_is_not_retried_on_every_call(
    nlp_model: str, broken_pool: NerPool, caplog: pytest.LogCaptureFixture
) -> None:
    (worker,) = broken_pool.workers
    shares = [[TEXT], [LONG]]
    want = [_local(nlp_model)(share) for share in shares]
    with caplog.at_level(logging.WARNING, logger="mask.plugins.spacy"):
        for _ in range(200):  # the first call finds the worker still starting; a later one sees it gone
            assert broken_pool.run(shares, _local(nlp_model), 8, lambda: 60.0) == want
            if worker.failed_at is not None:
                break
    assert worker.backing_off() and worker.pid is None
    assert caplog.text.count("could not start") == 1
    assert broken_pool.run(shares, _local(nlp_model), 8, lambda: 60.0) == want
    assert worker.pid is None  # backing off: no new process for this call


def test_worker_processes_never_rerun_the_main_script(tmp_path: Path) -> None:
    """Unlike multiprocessing's spawn, a worker does not import ``__main__``: a script without a
    ``__name__`` guard runs once, with NER shared with its worker by default."""
    script = tmp_path / "agent.py"
    script.write_text(
        textwrap.dedent(
            f"""
            from mask.core import Mask
            from mask.plugins.spacy.pool import get_pool
            print("TOP-LEVEL", flush=True)
            m = Mask({{"vault": {{"backend": "memory"}}, "audit": {{"sinks": []}}, "detectors": {{"nlp_processes": 2}}}})
            get_pool(m.detectors.items[-1][1].model, 1).warm_up()
            out = m.protect({LONG!r})
            print("LEAK" if "Angela Merkel" in out else "SAFE", flush=True)
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "MASK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["TOP-LEVEL", "SAFE"]


def test_a_slow_worker_is_a_detection_timeout(pooled_model: str) -> None:
    pooled = SpacyNerDetector(pooled_model, timeout=1e-9, processes=2, min_parallel_chars=0)
    with pytest.raises(MaskDetectionTimeout):
        pooled.detect([LONG * 3], [[]], Budget())
    get_pool(pooled_model, 1).warm_up()  # the stopped worker is replaced


def test_mask_with_worker_processes_never_passes_names_through(pooled_model: str) -> None:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "detectors": {"nlp_model": pooled_model, "nlp_processes": 2},
        }
    )
    try:
        out = m.protect({"doc": LONG, "note": TEXT})
        for name in ("Angela Merkel", "Barack Obama", "Emmanuel Macron"):
            assert name not in out["doc"]
        assert "Angela Merkel" not in out["note"]
        assert m.reveal(out) == {"doc": LONG, "note": TEXT}
    finally:
        m.close()


def test_warm_up_loads_the_pipeline_and_starts_the_workers(pooled_model: str) -> None:
    m = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "detectors": {"nlp_model": pooled_model, "nlp_processes": 2},
        }
    )
    try:
        get_pool(pooled_model, 1).shutdown()
        assert m.warm_up() is m
        (worker,) = get_pool(pooled_model, 1).workers
        assert worker.pid is not None and worker.ready()  # loaded: the next call shares at once
    finally:
        m.close()


def test_warm_up_does_not_raise_for_a_worker_that_cannot_start(
    broken_pool: NerPool, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(MaskPluginError):
        broken_pool.warm_up()
    with caplog.at_level(logging.WARNING, logger="mask.plugins.spacy"):
        broken_pool.warm_up(strict=False)
    assert broken_pool.workers[0].backing_off() and "could not start" in caplog.text


def test_threads_share_the_pool_without_mixing_answers(pooled_model: str) -> None:
    """Several threads, one worker: each call's shares come back to that call (a busy worker
    is not waited for; its share runs in the calling thread)."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [LONG, LONG.replace("Angela Merkel", "Olaf Scholz"), LONG.replace("Berlin", "Hamburg")]
    local = SpacyNerDetector(pooled_model, timeout=60)
    want = [local.detect([t], [[]], Budget())[0] for t in texts]
    pooled = SpacyNerDetector(pooled_model, timeout=60, processes=2, min_parallel_chars=0)
    get_pool(pooled_model, 1).warm_up()

    def call(k: int) -> bool:
        got = pooled.detect([texts[k % 3]], [[]], Budget())[0]
        return {(s.start, s.end, s.type) for s in got} == {(s.start, s.end, s.type) for s in want[k % 3]}

    with ThreadPoolExecutor(4) as ex:
        assert all(ex.map(call, range(24)))
