"""Write the detection engineer's labelled eval set (:mod:`evalset`) in the benchmark's formats.

    python tests/benchmarks/make_evalset_files.py 300 bench-results/evalset

Writes ``evalset-<n>.jsonl`` (``{"id", "text"}``) and ``evalset-<n>.labels.jsonl``
(``{"id", "entities": [{"type", "value", "start"}], "negatives": [...]}``), where
``negatives`` are the non-PII pieces with digits in them (hard negatives: order numbers,
versions, prices, invalid cards...) that a precise system leaves alone. Generated at run
time, so the eval set is whatever :mod:`evalset` builds today.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalset

__all__ = ["main"]


def _recording_add(original: Any) -> Any:
    def add(self: Any, piece: str, etype: str | None = None) -> None:
        # Digit-bearing non-PII pieces; e-mail-shaped ones are left out (Mask's own token shape is one).
        if etype is None and any(c.isdigit() for c in piece) and "@" not in piece:
            self.__dict__.setdefault("negatives", []).append(piece.strip())
        original(self, piece, etype)

    return add


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 300
    out_dir = Path(argv[2]) if len(argv) > 2 else Path("bench-results/evalset")
    evalset.Record.add = _recording_add(evalset.Record.add)
    records = evalset.make_evalset(n)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (
        (out_dir / f"evalset-{n}.jsonl").open("w", encoding="utf-8") as texts,
        (out_dir / f"evalset-{n}.labels.jsonl").open("w", encoding="utf-8") as labels,
    ):
        for rec in records:
            texts.write(json.dumps({"id": rec.id, "text": rec.text}) + "\n")
            entities = [{"type": s["type"], "value": s["value"], "start": s["start"]} for s in rec.spans]
            negatives = rec.__dict__.get("negatives", [])
            labels.write(json.dumps({"id": rec.id, "entities": entities, "negatives": negatives}) + "\n")
    print(f"wrote {len(records)} records to {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
