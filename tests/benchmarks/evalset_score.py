"""Score a ``Mask`` on the agent evaluation set: span P/R/F1 per type, coverage, leak, harmless records.

Rules (the same for every run, so figures compare across commits):

- **Span match.** A predicted span (from ``Mask.scan`` on the record's text) matches a gold
  span of the *same type* when they overlap by at least 50% of the gold span's length.
  Recall = matched gold spans / gold spans; precision = predicted spans that match some
  gold span / predicted spans; F1 their harmonic mean. A ZIP_CODE or LOCATION span that
  lies inside a gold STREET_ADDRESS line (a free-text address is one gold span, postcode
  and city included) is left out of precision: it is part of the address, not a false hit. Types are compared as named
  (``STREET_ADDRESS`` is not ``LOCATION``).
- **Coverage** (type-agnostic): a gold span is covered when predicted spans of any type
  overlap 50% of it; ``uncovered_chars`` = gold characters under no predicted span / all
  gold characters.
- **Leak.** ``Mask.protect`` on the text; for JSON records also ``Mask.protect`` on
  ``json.loads(text)``. A gold value leaks when its exact string is still a substring of
  the protected text (``leak_text``), or of a string leaf or key of the protected object
  (``leak_obj``, JSON records only). The headline ``leak`` counts a value once if it is in
  clear in either output. "Exact string" means as a whole token: not inside a longer word
  or number (so a 4-digit postcode is not "found" inside a format-preserving card token).
  Precision is ``None`` (shown ``-``) for a type with no predicted span, recall for a type
  with no gold span.
- **Harmless records** (no gold span): ``altered`` = protect changed the text (or the
  parsed object); ``pii_hit`` = scan returned a PERSON, ORGANIZATION or LOCATION span.
- **Hard negatives** (recorded pieces): ``altered`` = the piece is no longer in the output.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from typing import Any

from evalset import STRUCTURED_TYPES

__all__ = ["NER_TYPES", "in_clear", "leaves", "score_records", "shape"]

NER_TYPES = ("PERSON", "LOCATION", "ORGANIZATION")
ADDRESS_PARTS = ("ZIP_CODE", "LOCATION")


def leaves(obj: Any) -> list[str]:
    """Every string leaf and dict key of a JSON-like value."""
    out: list[str] = []
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            out += [k for k in item if isinstance(k, str)]
            stack += list(item.values())
        elif isinstance(item, (list, tuple)):
            stack += list(item)
    return out


def shape(value: str) -> str:
    """A redacted shape of ``value``: digits 9, letters a/A, the rest kept (truncated)."""
    out = re.sub(r"[0-9]", "9", value)
    out = re.sub(r"[^\W\d_]", lambda m: "A" if m.group().isupper() else "a", out)
    return out if len(out) <= 40 else out[:37] + "..."


def in_clear(value: str, text: str) -> bool:
    """``value`` occurs in ``text`` as a whole token (not inside a longer word or number)."""
    left = r"(?<!\w)" if re.match(r"\w", value) else ""
    right = r"(?!\w)" if re.search(r"\w$", value) else ""
    return re.search(left + re.escape(value) + right, text) is not None


def _f1(p: float | None, r: float | None) -> float:
    return round(2 * p * r / (p + r), 4) if p is not None and r is not None and p + r else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _ratio(num: float, den: float, empty: float | None = 1.0) -> float | None:
    return round(num / den, 4) if den else empty


def score_records(mask: Any, records: list[Any], *, examples: int = 3) -> dict[str, Any]:
    """Run scan + protect over ``records`` (``AgentRecord``) and return the figures described above."""
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    gold_cov: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    pred_hit: Counter[str] = Counter()
    leak_any: Counter[str] = Counter()
    leak_text: Counter[str] = Counter()
    leak_obj: Counter[str] = Counter()
    obj_n: Counter[str] = Counter()
    leak_examples: dict[str, list[str]] = defaultdict(list)
    fp_examples: dict[str, list[str]] = defaultdict(list)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [gold values, leaked]
    by_locale: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    gold_chars = uncovered = 0
    harmless = harmless_altered = harmless_pii_hit = 0
    negatives = negatives_altered = 0
    started = time.perf_counter()
    for rec in records:
        preds = [(s.type, s.start, s.end) for s in mask.scan([rec.text])[0]]
        out_text = mask.protect(rec.text)
        out_leaves: str | None = None
        parsed = json.loads(rec.text) if rec.fmt == "json" else None
        if parsed is not None:
            protected_obj = mask.protect(parsed)
            out_leaves = "\x00".join(leaves(protected_obj))
        for gold in rec.spans:
            etype, span, value = gold["type"], (gold["start"], gold["end"]), gold["value"]
            need = 0.5 * (span[1] - span[0])
            gold_n[etype] += 1
            if any(t == etype and _overlap(span, (s, e)) >= need for t, s, e in preds):
                gold_hit[etype] += 1
            if any(_overlap(span, (s, e)) >= need for _t, s, e in preds):
                gold_cov[etype] += 1
            covered = set()
            for _t, s, e in preds:
                covered.update(range(max(s, span[0]), min(e, span[1])))
            gold_chars += span[1] - span[0]
            uncovered += span[1] - span[0] - len(covered)
            in_text = in_clear(value, out_text)
            in_obj = out_leaves is not None and in_clear(value, out_leaves)
            leak_text[etype] += in_text
            if out_leaves is not None:
                obj_n[etype] += 1
                leak_obj[etype] += in_obj
            by_kind[rec.kind][0] += 1
            by_locale[rec.locale][0] += 1
            if in_text or in_obj:
                leak_any[etype] += 1
                by_kind[rec.kind][1] += 1
                by_locale[rec.locale][1] += 1
                if len(leak_examples[etype]) < examples:
                    before = re.sub(r"[0-9]", "9", rec.text[max(0, span[0] - 16) : span[0]])
                    leak_examples[etype].append(f"{rec.kind}/{rec.locale}: {before!r} + {shape(value)}")
        for etype, s, e in preds:
            if etype in ADDRESS_PARTS and any(
                g["type"] == "STREET_ADDRESS" and g["start"] <= s and e <= g["end"] for g in rec.spans
            ):
                continue  # a postcode or city found inside a gold address line: neither hit nor false positive
            pred_n[etype] += 1
            if any(
                g["type"] == etype and _overlap((g["start"], g["end"]), (s, e)) >= 0.5 * (g["end"] - g["start"])
                for g in rec.spans
            ):
                pred_hit[etype] += 1
            elif len(fp_examples[etype]) < examples:
                fp_examples[etype].append(f"{rec.kind}/{rec.locale}: {shape(rec.text[s:e])}")
        if not rec.spans:
            harmless += 1
            changed = out_text != rec.text or (parsed is not None and protected_obj != parsed)
            harmless_altered += changed
            harmless_pii_hit += any(t in NER_TYPES for t, _s, _e in preds)
        for neg in rec.negatives:
            negatives += 1
            negatives_altered += not in_clear(neg["value"], out_text)
    elapsed = time.perf_counter() - started
    per_type: dict[str, dict[str, Any]] = {}
    for etype in sorted(set(gold_n) | set(pred_n)):
        p = _ratio(pred_hit[etype], pred_n[etype], None)  # type: ignore[arg-type]
        r = _ratio(gold_hit[etype], gold_n[etype], None)
        per_type[etype] = {
            "gold": gold_n[etype], "pred": pred_n[etype], "precision": p, "recall": r,
            "f1": _f1(p, r),
            "coverage": _ratio(gold_cov[etype], gold_n[etype], None),
            "leak": _ratio(leak_any[etype], gold_n[etype], 0.0),
            "leak_text": _ratio(leak_text[etype], gold_n[etype], 0.0),
            "leak_obj": _ratio(leak_obj[etype], obj_n[etype], 0.0) if obj_n[etype] else None,
        }  # fmt: skip

    def total(counter: Counter[str], types: Any) -> int:
        return sum(counter[t] for t in types)

    structured = [t for t in gold_n if t in STRUCTURED_TYPES]
    ner_p = _ratio(total(pred_hit, NER_TYPES), total(pred_n, NER_TYPES), None)  # type: ignore[arg-type]
    ner_r = _ratio(total(gold_hit, NER_TYPES), total(gold_n, NER_TYPES))
    summary = {
        "records": len(records),
        "gold_values": sum(gold_n.values()),
        "leak_all": _ratio(sum(leak_any.values()), sum(gold_n.values()), 0.0),
        "leak_structured": _ratio(total(leak_any, structured), total(gold_n, structured), 0.0),
        "leak_text_all": _ratio(sum(leak_text.values()), sum(gold_n.values()), 0.0),
        "leak_obj_all": _ratio(sum(leak_obj.values()), sum(obj_n.values()), 0.0),
        "uncovered_chars": _ratio(uncovered, gold_chars, 0.0),
        "coverage": _ratio(sum(gold_cov.values()), sum(gold_n.values())),
        "harmless_records": harmless,
        "harmless_altered": _ratio(harmless_altered, harmless, 0.0),
        "harmless_pii_hit": _ratio(harmless_pii_hit, harmless, 0.0),
        "hard_negatives": negatives,
        "hard_negatives_altered": _ratio(negatives_altered, negatives, 0.0),
        "ner_precision": ner_p,
        "ner_recall": ner_r,
        "ner_f1": _f1(ner_p, ner_r),
        "seconds": round(elapsed, 2),
        "records_per_s": round(len(records) / elapsed, 1) if elapsed else None,
    }
    return {
        "summary": summary,
        "per_type": per_type,
        "leak_by_kind": {k: _ratio(v[1], v[0], 0.0) for k, v in sorted(by_kind.items())},
        "leak_by_locale": {k: _ratio(v[1], v[0], 0.0) for k, v in sorted(by_locale.items())},
        "leak_examples": dict(leak_examples),
        "false_positive_examples": dict(fp_examples),
    }
