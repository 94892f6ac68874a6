"""The reference implementation's side (mask-privacy 4.3.0), run by the reference venv's python.

Calls ``MaskClient.scan_and_tokenize`` exactly as ``../shared/bench/run_maskprivacy.py`` does
(same environment: dev mode, no audit DB). Pattern-only runs pass the scanner's own
``pipeline=["dlp", "regex", "checksum"]`` (its NLP tier is the ``"nlp"`` step). Reveal
uses ``MaskClient.encode`` for the tokens and ``detokenize_text`` for the answer.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("MASK_ENCRYPTION_KEY", "Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4eHh4eHh4eHg=")
os.environ.setdefault("MASK_MASTER_KEY", "a" * 64)
os.environ.setdefault("MASK_ENV", "dev")
os.environ.setdefault("MASK_DISABLE_AUDIT_DB", "true")

from common import (
    NER_TYPES,
    emit,
    filler_words,
    load_corpus,
    load_labels,
    load_negatives,
    overmasking,
    recall,
    time_documents,
)

PATTERN_PIPELINE = ["dlp", "regex", "checksum"]


def protect(args: argparse.Namespace) -> dict[str, Any]:
    from mask_privacy.client import MaskClient

    docs = load_corpus(args.corpus, args.docs)
    labels = load_labels(args.labels, args.docs)
    t = time.perf_counter()
    client = MaskClient()
    setup_s = time.perf_counter() - t
    if args.ner:

        def run(doc: str, _rep: int) -> str:
            return client.scan_and_tokenize(doc)
    else:

        def run(doc: str, _rep: int) -> str:
            return client.scanner.scan_and_tokenize(doc, encode_fn=client.encode, pipeline=PATTERN_PIPELINE)

    t = time.perf_counter()
    run("warm up John Smith 555-123-4567", 0)
    warm_s = time.perf_counter() - t
    summary, outputs = time_documents(run, docs, args.repeats)
    _shutdown_pool()
    summary.update(
        system="reference",
        setup_s=setup_s,
        first_call_s=warm_s,
        recall=recall(outputs, labels),
        overmasking=overmasking(docs, outputs, load_negatives(args.labels, args.docs)),
    )
    return summary


def _shutdown_pool() -> None:
    """Reap the NLP process pool so RUSAGE_CHILDREN covers its workers."""
    try:
        from mask_privacy.core.scanner import close_scanner

        close_scanner()
    except Exception:
        pass


def reveal(args: argparse.Namespace) -> dict[str, Any]:
    from mask_privacy.client import MaskClient

    client = MaskClient()
    labels = load_labels(args.labels, args.docs)
    values = [e["value"] for per in labels for e in per if e["type"] not in NER_TYPES]
    per_answer, size = 40, 2048
    pairs = []
    for value in values:
        token = client.encode(value)
        if token and token != value:
            pairs.append((token, value))
        if len(pairs) >= args.answers * per_answer:
            break
    answers = []
    for a in range(args.answers):
        chosen = [pairs[(a * per_answer + i) % len(pairs)] for i in range(per_answer)]
        gap = max(8, (size - sum(len(t) + 2 for t, _ in chosen)) // (per_answer + 1))
        fill = [filler_words(gap, seed=a * 100 + i) for i in range(per_answer + 1)]
        tokenized = "".join(f + " " + t + " " for f, (t, _) in zip(fill, chosen, strict=False)) + fill[-1]
        plain = "".join(f + " " + v + " " for f, (_, v) in zip(fill, chosen, strict=False)) + fill[-1]
        answers.append((tokenized, plain))
    summary, outputs = time_documents(
        lambda doc, rep: client.detokenize_text(doc), [t for t, _ in answers], args.repeats
    )
    summary.update(
        system="reference",
        answers=len(answers),
        mean_answer_bytes=round(sum(len(t.encode()) for t, _ in answers) / len(answers)),
        tokens_per_answer=per_answer,
        roundtrip_ok=sum(o == p for o, (_, p) in zip(outputs, answers, strict=True)) / len(answers),
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["protect", "reveal"])
    parser.add_argument("--corpus", default="tests/data/corpus-500.jsonl")
    parser.add_argument("--labels", default="tests/data/corpus-500.labels.jsonl")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--answers", type=int, default=100)
    parser.add_argument("--ner", action="store_true")
    args = parser.parse_args(argv)
    emit(protect(args) if args.mode == "protect" else reveal(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
