"""Golden comparison of detection and tokens: dump spans and protected output, compare two dumps.

A speed change must not change what Mask finds or the tokens it mints. This dumps, for every
text of the benchmark corpus, both evaluation sets and the canary fuzz cases, the spans
``scan`` reports (start, end, type, detector, score) and what ``protect`` returns (the text,
and the parsed object for JSON texts), under a fixed key, a fresh memory vault and one scope;
``compare`` lists the texts whose spans or output differ.

    python tests/benchmarks/golden.py dump before.jsonl [--ner] [--limit N]
    python tests/benchmarks/golden.py compare before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

KEY = "kgolden:" + "R29sZGVuIGtleSBmb3IgdGhlIGNvbXBhcmlzb24hISE"  # fixed 32 bytes: tokens depend on the key
SCOPE = "golden"


def _texts(limit: int | None) -> Iterator[tuple[str, str]]:
    """(source id, text) for every text the comparison covers."""
    import evalset
    import evalset_agent
    import fuzz_canaries
    from common import load_corpus

    corpus = ROOT / "tests" / "data" / "corpus-500.jsonl"
    if corpus.exists():
        for i, text in enumerate(load_corpus(corpus, limit)):
            yield f"corpus:{i}", text
    for i, rec in enumerate(evalset_agent.make_agent_evalset(limit or 1000)):
        yield f"agent:{i}", rec.text
    for i, rec in enumerate(evalset.make_evalset(limit or 300)):
        yield f"evalset:{i}", rec.text
    builder = fuzz_canaries.CaseBuilder(fuzz_canaries.CanaryFactory(7))
    for i in range(limit or 3000):
        _, payload, _ = builder.case()
        yield f"fuzz:{i}", payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)


def _mask(ner: bool) -> Any:
    from mask.core import Mask
    from mask.core.keys import KeyRing

    config: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}
    if not ner:
        config["plugins"] = {"disable": ["spacy"]}
    return Mask(config, keys=KeyRing.from_strings(KEY))


def dump(out: Path, ner: bool, limit: int | None) -> int:
    mask = _mask(ner)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for source, text in _texts(limit):
            spans = mask.scan([text], scope=SCOPE)[0]
            row: dict[str, Any] = {
                "id": source,
                "text": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16],
                "spans": [[s.start, s.end, s.type, s.detector, round(s.score, 4)] for s in spans],
                "protected": mask.protect(text, scope=SCOPE),
            }
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, (dict, list)):
                row["protected_json"] = mask.protect(parsed, scope=SCOPE)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    mask.close()
    print(f"{n} texts -> {out}")
    return 0


def compare(before: Path, after: Path, show: int) -> int:
    def rows(path: Path) -> dict[str, dict[str, Any]]:
        with path.open(encoding="utf-8") as fh:
            return {r["id"]: r for r in map(json.loads, fh)}

    a, b = rows(before), rows(after)
    same_input = [k for k in a if k in b and a[k]["text"] == b[k]["text"]]
    differ = [k for k in same_input if a[k] != b[k]]
    missing = sorted(set(a) ^ set(b))
    for key in differ[:show]:
        for field in ("spans", "protected", "protected_json"):
            if a[key].get(field) != b[key].get(field):
                print(f"{key} {field}:\n  before {a[key].get(field)!r:.600}\n  after  {b[key].get(field)!r:.600}")
    print(
        f"{len(same_input)} texts compared: {len(differ)} differ, {len(missing)} only in one dump, "
        f"{len(set(a) & set(b)) - len(same_input)} generated differently (skipped)"
    )
    return 1 if differ or missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--ner", action="store_true", help="with mask-spacy (default: pattern detectors only)")
    d.add_argument("--limit", type=int, default=None, help="texts per source (default: all)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=10, help="differences to print")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.ner, args.limit)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
