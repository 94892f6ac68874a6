"""Vault round trips per protect/reveal call, through a counting wrapper around each real vault."""

from __future__ import annotations

import argparse
import os
import statistics
import time
from typing import Any

from common import load_corpus, load_labels, percentile
from counting_vault import CountingVault

__all__ = ["vaults"]


def _backends(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    prefix = f"maskbench-{os.getpid()}-"
    return {
        "memory": {"backend": "memory"},
        "sqlite": {"backend": "sqlite"},
        "redis": {"backend": "redis", "url": args.redis_url, "prefix": prefix},
    }


def _one(vault_config: dict[str, Any], docs: list[str], answers: list[str]) -> dict[str, Any]:
    from worker_mask import FAST, PATTERN_ONLY

    from mask.core import Mask

    config = {**FAST, **PATTERN_ONLY, "vault": vault_config}
    inner = Mask(config).vault
    counting = CountingVault(inner)
    mask = Mask(config, vault=counting)
    try:
        protect_trips, protect_ms = [], []
        for doc in docs:
            counting.reset()
            t = time.perf_counter()
            mask.protect(doc, scope="vaultbench")
            protect_ms.append((time.perf_counter() - t) * 1e3)
            protect_trips.append(counting.round_trips)
        counting.reset()
        repeat_trips = []
        for doc in docs[:20]:
            counting.reset()
            mask.protect(doc, scope="vaultbench")  # values already in the vault
            repeat_trips.append(counting.round_trips)
        tokenized = [mask.protect(a, scope="vaultbench") for a in answers]
        reveal_trips, reveal_ms = [], []
        for text in tokenized:
            counting.reset()
            t = time.perf_counter()
            mask.reveal(text, scope="vaultbench")
            reveal_ms.append((time.perf_counter() - t) * 1e3)
            reveal_trips.append(counting.round_trips)
        return {
            "protect_round_trips_per_call": statistics.mean(protect_trips),
            "protect_round_trips_max": max(protect_trips),
            "protect_again_round_trips_per_call": statistics.mean(repeat_trips),
            "reveal_round_trips_per_call": statistics.mean(reveal_trips),
            "reveal_round_trips_max": max(reveal_trips),
            "protect_p50_ms": percentile(protect_ms, 50),
            "protect_p99_ms": percentile(protect_ms, 99),
            "reveal_p50_ms": percentile(reveal_ms, 50),
            "reveal_p99_ms": percentile(reveal_ms, 99),
            "calls": len(docs),
        }
    finally:
        try:
            mask.forget_scope("vaultbench")  # leave nothing behind in a shared server
        finally:
            mask.close()


def vaults(args: argparse.Namespace) -> dict[str, Any]:
    """For each backend: mean vault round trips per protect call (2 KB document) and per reveal call."""
    docs = load_corpus(args.corpus, min(args.docs, 100))
    labels = load_labels(args.labels, min(args.docs, 100))
    answers = [" and ".join(e["value"] for e in per[:40]) for per in labels[:20]]
    out: dict[str, Any] = {"system": "mask", "backends": {}}
    for name, vault_config in _backends(args).items():
        try:
            out["backends"][name] = _one(vault_config, docs, answers)
        except Exception as exc:
            out["backends"][name] = {"error": f"not available: {type(exc).__name__}: {exc}"[:300]}
    return out
