"""The benchmark driver's rounds: Mask and its peers take turns, one repeat per fresh process."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "benchmarks"))

import run as bench_run


def _worker(log: Path, key: str, figure: float) -> list[str]:
    """A worker process that notes when it ran and reports ``figure`` KB/s."""
    code = (
        "import json, sys\n"
        f"open({str(log)!r}, 'a').write({key!r} + '\\n')\n"
        f"print('BENCH-RESULT ' + json.dumps({{'kb_per_s': {figure}, 'runs': [{{'kb_per_s': {figure}}}],"
        f" 'recall': {{'all': 0.5}}, 'system': {key!r}, 'spacy_loaded': True}}))\n"
    )
    return [sys.executable, "-c", code]


@pytest.fixture
def runner(tmp_path: Path) -> bench_run.Runner:
    r = bench_run.Runner(argparse.Namespace(out_dir=tmp_path), tmp_path / "bench.log")
    yield r
    r.close()


def test_every_round_runs_every_series_once_and_figures_are_medians(
    runner: bench_run.Runner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "order.txt"
    series = [(name, _worker(log, name, figure)) for name, figure in (("a", 10.0), ("b", 20.0), ("c", 30.0))]
    bench_run._interleaved(runner, 4, series)
    order = log.read_text().split()
    rounds = [order[i : i + 3] for i in range(0, len(order), 3)]
    assert len(rounds) == 4 and all(sorted(r) == ["a", "b", "c"] for r in rounds)
    assert len({tuple(r) for r in rounds}) > 1  # not always the same one first
    merged = runner.results["a"]
    assert merged["kb_per_s"] == 10.0 and merged["processes"] == 4 and merged["repeats"] == 4
    assert merged["recall"] == {"all": 0.5} and merged["spacy_loaded"] is True
    assert len(merged["runs"]) == 4 and merged["kb_per_s_processes"] == [10.0] * 4
    if Path("/proc/stat").exists():
        assert merged["other_cpu_cores"] >= 0
    assert json.loads((tmp_path / "partial.json").read_text())["results"]["c"]["kb_per_s"] == 30.0


def test_a_missing_peer_is_reported_and_the_others_still_run(runner: bench_run.Runner, tmp_path: Path) -> None:
    log = tmp_path / "order.txt"
    bench_run._interleaved(runner, 2, [("mask", _worker(log, "mask", 5.0)), ("peer", None)])
    assert "virtualenv missing" in runner.results["peer"]["error"]
    assert runner.results["mask"]["kb_per_s"] == 5.0 and log.read_text().split() == ["mask", "mask"]


def test_merge_takes_medians_of_numbers_and_keeps_the_rest_of_the_first() -> None:
    results = [
        {"kb_per_s": 3.0, "p50_ms": 9.0, "docs": 5, "recall": {"all": 0.9}, "wall_s": 1.0, "runs": [{"kb_per_s": 3.0}]},
        {"kb_per_s": 1.0, "p50_ms": 7.0, "docs": 5, "recall": {"all": 0.8}, "wall_s": 2.0, "runs": [{"kb_per_s": 1.0}]},
        {"kb_per_s": 2.0, "p50_ms": 8.0, "docs": 5, "recall": {"all": 0.7}, "wall_s": 3.0, "runs": [{"kb_per_s": 2.0}]},
    ]
    merged = bench_run.merge_runs(results)
    assert (merged["kb_per_s"], merged["p50_ms"], merged["docs"]) == (2.0, 8.0, 5)
    assert merged["recall"] == {"all": 0.9} and merged["wall_s"] == 6.0
    assert merged["kb_per_s_processes"] == [3.0, 1.0, 2.0] and merged["repeats"] == 3
    assert "error" in bench_run.merge_runs([*results, {"error": "exit 1: boom"}])


def test_the_ner_target_says_when_other_programs_kept_the_machine_busy() -> None:
    from report import _targets

    def detail(busy: float) -> str:
        results = {
            "protect_ner/mask": {"kb_per_s": 60.0, "recall": {"all": 0.99}, "other_cpu_cores": busy},
            "protect_ner/reference": {"kb_per_s": 15.0, "recall": {"all": 0.87}, "other_cpu_cores": 0.05},
        }
        (target,) = [t for t in _targets(results) if t["id"] == "ner_reference"]
        assert target["value"] == 4.0 and target["ok"] is True  # said, never changes the verdict
        return str(target["detail"])

    assert "busy machine" in detail(0.9) and "0.900 beside Mask" in detail(0.9)
    assert "busy machine" not in detail(0.1)
