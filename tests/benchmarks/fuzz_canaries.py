"""Canary fuzz: random, valid PII values in random JSON and text shapes; count what escapes.

    python tests/benchmarks/fuzz_canaries.py --cases 100000 [--seed N] [--workers 2]

Each case holds one to three canaries (fuzz_values.py: e-mail, phone, card, IBAN, SSN,
routing and account numbers, IP, passport, driver's licence, API key, JWT) with their label
where the type needs one, in one shape: nested JSON, key/value lines, sentences, CSV rows,
or JSON serialized into a string. A pattern-only ``Mask`` (memory vault, no audit sinks,
spaCy disabled) protects the cases in batches; a canary escapes when its value appears in
the output in clear (as a whole word). Prints escapes per type, variant and shape, with
examples (the values are synthetic), and writes the figures as JSON with ``--out``.

Not a test (no ``test_`` name): the default pytest run never collects it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_values import GENERATORS, Canary, CanaryFactory

SHAPES = ("json-nested", "kv-lines", "sentence", "csv", "json-string")
_FILLER_KEYS = ("id", "status", "created_at", "owner", "region", "plan", "notes", "ref")
_GENERIC_KEYS = ("value", "data", "item", "field", "info", "detail", "contact")
# Words the detectors read as "not PII here" (order, ticket, ref...): kept out of the random
# field names, so a canary sits under one only where a shape puts it on purpose (the "ref"
# filler line of key/value records).
_NEGATIVE_WORDS = frozenset(
    {"order", "invoice", "ticket", "tracking", "ref", "zip", "phone", "tel", "fax", "version"}
    | {"no", "id", "claim", "price", "total", "case"}
)
_SENTENCES = (
    "Hi {name}, your {label} is {value}.",
    "Please update the {label} on file to {value} before Friday.",
    "{name} wrote: my {label}: {value}, thanks!",
    "Per our call, {label} {value} belongs to {name}.",
)
_PLAIN_SENTENCES = (
    "Reach {name} at {value} if anything changes.",
    "Found {value} in the logs for {name}.",
    "{value}",
    "See ({value}) and reply.",
)


def _key_for(label: str, rng: random.Random) -> str:
    words = re.findall(r"[A-Za-z]+", label.lower())
    style = rng.choice(["snake", "camel", "title", "kebab"])
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.title() for w in words[1:])
    if style == "title":
        return " ".join(w.title() for w in words)
    return "-".join(words)


class CaseBuilder:
    def __init__(self, factory: CanaryFactory) -> None:
        self.f = factory
        self.rng = factory.rng
        self.types = sorted(GENERATORS)

    def canaries(self) -> list[Canary]:
        return [GENERATORS[self.rng.choice(self.types)](self.f) for _ in range(self.rng.randint(1, 3))]

    def _word(self) -> str:
        while True:
            word = self.f.fake.word()
            if word not in _NEGATIVE_WORDS:
                return word

    def _labelled(self, c: Canary) -> bool:
        return c.needs_label or self.rng.random() < 0.5

    def _line(self, c: Canary) -> str:
        name = self.f.fake.name()
        if self._labelled(c):
            return self.rng.choice(_SENTENCES).format(name=name, label=c.label, value=c.value)
        return self.rng.choice(_PLAIN_SENTENCES).format(name=name, value=c.value)

    def _json(self, cs: list[Canary]) -> dict[str, Any]:
        root: dict[str, Any] = {k: self.f.fake.word() for k in self.rng.sample(_FILLER_KEYS, 3)}
        for c in cs:
            node: Any = root
            for _ in range(self.rng.randint(0, 3)):
                child: Any = {} if self.rng.random() < 0.7 else []
                if isinstance(node, dict):
                    node[f"{self._word()}_{len(node)}"] = child
                else:
                    node.append(child)
                node = child
            if isinstance(node, list):
                node.append({} if c.needs_label else c.value)
                if not c.needs_label:
                    continue
                node = node[-1]
            if self._labelled(c) and self.rng.random() < 0.7:
                node[_key_for(c.label, self.rng)] = c.value
            elif c.needs_label:
                node[f"{self.rng.choice(_GENERIC_KEYS)}_{len(node)}"] = f"{c.label}: {c.value}"
            else:
                node[f"{self.rng.choice(_GENERIC_KEYS)}_{len(node)}"] = self._line(c)
        return root

    def _kv(self, cs: list[Canary]) -> str:
        lines = [f"{k}: {self.f.fake.word()}" for k in self.rng.sample(_FILLER_KEYS, 2)]
        for c in cs:
            label = c.label if self._labelled(c) else self.rng.choice(_GENERIC_KEYS)
            sep = self.rng.choice([": ", "=", " = ", "\t"])
            lines.insert(
                self.rng.randint(0, len(lines)), f"{label.title() if self.rng.random() < 0.3 else label}{sep}{c.value}"
            )
        return "\n".join(lines)

    def _csv(self, cs: list[Canary]) -> str:
        header = ["id", "name"] + [_key_for(c.label, self.rng) if self._labelled(c) else "col" for c in cs]
        row = [str(self.rng.randint(1, 9999)), self.f.fake.name()] + [c.value for c in cs]
        if self.rng.random() < 0.5:
            row = [f'"{cell}"' for cell in row]
        return ",".join(header) + "\n" + ",".join(row)

    def case(self) -> tuple[str, Any, list[Canary]]:
        cs = self.canaries()
        shape = self.rng.choice(SHAPES)
        if shape == "json-nested":
            return shape, self._json(cs), cs
        if shape == "kv-lines":
            return shape, self._kv(cs), cs
        if shape == "sentence":
            return shape, " ".join(self._line(c) for c in cs), cs
        if shape == "csv":
            return shape, self._csv(cs), cs
        inner = json.dumps(self._json(cs))
        return shape, ({"body": inner} if self.rng.random() < 0.5 else inner), cs


def _escaped(value: str, text: str) -> bool:
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(value) + r"(?![0-9A-Za-z])", text) is not None


def _snippet(value: str, text: str) -> str:
    at = text.find(value)
    return text[max(0, at - 40) : at + len(value) + 40].replace("\n", "\\n")


def run_cases(seed: int, cases: int, batch: int) -> dict[str, Any]:
    """Protect ``cases`` cases from ``seed``; counts of canaries and escapes, and examples."""
    from mask.core import Mask
    from mask.core.keys import KeyRing, generate_key

    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}
    mask = Mask(config, keys=KeyRing.from_strings(generate_key()))
    builder = CaseBuilder(CanaryFactory(seed))
    planted: Counter[str] = Counter()
    escapes: Counter[str] = Counter()
    by_variant: Counter[str] = Counter()
    by_shape: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    inputs: dict[str, str] = {}
    gen_s = protect_s = 0.0
    done = 0
    while done < cases:
        n = min(batch, cases - done)
        t0 = time.perf_counter()
        built = [builder.case() for _ in range(n)]
        t1 = time.perf_counter()
        outs = mask.protect([payload for _, payload, _ in built], scope=f"fuzz-{seed}")
        protect_s += time.perf_counter() - t1
        gen_s += t1 - t0
        for (shape, payload, cs), out in zip(built, outs, strict=True):
            text = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
            for c in cs:
                planted[c.entity_type] += 1
                if _escaped(c.value, text):
                    escapes[c.entity_type] += 1
                    by_variant[f"{c.entity_type}/{c.variant}"] += 1
                    by_shape[f"{c.entity_type}/{shape}"] += 1
                    key = f"{c.entity_type}/{c.variant}/{shape}"
                    if len(examples[key]) < 2:
                        examples[key].append(_snippet(c.value, text))
                    if key not in inputs:  # the whole case, to turn into a test
                        inputs[key] = payload if isinstance(payload, str) else json.dumps(payload)
        done += n
    mask.close()
    return {
        "cases": cases,
        "planted": dict(planted),
        "escapes": dict(escapes),
        "by_variant": dict(by_variant),
        "by_shape": dict(by_shape),
        "examples": dict(examples),
        "example_inputs": inputs,
        "generate_seconds": gen_s,
        "protect_seconds": protect_s,
    }


def _merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {"cases": 0, "generate_seconds": 0.0, "protect_seconds": 0.0}
    total.update(examples={}, example_inputs={})
    for key in ("planted", "escapes", "by_variant", "by_shape"):
        total[key] = sum((Counter(p[key]) for p in parts), Counter())
    for p in parts:
        total["cases"] += p["cases"]
        total["generate_seconds"] += p["generate_seconds"]
        total["protect_seconds"] += p["protect_seconds"]
        for key, snippets in p["examples"].items():
            total["examples"].setdefault(key, [])
            total["examples"][key] = (total["examples"][key] + snippets)[:2]
        for key, case in p["example_inputs"].items():
            total["example_inputs"].setdefault(key, case)
    for key in ("planted", "escapes", "by_variant", "by_shape"):
        total[key] = dict(sorted(total[key].items()))
    return total


def _commit() -> str:
    """The short commit, with ``+changes`` when core/ or plugins/ differ from it."""

    def git(*args: str) -> str:
        where = Path(__file__).parent
        return subprocess.run(["git", *args], capture_output=True, text=True, cwd=where, check=True).stdout.strip()

    try:
        root = git("rev-parse", "--show-toplevel")
        dirty = git("-C", root, "status", "--porcelain", "--", "core", "plugins")
        return git("rev-parse", "--short", "HEAD") + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _machine() -> str:
    model = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {multiprocessing.cpu_count()} cores"


def _print(result: dict[str, Any]) -> None:
    print(
        f"canary fuzz: {result['cases']:,} cases, seed {result['seed']}, commit {result['commit']}, "
        f"{result['wall_seconds']:.0f} s wall ({result['machine']})"
    )
    print(f"{'type':<22}{'planted':>10}{'in clear':>10}")
    for etype, n in result["planted"].items():
        print(f"{etype:<22}{n:>10,}{result['escapes'].get(etype, 0):>10,}")
    print(f"{'total':<22}{sum(result['planted'].values()):>10,}{sum(result['escapes'].values()):>10,}")
    if result["by_variant"]:
        print("\nescapes by type/variant:")
        for key, n in sorted(result["by_variant"].items(), key=lambda kv: -kv[1]):
            print(f"  {key:<44}{n:>8,}")
        print("escapes by type/shape:")
        for key, n in sorted(result["by_shape"].items(), key=lambda kv: -kv[1]):
            print(f"  {key:<44}{n:>8,}")
        print("examples (synthetic values, as they reached the output):")
        for key, snippets in sorted(result["examples"].items()):
            for s in snippets:
                print(f"  {key}: {s}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=100_000, help="cases to protect (default 100,000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--batch", type=int, default=200, help="cases per protect call (default 200)")
    p.add_argument("--workers", type=int, default=1, help="processes; each runs its share with its own seed")
    p.add_argument("--out", help="write the figures as JSON to this file")
    args = p.parse_args(argv)
    if args.cases < 1 or args.batch < 1 or args.workers < 1:
        p.error("--cases, --batch and --workers must be positive")
    start = time.perf_counter()
    shares = [args.cases // args.workers + (i < args.cases % args.workers) for i in range(args.workers)]
    jobs = [(args.seed * 1000 + i, n, args.batch) for i, n in enumerate(shares) if n]
    if len(jobs) == 1:
        parts = [run_cases(*jobs[0])]
    else:
        with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
            parts = pool.starmap(run_cases, jobs)
    result = _merge(parts)
    result.update(
        seed=args.seed,
        workers=args.workers,
        commit=_commit(),
        wall_seconds=time.perf_counter() - start,
        machine=_machine(),
        command=" ".join(
            ["python", "tests/benchmarks/fuzz_canaries.py", *(argv if argv is not None else sys.argv[1:])]
        ),
    )
    _print(result)
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
