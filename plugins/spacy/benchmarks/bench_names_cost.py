"""CPU cost of the names detector and of the NER post-filter per 2 KB document (not a test).

Usage: python plugins/spacy/benchmarks/bench_names_cost.py [--docs 150] [--rounds 5]

Runs :class:`~mask.plugins.spacy.names.NameRulesDetector` alone, and :func:`is_false_entity`
plus :func:`calibrate` on every capitalised word run, over the vendored corpus; prints the
median milliseconds of CPU per 2 KB of text (the gazetteer is built before timing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import regex

from mask.core.detector import Budget
from mask.plugins.spacy.calibration import calibrate
from mask.plugins.spacy.filters import is_false_entity
from mask.plugins.spacy.gazetteer import gazetteer
from mask.plugins.spacy.names import NameRulesDetector

ROOT = Path(__file__).resolve().parents[3]
_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}.'-]*(?: \p{Lu}[\p{L}\p{M}.'-]*)*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    lines = (ROOT / "tests/data/corpus-500.jsonl").read_text("utf-8").splitlines()[: args.docs]
    docs = [json.loads(line)["text"] for line in lines]
    units = sum(len(d.encode()) for d in docs) / 2048
    detector = NameRulesDetector()
    detector.warm_up()
    is_place = gazetteer().is_place
    rules, post = [], []
    for _ in range(args.rounds):
        c0 = time.process_time()
        detector.detect(docs, [[] for _ in docs], Budget())
        rules.append((time.process_time() - c0) * 1000 / units)
        c0 = time.process_time()
        for doc in docs:
            for m in _RUN.finditer(doc):
                if not is_false_entity(m.group(), is_place):
                    calibrate("ORG", doc, m.start(), m.end())
        post.append((time.process_time() - c0) * 1000 / units)
    print(f"{len(docs)} docs, {units:.0f} x 2 KB")
    print(f"names detector:           {statistics.median(rules):.3f} ms CPU per 2 KB")
    print(f"filter + calibrate (all capitalised runs, an upper bound): {statistics.median(post):.3f} ms CPU per 2 KB")


if __name__ == "__main__":
    main()
