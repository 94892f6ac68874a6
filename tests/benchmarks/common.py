"""Helpers shared by every benchmark worker (standard library only: the reference's and
Presidio's virtualenvs import this module too)."""

from __future__ import annotations

import json
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "NER_TYPES",
    "RESULT_MARK",
    "emit",
    "filler_words",
    "load_corpus",
    "load_labels",
    "load_negatives",
    "overmasking",
    "percentile",
    "recall",
    "rss_mb",
    "time_calls",
    "time_documents",
]

RESULT_MARK = "BENCH-RESULT "
NER_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})


def rounds(series: Sequence[str], n: int, seed: int = 0) -> list[list[str]]:
    """``n`` rounds of the measured ``series``, each round in its own shuffled (seeded) order.

    In a fixed order, one measurement always runs right after the same other one and
    inherits its warm caches: the tool-call yardstick (one ``Mask.protect``) ran right after
    a protect of the same payload and read 3-5% faster than in any other position."""
    rng = random.Random(seed)
    return [rng.sample(list(series), len(series)) for _ in range(n)]


def load_corpus(path: str | Path, limit: int | None = None) -> list[str]:
    """The ``text`` of the first ``limit`` JSONL records."""
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts[:limit] if limit else texts


def load_labels(path: str | Path, limit: int | None = None) -> list[list[dict[str, Any]]]:
    """Per document, the injected values ``{"type", "value", "start"}`` (see make_corpus.py)."""
    with open(path, encoding="utf-8") as fh:
        labels = [json.loads(line)["entities"] for line in fh if line.strip()]
    return labels[:limit] if limit else labels


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of unsorted values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def rss_mb() -> dict[str, float]:
    """Peak resident set size of this process and of its reaped children, in MiB (Linux: KiB units)."""
    # Children: the largest reaped child (the reference's NER pool; pip/git helpers are tiny).
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_rss_children_mb": round(children, 1)}


def time_documents(
    fn: Callable[[str, int], str], docs: Sequence[str], repeats: int
) -> tuple[dict[str, Any], list[str]]:
    """Call ``fn(doc, repeat)`` on every document, ``repeats`` times.

    Returns the medians over repeats of throughput (KB/s, KB = 1024 bytes of UTF-8) and
    per-document p50/p99 latency (ms), every repeat's figures, and the outputs of the
    first repeat (for recall).
    """
    kb = sum(len(d.encode()) for d in docs) / 1024
    runs = []
    first: list[str] = []
    for rep in range(repeats):
        latencies = []
        outputs = []
        t0 = time.perf_counter()
        for doc in docs:
            t = time.perf_counter()
            outputs.append(fn(doc, rep))
            latencies.append(time.perf_counter() - t)
        elapsed = time.perf_counter() - t0
        if rep == 0:
            first = outputs
        runs.append(
            {
                "kb_per_s": kb / elapsed,
                "p50_ms": percentile(latencies, 50) * 1e3,
                "p99_ms": percentile(latencies, 99) * 1e3,
                "seconds": elapsed,
            }
        )
    summary = {
        "docs": len(docs),
        "kb": round(kb, 1),
        "repeats": repeats,
        "kb_per_s": statistics.median(r["kb_per_s"] for r in runs),
        "p50_ms": statistics.median(r["p50_ms"] for r in runs),
        "p99_ms": statistics.median(r["p99_ms"] for r in runs),
        "runs": runs,
    }
    return summary, first


def time_calls(fn: Callable[[], object], n: int) -> dict[str, float]:
    """p50/p99/mean (ms) of ``n`` calls of ``fn``."""
    latencies = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        latencies.append(time.perf_counter() - t)
    return {
        "p50_ms": percentile(latencies, 50) * 1e3,
        "p99_ms": percentile(latencies, 99) * 1e3,
        "mean_ms": statistics.fmean(latencies) * 1e3,
        "n": n,
    }


