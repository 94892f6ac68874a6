"""Write the labelled eval sets (:mod:`evalset`, :mod:`evalset_agent`) in the benchmark's formats.

    python tests/benchmarks/make_evalset_files.py 300 bench-results/evalset
    python tests/benchmarks/make_evalset_files.py 1000 bench-results/evalset --agent

Writes ``evalset-<n>.jsonl`` (``{"id", "text"}``) and ``evalset-<n>.labels.jsonl``
(``{"id", "entities": [{"type", "value", "start"}], "negatives": [...]}``), where
``negatives`` are the non-PII pieces with digits in them (hard negatives: order numbers,
versions, prices, invalid cards...) that a precise system leaves alone. Generated at run
time, so the eval set is whatever :mod:`evalset` builds today.

With ``--agent``: the agent set (tool outputs in 25 locales, :mod:`evalset_agent`) as
``agent-evalset-<n>.jsonl`` and ``agent-evalset-<n>.labels.jsonl`` in the same two formats
(``negatives`` = its recorded hard negatives), plus ``agent-evalset-<n>.full.jsonl`` with
every field (kind, locale, format, spans with start/end/type/value, negatives with offsets).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalset
import evalset_agent

__all__ = ["main"]


def _recording_add(original: Any) -> Any:
    def add(self: Any, piece: str, etype: str | None = None) -> None:
        # Digit-bearing non-PII pieces; e-mail-shaped ones are left out (Mask's own token shape is one).
        if etype is None and any(c.isdigit() for c in piece) and "@" not in piece:
            self.__dict__.setdefault("negatives", []).append(piece.strip())
        original(self, piece, etype)

    return add


def write_agent(n: int, out_dir: Path) -> None:
    records = evalset_agent.make_agent_evalset(n)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / f"agent-evalset-{n}"
    with (
        stem.with_suffix(".jsonl").open("w", encoding="utf-8") as texts,
        Path(f"{stem}.labels.jsonl").open("w", encoding="utf-8") as labels,
        Path(f"{stem}.full.jsonl").open("w", encoding="utf-8") as full,
    ):
        for rec in records:
            texts.write(json.dumps({"id": rec.id, "text": rec.text}, ensure_ascii=False) + "\n")
            entities = [{"type": s["type"], "value": s["value"], "start": s["start"]} for s in rec.spans]
            negatives = [n["value"] for n in rec.negatives]
            labels.write(
                json.dumps({"id": rec.id, "entities": entities, "negatives": negatives}, ensure_ascii=False) + "\n"
            )
            full.write(json.dumps(rec.as_dict(), ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} agent records to {out_dir}")


def main(argv: list[str]) -> int:
    agent = "--agent" in argv
    argv = [a for a in argv if a != "--agent"]
    n = int(argv[1]) if len(argv) > 1 else 300
    out_dir = Path(argv[2]) if len(argv) > 2 else Path("bench-results/evalset")
    if agent:
        write_agent(n, out_dir)
        return 0
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
