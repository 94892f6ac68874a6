"""Vendor the benchmark corpus and label the PII the generator injected into it.

``../shared/bench/gen_corpus.py`` draws every value from Faker with a fixed seed. This
script runs that same generator with a recording proxy around its Faker instance, so the
texts come out byte-identical to ``gen_corpus.py 500`` and every value it injected is
known: the labels file lists, per document, the injected values and their entity types
(Presidio's vocabulary). Recall is then measured as "this injected value no longer
appears in the protected output" — a value-level ground truth, not a span-level one.

    python tests/benchmarks/make_corpus.py ../shared/bench 500 tests/data
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["LABELLED_METHODS", "generate", "main"]

# Faker method -> entity type of the value it returns (methods not listed are not PII here:
# ticket dates, timestamps, UUIDs, order numbers, prose).
LABELLED_METHODS: dict[str, str] = {
    "name": "PERSON",
    "email": "EMAIL_ADDRESS",
    "phone_number": "PHONE_NUMBER",
    "credit_card_number": "CREDIT_CARD",
    "ssn": "US_SSN",
    "iban": "IBAN_CODE",
    "aba": "ABA_ROUTING_NUMBER",
    "ipv4": "IP_ADDRESS",
    "date_of_birth": "DATE_TIME",
    "address": "LOCATION",
    "street_address": "LOCATION",
    "city": "LOCATION",
    "state": "LOCATION",
    "company": "ORGANIZATION",
}
PASSPORT_PATTERN = "?########"


class _Recorder:
    """Proxy of one locale's Faker generator that logs every value it returns."""

    def __init__(self, inner: Any, log: list[tuple[str, str, str]]) -> None:
        self._inner = inner
        self._log = log

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            value = attr(*args, **kwargs)
            pattern = args[0] if args and isinstance(args[0], str) else ""
            self._log.append((name, pattern, str(value)))
            return value

        return call


def _recording_faker(faker_cls: type, log: list[tuple[str, str, str]]) -> type:
    class RecordingFaker:
        seed = staticmethod(faker_cls.seed)

        def __init__(self, locales: Any) -> None:
            self._fake = faker_cls(locales)

        def __getitem__(self, locale: str) -> _Recorder:
            return _Recorder(self._fake[locale], log)

    return RecordingFaker


def _label_of(method: str, pattern: str, value: str) -> tuple[str, str] | None:
    if method == "bothify" and pattern == PASSPORT_PATTERN:
        return "US_PASSPORT", value.upper()
    etype = LABELLED_METHODS.get(method)
    if etype is None:
        return None
    if method == "address":
        value = value.replace("\n", ", ")
    return etype, value


def _forms(value: str) -> list[str]:
    """How a value may appear in a document: as is, or escaped inside a JSON string."""
    escaped = json.dumps(value)[1:-1]
    return [value] if escaped == value else [value, escaped]


def generate(bench_dir: Path, n_docs: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus of ``gen_corpus.make(n_docs)`` and its labels, one record per document."""
    spec = importlib.util.spec_from_file_location("gen_corpus", bench_dir / "gen_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    log: list[tuple[str, str, str]] = []
    module.Faker = _recording_faker(module.Faker, log)
    docs = module.make(n_docs)
    labels: list[dict[str, Any]] = [{"id": d["id"], "entities": []} for d in docs]
    doc_index, cursor, unlocated = 0, 0, 0
    for method, pattern, raw in log:
        label = _label_of(method, pattern, raw)
        if label is None:
            continue
        etype, value = label
        placed = False
        for candidate in (doc_index, doc_index + 1):
            if candidate >= len(docs):
                break
            text = docs[candidate]["text"]
            start = cursor if candidate == doc_index else 0
            hits = [(text.find(form, start), form) for form in _forms(value)]
            hits = [(pos, form) for pos, form in hits if pos >= 0]
            if hits:
                pos, form = min(hits)
                doc_index, cursor = candidate, pos + len(form)
                labels[candidate]["entities"].append({"type": etype, "value": form, "start": pos})
                placed = True
                break
        if not placed:
            unlocated += 1
    if unlocated:
        print(f"warning: {unlocated} injected values could not be located", file=sys.stderr)
    return docs, labels


def main(argv: list[str]) -> int:
    bench_dir = Path(argv[1]) if len(argv) > 1 else Path("../shared/bench")
    n_docs = int(argv[2]) if len(argv) > 2 else 500
    out_dir = Path(argv[3]) if len(argv) > 3 else Path("tests/data")
    docs, labels = generate(bench_dir, n_docs)
    out_dir.mkdir(parents=True, exist_ok=True)
    corpus = "".join(json.dumps(d) + "\n" for d in docs)
    (out_dir / f"corpus-{n_docs}.jsonl").write_text(corpus, encoding="utf-8")
    (out_dir / f"corpus-{n_docs}.labels.jsonl").write_text(
        "".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8"
    )
    digest = hashlib.sha256(corpus.encode()).hexdigest()[:16]
    total = sum(len(label["entities"]) for label in labels)
    print(f"wrote {len(docs)} documents ({len(corpus) // 1024} KB, sha256 {digest}) and {total} labelled values")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
