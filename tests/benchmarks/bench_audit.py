"""What the audit trail costs a pattern-only protect call: no audit, each sink written in the
call (sync), and each sink buffered (the call only enqueues; a thread writes batches).

    python tests/benchmarks/bench_audit.py [--docs 40] [--repeats 21] [--block-seconds 1]
        [--pause-ms 0] [--sinks sqlite,jsonl] [--flush-ms 50,200]

Every mode protects the same 2 KB documents in the same process. A repeat runs one block per
mode, in an order that rotates and reverses from repeat to repeat (so drift and the
neighbours' load hit every mode alike), after a garbage collection. A block is the documents
passed over as often as it takes to last about ``--block-seconds`` without audit: several
``flush_ms`` intervals, so a buffered writer works *during* the calls, as in a long run.

Per mode, against no audit (the median, over repeats, of block / no-audit block of the same
repeat - 1; the spread is the 25th..75th percentile of those ratios):

- **wall e2e**: the block's call times plus, for a buffered sink, the wait for its queue to be
  written at the end of the block (``flush``): the whole price of the mode, the writer's work
  and its hand-offs of the interpreter lock included. On a shared machine its spread is wide.
- **cpu e2e**: CPU time of every thread (calls and writer): robust to a busy machine, blind to
  time spent waiting.
- **call cpu**: the calling thread's CPU time (the call path alone, and what the writer's
  presence does to the calls' caches).
- **waits/call** (Linux): times the calling thread went to sleep in a block, per call, less
  no audit's: a buffered writer that takes the interpreter lock from the calls shows here.
- **writer**: per buffered record, the writer thread's CPU time in batch writes, and records
  per batch (``BufferedSink.stats()``).

The run ends with a **cost model** built from minimums of many timings: a no-audit call, and
per buffered sink the call path of one record (fingerprints object, record, enqueue) plus the
writer's work per record in batches of 16.

``--pause-ms`` idles between calls (an agent waiting on its model): the writer then works
while the caller waits. The target (issue 13) is end to end: buffered adds at most 5% to a
pattern-only protect call; each mode is marked ``met`` or ``missed`` against wall e2e / cpu e2e.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import statistics
import sys
import tempfile
import threading
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
    """One block of calls of one mode: wall seconds (calls and final flush), process CPU
    seconds (every thread: the calls and the writer), the calling thread's CPU seconds, the
    times it went to sleep (None off Linux)."""

    __slots__ = ("cpu", "main_cpu", "sleeps", "wall")

    def __init__(self, wall: float, cpu: float, main_cpu: float, sleeps: int | None) -> None:
        self.wall, self.cpu, self.main_cpu, self.sleeps = wall, cpu, main_cpu, sleeps


def _sleeps() -> int | None:
    """Voluntary context switches of the calling thread so far (Linux), else None."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/status") as fh:
            for line in fh:
                if line.startswith("voluntary_ctxt_switches"):
                    return int(line.split(":")[1])
    except OSError:
        pass
    return None


