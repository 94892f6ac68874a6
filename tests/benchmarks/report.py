"""Turn the workers' results into table rows, target checks and a rich table."""

from __future__ import annotations

import math
from typing import Any

__all__ = ["build_rows", "markdown", "print_report"]

MB = 1024.0  # KB/s per MB/s
HEAVY_OK: list[str] = []


def _get(results: dict[str, Any], key: str, *path: str) -> Any:
    node: Any = results.get(key)
    for part in path:
        if not isinstance(node, dict) or "error" in node:
            return None
        node = node.get(part)
    return node


def _ratio(mask: Any, peer: Any, higher_is_better: bool) -> float | None:
    """How many times better Mask is than the peer (>1: Mask better)."""
    if not isinstance(mask, (int, float)) or not isinstance(peer, (int, float)) or not mask or not peer:
        return None
    return mask / peer if higher_is_better else peer / mask


def _row(
    results: dict[str, Any],
    section: str,
    measure: str,
    unit: str,
    keys: tuple[str, str, str],
    path: tuple[str, ...],
    higher: bool | None,
) -> dict[str, Any]:
    values = [_get(results, k, *path) if k else None for k in keys]
    return {
        "section": section,
        "measure": measure,
        "unit": unit,
        "mask": values[0],
        "reference": values[1],
        "presidio": values[2],
        "vs_reference": _ratio(values[0], values[1], higher) if higher is not None else None,
        "vs_presidio": _ratio(values[0], values[2], higher) if higher is not None else None,
        "higher_is_better": higher,
    }


def _detectors_cell(names: Any) -> Any:
    if not isinstance(names, list):
        return names
    return f"{len(names)}" + (" incl. spacy" if "spacy" in names else ", no NER")


def _protect_rows(results: dict[str, Any], mode: str, title: str) -> list[dict[str, Any]]:
    keys = (f"{mode}/mask", f"{mode}/reference", f"{mode}/presidio")
    rows = [
        _row(results, title, "throughput", "KB/s", keys, ("kb_per_s",), True),
        _row(results, title, "latency p50 (2 KB doc)", "ms", keys, ("p50_ms",), False),
        _row(results, title, "latency p99 (2 KB doc)", "ms", keys, ("p99_ms",), False),
        _row(results, title, "recall, all labelled values", "", keys, ("recall", "all"), True),
        _row(results, title, "recall, pattern types", "", keys, ("recall", "pattern_types"), True),
        _row(results, title, "recall, PERSON/LOCATION/ORG", "", keys, ("recall", "ner_types"), True),
        _row(results, title, "over-masked non-PII (lower is better)", "", keys, ("overmasking", "rate"), None),
        _row(results, title, "peak RSS, main process + largest child", "MiB", keys, ("peak_rss_total_mb",), False),
        _row(results, title, "peak RSS, largest child process", "MiB", keys, ("peak_rss_children_mb",), None),
        _row(results, title, "documents (each repeat)", "", keys, ("docs",), None),
    ]
    rows.append(
        _row(results, title, "batched protect (16 docs/call)", "KB/s", (keys[0], "", ""), ("batch_kb_per_s",), None)
    )
    detectors = _row(results, title, "Mask detectors (names in the JSON)", "", (keys[0], "", ""), ("detectors",), None)
    detectors["mask"] = _detectors_cell(detectors["mask"])
    rows.append(detectors)
    return rows


