"""Profile Mask's protect (or reveal) hot path with pyinstrument; report the top functions by own time.

Run through ``worker_mask.py profile [--ner | --reveal]``; writes the full call tree to
``bench-results/profile-<protect-pattern|protect-ner|reveal>.txt``.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

from common import load_corpus, load_labels
from library_time import time_inside_libraries

__all__ = ["breakdown", "profile"]


def _walk(frame: Any, own: dict[str, float], total: dict[str, float], seen_stack: tuple[str, ...]) -> None:
    key = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
    if frame.function.startswith("["):  # pyinstrument's synthetic [self]/[await] frames
        return
    own[key] += frame.total_self_time
    if key not in seen_stack:  # count recursion once in the inclusive figure
        total[key] += frame.time
    for child in frame.children:
        _walk(child, own, total, (*seen_stack, key))


def profile(args: argparse.Namespace) -> dict[str, Any]:
    from pyinstrument import Profiler
    from worker_mask import make_mask

    docs = load_corpus(args.corpus, args.docs)
    mask = make_mask(args.ner)
    mask.protect(docs[0], scope="warm")
    if args.reveal:
        from worker_mask import build_answers, single_token, token_values

        labels = load_labels(args.labels, args.docs)
        pairs = build_answers(lambda v: single_token(mask, v), token_values(labels), args.answers)
        docs = [t for t, _ in pairs]
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for rep in range(args.repeats):
        for doc in docs:
            if args.reveal:
                mask.reveal(doc)
            else:
                mask.protect(doc, scope=f"profile{rep}")
    session = profiler.stop()
    root = session.root_frame()
    own: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    if root is not None:
        _walk(root, own, total, ())
    duration = session.duration or 1.0
    label = "reveal" if args.reveal else "protect-ner" if args.ner else "protect-pattern"
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"profile-{label}.txt"
    path.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    top_own = sorted(own.items(), key=lambda kv: -kv[1])[:15]
    top_total = sorted(total.items(), key=lambda kv: -kv[1])[:25]
    return {
        "system": "mask",
        "mode": label,
        "docs": len(docs) * args.repeats,
        "seconds": duration,
        "top_own_time": [{"function": k, "seconds": round(v, 4), "share": round(v / duration, 4)} for k, v in top_own],
        "top_inclusive": [
            {"function": k, "seconds": round(v, 4), "share": round(v / duration, 4)} for k, v in top_total
        ],
        "tree": str(path),
    }


def breakdown(args: argparse.Namespace) -> dict[str, Any]:
    """Where one protect call's time goes, timed directly (no profiler overhead).

    For each document: the whole ``protect``; the minted-token scan (``tokens.find``); and
    each enabled detector's ``detect`` on its own (no waterfall ``covered`` spans, so NER
    here scans the whole text). Returned as mean ms per document and share of ``protect``.
    """
    import time

    from worker_mask import make_mask

    from mask.core import Budget

    docs = load_corpus(args.corpus, args.docs)
    mask = make_mask(args.ner)
    mask.protect(docs[0], scope="warm")
    parts: dict[str, float] = defaultdict(float)
    for doc in docs:
        t = time.perf_counter()
        mask.protect(doc, scope="breakdown")
        parts["protect (total)"] += time.perf_counter() - t
        t = time.perf_counter()
        mask.tokens.find(doc)
        parts["tokens.find (minted-token scan)"] += time.perf_counter() - t
        for _plugin, detector in mask.detectors.items:
            t = time.perf_counter()
            detector.detect([doc], [[]], Budget.of(None))
            parts[f"detector {detector.name}"] += time.perf_counter() - t
    total = parts["protect (total)"] or 1.0
    measured = sum(v for k, v in parts.items() if k != "protect (total)")
    parts["rest: tokenize, vault, policy, splice (protect - parts above)"] = max(0.0, total - measured)
    rows = sorted(parts.items(), key=lambda kv: -kv[1])
    libraries = time_inside_libraries(lambda rep: [mask.protect(d, scope=f"libraries{rep}") for d in docs])
    return {
        "system": "mask",
        "mode": "breakdown-ner" if args.ner else "breakdown-pattern",
        "docs": len(docs),
        "parts": [
            {"part": k, "ms_per_doc": round(v / len(docs) * 1e3, 4), "share_of_protect": round(v / total, 4)}
            for k, v in rows
        ],
        # Process time of protect with the library timers in place, and the time inside each
        # library (phonenumbers, python-stdnum): what Mask cannot make faster itself.
        "libraries": {
            "protect_ms_per_doc": round(libraries["seconds"] / len(docs) * 1e3, 4),
            **{
                f"{lib}_ms_per_doc": round(seconds / len(docs) * 1e3, 4) for lib, seconds in libraries["inside"].items()
            },
        },
    }
