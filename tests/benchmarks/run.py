"""The benchmark command: Mask beside its floors, the reference (mask-privacy 4.3.0) and Presidio.

Mask, the floors it is measured against and its peers, in one run:

    scripts/bench.sh [--quick] [--docs N] [--ner-docs N] [--repeats R]

Every measurement runs in its own fresh interpreter (its own peak RSS and imports): Mask's
workers and the floors (worker_floor.py: one combined ``regex`` pass of the built-in
patterns; one pass of the token-shape pattern) in this interpreter's environment, the
reference's and Presidio's in their own virtualenvs. The protect and reveal series take
turns: each round runs every series once, one repeat per fresh process, and figures are
medians over the rounds; every target is a ratio of figures of this one run. Every result
says how many cores other programs kept busy while it ran (``other_cpu_cores``). Prints the tables (rich) and writes
them as JSON and as Markdown (one table for the README) to ``bench-results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from common import RESULT_MARK  # noqa: E402
from report import build_rows, build_summary, markdown, markdown_full, print_report  # noqa: E402

ADAPTERS = ("langchain", "llamaindex", "adk", "mcp")


class Runner:
    """Runs worker processes one after another and keeps their results (or why they failed)."""

    def __init__(self, args: argparse.Namespace, log_path: Path) -> None:
        self.args = args
        self.log = log_path.open("w", encoding="utf-8")
        self.results: dict[str, Any] = {}

    def run(self, key: str, cmd: list[str], timeout: float = 1800, quiet: bool = False) -> dict[str, Any]:
        started = time.perf_counter()
        machine, children = _busy_cpu_s(), _children_cpu_s()
        if not quiet:
            print(f"  {key:<28} ", end="", flush=True)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TOKENIZERS_PARALLELISM": "false"}
        try:
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)
            self.log.write(f"=== {key}: {' '.join(cmd)}\n{proc.stdout}\n--- stderr\n{proc.stderr}\n")
            lines = [line for line in proc.stdout.splitlines() if line.startswith(RESULT_MARK)]
            if proc.returncode != 0 or not lines:
                tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
                result: dict[str, Any] = {"error": f"exit {proc.returncode}: {tail[:240]}"}
            else:
                result = json.loads(lines[-1][len(RESULT_MARK) :])
        except subprocess.TimeoutExpired:
            result = {"error": f"timed out after {timeout:.0f}s"}
        except OSError as exc:
            result = {"error": f"could not start: {exc}"}
        wall = time.perf_counter() - started
        result["wall_s"] = round(wall, 2)
        if machine is not None and wall > 0:
            other = (_busy_cpu_s() or machine) - machine - (_children_cpu_s() - children)
            result["other_cpu_cores"] = round(max(0.0, other) / wall, 2)
        if not quiet:
            print("failed: " + result["error"] if "error" in result else f"ok ({result['wall_s']} s)", flush=True)
        self.results[key] = result
        self.save()
        return result

    def save(self) -> None:
        """Keep what is measured so far: a crash later loses nothing (``run.py --report`` re-renders it)."""
        partial = self.args.out_dir / "partial.json"
        partial.write_text(json.dumps({"results": self.results}, indent=1, default=str), encoding="utf-8")

    def close(self) -> None:
        self.log.close()


def _busy_cpu_s() -> float | None:
    """CPU seconds every process of the machine has used since boot (``/proc/stat``; None elsewhere)."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            ticks = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle and iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")  # guest time is already in user time


