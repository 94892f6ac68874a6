"""The floors Mask's throughput is measured against, in the same run (run by ``run.py``).

    python tests/benchmarks/worker_floor.py pattern --corpus C --docs N --repeats R
    python tests/benchmarks/worker_floor.py reveal --corpus C --labels L --docs N --answers A --repeats R

* ``pattern``: one ``finditer`` pass per document of a single alternation of every built-in
  pattern detector's candidate patterns, compiled once, over the corpus. The patterns are
  collected from a pattern-only ``Mask(...)``: every :class:`Rule` of every detector (its
  ``pattern``, the form that matches the original text) and, for detectors with their own
  scan, the module-level patterns that find their candidates (:data:`CANDIDATE_FINDERS`;
  a detector class not listed there contributes the patterns its ``scan``/``detect``
  reference). Validation, context words and the patterns run only at candidate positions
  are not in the floor. Named groups are renamed and numbered backreferences shifted so
  that every piece keeps its meaning in the alternation; each piece keeps its flags in a
  scoped group. Timed with the ``regex`` module (what Mask uses); the stdlib ``re`` is
  timed too when the alternation compiles there, and each piece alone (one repeat) for
  where the time goes.
* ``reveal``: one pass of the token finder's combined token-shape alternation
  (``TokenFinder.combined``: every shape of every reversible scheme) over the same 2 KB
  answers the reveal benchmark builds (``worker_mask.build_answers``); also the shapes
  one by one, as the finder scans them.

Prints one ``BENCH-RESULT {json}`` line (see common.emit).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import regex
from common import emit, load_corpus, load_labels, time_documents

CANDIDATE_FINDERS: dict[str, tuple[str, ...]] = {
    # detector class -> names (in its module) of the patterns that find its candidates
    "EmailDetector": ("_EMAIL",),
    "UrlDetector": ("_URL",),
    "MacDetector": ("_MAC", "_MAC_DOTTED"),
    "CardDetector": ("_CARD",),
    "IbanDetector": ("_IBAN",),
    "PhoneDetector": ("CANDIDATE",),
    # street, PO box and unit words (case-blind: the floor scans the original text) and the
    # number starts near them; the address pattern itself is matched only at those starts
    "AddressDetector": ("_ANCHORS_CASELESS", "_NUMBER_STARTS"),
    "LabelDetector": ("_KEY_VALUE",),
    "SplitValueDetector": (),  # its inner card, IBAN and SSN detectors: already in
}
_PATTERN_TYPES = (re.Pattern, regex.Pattern)
_INLINE_FLAGS = {regex.IGNORECASE: "i", regex.MULTILINE: "m", regex.DOTALL: "s", regex.VERBOSE: "x"}


def _patterns_in(value: Any) -> list[Any]:
    if isinstance(value, _PATTERN_TYPES):
        return [value]
    if isinstance(value, (tuple, list)):
        return [p for item in value for p in _patterns_in(item)]
    return []


def _rules_of(detector: Any) -> list[Any]:
    from mask.core.detectors import Rule

    rules = list(getattr(detector, "rules", ()) or ())
    for value in vars(detector).values():
        if isinstance(value, Rule):
            rules.append(value)
        elif isinstance(value, (list, tuple)):
            rules.extend(v for v in value if isinstance(v, Rule))
    return rules


def _referenced(detector: Any) -> list[tuple[str, Any]]:
    """Patterns the class's own ``scan``/``detect`` name as module globals (one call deep into
    module-level functions): for a detector class :data:`CANDIDATE_FINDERS` does not know."""
    found: list[tuple[str, Any]] = []
    seen: set[int] = set()

    def walk(fn: Any, depth: int) -> None:
        code = getattr(fn, "__code__", None)
        if code is None or id(code) in seen:
            return
        seen.add(id(code))
        module_globals = fn.__globals__
        for name in code.co_names:
            value = module_globals.get(name)
            pats = _patterns_in(value)
            if pats:
                found.extend((name, p) for p in pats)
            elif depth and isinstance(value, types.FunctionType) and value.__module__ == fn.__module__:
                walk(value, depth - 1)

    for method in ("scan", "detect"):
        fn = type(detector).__dict__.get(method)
        if fn is not None:
            walk(fn, 1)
    return found


def collect_patterns(mask: Any) -> tuple[list[Any], list[dict[str, Any]]]:
    """The distinct candidate patterns of ``mask``'s pattern detectors, and where each came from."""
    from mask.core.detectors import PatternDetector

    out: list[Any] = []
    sources: list[dict[str, Any]] = []
    seen: set[tuple[str, int]] = set()

    def add(pattern: Any, detector: Any, origin: str) -> None:
        key = (pattern.pattern, pattern.flags)
        if key in seen:
            return
        seen.add(key)
        out.append(pattern)
        engine = "regex" if isinstance(pattern, regex.Pattern) else "re"
        sources.append({"detector": getattr(detector, "name", ""), "from": origin, "engine": engine})

    detectors = [d for _, d in mask.detectors.items]
    for detector in detectors:
        cls = type(detector).__name__
        label = getattr(detector, "name", "") or cls
        for i, rule in enumerate(_rules_of(detector)):
            add(rule.pattern, detector, f"{label}: {cls} rule {i} ({rule.entity_type})")
        if isinstance(detector, PatternDetector) and type(detector).scan is PatternDetector.scan:
            continue  # its rules are all it scans with
            continue
        module = sys.modules[type(detector).__module__]
        names = CANDIDATE_FINDERS.get(cls)
        missing = [n for n in names or () if not _patterns_in(getattr(module, n, None))]
        if names is None or missing:
            for name, pattern in _referenced(detector):
                note = " (listed names missing)" if missing else ""
                add(pattern, detector, f"{label}: {cls}.scan references {name}{note}")
        for name in names or ():
            found = _patterns_in(getattr(module, name, None))
            for k, pattern in enumerate(found):
                index = f"[{k}]" if len(found) > 1 else ""
                add(pattern, detector, f"{label}: {type(detector).__module__}.{name}{index}")
    return out, sources