def build_rows(results: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    for result in results.values():
        if isinstance(result, dict) and "peak_rss_mb" in result:
            result["peak_rss_total_mb"] = result["peak_rss_mb"] + result.get("peak_rss_children_mb", 0.0)
    imp = ("import/mask", "import/reference", "import/presidio")
    rows.append(_row(results, "import", "import time (median, fresh interpreter)", "ms", imp, ("import_ms",), False))
    rows.append(_row(results, "import", "heavy modules after import", "", imp, ("heavy_after_import",), None))
    rows.append(
        _row(
            results,
            "import",
            "heavy modules after pattern-only protect",
            "",
            (imp[0], "", ""),
            ("heavy_after_pattern_protect",),
            None,
        )
    )
    rows.append(
        _row(results, "import", "first Mask() + protect", "ms", (imp[0], "", ""), ("construct_and_protect_ms",), None)
    )
    rows.append(_row(results, "import", "peak RSS after import", "MiB", imp, ("peak_rss_mb",), False))
    rows += _protect_rows(results, "protect_pattern", "protect, pattern detectors only")
    rows.append(
        _row(
            results,
            "protect, pattern detectors only",
            "throughput, Mask() defaults (SQLite vault + audit)",
            "KB/s",
            ("protect_pattern_defaults/mask", "", ""),
            ("kb_per_s",),
            None,
        )
    )
    rows += _protect_rows(results, "protect_ner", "protect with NER")
    for label, field in (("all components", "all_kb_per_s"), ("tok2vec + ner", "tok2vec_ner_kb_per_s"),
                         ("ner only", "ner_kb_per_s")):  # fmt: skip
        rows.append(
            _row(
                results,
                "protect with NER",
                f"bare spaCy pipeline, {label}, nlp(doc) per doc",
                "KB/s",
                ("protect_ner/spacy", "", ""),
                (field,),
                None,
            )
        )
    for mode, title in (("quality_pattern", "eval set (evalset.py), pattern only"),
                        ("quality_ner", "eval set (evalset.py), with NER")):  # fmt: skip
        keys = (f"{mode}/mask", f"{mode}/reference", f"{mode}/presidio")
        if not any(k in results for k in keys):
            continue
        rows += [
            _row(results, title, "recall, all labelled values", "", keys, ("recall", "all"), True),
            _row(results, title, "recall, pattern types", "", keys, ("recall", "pattern_types"), True),
            _row(results, title, "hard negatives altered (lower is better)", "", keys, ("overmasking", "rate"), None),
            _row(results, title, "labelled values / records", "", keys, ("recall", "values"), None),
        ]
    rk = ("reveal/mask", "reveal/reference", "")
    rows += [
        _row(results, "reveal (2 KB, 40 tokens)", "throughput", "KB/s", rk, ("kb_per_s",), True),
        _row(results, "reveal (2 KB, 40 tokens)", "latency p50 per answer", "ms", rk, ("p50_ms",), False),
        _row(results, "reveal (2 KB, 40 tokens)", "latency p99 per answer", "ms", rk, ("p99_ms",), False),
        _row(results, "reveal (2 KB, 40 tokens)", "tokens per answer", "", rk, ("tokens_per_answer",), None),
        _row(results, "reveal (2 KB, 40 tokens)", "answers restored exactly", "", rk, ("roundtrip_ok",), None),
    ]
    for key in sorted(k for k in results if k.startswith("toolcall/")):
        name = key.split("/", 1)[1]
        if "error" in results[key]:
            rows.append({"section": "per-tool-call overhead", "measure": name, "unit": "", "mask": "not available"})
            continue
        rows.append(
            _row(
                results,
                "per-tool-call overhead",
                f"{name}: bare tool call p50",
                "ms",
                (key, "", ""),
                ("bare_p50_ms",),
                None,
            )
        )
        for variant, prefix in _variants(results[key]):
            for stat in ("p50", "p99"):
                rows.append(
                    _row(
                        results,
                        "per-tool-call overhead",
                        f"{name}{variant}: overhead {stat}",
                        "ms",
                        (key, "", ""),
                        (f"{prefix}overhead_{stat}_ms",),
                        None,
                    )
                )
    backends = _get(results, "vaults/mask", "backends") or {}
    for name, figures in backends.items():
        if "error" in figures:
            rows.append({"section": "vault round trips", "measure": name, "unit": "", "mask": figures["error"]})
            continue
        for measure, field in (
            ("round trips per protect (2 KB doc)", "protect_round_trips_per_call"),
            ("round trips per protect, values already stored", "protect_again_round_trips_per_call"),
            ("round trips per reveal", "reveal_round_trips_per_call"),
            ("protect p50", "protect_p50_ms"),
            ("reveal p50", "reveal_p50_ms"),
        ):
            unit = "ms" if field.endswith("_ms") else ""
            rows.append(
                {
                    "section": "vault round trips",
                    "measure": f"{name}: {measure}",
                    "unit": unit,
                    "mask": figures.get(field),
                }
            )
    engineer = results.get("vaults/backends") or {}
    if "error" in engineer:
        rows.append({"section": "vault backends", "measure": "bench_vaults.py", "unit": "", "mask": "not available"})
    for backend in engineer.get("rows", []):
        name = backend.get("backend", "?")
        for measure, field, unit in (
            ("protect, new values", "cold_kb_s", "KB/s"),
            ("protect, values stored", "warm_kb_s", "KB/s"),
            ("new values vs memory vault", "cold_vs_memory", "x"),
            ("round trips per protect, new values", "cold_trips_mean", ""),
            ("round trips per protect, values stored", "warm_trips_mean", ""),
            ("round trips, 40 new entities in one call", "forty_cold_trips", ""),
        ):
            rows.append(
                {"section": "vault backends", "measure": f"{name}: {measure}", "unit": unit, "mask": backend.get(field)}
            )
    return rows, _targets(results)


def _variants(result: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, key prefix) of each measured path: ``overhead_p50_ms`` -> protected, ``middleware_...``."""
    prefixes = sorted(k[: -len("overhead_p50_ms")] for k in result if k.endswith("overhead_p50_ms"))
    return [(f" ({p.rstrip('_')})" if p else "", p) for p in prefixes]


def _target(name: str, value: Any, ok: bool | None, detail: str = "") -> dict[str, Any]:
    return {"target": name, "value": value, "ok": ok, "detail": detail}


def _targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    mask_ner = _get(results, "protect_ner/mask", "kb_per_s")
    ref_ner = _get(results, "protect_ner/reference", "kb_per_s")
    ratio = _ratio(mask_ner, ref_ner, True)
    r_mask = _get(results, "protect_ner/mask", "recall", "all")
    r_ref = _get(results, "protect_ner/reference", "recall", "all")
    ok = None if ratio is None or r_mask is None or r_ref is None else ratio >= 3 and r_mask >= r_ref
    detail = f"recall Mask {r_mask} vs reference {r_ref}"
    if _get(results, "protect_ner/mask", "spacy_loaded") is False:
        ok, detail = False, detail + "; Mask's NER detector did not run (spaCy never loaded)"
    out.append(_target("protect with NER >= 3x reference, recall >= reference", ratio, ok, detail))
    pat = _get(results, "protect_pattern/mask", "kb_per_s")
    out.append(_target("pattern-only protect >= 2 MB/s (KB/s)", pat, None if pat is None else pat >= 2 * MB))
    ratio = _ratio(pat, _get(results, "protect_pattern/presidio", "kb_per_s"), True)
    out.append(
        _target("pattern-only protect >= 10x Presidio without NER", ratio, None if ratio is None else ratio >= 10)
    )
    rev = _get(results, "reveal/mask", "kb_per_s")
    tokens = _get(results, "reveal/mask", "tokens_per_answer") or 0
    restored = _get(results, "reveal/mask", "roundtrip_ok") or 0
    valid = tokens >= 36 and restored == 1
    out.append(
        _target(
            "reveal >= 2 MB/s (KB/s)",
            rev,
            None if rev is None else rev >= 2 * MB and valid,
            "" if valid else f"invalid: {tokens:.0f} tokens found per answer, {restored:.0%} restored",
        )
    )
    for key in sorted(k for k in results if k.startswith("toolcall/")):
        variants = _variants(results[key]) if "error" not in results[key] else [("", "")]
        for variant, prefix in variants:
            p50 = _get(results, key, f"{prefix}overhead_p50_ms")
            p99 = _get(results, key, f"{prefix}overhead_p99_ms")
            if (p50 is None or p99 is None) and "error" not in results[key]:
                continue  # e.g. a whole agent turn reported at p50 only: shown in the table, not a target
            ok = None if p50 is None or p99 is None else p50 <= 1 and p99 <= 5
            detail = results[key].get("error", "")
            name = key.split("/")[1] + variant
            out.append(
                _target(
                    f"tool-call overhead p50 <= 1 ms, p99 <= 5 ms ({name})",
                    None if p50 is None else f"{_fmt(p50)} / {_fmt(p99)} ms",
                    ok,
                    detail,
                )
            )
    imp = _get(results, "import/mask", "import_ms")
    out.append(_target("import mask.core <= 150 ms", imp, None if imp is None else imp <= 150))
    after_import = _get(results, "import/mask", "heavy_after_import")
    after_protect = _get(results, "import/mask", "heavy_after_pattern_protect")
    ok = None if after_import is None else not after_import and not after_protect
    out.append(
        _target(
            "no framework/spaCy/backend import unless used",
            f"{after_import} / {after_protect}",
            ok,
            "after `import mask.core` / after a pattern-only Mask().protect()",
        )
    )
    return out


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if math.isnan(value):
            return "-"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.3f}" if abs(value) < 1 else f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def _fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x" if value >= 10 else f"{value:.2f}x"


def print_report(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=160)
    meta = report["meta"]
    table = Table(
        title=f"Mask vs mask-privacy 4.3.0 (reference) vs Presidio — {meta['date']} @ {meta['commit']}",
        caption="ratios: how many times better Mask is (throughput: Mask/peer; time and memory: peer/Mask)",
    )
    for col in ("section", "measure", "unit", "Mask", "reference", "Presidio", "vs ref", "vs Presidio"):
        table.add_column(col, justify="right" if col not in ("section", "measure") else "left", overflow="fold")
    last = None
    for row in report["rows"]:
        section = row["section"] if row["section"] != last else ""
        last = row["section"]
        table.add_row(
            section,
            row["measure"],
            row.get("unit", ""),
            _fmt(row.get("mask")),
            _fmt(row.get("reference")),
            _fmt(row.get("presidio")),
            _fmt_ratio(row.get("vs_reference")),
            _fmt_ratio(row.get("vs_presidio")),
        )
    console.print(table)
    targets = Table(title="Targets (issue 6)")
    for col in ("target", "value", "met", "detail"):
        targets.add_column(col, overflow="fold")
    for t in report["targets"]:
        met = {True: "[green]yes[/]", False: "[red]no[/]", None: "[yellow]n/a[/]"}[t["ok"]]
        value = _fmt_ratio(t["value"]) if "x " in t["target"] and isinstance(t["value"], float) else _fmt(t["value"])
        targets.add_row(t["target"], value, met, t["detail"])
    console.print(targets)
    slow = (report["results"].get("import/mask") or {}).get("importtime_top") or []
    if slow:
        console.print(
            "slowest imports under mask.core (-X importtime, cumulative ms): "
            + ", ".join(f"{r['module']} {r['cumulative_us'] / 1000:.0f}" for r in slow[1:8])
        )
    for key in sorted(k for k in report["results"] if k.startswith("profile/")):
        prof = report["results"][key]
        if "error" in prof:
            continue
        hot = ", ".join(f"{h['function']} {h['share']:.0%}" for h in prof["top_own_time"][:6])
        console.print(f"{key} hotspots (own time, {prof['seconds']:.2f} s sampled; tree in {prof['tree']}): {hot}")
    for key in sorted(k for k in report["results"] if k.startswith("breakdown/")):
        parts = report["results"][key].get("parts") or []
        if parts:
            top = ", ".join(f"{p['part']} {p['ms_per_doc']:.2f} ms ({p['share_of_protect']:.0%})" for p in parts[:8])
            console.print(f"{key} (mean per 2 KB document): {top}")
        libs = report["results"][key].get("libraries") or {}
        if libs:
            inside = ", ".join(
                f"{k.removesuffix('_ms_per_doc')} {v:.2f} ms" for k, v in libs.items() if k != "protect_ms_per_doc"
            )
            console.print(f"{key} inside libraries (of {libs['protect_ms_per_doc']:.2f} ms per document): {inside}")
    errors = {k: v["error"] for k, v in report["results"].items() if isinstance(v, dict) and "error" in v}
    for key, message in errors.items():
        console.print(f"[yellow]{key}[/]: {message}")


def markdown(report: dict[str, Any]) -> str:
    """The same table and targets as Markdown (for docs/performance.md)."""
    meta = report["meta"]
    lines = [
        f"Run of {meta['date']} at commit {meta['commit']} ({meta.get('machine', '')}, "
        f"load average at the end {', '.join(f'{x:.1f}' for x in meta.get('loadavg_end', []))}).",
        "",
        "| section | measure | unit | Mask | reference | Presidio | vs ref | vs Presidio |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    last = None
    for row in report["rows"]:
        section = row["section"] if row["section"] != last else ""
        last = row["section"]
        cells = [section, row["measure"], row.get("unit", ""), _fmt(row.get("mask")), _fmt(row.get("reference")),
                 _fmt(row.get("presidio")), _fmt_ratio(row.get("vs_reference")), _fmt_ratio(row.get("vs_presidio"))]  # fmt: skip
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    lines += ["", "| target | value | met | detail |", "| --- | --- | --- | --- |"]
    for t in report["targets"]:
        value = _fmt_ratio(t["value"]) if "x " in t["target"] and isinstance(t["value"], float) else _fmt(t["value"])
        met = {True: "yes", False: "**no**", None: "n/a"}[t["ok"]]
        lines.append(f"| {t['target']} | {value} | {met} | {t['detail']} |")
    return "\n".join(lines) + "\n"