def _block(mask: Mask, docs: list[str], pause: float) -> Block:
    """The block's call times plus the final flush of a buffered sink (its writer's leftover)."""
    gc.collect()
    elapsed = 0.0
    sleeps = _sleeps()
    cpu, main_cpu = time.process_time(), time.thread_time()
    for doc in docs:
        start = time.perf_counter()
        mask.protect(doc, tool="crm")
        elapsed += time.perf_counter() - start
        if pause:
            time.sleep(pause)
    main_cpu = time.thread_time() - main_cpu
    after = _sleeps()
    start = time.perf_counter()
    for sink in mask.sinks:
        flush = getattr(sink, "flush", None)
        if callable(flush):
            flush()
    wall = elapsed + time.perf_counter() - start
    waits = after - sleeps if after is not None and sleeps is not None and not pause else None
    return Block(wall, time.process_time() - cpu, main_cpu, waits)


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
    parser.add_argument("--block-seconds", type=float, default=1.0, help="about how long a no-audit block lasts")
    parser.add_argument("--pause-ms", type=float, default=0.0, help="idle time between calls (default: none)")
    parser.add_argument("--sinks", default="sqlite,jsonl", help="the sinks to measure (default: sqlite,jsonl)")
    parser.add_argument(
        "--flush-ms", default=None, help="buffered flush_ms, or several (50,200: a buffered mode each; default: Mask's)"
    )
    args = parser.parse_args()
    sinks = args.sinks.split(",")
    modes: dict[str, dict[str, Any]] = {}
    for name, audit in MODES.items():
        if audit["sinks"] and audit["sinks"][0] not in sinks:
            continue
        if audit.get("buffered") and args.flush_ms:
            for ms in map(float, args.flush_ms.split(",")):
                modes[f"{name} {ms:g} ms"] = {**audit, "flush_ms": ms}
        else:
            modes[name] = dict(audit)
    docs = load_corpus(CORPUS, args.docs)
    os.environ.setdefault("MASK_KEY", KEY)
    pause = args.pause_ms / 1000
    with tempfile.TemporaryDirectory() as tmp:
        masks = {name: _mask(Path(tmp), name, audit) for name, audit in modes.items()}
        blocks: dict[str, list[Block]] = {name: [] for name in masks}
        for mask in masks.values():
            _block(mask, docs[:5], 0.0)  # warm-up
        one = min(_block(masks[BASE], docs, pause).wall for _ in range(3)) + pause * len(docs)
        passes = max(1, math.ceil(args.block_seconds / one))
        block_docs = docs * passes
        stats_before = {name: _writer_stats(mask) for name, mask in masks.items()}
        names = list(masks)
        for n in range(args.repeats):
            order = names[n % len(names) :] + names[: n % len(names)]
            for name in order if n % 2 == 0 else reversed(order):
                blocks[name].append(_block(masks[name], block_docs, pause))
        writers = {name: _minus(_writer_stats(mask), stats_before[name]) for name, mask in masks.items()}
        for mask in masks.values():
            mask.close()
        verdicts = {}
        for name, audit in modes.items():
            if audit["sinks"]:
                with _mask(Path(tmp), name, {"sinks": audit["sinks"]}) as check:
                    verdicts[name] = check.sinks[0].verify()
        writes = _write_cost(Path(tmp), modes)
        call, model = _cost_model(Path(tmp), docs, sinks)
    calls = len(block_docs)
    print(
        f"pattern-only protect of {len(docs)} 2 KB documents, {calls} calls a block ({passes} passes), "
        f"{args.repeats} interleaved repeats ({args.repeats * calls} calls per mode), pause {args.pause_ms} ms, "
        f"buffered flush_ms {args.flush_ms or 'default'}, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print("added against no audit: median over repeats of block / no-audit block - 1 (p25..p75)")
    print(
        f"{'mode':24s} {'ms/call':>7s} {'wall e2e':>8s} {'(p25..p75)':>15s} {'cpu e2e':>8s} "
        f"{'(p25..p75)':>15s} {'call cpu':>8s} {'waits/call':>10s} {'writer us/rec':>13s} {'rec/batch':>9s}  "
        f"{'<=5%':11s} chain"
    )
    base = blocks[BASE]
    for name, mine in blocks.items():
        wall = [m.wall / b.wall - 1 for b, m in zip(base, mine, strict=True)]
        cpu = [m.cpu / b.cpu - 1 for b, m in zip(base, mine, strict=True)]
        main_cpu = statistics.median(m.main_cpu / b.main_cpu - 1 for b, m in zip(base, mine, strict=True))
        waits = [
            (m.sleeps - b.sleeps) / calls for b, m in zip(base, mine, strict=True) if None not in (m.sleeps, b.sleeps)
        ]
        verdict = verdicts.get(name)
        chain = f"{verdict.verdict} ({verdict.count} records)" if verdict else "-"
        marks = "-" if name == BASE else "/".join(_mark(statistics.median(x)) for x in (wall, cpu))
        writer = writers[name]
        per_record = (
            f"{writer['cpu_seconds'] / writer['records'] * 1e6:13.0f}" if writer.get("records") else f"{'-':>13s}"
        )
        per_batch = f"{writer['records'] / writer['batches']:9.1f}" if writer.get("batches") else f"{'-':>9s}"
        print(
            f"{name:24s} {statistics.median(m.wall for m in mine) / calls * 1e3:7.3f} "
            f"{statistics.median(wall):+8.1%} {_spread(wall):>15s} "
            f"{statistics.median(cpu):+8.1%} {_spread(cpu):>15s} {main_cpu:+8.1%} "
            f"{statistics.median(waits) if waits else float('nan'):+10.3f} {per_record} {per_batch}  {marks:11s} {chain}"
        )
    print(
        "wall e2e: call times + final flush; "
        "cpu e2e: CPU time of every thread (calls and writer); call cpu: the calling thread's CPU; "
        "waits/call: the calling thread's sleeps per call, less no audit's; writer: the writer thread's CPU "
        "per record in batch writes. <=5%: wall/cpu e2e against the target"
    )
    print("one sink.write on the call path (300 records in a row, 30 token fingerprints each):")
    per_call = statistics.median(b.wall for b in base) / calls
    for name, seconds in writes.items():
        print(f"  {name:24s} {seconds * 1e6:8.1f} us = {seconds / per_call:.2%} of a no-audit call")
    print(f"cost model (minimum of timings, robust to a busy machine): a no-audit call {call * 1e3:.3f} ms")
    for name, (enqueue, writer_cost) in model.items():
        added = (enqueue + writer_cost) / call
        print(
            f"  {name:24s} call path {enqueue * 1e6:5.1f} us + writer {writer_cost * 1e6:5.1f} us per record "
            f"= {added:+.1%} of the call  {_mark(added)}"
        )


def _writer_stats(mask: Mask) -> dict[str, float]:
    stats = getattr(mask.sinks[0], "stats", None) if mask.sinks else None
    return stats() if callable(stats) else {}


def _minus(after: dict[str, float], before: dict[str, float]) -> dict[str, float]:
    return {key: value - before.get(key, 0) for key, value in after.items()}


def _mark(added: float) -> str:
    return "met" if added <= TARGET else "missed"


def _spread(ratios: list[float]) -> str:
    return f"{percentile(ratios, 25):+.1%}..{percentile(ratios, 75):+.1%}"


if __name__ == "__main__":
    main()
