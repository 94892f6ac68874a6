"""What the audit trail costs a pattern-only protect call: no audit, each sink written in the
call (sync), and each sink buffered (the call only enqueues; a thread writes batches).

    python tests/benchmarks/bench_audit.py [--docs 40] [--repeats 21] [--pause-ms 0] [--sinks sqlite,jsonl]

Every mode protects the same 2 KB documents in the same process. A repeat runs one block of
``--docs`` calls per mode, in an order that rotates from repeat to repeat (so drift and the
neighbour's load hit every mode alike), after a garbage collection. Two figures per mode:

- **end to end**: the block's call times plus, for a buffered sink, the wait for its queue to
  be written at the end of the block (``flush``). The writer thread's work (fingerprints,
  JSON, chain hashes, SQLite) holds the GIL, so in back-to-back calls it slows the calls
  it runs beside; charging the final flush to the block makes the figure the whole price
  of the mode. The overhead is the median, over repeats, of block / no-audit block of the
  same repeat - 1 (the spread is the 25th..75th percentile of those ratios).
- **call median**: the median latency of a single call, against no audit's (what a caller
  waits for; the writer's work between calls does not count).

- **call cpu**: the calling thread's CPU time, against no audit's (the call path alone).

On a busy shared machine all of these move by several percent from repeat to repeat, so the
run ends with a **cost model** built from minimums of many timings (interference only adds
time): a no-audit call, and per buffered sink the call path of one record (fingerprints
object, record, enqueue) plus the writer's work per record (in batches of 16).

``--pause-ms`` idles between calls (an agent waiting on its model): the writer then works
while the caller waits. The target (issue 13) is end to end: buffered adds at most 5% to a
pattern-only protect call; each mode is marked ``met`` or ``missed`` against it (wall/cpu).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mask.core import Mask

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_corpus, percentile

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"
KEY = "bench:" + "A" * 43
TARGET = 0.05
BASE = "no audit"
MODES: dict[str, dict[str, Any]] = {
    BASE: {"sinks": []},
    "sqlite, sync": {"sinks": ["sqlite"], "buffered": False},
    "sqlite, buffered": {"sinks": ["sqlite"], "buffered": True},
    "jsonl, sync": {"sinks": ["jsonl"], "buffered": False},
    "jsonl, buffered": {"sinks": ["jsonl"], "buffered": True},
}


def _mask(root: Path, name: str, audit: dict[str, Any]) -> Mask:
    data = root / name.replace(", ", "-")
    config = {
        "mask": {"data_dir": str(data)},
        "vault": {"backend": "memory"},
        "audit": audit,
        "plugins": {"disable": ["spacy", "otel"]},
    }
    return Mask(config)


class Block:
    """One block of calls of one mode: wall seconds, process CPU seconds (every thread: the
    calls and the writer), the calling thread's CPU seconds, each call's wall seconds."""

    __slots__ = ("calls", "cpu", "main_cpu", "wall")

    def __init__(self, wall: float, cpu: float, main_cpu: float, calls: list[float]) -> None:
        self.wall, self.cpu, self.main_cpu, self.calls = wall, cpu, main_cpu, calls


def _block(mask: Mask, docs: list[str], pause: float) -> Block:
    """The block's call times plus the final flush of a buffered sink (its writer's leftover)."""
    gc.collect()
    times = []
    cpu, main_cpu = time.process_time(), time.thread_time()
    for doc in docs:
        start = time.perf_counter()
        mask.protect(doc, tool="crm")
        times.append(time.perf_counter() - start)
        if pause:
            time.sleep(pause)
    main_cpu = time.thread_time() - main_cpu
    start = time.perf_counter()
    for sink in mask.sinks:
        flush = getattr(sink, "flush", None)
        if callable(flush):
            flush()
    wall = sum(times) + time.perf_counter() - start
    return Block(wall, time.process_time() - cpu, main_cpu, times)


def _write_cost(root: Path, modes: dict[str, dict[str, Any]], repeat: int = 300) -> dict[str, float]:
    """Seconds one ``sink.write`` takes on the call path, per sink, sync and buffered."""
    from mask.core.audit import AuditRecord, Fingerprints

    tokens = [f"<EMAIL_ADDRESS:{n:016x}>" for n in range(30)]
    out = {}
    for name, audit in modes.items():
        if not audit["sinks"]:
            continue
        with _mask(root / "writes", name, audit) as mask:
            sink = mask.sinks[0]
            records = [
                AuditRecord("protect", "default", "crm", "api", {"EMAIL_ADDRESS": 30}, Fingerprints(b"k" * 32, tokens))
                for _ in range(repeat)
            ]
            start = time.perf_counter()
            for record in records:
                sink.write(record)
            out[name] = (time.perf_counter() - start) / repeat
    return out


def _cost_model(
    root: Path, docs: list[str], sinks: list[str], rounds: int = 9
) -> tuple[float, dict[str, tuple[float, float]]]:
    """The minimum of many timings (what interference only adds to) of a no-audit call, and
    per sink of a buffered record's two parts: the call path (fingerprints object, record,
    enqueue) and the writer's work (fingerprints, JSON, chain, write) per record in batches of 16."""
    from mask.core.audit import AuditRecord

    with _mask(root / "model", BASE, MODES[BASE]) as mask:
        best = [min(_timed(mask.protect, doc) for _ in range(rounds)) for doc in docs]
    call = statistics.fmean(best)
    out = {}
    for name in sinks:
        with _mask(root / "model", name, {"sinks": [name], "buffered": True, "flush_ms": 60_000}) as mask:
            seen: list[list[str]] = []
            prints = mask._prints
            mask._prints = lambda tokens, seen=seen, prints=prints: prints(seen.append(list(tokens)) or seen[-1])  # type: ignore[method-assign]
            for doc in docs:
                mask.protect(doc, tool="crm")
            mask.sinks[0].flush()
            kid, sink, inner = mask.keys.current, mask.sinks[0], mask.sinks[0].sink

            def record(tokens: list[str], prints: Any = prints, kid: str = kid) -> AuditRecord:
                counts = {"EMAIL_ADDRESS": len(tokens)}
                return AuditRecord(
                    "protect", "default", "crm", "api", counts, prints(tokens), kid=kid, detectors=counts
                )

            enqueue = []
            for tokens in seen:
                start = time.perf_counter()
                sink.write(record(tokens))
                enqueue.append(time.perf_counter() - start)
            sink.flush()
            seen *= 1 + 31 // len(seen)  # at least two batches
            batches = [seen[i : i + 16] for i in range(0, len(seen) - 15, 16)]
            writer = []
            for batch in batches:
                runs = []
                for _ in range(rounds):
                    records = [record(tokens) for tokens in batch]
                    start = time.perf_counter()
                    inner.write_many(records)
                    runs.append((time.perf_counter() - start) / len(batch))
                writer.append(min(runs))
            out[f"{name}, buffered"] = (min(enqueue), statistics.fmean(writer))
    return call, out