def _children_cpu_s() -> float:
    """CPU seconds of the worker processes run so far, with the processes they reaped (NER workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _python(venv: str) -> str | None:
    path = ROOT / venv / "bin" / "python"
    return str(path) if path.exists() else None


def _import_times(runner: Runner, key: str, python: str | None, module: str, runs: int, *extra: str) -> None:
    if python is None:
        runner.results[key] = {"error": "virtualenv missing (run scripts/bench.sh)"}
        return
    samples = []
    first: dict[str, Any] = {}
    print(f"  {key:<28} ", end="", flush=True)
    for i in range(runs):
        flags = list(extra) if i == 0 else []
        cmd = [python, str(HERE / "worker_import.py"), module, *flags]
        result = runner.run(f"{key}[{i}]", cmd, timeout=300, quiet=True)
        runner.results.pop(f"{key}[{i}]")
        if "error" in result:
            runner.results[key] = result
            print("failed: " + result["error"])
            return
        samples.append(result["import_ms"])
        first = first or result
    runner.results[key] = {**first, "import_ms": statistics.median(samples), "import_ms_runs": samples}
    print(f"ok (median {statistics.median(samples):.0f} ms of {runs})")


def plan(runner: Runner, args: argparse.Namespace) -> None:
    py = sys.executable
    ref = _python(args.reference_venv)
    pres = _python(args.presidio_venv)
    data = ["--corpus", str(args.corpus), "--labels", str(args.labels), "--repeats", str(args.repeats)]
    fast = [*data, "--docs", str(args.docs)]
    slow = [*data, "--docs", str(args.ner_docs)]
    mask_w = [py, str(HERE / "worker_mask.py")]
    floor_w = [py, str(HERE / "worker_floor.py")]

    print("import time (fresh interpreters)")
    _import_times(runner, "import/mask", py, "mask.core", args.import_runs, "--construct")
    _import_times(runner, "import/reference", ref, "mask_privacy.client", args.import_runs)
    _import_times(runner, "import/presidio", pres, "presidio_analyzer", args.import_runs)

    if "error" not in runner.results["import/mask"]:
        runner.results["import/mask"]["importtime_top"] = _importtime(py, "mask.core")

    # Mask and what it is compared with take turns: one repeat per fresh process, every series
    # once per round (rounds in shuffled orders), medians over the rounds. Run one after the
    # other, a series inherited whatever the machine was doing at its minutes: NER on two
    # processes lost a third of its speed when another program took one of the two cores,
    # the single-process peers next to nothing, and the ratio moved with it.
    once = ["--corpus", str(args.corpus), "--labels", str(args.labels), "--repeats", "1"]
    fast1 = [*once, "--docs", str(args.docs)]
    slow1 = [*once, "--docs", str(args.ner_docs)]
    print(f"protect, pattern detectors only ({args.repeats} rounds)")
    _interleaved(runner, args.repeats, [
        ("protect_pattern/mask", [*mask_w, "protect", *fast1]),
        ("floor/pattern", [*floor_w, "pattern", *fast1]),
        ("protect_pattern/reference", _peer_cmd(ref, "worker_reference.py", ["protect", *fast1])),
        ("protect_pattern/presidio", _peer_cmd(pres, "worker_presidio.py", ["protect", *fast1])),
        ("protect_pattern_defaults/mask", [*mask_w, "protect", "--defaults", *fast1]),
    ])  # fmt: skip

    print(f"protect with NER ({args.repeats} rounds)")
    _interleaved(runner, args.repeats, [
        ("protect_ner/mask", [*mask_w, "protect", "--ner", *slow1]),
        ("protect_ner/reference", _peer_cmd(ref, "worker_reference.py", ["protect", "--ner", *slow1])),
        ("protect_ner/presidio", _peer_cmd(pres, "worker_presidio.py", ["protect", "--ner", *slow1])),
        ("protect_ner/spacy", [*mask_w, "spacy_ceiling", *slow1]),
    ])  # fmt: skip

    _quality(runner, args, py, ref, pres)

    print(f"reveal (2 KB answers, 40 tokens each; {args.repeats} rounds)")
    answers = ["--answers", str(args.answers)]
    _interleaved(runner, args.repeats, [
        ("reveal/mask", [*mask_w, "reveal", *fast1, *answers]),
        ("floor/reveal", [*floor_w, "reveal", *fast1, *answers]),
        ("reveal/reference", _peer_cmd(ref, "worker_reference.py", ["reveal", *fast1, *answers])),
    ])  # fmt: skip

    print("per-tool-call overhead")
    runner.run("toolcall/engine", [*mask_w, "toolcall", "--calls", str(args.calls)])
    for name in ADAPTERS:
        _external(runner, f"toolcall/{name}", f"bench_adapter_{name}", args.calls)

    print("vault round trips")
    runner.run("vaults/mask", [*mask_w, "vaults", *fast, "--redis-url", args.redis_url])
    _bench_vaults(runner, args)

    if not args.no_profile:
        print("profile (pyinstrument)")
        out = ["--out-dir", str(args.out_dir), "--repeats", "1"]
        runner.run("profile/pattern", [*mask_w, "profile", *fast, *out])
        runner.run("profile/ner", [*mask_w, "profile", "--ner", *slow, *out])
        runner.run("profile/reveal", [*mask_w, "profile", "--reveal", *fast, *answers, *out])
        runner.run("breakdown/pattern", [*mask_w, "breakdown", *fast])
        runner.run("breakdown/ner", [*mask_w, "breakdown", "--ner", *slow])


def _importtime(python: str, module: str, top: int = 12) -> list[dict[str, Any]]:
    """The slowest imports (cumulative microseconds) under ``module`` in ``python -X importtime``."""
    proc = subprocess.run(
        [python, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True
    )
    lines = []
    for line in proc.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            lines.append((len(name) - len(name.lstrip()), name.strip(), int(parts[0]), int(parts[1])))
    at = next((i for i, line in enumerate(lines) if line[1] == module), None)
    if at is None:
        return []
    tree = [lines[at]]
    for line in reversed(lines[:at]):  # children are printed before their parent
        if line[0] <= lines[at][0]:
            break
        tree.append(line)
    tree.sort(key=lambda line: -line[3])
    return [{"module": name, "self_us": own, "cumulative_us": cum} for _, name, own, cum in tree[:top]]


def _peer(runner: Runner, key: str, python: str | None, worker: str, argv: list[str]) -> None:
    if python is None:
        runner.results[key] = {"error": "virtualenv missing (run scripts/bench.sh)"}
        return
    runner.run(key, [python, str(HERE / worker), *argv])


def _peer_cmd(python: str | None, worker: str, argv: list[str]) -> list[str] | None:
    """The command of a peer's worker (None: its virtualenv is missing)."""
    return None if python is None else [python, str(HERE / worker), *argv]


