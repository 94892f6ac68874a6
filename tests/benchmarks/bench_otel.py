"""What mask-otel costs a protect call when no OpenTelemetry SDK is configured (the API's no-op
providers): the same pattern-only protect of 2 KB documents with the plugin disabled and
enabled, interleaved round by round so that machine noise hits both alike.

    python tests/benchmarks/bench_otel.py [--docs 40] [--rounds 7]

Prints the median per-call time of each mode and their ratio (target: enabled / disabled
under 1.05). Mask's own events are sent in both modes; the difference is the plugin's
receivers (counters, histograms, a span per call) on the API's no-op providers.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from opentelemetry import metrics, trace
from opentelemetry.metrics import NoOpMeterProvider

from mask.core import Mask

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_corpus

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus-500.jsonl"


def _config(data_dir: str, disable: list[str]) -> dict[str, Any]:
    return {
        "mask": {"data_dir": data_dir},
        "vault": {"backend": "memory"},
        "audit": {"sinks": []},
        "plugins": {"disable": ["spacy", *disable]},
    }


def _round(mask: Mask, docs: list[str]) -> list[float]:
    times = []
    for doc in docs:
        start = time.perf_counter()
        mask.protect(doc, tool="crm")
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    docs = load_corpus(CORPUS, args.docs)
    assert not isinstance(metrics.get_meter_provider(), NoOpMeterProvider)  # the API's proxy: no SDK
    assert type(trace.get_tracer_provider()).__name__ == "ProxyTracerProvider"
    with tempfile.TemporaryDirectory() as data:
        modes = {"otel disabled": Mask(_config(data, ["otel"])), "otel enabled, no SDK": Mask(_config(data, []))}
        assert modes["otel enabled, no SDK"].plugins.infos["otel"].status == "enabled"
        times: dict[str, list[float]] = {name: [] for name in modes}
        for mask in modes.values():
            _round(mask, docs)  # warm-up: vault entries, lazy imports
        for n in range(args.rounds):
            for name, mask in sorted(modes.items(), reverse=n % 2 == 1):  # alternate who goes first
                times[name].extend(_round(mask, docs))
        for mask in modes.values():
            mask.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:24s} median {value * 1e3:8.3f} ms per protect call ({len(times[name])} calls)")
    # Per document, the fastest of its rounds in each mode (noise only ever adds time).
    best = {name: [min(values[i :: len(docs)]) for i in range(len(docs))] for name, values in times.items()}
    base, with_otel = sum(best["otel disabled"]), sum(best["otel enabled, no SDK"])
    print(f"ratio enabled/disabled, best of {args.rounds} rounds per document: {with_otel / base:.3f}")
    receivers = _receiver_cost(docs)
    per_call = base / len(docs)
    print(
        f"the plugin's receivers alone: {receivers * 1e6:.1f} us per protect call "
        f"= {receivers / per_call:.2%} of a {per_call * 1e3:.2f} ms call"
    )


def _receiver_cost(docs: list[str], repeat: int = 2000) -> float:
    """Seconds the mask-otel receivers take for one protect call's event (no SDK)."""
    from mask.core.events import Protected
    from mask.plugins.otel import MaskTelemetry

    seen: list[Protected] = []
    with tempfile.TemporaryDirectory() as data, Mask(_config(data, ["otel"])) as mask:
        mask.bus.connect(Protected, lambda _bus, event: seen.append(event), weak=False)
        mask.protect(docs[0], tool="crm")
    event, receive = seen[0], MaskTelemetry().on_protected
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            receive(None, event)
        best = min(best, (time.perf_counter() - start) / repeat)
    return best


if __name__ == "__main__":
    main()
