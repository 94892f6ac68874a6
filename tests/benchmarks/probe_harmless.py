"""Harmless-text probe: paragraphs of technical prose that hold (almost) no personal data,
protected with mask-spacy; prints how many came back altered, and by which entity types.

    python tests/benchmarks/probe_harmless.py                   # 1,800 + 1,500 paragraphs + 1,050 tool outputs, seed 3
    python tests/benchmarks/probe_harmless.py --examples 20 --json /tmp/harmless.json

The paragraphs come from what every machine with the project installed has: the docstrings
of Python's standard library and the descriptions of the installed distributions
(``*.dist-info/METADATA``; paragraphs with an ``@`` or a link are left out). Some hold real
personal data (an author's name, a city in an example), so the count is not a false-positive
rate; it tells whether a detection change makes technical text (project names, versions,
identifiers, languages) come back altered more or less often. Run it before and after.
The tool outputs (:mod:`harmless_tool_outputs`: weather, products, logs, builds, metrics...)
hold no personal data at all: each one altered is a false positive.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import sysconfig
from collections import Counter
from pathlib import Path

from harmless_tool_outputs import tool_outputs

_TOKEN = re.compile(r"\b([A-Z][a-z]+)_[A-Z0-9]{6}\b|\[([A-Z_]+)_[A-Z0-9]{6}\]|mask\.[a-z0-9]{8}@mask\.example")


def docstring_paragraphs() -> list[str]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    out: list[str] = []
    for path in sorted([*stdlib.glob("*.py"), *stdlib.glob("*/*.py")]):
        if "test" in str(path) or "idlelib" in str(path):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                doc = ast.get_docstring(node)
                if doc:
                    out += [p.strip() for p in doc.split("\n\n") if 80 <= len(p.strip()) <= 1200]
    return out


def metadata_paragraphs() -> list[str]:
    site = Path(sysconfig.get_paths()["purelib"])
    out: list[str] = []
    for path in sorted(site.glob("*.dist-info/METADATA")):
        parts = path.read_text(encoding="utf-8", errors="replace").split("\n\n", 1)
        if len(parts) == 2:
            out += [
                p.strip()
                for p in parts[1].split("\n\n")
                if 80 <= len(p.strip()) <= 1200 and "@" not in p and "http" not in p
            ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docstrings", type=int, default=1800)
    parser.add_argument("--metadata", type=int, default=1500)
    parser.add_argument("--tools", type=int, default=1050, help="harmless tool outputs (harmless_tool_outputs.py)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--examples", type=int, default=0, help="altered paragraphs to print (the changed parts)")
    parser.add_argument("--json", help="write every altered paragraph (source, before, after) here")
    args = parser.parse_args(argv)

    from mask.core import Mask

    rng = random.Random(args.seed)
    sources = {"docstrings": docstring_paragraphs(), "metadata": metadata_paragraphs()}
    for paragraphs in sources.values():
        rng.shuffle(paragraphs)
    sample = [("docstrings", p) for p in sources["docstrings"][: args.docstrings]]
    sample += [("metadata", p) for p in sources["metadata"][: args.metadata]]
    sample += [("tools", p) for p in tool_outputs(args.tools, args.seed)]
    mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "detectors": {"nlp_processes": 1}})
    altered: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    changed: list[tuple[str, str, str]] = []
    for source, text in sample:
        total[source] += 1
        out = mask.protect(text)
        if out != text:
            altered[source] += 1
            changed.append((source, text, out))
            for m in _TOKEN.finditer(out):
                kinds[m.group(1) or m.group(2) or "EMAIL"] += 1
    mask.close()
    for source in total:
        print(f"{source:11} altered {altered[source]:4}/{total[source]:5} = {altered[source] / total[source]:.3f}")
    print("tokens by kind:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for source, before, after in changed[: args.examples]:
        print(f"== {source}: {_difference(before, after)}")
    if args.json:
        Path(args.json).write_text(json.dumps(changed, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


def _difference(before: str, after: str) -> str:
    """The replaced pieces of ``before``, with a little context."""
    from difflib import SequenceMatcher

    pieces = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op != "equal":
            pieces.append(f"{before[max(0, i1 - 20) : i2 + 10]!r} -> {after[j1:j2]!r}")
    return "; ".join(pieces[:3])


if __name__ == "__main__":
    raise SystemExit(main())
