"""Readable tables (rich) for the agent evaluation set figures of :mod:`evalset_score`."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["SUMMARY_ROWS", "print_agent_report"]

SUMMARY_ROWS: list[tuple[str, str, str]] = [
    ("leak_all", "values still in clear after protect", "<= 0.05"),
    ("leak_structured", "structured values in clear", "<= 0.005"),
    ("leak_text_all", "  ... protect(text) only", ""),
    ("leak_obj_all", "  ... protect(obj) only, JSON records", ""),
    ("uncovered_chars", "uncovered PII characters", "<= 0.10"),
    ("coverage", "gold spans covered (any type)", ""),
    ("harmless_altered", "harmless records altered by protect", "<= 0.02"),
    ("harmless_pii_hit", "harmless records with a PERSON/ORG/LOC hit", ""),
    ("hard_negatives_altered", "hard negatives altered", ""),
    ("ner_f1", "PERSON/LOCATION/ORGANIZATION F1", ">= 0.65"),
    ("ner_precision", "  ... precision", ""),
    ("ner_recall", "  ... recall", ""),
    ("records_per_s", "records/s (scan + protect text + protect obj)", ""),
]
"""(summary key, label, issue 16 target)."""

_RUNS = [
    ("pattern_only", "patterns, all"),
    ("pattern_only_ner_subset", "patterns, subset"),
    ("with_ner", "with NER, subset"),
]


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.0f}"
    return str(value)


def print_agent_report(agent: dict[str, Any], *, examples: int = 3, console: Console | None = None) -> None:
    console = console or Console(width=160)
    runs = [(key, title) for key, title in _RUNS if key in agent]
    summary = Table(title="Agent evaluation set: issue 16 'Done when' figures")
    summary.add_column("figure")
    summary.add_column("target")
    for key, title in runs:
        n = agent[key]["summary"]["records"]
        summary.add_column(f"{title} ({n} rec.)", justify="right")
    for key, label, target in SUMMARY_ROWS:
        summary.add_row(label, target, *[_fmt(agent[run]["summary"].get(key)) for run, _t in runs])
    for key, label in (
        ("gold_values", "gold values"),
        ("harmless_records", "harmless records"),
        ("hard_negatives", "hard negatives"),
    ):
        summary.add_row(label, "", *[_fmt(agent[run]["summary"].get(key)) for run, _t in runs])
    console.print(summary)

    per_type = Table(title="Per type (span match: same type, overlap >= 50% of the gold span)")
    per_type.add_column("type")
    main, ner = agent["pattern_only"]["per_type"], agent.get("with_ner", {}).get("per_type", {})
    for col in ("gold", "P", "R", "F1", "cover", "leak", "leak txt", "leak obj"):
        per_type.add_column(col, justify="right")
    if ner:
        for col in ("NER gold", "NER P", "NER R", "NER F1", "NER leak"):
            per_type.add_column(col, justify="right")
    for etype in sorted(set(main) | set(ner)):
        row = main.get(etype, {})
        cells = [
            _fmt(row.get(k)) for k in ("gold", "precision", "recall", "f1", "coverage", "leak", "leak_text", "leak_obj")
        ]
        if ner:
            nrow = ner.get(etype, {})
            cells += [_fmt(nrow.get(k)) for k in ("gold", "precision", "recall", "f1", "leak")]
        per_type.add_row(etype, *cells)
    console.print(per_type)

    for key, title in runs:
        if key == "pattern_only_ner_subset":
            continue
        kinds = agent[key]["leak_by_kind"]
        locales = sorted(agent[key]["leak_by_locale"].items(), key=lambda kv: -kv[1])[:6]
        console.print(
            f"[bold]Leak by record kind, {title}[/bold]: " + ", ".join(f"{k} {v:.3f}" for k, v in kinds.items())
        )
        console.print(f"[bold]Worst locales, {title}[/bold]: " + ", ".join(f"{k} {v:.3f}" for k, v in locales))
        leaks = agent[key]["leak_examples"]
        if not leaks:
            continue
        console.print(f"[bold]Leak examples, {title}[/bold] (kind/locale: 16 chars before, digits as 9; value shape)")
        for etype in sorted(leaks):
            for line in leaks[etype][:examples]:
                console.print(f"  {etype:18s} {line}", markup=False, highlight=False)
        fps = agent[key]["false_positive_examples"]
        if fps:
            console.print(f"[bold]False positive examples, {title}[/bold] (shape of the predicted text)")
            for etype in sorted(fps):
                for line in fps[etype][:examples]:
                    console.print(f"  {etype:18s} {line}", markup=False, highlight=False)