def _scoped_flags(pattern: Any) -> str:
    letters = "".join(letter for flag, letter in _INLINE_FLAGS.items() if pattern.flags & flag)
    return letters


_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")
_NAMED = ("(?P<", "(?P=", "(?P>", "(?&", "(?<")
"""Group names and references to them."""


def _rewrite(source: str, tag: str, offset: int) -> str:
    """``source`` with its group names prefixed by ``tag`` and numbered backreferences
    shifted by ``offset`` (the capturing groups before it in the alternation)."""
    out: list[str] = []
    i = 0
    in_class = False
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\\" and i + 1 < n:
            nxt = source[i + 1]
            if not in_class and nxt.isdigit() and nxt != "0":
                j = i + 1
                while j < n and source[j].isdigit() and j - i <= 2:
                    j += 1
                out.append(f"\\{int(source[i + 1 : j]) + offset}")
                i = j
                continue
            if not in_class and nxt == "g" and source.startswith("<", i + 2):
                close = source.index(">", i + 3)
                ref = source[i + 3 : close]
                ref = str(int(ref) + offset) if ref.isdigit() else tag + ref
                out.append(f"\\g<{ref}>")
                i = close + 1
                continue
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if i < n and source[i] == "^":
                out.append("^")
                i += 1
            if i < n and source[i] == "]":
                out.append("]")
                i += 1
            continue
        named = next((prefix for prefix in _NAMED if source.startswith(prefix, i)), None)
        after = i + len(named) if named else i
        if named == "(?<" and (after >= n or not (source[after].isalpha() or source[after] == "_")):
            named = None  # a lookbehind
        if named:
            out.append(named + tag)
            i = after
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def combine(patterns: list[Any]) -> str:
    """One alternation of ``patterns``: each piece in a non-capturing group with its flags."""
    pieces = []
    offset = 0
    for k, pattern in enumerate(patterns):
        source = pattern.pattern
        flags = _scoped_flags(pattern)
        head = _GLOBAL_FLAGS.match(source)
        if head:
            flags += "".join(c for c in head.group(1) if c in "imsx" and c not in flags)
            source = source[head.end() :]
        body = _rewrite(source, f"p{k}_", offset)
        if "x" in flags:
            body += "\n"  # a trailing comment must not swallow the closing parenthesis
        pieces.append(f"(?{flags}:{body})" if flags else f"(?:{body})")
        offset += pattern.groups
    return "|".join(pieces)


def _count(pattern: Any) -> Any:
    def run(doc: str, _rep: int) -> int:
        n = 0
        for _ in pattern.finditer(doc):
            n += 1
        return n

    return run


def _one_pass(docs: list[str], fn: Any) -> float:
    t = time.perf_counter()
    for doc in docs:
        fn(doc, 0)
    return time.perf_counter() - t


