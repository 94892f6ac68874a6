"""What the audit trail costs a pattern-only protect call: no audit, each sink written in the
call (sync), and each sink buffered (the call only enqueues; a thread writes batches).

    python tests/benchmarks/bench_audit.py [--docs 40] [--rounds 6]

The modes run interleaved round by round (the order alternates) on the same 2 KB documents;
per document the best of its rounds counts (noise only adds time). Prints per mode the
mean time per call, the added time per call against no audit, and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mask.core import Mask

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_corpus

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"
KEY = "bench:" + "A" * 43
MODES: dict[str, dict[str, Any]] = {
    "no audit": {"sinks": []},
    "sqlite, sync": {"sinks": ["sqlite"]},
    "sqlite, buffered": {"sinks": ["sqlite"], "buffered": True},
    "jsonl, sync": {"sinks": ["jsonl"]},
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


def _round(mask: Mask, docs: list[str], pause: float = 0.0) -> list[float]:
    times = []
    for doc in docs:
        start = time.perf_counter()
        mask.protect(doc, tool="crm")
        times.append(time.perf_counter() - start)
        if pause:
            time.sleep(pause)  # an agent between two calls (waiting on the model): the writer's time
    return times


def _write_cost(root: Path, repeat: int = 300) -> dict[str, float]:
    """Seconds one ``sink.write`` takes on the call path, per sink, sync and buffered."""
    from mask.core.audit import AuditRecord

    record = AuditRecord("protect", "default", "crm", "tool-result", {"EMAIL_ADDRESS": 2}, ("0" * 16,) * 2)
    out = {}
    for name, audit in MODES.items():
        if not audit["sinks"]:
            continue
        with _mask(root / "writes", name, audit) as mask:
            sink = mask.sinks[0]
            start = time.perf_counter()
            for _ in range(repeat):
                sink.write(record)
            out[name] = (time.perf_counter() - start) / repeat
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--pause-ms", type=float, default=0.0, help="idle time between calls (default: none)")
    args = parser.parse_args()
    docs = load_corpus(CORPUS, args.docs)
    import os

    os.environ.setdefault("MASK_KEY", KEY)
    with tempfile.TemporaryDirectory() as tmp:
        masks = {name: _mask(Path(tmp), name, audit) for name, audit in MODES.items()}
        times: dict[str, list[float]] = {name: [] for name in masks}
        for mask in masks.values():
            _round(mask, docs[:5])  # warm-up
        order = list(masks)
        for n in range(args.rounds):
            for name in order if n % 2 == 0 else reversed(order):
                times[name].extend(_round(masks[name], docs, args.pause_ms / 1000))
        verdicts = {}
        for mask in masks.values():
            mask.close()
        for name, audit in MODES.items():
            if audit["sinks"]:
                with _mask(Path(tmp), name, {"sinks": audit["sinks"]}) as check:
                    verdicts[name] = check.sinks[0].verify()
        writes = _write_cost(Path(tmp))
    best = {name: [min(values[i :: len(docs)]) for i in range(len(docs))] for name, values in times.items()}
    base = sum(best["no audit"]) / len(docs)
    print(f"pattern-only protect of {len(docs)} 2 KB documents, {args.rounds} rounds, pause {args.pause_ms} ms")
    print(f"{'mode':18s} {'ms/call':>8s} {'added us':>9s} {'ratio':>6s}  chain")
    for name, values in best.items():
        per_call = sum(values) / len(docs)
        verdict = verdicts.get(name)
        chain = f"{verdict.verdict} ({verdict.count} records)" if verdict else "-"
        print(f"{name:18s} {per_call * 1e3:8.3f} {(per_call - base) * 1e6:9.1f} {per_call / base:6.3f}  {chain}")
    print("one sink.write on the call path (300 records in a row):")
    for name, seconds in writes.items():
        print(f"  {name:18s} {seconds * 1e6:8.1f} us = {seconds / base:.2%} of a no-audit call")


if __name__ == "__main__":
    main()
