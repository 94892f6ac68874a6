"""Benchmark of the token layer (not a test: run ``python tests/tokens/bench_tokens.py``).

* reveal throughput on ~2 KB model answers holding 40 tokens (format tokens: e-mail,
  SSN, card, phone, person), memory vault;
* protect latency per tool call (p50 / p95) on a small JSON tool result, memory vault,
  (a) with every installed pattern detector (spaCy off), (b) with the core e-mail
  detector only (the token layer's own cost);
* vault round trips of a 40-entity protect and of a reveal.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mask.core import Mask
from mask.core.keys import KeyRing
from tokens.conftest import KEY_A, OTHER_DETECTORS, CountingVault, DetectorPlugin, config

WORDS = [
    "the",
    "order",
    "was",
    "shipped",
    "to",
    "our",
    "customer",
    "and",
    "the",
    "invoice",
    "follows",
    "next",
    "week",
    "as",
    "agreed",
]


def _entity(rng: random.Random, i: int) -> str:
    kind = i % 5
    if kind == 0:
        return f"user{rng.randrange(10**6)}@corp{rng.randrange(100)}.com"
    if kind == 1:
        return f"{rng.randrange(100, 899)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"
    if kind == 2:
        return " ".join(f"{rng.randrange(1000, 9999)}" for _ in range(4))
    if kind == 3:
        return f"+1 ({rng.randrange(200, 999)}) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    return f"{rng.choice(['Alice', 'Bob', 'Carol'])} {rng.choice(['Smith', 'Jones', 'Lee', 'Young'])}"


def answers(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for i in range(40):
            parts.append(" ".join(rng.choice(WORDS) for _ in range(5)))
            parts.append(_entity(rng, i) + ".")
        out.append(" ".join(parts))
    return out


def bench_reveal(mask: Mask, n: int = 300) -> tuple[float, float, float]:
    protected = [mask.protect(a) for a in answers(n)]
    size = sum(len(p) for p in protected)
    per = statistics.mean(len(mask.tokens.resolve(mask.tokens.find(p), "default").found) for p in protected[:20])
    mask.reveal(protected[0])
    start = time.perf_counter()
    for p in protected:
        mask.reveal(p)
    elapsed = time.perf_counter() - start
    return size / elapsed / 1e6, size / n, per


def bench_protect(mask: Mask, n: int = 3000) -> tuple[float, float]:
    rng = random.Random(3)
    payloads: list[dict[str, Any]] = [
        {
            "id": i,
            "customer": {"name": "Bob Jones", "email": f"bob{rng.randrange(10**5)}@corp.com"},
            "notes": "called about order 12345, wants a refund; ssn 123-45-6789",
        }
        for i in range(n)
    ]
    for p in payloads[:50]:
        mask.protect(p)
    times = []
    for p in payloads:
        start = time.perf_counter()
        mask.protect(p)
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2] * 1e3, times[int(len(times) * 0.95)] * 1e3


def main() -> None:
    keys = KeyRing.from_strings(KEY_A)
    with_test_detector = Mask(config(), plugins=[("test-detector", DetectorPlugin())], keys=keys)
    rate, size, per = bench_reveal(with_test_detector)
    print(f"reveal: {rate:.2f} MB/s on {size:.0f}-char answers with {per:.0f} tokens each")

    all_patterns = Mask(
        config(plugins={"disable": ["spacy"]}), plugins=[("test-detector", DetectorPlugin())], keys=keys
    )
    p50, p95 = bench_protect(all_patterns)
    print(f"protect (every installed pattern detector): p50 {p50:.3f} ms, p95 {p95:.3f} ms per tool call")
    email_only = Mask(config(plugins={"disable": [*OTHER_DETECTORS]}), keys=keys)
    p50, p95 = bench_protect(email_only)
    print(f"protect (core e-mail detector only):        p50 {p50:.3f} ms, p95 {p95:.3f} ms per tool call")

    vault = CountingVault()
    counted = Mask(config(), plugins=[("test-detector", DetectorPlugin())], keys=keys, vault=vault)
    text = answers(1, seed=11)[0]
    protected = counted.protect(text)
    print(f"vault calls, first protect of 40 entities: {dict(vault.calls)}")
    vault.calls.clear()
    counted.reveal(protected)
    print(f"vault calls, reveal of that answer:          {dict(vault.calls)}")


if __name__ == "__main__":
    main()