def _stdlib(
    patterns: list[Any], sources: list[dict[str, Any]], docs: list[str], kb: float, repeats: int
) -> dict[str, Any]:
    """The stdlib ``re`` against ``regex`` on the same alternation: of every piece that the
    stdlib compiles (the others are named in ``left_out``)."""
    kept, left_out = [], []
    for pattern, origin in zip(patterns, sources, strict=True):
        try:
            re.compile(pattern.pattern, pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))
        except re.error as exc:
            left_out.append(f"{origin['from']}: {exc}"[:160])
            continue
        kept.append(pattern)
    source = combine(kept)
    try:
        engines = {"re": re.compile(source), "regex": regex.compile(source)}
    except (re.error, regex.error, OverflowError, RecursionError) as exc:
        return {"error": f"does not compile: {exc}"[:200], "left_out": left_out}
    out: dict[str, Any] = {"patterns": len(kept), "left_out": left_out}
    for name, compiled in engines.items():
        rates = [kb / _one_pass(docs, _count(compiled)) for _ in range(repeats)]
        out[f"{name}_kb_per_s"] = statistics.median(rates)
    out["whole_alternation"] = "does not compile" if left_out else "compiles"
    return out


def pattern_floor(args: argparse.Namespace) -> dict[str, Any]:
    from worker_mask import make_mask

    docs = load_corpus(args.corpus, args.docs)
    mask = make_mask(False)
    patterns, sources = collect_patterns(mask)
    detectors = sorted({s["detector"] for s in sources})
    mask.close()
    source = combine(patterns)
    version = regex.V1 if any(isinstance(p, regex.Pattern) and p.flags & regex.V1 for p in patterns) else regex.V0
    t = time.perf_counter()
    combined = regex.compile(source, version)
    compile_s = time.perf_counter() - t
    _count(combined)(docs[0], 0)
    summary, counts = time_documents(_count(combined), docs, args.repeats)
    kb = summary["kb"]
    summary.update(
        system="floor",
        engine="regex",
        regex_version=regex.__version__,
        patterns=len(patterns),
        pattern_sources=sources,
        detectors=detectors,
        combined_chars=len(source),
        combined_sha256=hashlib.sha256(source.encode()).hexdigest()[:16],
        regex_flavour="V1" if version == regex.V1 else "V0",
        compile_ms=round(compile_s * 1e3, 2),
        matches=sum(counts),
    )
    summary["stdlib_re"] = _stdlib(patterns, sources, docs, kb, args.repeats)
    # Where the time goes: each piece alone over the same documents (one repeat).
    pieces = []
    total = 0.0
    for pattern, origin in zip(patterns, sources, strict=True):
        seconds = _one_pass(docs, _count(pattern))
        total += seconds
        pieces.append({**origin, "kb_per_s": round(kb / seconds, 1)})
    summary["pieces"] = sorted(pieces, key=lambda p: p["kb_per_s"])
    summary["separate_passes_kb_per_s"] = kb / total if total else None
    return summary


def reveal_floor(args: argparse.Namespace) -> dict[str, Any]:
    from worker_mask import build_answers, make_mask, single_token, token_values

    mask = make_mask(False)
    labels = load_labels(args.labels, args.docs)
    pairs = build_answers(lambda value: single_token(mask, value), token_values(labels), args.answers)
    answers = [t for t, _ in pairs]
    finder = mask.tokens.finder
    combined = getattr(finder, "combined", None)
    shapes = list(finder.patterns)
    origin = "TokenFinder.combined"
    if combined is None:
        combined = regex.compile("|".join(f"(?:{p.pattern})" for p in shapes), regex.IGNORECASE | regex.V0)
        origin = "alternation of TokenFinder.patterns"
    mask.close()
    _count(combined)(answers[0], 0)
    summary, counts = time_documents(_count(combined), answers, args.repeats)
    kb = summary["kb"]
    rates = []
    for _ in range(args.repeats):
        seconds = sum(_one_pass(answers, _count(p)) for p in shapes)
        rates.append(kb / seconds)
    summary.update(
        system="floor",
        engine="regex",
        pattern=origin,
        shapes=len(shapes),
        answers=len(answers),
        mean_answer_bytes=round(sum(len(a.encode()) for a in answers) / len(answers)),
        matches_per_answer=sum(counts) / len(answers),
        shapes_one_by_one_kb_per_s=statistics.median(rates),
    )
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["pattern", "reveal"])
    parser.add_argument("--corpus", default="tests/data/corpus-500.jsonl")
    parser.add_argument("--labels", default="tests/data/corpus-500.labels.jsonl")
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--answers", type=int, default=100)
    args = parser.parse_args(argv)
    os.environ["MASK_DATA_DIR"] = tempfile.mkdtemp(prefix="mask-bench-")
    emit(pattern_floor(args) if args.mode == "pattern" else reveal_floor(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