def recall(outputs: Sequence[str], labels: Sequence[Sequence[dict[str, Any]]]) -> dict[str, Any]:
    """Share of injected values that no longer appear verbatim (as a whole word) in the output.

    A value counts as caught when the exact string is gone from its document's output,
    so a partially masked value (``John [TOKEN]``) counts as caught: an upper bound for
    names and addresses, exact for single-token values (e-mail, SSN, card, IBAN...).
    """
    per_type: dict[str, list[int]] = {}
    for text, entities in zip(outputs, labels, strict=True):
        for entity in entities:
            value = entity["value"]
            leaked = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text) is not None
            counts = per_type.setdefault(entity["type"], [0, 0])
            counts[0] += 0 if leaked else 1
            counts[1] += 1
    by_type = {t: round(c / n, 4) for t, (c, n) in sorted(per_type.items())}
    pattern = [c for t, c in per_type.items() if t not in NER_TYPES]
    ner = [c for t, c in per_type.items() if t in NER_TYPES]
    return {
        "all": _ratio(per_type.values()),
        "pattern_types": _ratio(pattern),
        "ner_types": _ratio(ner),
        "by_type": by_type,
        "values": sum(n for _, n in per_type.values()),
    }


# Non-PII the generator writes next to the PII (order refs, ticket numbers, amounts, version
# strings, UUIDs): a value of these that disappears from the output was over-masked.
_NEGATIVES = re.compile(
    r"ORD-\d{4}-[A-Za-z]{4}|#\d{5}(?!\d)|\$\d{1,4}\.\d{2}(?!\d)|(?<![\w.])v\d\.\d{1,2}\.\d{1,2}(?![\w.])"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)


def load_negatives(path: str | Path, limit: int | None = None) -> list[list[str]] | None:
    """Per document, labelled non-PII pieces (eval set files), or None when the labels have none."""
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    if not records or "negatives" not in records[0]:
        return None
    negatives = [r["negatives"] for r in records]
    return negatives[:limit] if limit else negatives


def overmasking(
    inputs: Sequence[str], outputs: Sequence[str], negatives: Sequence[Sequence[str]] | None = None
) -> dict[str, Any]:
    """Share of known non-PII strings that no longer appear in the output: a precision proxy (0 is best).

    The strings are the labelled ``negatives`` when given (eval set), else what the corpus
    generator writes next to the PII: order refs, ticket numbers, prices, versions, UUIDs.
    """
    total = gone = 0
    for i, (text, out) in enumerate(zip(inputs, outputs, strict=True)):
        pieces = negatives[i] if negatives is not None else [m.group() for m in _NEGATIVES.finditer(text)]
        for piece in pieces:
            total += 1
            gone += piece not in out
    return {"rate": round(gone / total, 4) if total else float("nan"), "values": total}


def _ratio(counts: Any) -> float:
    counts = list(counts)
    total = sum(n for _, n in counts)
    return round(sum(c for c, _ in counts) / total, 4) if total else float("nan")


def filler_words(n: int, seed: int = 7) -> str:
    """Deterministic prose-like filler (no PII) of about ``n`` characters."""
    words = [
        "the",
        "account",
        "was",
        "reviewed",
        "and",
        "the",
        "request",
        "is",
        "now",
        "complete",
        "please",
        "let",
        "us",
        "know",
        "if",
        "anything",
        "else",
        "needs",
        "attention",
        "our",
        "team",
        "will",
        "follow",
        "up",
        "with",
        "the",
        "details",
        "shortly",
        "thanks",
        "for",
        "waiting",
    ]
    rng = random.Random(seed + n)
    out: list[str] = []
    size = 0
    while size < n:
        word = rng.choice(words)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:n]


def emit(result: dict[str, Any]) -> None:
    """Print the worker's result where the orchestrator finds it (one line of JSON)."""
    result.update(rss_mb())
    sys.stdout.write(RESULT_MARK + json.dumps(result, default=str) + "\n")
    sys.stdout.flush()