def _interleaved(runner: Runner, rounds: int, series: list[tuple[str, list[str] | None]]) -> None:
    """Every series ``rounds`` times, each time in a fresh process that times one repeat; each
    round runs every series once, in its own shuffled (seeded) order, so that a slow minute
    of the machine falls on all of them alike. Keeps the merged result (:func:`merge_runs`)."""
    runs: dict[str, list[dict[str, Any]]] = {}
    for key, cmd in series:
        if cmd is None:
            runner.results[key] = {"error": "virtualenv missing (run scripts/bench.sh)"}
        else:
            runs[key] = []
    commands = dict(series)
    rng = random.Random(0)
    for n in range(rounds):
        order = rng.sample(list(runs), len(runs))
        print(f"  round {n + 1}/{rounds}: ", end="", flush=True)
        for key in order:
            if runs[key] and "error" in runs[key][-1]:
                continue  # failed once: not run again
            command = commands[key]
            assert command is not None
            result = runner.run(f"{key}[{n}]", command, quiet=True)
            runner.results.pop(f"{key}[{n}]")
            runs[key].append(result)
            figure = result.get("kb_per_s")
            shown = "failed" if "error" in result else f"{figure:,.1f}" if isinstance(figure, float) else "ok"
            print(f"{key} {shown}; ", end="", flush=True)
        print(flush=True)
    for key, results in runs.items():
        runner.results[key] = merge_runs(results)
        if "error" in runner.results[key]:
            print(f"  {key:<28} failed: {runner.results[key]['error']}")
    runner.save()