def _timed(fn: Any, *args: Any) -> float:
    start = time.perf_counter()
    fn(*args, tool="crm")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--pause-ms", type=float, default=0.0, help="idle time between calls (default: none)")
    parser.add_argument("--sinks", default="sqlite,jsonl", help="the sinks to measure (default: sqlite,jsonl)")
    args = parser.parse_args()
    sinks = args.sinks.split(",")
    modes = {name: audit for name, audit in MODES.items() if not audit["sinks"] or audit["sinks"][0] in sinks}
    docs = load_corpus(CORPUS, args.docs)
    os.environ.setdefault("MASK_KEY", KEY)
    pause = args.pause_ms / 1000
    with tempfile.TemporaryDirectory() as tmp:
        masks = {name: _mask(Path(tmp), name, audit) for name, audit in modes.items()}
        blocks: dict[str, list[Block]] = {name: [] for name in masks}
        for mask in masks.values():
            _block(mask, docs[:5], 0.0)  # warm-up
        names = list(masks)
        for n in range(args.repeats):
            order = names[n % len(names) :] + names[: n % len(names)]
            for name in order if n % 2 == 0 else reversed(order):
                blocks[name].append(_block(masks[name], docs, pause))
        for mask in masks.values():
            mask.close()
        verdicts = {}
        for name, audit in modes.items():
            if audit["sinks"]:
                with _mask(Path(tmp), name, {"sinks": audit["sinks"]}) as check:
                    verdicts[name] = check.sinks[0].verify()
        writes = _write_cost(Path(tmp), modes)
        call, model = _cost_model(Path(tmp), docs, sinks)
    total = args.repeats * len(docs)
    print(
        f"pattern-only protect of {len(docs)} 2 KB documents x {args.repeats} interleaved repeats "
        f"({total} calls per mode), pause {args.pause_ms} ms, load average {os.getloadavg()[0]:.2f}"
    )
    print("added against no audit: median over repeats of block / no-audit block - 1 (p25..p75)")
    print(
        f"{'mode':17s} {'ms/call':>7s} {'wall e2e':>8s} {'(p25..p75)':>15s} {'cpu e2e':>8s} {'(p25..p75)':>15s} "
        f"{'call cpu':>8s} {'call p50':>8s}  {'<=5%':11s} chain"
    )
    base = blocks[BASE]
    base_p50 = statistics.median(c for b in base for c in b.calls)
    for name, mine in blocks.items():
        wall = [m.wall / b.wall - 1 for b, m in zip(base, mine, strict=True)]
        cpu = [m.cpu / b.cpu - 1 for b, m in zip(base, mine, strict=True)]
        main_cpu = statistics.median(m.main_cpu / b.main_cpu - 1 for b, m in zip(base, mine, strict=True))
        p50 = statistics.median(c for m in mine for c in m.calls) / base_p50 - 1
        verdict = verdicts.get(name)
        chain = f"{verdict.verdict} ({verdict.count} records)" if verdict else "-"
        marks = "-" if name == BASE else "/".join(_mark(statistics.median(x)) for x in (wall, cpu))
        print(
            f"{name:17s} {statistics.median(m.wall for m in mine) / len(docs) * 1e3:7.3f} "
            f"{statistics.median(wall):+8.1%} {_spread(wall):>15s} {statistics.median(cpu):+8.1%} {_spread(cpu):>15s} "
            f"{main_cpu:+8.1%} {p50:+8.1%}  {marks:11s} {chain}"
        )
    print(
        "wall e2e: call times + final flush; cpu e2e: CPU time of every thread (calls and writer), "
        "robust to a busy machine; call cpu: the calling thread's CPU; call p50: median call latency. "
        "<=5%: wall/cpu e2e against the target"
    )
    print("one sink.write on the call path (300 records in a row, 30 token fingerprints each):")
    per_call = statistics.median(b.wall for b in base) / len(docs)
    for name, seconds in writes.items():
        print(f"  {name:17s} {seconds * 1e6:8.1f} us = {seconds / per_call:.2%} of a no-audit call")
    print(f"cost model (minimum of timings, robust to a busy machine): a no-audit call {call * 1e3:.3f} ms")
    for name, (enqueue, writer) in model.items():
        added = (enqueue + writer) / call
        print(
            f"  {name:17s} call path {enqueue * 1e6:5.1f} us + writer {writer * 1e6:5.1f} us per record "
            f"= {added:+.1%} of the call  {_mark(added)}"
        )


def _mark(added: float) -> str:
    return "met" if added <= TARGET else "missed"


def _spread(ratios: list[float]) -> str:
    return f"{percentile(ratios, 25):+.1%}..{percentile(ratios, 75):+.1%}"


if __name__ == "__main__":
    main()