def merge_runs(results: list[dict[str, Any]]) -> dict[str, Any]:
    """One result of the results of several processes: the median of every number all of
    them report (throughput, latency, peak RSS...), everything else (recall, names...) as
    the first process found it; ``runs`` holds every process's repeats, ``kb_per_s_processes``
    each process's figure. An error in any process is the result."""
    failed = next((r for r in results if "error" in r), None)
    if failed is not None or not results:
        return dict(failed or {"error": "not run"})
    merged = dict(results[0])
    for field in results[0]:
        values = [r.get(field) for r in results]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values) and field != "repeats":
            merged[field] = statistics.median(values)  # type: ignore[type-var]
    merged["wall_s"] = round(sum(r.get("wall_s", 0.0) for r in results), 2)
    if all(isinstance(r.get("runs"), list) for r in results):
        merged["runs"] = [run for r in results for run in r["runs"]]
        merged["repeats"] = len(merged["runs"])
    if all("kb_per_s" in r for r in results):
        merged["kb_per_s_processes"] = [r["kb_per_s"] for r in results]
    merged["processes"] = len(results)
    return merged


def _external(runner: Runner, key: str, module: str, n: int) -> None:
    if not (HERE / f"{module}.py").exists():
        runner.results[key] = {"error": f"not available ({module}.py does not exist yet)"}
        print(f"  {key:<28} not available")
        return
    runner.run(key, [sys.executable, str(HERE / "worker_external.py"), module, str(n)])


def _quality(runner: Runner, args: argparse.Namespace, py: str, ref: str | None, pres: str | None) -> None:
    """Recall and over-masking of every system on the detection engineer's labelled eval set."""
    print(f"detection quality on evalset.py ({args.evalset} records)")
    if not (HERE / "evalset.py").exists():
        runner.results["quality/evalset"] = {"error": "not available (evalset.py does not exist yet)"}
        print("  evalset.py not available")
        return
    out_dir = args.out_dir / "evalset"
    made = subprocess.run(
        [py, str(HERE / "make_evalset_files.py"), str(args.evalset), str(out_dir)], cwd=ROOT, capture_output=True,
        text=True,
    )  # fmt: skip
    if made.returncode != 0:
        tail = (made.stderr.strip().splitlines() or ["no output"])[-1]
        runner.results["quality/evalset"] = {"error": f"evalset.py failed: {tail[:240]}"}
        print("  evalset.py failed: " + tail[:200])
        return
    data = ["--corpus", str(out_dir / f"evalset-{args.evalset}.jsonl"), "--labels",
            str(out_dir / f"evalset-{args.evalset}.labels.jsonl"), "--docs", str(args.evalset), "--repeats", "1"]  # fmt: skip
    for mode, flags in (("pattern", []), ("ner", ["--ner"])):
        runner.run(f"quality_{mode}/mask", [py, str(HERE / "worker_mask.py"), "protect", *flags, *data])
        _peer(runner, f"quality_{mode}/reference", ref, "worker_reference.py", ["protect", *flags, *data])
        _peer(runner, f"quality_{mode}/presidio", pres, "worker_presidio.py", ["protect", *flags, *data])


def _bench_vaults(runner: Runner, args: argparse.Namespace) -> None:
    """The vault engineer's ``bench_vaults.py`` (all five backends, its own servers): run as a script,
    read the JSON it writes."""
    key = "vaults/backends"
    if not (HERE / "bench_vaults.py").exists():
        runner.results[key] = {"error": "not available (bench_vaults.py does not exist yet)"}
        print(f"  {key:<28} not available")
        return
    out_dir = args.out_dir / "bench_vaults"
    out_dir.mkdir(parents=True, exist_ok=True)
    before = set(out_dir.glob("vaults-*.json"))
    docs = str(min(args.docs, 300))
    dyn = str(min(args.docs, 60))
    cmd = [sys.executable, str(HERE / "bench_vaults.py"), "--corpus", str(args.corpus), "--docs", docs,
           "--dynamodb-docs", dyn, "--out-dir", str(out_dir)]  # fmt: skip
    print(f"  {key:<28} ", end="", flush=True)
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
        runner.log.write(f"=== {key}: {' '.join(cmd)}\n{proc.stdout}\n--- stderr\n{proc.stderr}\n")
        new = sorted(set(out_dir.glob("vaults-*.json")) - before)
        if proc.returncode != 0 or not new:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            result: dict[str, Any] = {"error": f"exit {proc.returncode}: {tail[:240]}"}
        else:
            result = json.loads(new[-1].read_text(encoding="utf-8"))
    except subprocess.TimeoutExpired:
        result = {"error": "timed out after 1800s"}
    result["wall_s"] = round(time.perf_counter() - started, 2)
    print("failed: " + result["error"] if "error" in result else f"ok ({result['wall_s']} s)", flush=True)
    runner.results[key] = result
    runner.save()


def _meta(args: argparse.Namespace, started: float) -> dict[str, Any]:
    def git(*cmd: str) -> str:
        try:
            return subprocess.run(["git", *cmd], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""

    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": git("rev-parse", "--short", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "loadavg_end": os.getloadavg(),
        "wall_s": round(time.perf_counter() - started, 1),
        "corpus_sha256": hashlib.sha256(Path(args.corpus).read_bytes()).hexdigest()[:16],
        "args": {k: str(v) for k, v in vars(args).items()},
    }


def _cpu_model() -> str:
    """The CPU's model name (``/proc/cpuinfo``; elsewhere what the platform module says)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith(("model name", "hardware", "cpu model")):
                    return " ".join(line.split(":", 1)[1].split())
    except OSError:
        pass
    return platform.processor() or platform.machine()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: few documents, one repeat")
    parser.add_argument("--docs", type=int, default=500, help="documents for pattern-only protect and reveal")
    parser.add_argument("--ner-docs", type=int, default=150, help="documents for protect with NER (all systems)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--answers", type=int, default=100, help="2 KB model answers for reveal")
    parser.add_argument("--calls", type=int, default=2000, help="tool calls per overhead measurement")
    parser.add_argument("--import-runs", type=int, default=7)
    parser.add_argument("--evalset", type=int, default=300, help="records of the labelled eval set (evalset.py)")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests/data/corpus-500.jsonl")
    parser.add_argument("--labels", type=Path, default=ROOT / "tests/data/corpus-500.labels.jsonl")
    parser.add_argument("--reference-venv", default=".venv-reference")
    parser.add_argument("--presidio-venv", default=".venv-presidio")
    parser.add_argument("--redis-url", default=os.environ.get("MASK_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--out-dir", type=Path, default=ROOT / "bench-results")
    parser.add_argument("--report", type=Path, help="only re-render a saved JSON (latest.json, partial.json)")
    parser.add_argument("--markdown", action="store_true", help="with --report: print the README table (Markdown)")
    parser.add_argument("--markdown-full", action="store_true", help="with --report: print every row as Markdown")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.ner_docs, args.repeats = min(args.docs, 40), min(args.ner_docs, 12), 1
        args.answers, args.calls, args.import_runs = min(args.answers, 10), min(args.calls, 300), 3
        args.evalset = min(args.evalset, 60)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.report:
        saved = json.loads(args.report.read_text(encoding="utf-8"))
        rows, targets = build_rows(saved["results"])
        meta = saved.get("meta") or {"date": "partial run", "commit": "?"}
        summary = build_summary(saved["results"], targets)
        report = {"meta": meta, "summary": summary, "rows": rows, "targets": targets, "results": saved["results"]}
        if args.markdown or args.markdown_full:
            print(markdown_full(report) if args.markdown_full else markdown(report))
        else:
            print_report(report)
        return 0
    started = time.perf_counter()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    runner = Runner(args, args.out_dir / f"bench-{stamp}.log")
    try:
        plan(runner, args)
    finally:
        runner.close()
    rows, targets = build_rows(runner.results)
    summary = build_summary(runner.results, targets)
    meta = _meta(args, started)
    report = {"meta": meta, "summary": summary, "rows": rows, "targets": targets, "results": runner.results}
    text = json.dumps(report, indent=2, default=str)
    (args.out_dir / f"bench-{stamp}.json").write_text(text, encoding="utf-8")
    (args.out_dir / "latest.json").write_text(text, encoding="utf-8")
    table = markdown(report)
    (args.out_dir / f"bench-{stamp}.md").write_text(table, encoding="utf-8")
    (args.out_dir / "latest.md").write_text(table, encoding="utf-8")
    print_report(report)
    print(f"\n{table}")
    print(f"wrote {args.out_dir / f'bench-{stamp}.json'} and .md (and latest.*); worker logs in bench-{stamp}.log")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
