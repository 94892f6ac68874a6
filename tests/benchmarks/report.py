"""Turn the workers' results into table rows, target checks and a rich table."""

from __future__ import annotations

import math
from typing import Any

__all__ = ["build_rows", "build_summary", "markdown", "markdown_full", "print_report"]

HEAVY_OK: list[str] = []
BUSY_CORES = 0.25
"""Cores other programs may keep busy during the NER runs before the target's detail says the
machine was busy (on two cores, one more busy process takes a third or more of Mask's NER speed)."""
ADAPTER_RATIO = 1.30
"""An adapter adds at most 30% to one ``Mask.protect`` of the same payload (issue 12)."""


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


def _with_floor(row: dict[str, Any], results: dict[str, Any], key: str, *path: str) -> dict[str, Any]:
    """``row`` with the floor's figure beside Mask's, and Mask's figure as a ratio to it."""
    row["floor"] = _get(results, key, *path)
    row["vs_floor"] = _ratio(row.get("mask"), row["floor"], True)
    return row


def _flatten_toolcall(result: dict[str, Any]) -> None:
    """The MCP benchmark's in-memory figures (``{"memory": {...}}``) under the names the
    other tool-call benchmarks use: ``overhead_*`` for the proxy's cost."""
    inner = result.get("memory")
    if not isinstance(inner, dict) or "overhead_p50_ms" in result:
        return
    for key, value in inner.items():
        result.setdefault(key, value)
    for q in ("p50", "p99"):
        if f"cost_{q}_ms" in inner:
            result[f"overhead_{q}_ms"] = inner[f"cost_{q}_ms"]
            result[f"{q}_ms"] = inner.get(f"proxied_{q}_ms")
        if f"paired_cost_{q}_ms" in inner:
            result[f"paired_overhead_{q}_ms"] = inner[f"paired_cost_{q}_ms"]


def _yardstick(result: dict[str, Any], prefix: str, q: str) -> Any:
    """One ``Mask.protect`` of the same payload, timed beside the ``prefix`` path: its own
    (``protect_async_p50_ms`` for ``async_``, timed in the same event loop) where the bench
    measured one, else ``protect_{q}_ms``."""
    own = result.get(f"protect_{prefix.rstrip('_')}_{q}_ms") if prefix else None
    return own if own is not None else result.get(f"protect_{q}_ms")


def _protect_ratios(result: dict[str, Any]) -> None:
    """``{variant}ratio_{p50,p99}``: what a path through the adapter adds to the bare tool
    call, as a ratio to one ``Mask.protect`` of the same payload (:func:`_yardstick`)."""
    for _, prefix in _variants(result):
        if prefix == "turn_":
            continue  # a whole agent turn: not the payload of one protect
        for q in ("p50", "p99"):
            cost, protect = result.get(f"{prefix}overhead_{q}_ms"), _yardstick(result, prefix, q)
            if isinstance(cost, (int, float)) and isinstance(protect, (int, float)) and protect > 0:
                result[f"{prefix}ratio_{q}"] = cost / protect


def build_rows(results: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    for key, result in results.items():
        if isinstance(result, dict) and "peak_rss_mb" in result:
            result["peak_rss_total_mb"] = result["peak_rss_mb"] + result.get("peak_rss_children_mb", 0.0)
        if key.startswith("toolcall/") and isinstance(result, dict) and "error" not in result:
            _flatten_toolcall(result)
            _protect_ratios(result)
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
    pattern_rows = _protect_rows(results, "protect_pattern", "protect, pattern detectors only")
    _with_floor(pattern_rows[0], results, "floor/pattern", "kb_per_s")
    _with_floor(pattern_rows[1], results, "floor/pattern", "p50_ms")["vs_floor"] = None
    _with_floor(pattern_rows[2], results, "floor/pattern", "p99_ms")["vs_floor"] = None
    rows += pattern_rows
    section = "protect, pattern detectors only"
    floor = results.get("floor/pattern") or {}
    stdlib = floor.get("stdlib_re") or {}
    for measure, value in (
        ("floor: patterns in the combined alternation (from the detectors)", floor.get("patterns")),
        ("floor: each pattern in its own pass, KB/s", floor.get("separate_passes_kb_per_s")),
        (f"floor: stdlib re, alternation of the {stdlib.get('patterns', '?')} patterns it compiles, KB/s",
         stdlib.get("re_kb_per_s")),
        (f"floor: regex, the same {stdlib.get('patterns', '?')} patterns, KB/s", stdlib.get("regex_kb_per_s")),
    ):  # fmt: skip
        rows.append({"section": section, "measure": measure, "unit": "", "floor": value})
    if "error" in floor:
        rows.append({"section": section, "measure": "floor", "unit": "", "floor": floor["error"]})
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
    ner_rows = _protect_rows(results, "protect_ner", "protect with NER")
    _with_floor(ner_rows[0], results, "protect_ner/spacy", "tok2vec_ner_kb_per_s")
    rows += ner_rows
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
    reveal_title = "reveal (2 KB, 40 tokens)"
    rows += [
        _with_floor(
            _row(results, reveal_title, "throughput", "KB/s", rk, ("kb_per_s",), True),
            results,
            "floor/reveal",
            "kb_per_s",
        ),
        {
            "section": reveal_title,
            "measure": "floor: the token shapes one by one (as the finder scans them)",
            "unit": "KB/s",
            "floor": _get(results, "floor/reveal", "shapes_one_by_one_kb_per_s"),
        },
        _row(results, reveal_title, "latency p50 per answer", "ms", rk, ("p50_ms",), False),
        _row(results, reveal_title, "latency p99 per answer", "ms", rk, ("p99_ms",), False),
        _row(results, reveal_title, "tokens per answer", "", rk, ("tokens_per_answer",), None),
        _row(results, reveal_title, "answers restored exactly", "", rk, ("roundtrip_ok",), None),
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
        for stat in ("p50", "p99"):
            rows.append(
                _row(
                    results,
                    "per-tool-call overhead",
                    f"{name}: one Mask.protect of the same payload {stat}",
                    "ms",
                    (key, "", ""),
                    (f"protect_{stat}_ms",),
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
                ratio = _get(results, key, f"{prefix}ratio_{stat}")
                if ratio is not None:
                    rows.append(
                        {
                            "section": "per-tool-call overhead",
                            "measure": f"{name}{variant}: overhead {stat} / one Mask.protect {stat}",
                            "unit": "x",
                            "mask": ratio,
                        }
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


def _target(name: str, value: Any, ok: bool | None, detail: str = "", **extra: Any) -> dict[str, Any]:
    return {"target": name, "value": value, "ok": ok, "detail": detail, **extra}


def _at_least(ratio: float | None, target: float) -> bool | None:
    return None if ratio is None else ratio >= target


_TARGET_VARIANTS = ("paired_", "turn_")
"""Tool-call paths shown in the table but not checked: the paired difference (another
estimate of the main path) and a whole agent turn (not one tool call)."""


def _targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 12's targets, each a ratio of figures of this run (and issue 6's import ones)."""
    out = []
    pat = _get(results, "protect_pattern/mask", "kb_per_s")
    floor = _get(results, "floor/pattern", "kb_per_s")
    ratio = _ratio(pat, floor, True)
    separate = _get(results, "floor/pattern", "separate_passes_kb_per_s")
    detail = f"floor: one `regex` pass of {_get(results, 'floor/pattern', 'patterns')} built-in patterns"
    if separate:
        detail += (
            f"; vs each pattern in its own pass ({_fmt(separate)} KB/s): {_fmt_ratio(_ratio(pat, separate, True))}"
        )
    out.append(_target("pattern-only protect >= 0.5x the combined-regex floor", ratio, _at_least(ratio, 0.5), detail,
                       id="pattern_floor", mask=pat, floor=floor))  # fmt: skip
    pres = _get(results, "protect_pattern/presidio", "kb_per_s")
    ratio = _ratio(pat, pres, True)
    out.append(_target("pattern-only protect >= 10x Presidio without NER", ratio, _at_least(ratio, 10),
                       id="pattern_presidio", mask=pat, presidio=pres))  # fmt: skip
    rev = _get(results, "reveal/mask", "kb_per_s")
    rev_floor = _get(results, "floor/reveal", "kb_per_s")
    ratio = _ratio(rev, rev_floor, True)
    tokens = _get(results, "reveal/mask", "tokens_per_answer") or 0
    restored = _get(results, "reveal/mask", "roundtrip_ok") or 0
    valid = tokens >= 36 and restored == 1
    one_by_one = _get(results, "floor/reveal", "shapes_one_by_one_kb_per_s")
    detail = "floor: one `regex` pass of the combined token-shape pattern"
    if one_by_one:
        detail += f"; vs the shapes one by one ({_fmt(one_by_one)} KB/s): {_fmt_ratio(_ratio(rev, one_by_one, True))}"
    if not valid:
        detail += f"; invalid: {tokens:.0f} tokens found per answer, {restored:.0%} restored"
    ok = _at_least(ratio, 0.5)
    out.append(_target("reveal >= 0.5x one pass of the token-shape pattern", ratio, ok and valid if ok else ok,
                       detail, id="reveal_floor", mask=rev, floor=rev_floor))  # fmt: skip
    mask_ner = _get(results, "protect_ner/mask", "kb_per_s")
    ref_ner = _get(results, "protect_ner/reference", "kb_per_s")
    ratio = _ratio(mask_ner, ref_ner, True)
    r_mask = _get(results, "protect_ner/mask", "recall", "all")
    r_ref = _get(results, "protect_ner/reference", "recall", "all")
    ok = None if ratio is None or r_mask is None or r_ref is None else ratio >= 3 and r_mask >= r_ref
    detail = f"recall Mask {_fmt(r_mask)} vs reference {_fmt(r_ref)}"
    busy = (
        _get(results, "protect_ner/mask", "other_cpu_cores"),
        _get(results, "protect_ner/reference", "other_cpu_cores"),
    )
    if None not in busy:
        detail += f"; cores other programs kept busy: {_fmt(busy[0])} beside Mask, {_fmt(busy[1])} beside the reference"
        if max(busy) > BUSY_CORES:
            detail += " (a busy machine: Mask's NER shares each call between two processes, the reference uses one)"
    if _get(results, "protect_ner/mask", "spacy_loaded") is False:
        ok, detail = False, detail + "; Mask's NER detector did not run (spaCy never loaded)"
    out.append(_target("protect with NER >= 3x reference, recall >= reference", ratio, ok, detail, id="ner_reference",
                       mask=mask_ner, reference=ref_ner, recall_mask=r_mask, recall_reference=r_ref))  # fmt: skip
    for key in sorted(k for k in results if k.startswith("toolcall/") and k != "toolcall/engine"):
        result = results[key]
        name = key.split("/")[1]
        title = f"tool-call overhead <= {ADAPTER_RATIO:.2f}x one Mask.protect of the same payload, p50 and p99"
        if "error" in result:
            out.append(_target(f"{title} ({name})", None, None, result["error"], id=f"toolcall:{name}"))
            continue
        for variant, prefix in _variants(result):
            if prefix in _TARGET_VARIANTS:
                continue
            p50, p99 = result.get(f"{prefix}ratio_p50"), result.get(f"{prefix}ratio_p99")
            if p50 is None or p99 is None:
                if result.get(f"{prefix}overhead_p99_ms") is None:
                    continue  # reported at p50 only: shown in the table, not a target
                out.append(_target(f"{title} ({name}{variant})", None, None, "no Mask.protect yardstick in the result",
                                   id=f"toolcall:{name}{variant}"))  # fmt: skip
                continue
            ok = p50 <= ADAPTER_RATIO and p99 <= ADAPTER_RATIO
            protect_p50, protect_p99 = _yardstick(result, prefix, "p50"), _yardstick(result, prefix, "p99")
            detail = (
                f"overhead {_fmt(result[f'{prefix}overhead_p50_ms'])} / {_fmt(result[f'{prefix}overhead_p99_ms'])} ms, "
                f"one protect {_fmt(protect_p50)} / {_fmt(protect_p99)} ms (p50 / p99)"
            )
            out.append(_target(f"{title} ({name}{variant})", p50, ok, detail, id=f"toolcall:{name}{variant}",
                               p50=p50, p99=p99, overhead_p50_ms=result[f"{prefix}overhead_p50_ms"],
                               overhead_p99_ms=result[f"{prefix}overhead_p99_ms"],
                               protect_p50_ms=protect_p50, protect_p99_ms=protect_p99))  # fmt: skip
    imp = _get(results, "import/mask", "import_ms")
    out.append(_target("import mask.core <= 150 ms (issue 6)", imp, None if imp is None else imp <= 150, id="import"))
    after_import = _get(results, "import/mask", "heavy_after_import")
    after_protect = _get(results, "import/mask", "heavy_after_pattern_protect")
    ok = None if after_import is None else not after_import and not after_protect
    out.append(
        _target(
            "no framework/spaCy/backend import unless used (issue 6)",
            f"{after_import} / {after_protect}",
            ok,
            "after `import mask.core` / after a pattern-only Mask().protect()",
            id="heavy_imports",
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


def _pair(a: Any, b: Any, fmt: Any = None) -> str:
    fmt = fmt or _fmt
    return "-" if a is None and b is None else f"{fmt(a)} / {fmt(b)}"


def build_summary(results: dict[str, Any], targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per figure and per target: Mask beside the floors and the peers, the ratio,
    the target and whether it is met (the table for the README)."""
    by_id = {t.get("id"): t for t in targets}
    lines: list[dict[str, Any]] = []

    def figure(measure: str, unit: str, mask: Any, floor: Any = None, reference: Any = None,
               presidio: Any = None) -> None:  # fmt: skip
        lines.append({"measure": measure, "unit": unit, "mask": mask, "floor": floor, "reference": reference,
                      "presidio": presidio, "ratio": None, "target": "", "met": None})  # fmt: skip

    def check(measure: str, target_id: str, target: str, ratio: str | None = None) -> None:
        t = by_id.get(target_id) or {}
        value = t.get("value")
        shown = ratio if ratio is not None else _fmt_ratio(value) if isinstance(value, float) else _fmt(value)
        lines.append({"measure": measure, "unit": "", "mask": "", "floor": "", "reference": "",
                      "presidio": "", "ratio": shown, "target": target, "met": t.get("ok"),
                      "detail": t.get("detail", "")})  # fmt: skip

    def info(measure: str, mask: Any, other: Any) -> None:
        lines.append({"measure": measure, "unit": "", "mask": "", "floor": "", "reference": "", "presidio": "",
                      "ratio": _fmt_ratio(_ratio(mask, other, True)), "target": "", "met": None})  # fmt: skip

    g = lambda key, *path: _get(results, key, *path)  # noqa: E731
    figure("protect, pattern detectors only (floor: one `regex` pass of the built-in patterns)", "KB/s",
           g("protect_pattern/mask", "kb_per_s"), g("floor/pattern", "kb_per_s"),
           g("protect_pattern/reference", "kb_per_s"), g("protect_pattern/presidio", "kb_per_s"))  # fmt: skip
    check("  Mask / floor", "pattern_floor", ">= 0.5x")
    info("  Mask / each built-in pattern in its own `regex` pass", g("protect_pattern/mask", "kb_per_s"),
         g("floor/pattern", "separate_passes_kb_per_s"))  # fmt: skip
    check("  Mask / Presidio without NER", "pattern_presidio", ">= 10x")
    figure("protect with NER (floor: the bare spaCy tok2vec + ner pipeline)", "KB/s",
           g("protect_ner/mask", "kb_per_s"), g("protect_ner/spacy", "tok2vec_ner_kb_per_s"),
           g("protect_ner/reference", "kb_per_s"), g("protect_ner/presidio", "kb_per_s"))  # fmt: skip
    figure("recall with NER, all labelled values", "", g("protect_ner/mask", "recall", "all"), None,
           g("protect_ner/reference", "recall", "all"), g("protect_ner/presidio", "recall", "all"))  # fmt: skip
    check("  Mask / reference, recall", "ner_reference", ">= 3x, recall >= reference")
    figure("reveal, 2 KB answers holding 40 tokens (floor: one `regex` pass of the token-shape pattern)", "KB/s",
           g("reveal/mask", "kb_per_s"), g("floor/reveal", "kb_per_s"), g("reveal/reference", "kb_per_s"))  # fmt: skip
    check("  Mask / floor", "reveal_floor", ">= 0.5x")
    info("  Mask / the token shapes one by one (as the finder scans them)", g("reveal/mask", "kb_per_s"),
         g("floor/reveal", "shapes_one_by_one_kb_per_s"))  # fmt: skip
    engine = results.get("toolcall/engine") or {}
    if "error" not in engine and engine.get("protect_p50_ms"):
        lines.append({"measure": "tool call, engine alone (dispatch, no adapter): overhead (floor: one Mask.protect)",
                      "unit": "ms, p50 / p99", "mask": _pair(engine.get("overhead_p50_ms"), engine.get("overhead_p99_ms")),
                      "floor": _pair(engine.get("protect_p50_ms"), engine.get("protect_p99_ms")),
                      "ratio": _pair(engine.get("ratio_p50"), engine.get("ratio_p99"), _fmt_ratio), "target": "",
                      "met": None})  # fmt: skip
    for t in targets:
        if not str(t.get("id", "")).startswith("toolcall:"):
            continue
        name = t["id"].split(":", 1)[1]
        lines.append({"measure": f"tool call through {name}: overhead (floor: one Mask.protect of the same payload)",
                      "unit": "ms, p50 / p99", "mask": _pair(t.get("overhead_p50_ms"), t.get("overhead_p99_ms")),
                      "floor": _pair(t.get("protect_p50_ms"), t.get("protect_p99_ms")),
                      "ratio": _pair(t.get("p50"), t.get("p99"), _fmt_ratio) if "p50" in t else "-",
                      "target": f"<= {ADAPTER_RATIO:.2f}x", "met": t["ok"], "detail": t["detail"]})  # fmt: skip
    imp = by_id.get("import") or {}
    lines.append({"measure": "import mask.core (median, fresh interpreter)", "unit": "ms", "mask": imp.get("value"),
                  "reference": g("import/reference", "import_ms"), "presidio": g("import/presidio", "import_ms"),
                  "target": "<= 150 ms", "met": imp.get("ok")})  # fmt: skip
    return lines


def _machine(meta: dict[str, Any]) -> str:
    cpu = meta.get("cpu")
    cores = meta.get("cores")
    if cpu:
        return f"{cpu}, {cores} cores" if cores else cpu
    return meta.get("machine", "")


def _header(meta: dict[str, Any]) -> str:
    args = meta.get("args") or {}
    commit = str(meta.get("commit", "?")) + (" with uncommitted changes" if meta.get("dirty") else "")
    load = ", ".join(f"{x:.1f}" for x in meta.get("loadavg_end", []))
    text = f"Run of {meta.get('date', '?')} at commit {commit} on {_machine(meta)}"
    if meta.get("python"):
        text += f", Python {meta['python']}"
    if args.get("docs"):
        text += (
            f"; {args['docs']} corpus documents ({args.get('ner_docs', '?')} with NER), "
            f"medians of {args.get('repeats', '?')} rounds (Mask and its peers in turn, a fresh process each)"
        )
    if args.get("quick") == "True":
        text += " (smoke run, --quick)"
    if load:
        text += f"; load average at the end {load}"
    return text + "."


def _fmt_cell(value: Any) -> str:
    return value if isinstance(value, str) else _fmt(value)


_MET = {True: "yes", False: "**no**", None: "n/a"}


def print_report(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=180)
    meta = report["meta"]
    table = Table(
        title=f"Mask vs mask-privacy 4.3.0 (reference) vs Presidio — {meta['date']} @ {meta['commit']}",
        caption="ratios: how many times better Mask is (throughput: Mask/other; time and memory: other/Mask)",
    )
    columns = ("section", "measure", "unit", "Mask", "floor", "reference", "Presidio", "vs floor", "vs ref",
               "vs Presidio")  # fmt: skip
    for col in columns:
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
            _fmt(row.get("floor")),
            _fmt(row.get("reference")),
            _fmt(row.get("presidio")),
            _fmt_ratio(row.get("vs_floor")),
            _fmt_ratio(row.get("vs_reference")),
            _fmt_ratio(row.get("vs_presidio")),
        )
    console.print(table)
    summary = report.get("summary") or build_summary(report["results"], report["targets"])
    targets = Table(title="Ratios and targets (issue 12; import: issue 6) — " + _header(meta))
    for col in ("measure", "unit", "Mask", "floor", "reference", "Presidio", "ratio", "target", "met", "detail"):
        targets.add_column(col, overflow="fold")
    for line in summary:
        met = {True: "[green]yes[/]", False: "[red]no[/]", None: "[yellow]n/a[/]" if line.get("target") else ""}
        targets.add_row(
            line["measure"],
            line.get("unit", ""),
            _fmt_cell(line.get("mask")),
            _fmt_cell(line.get("floor")),
            _fmt_cell(line.get("reference")),
            _fmt_cell(line.get("presidio")),
            line.get("ratio") or "",
            line.get("target", ""),
            met[line.get("met")],
            line.get("detail", ""),
        )
    console.print(targets)
    slow = (report["results"].get("import/mask") or {}).get("importtime_top") or []
    if slow:
        console.print(
            "slowest imports under mask.core (-X importtime, cumulative ms): "
            + ", ".join(f"{r['module']} {r['cumulative_us'] / 1000:.0f}" for r in slow[1:8])
        )
    floor = report["results"].get("floor/pattern") or {}
    if floor.get("pieces"):
        slowest = ", ".join(f"{p['from']} {p['kb_per_s']:,.0f}" for p in floor["pieces"][:5])
        console.print(f"floor/pattern, slowest patterns alone (KB/s): {slowest}")
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
    """One table for the README: the date, commit and machine, Mask beside the floors and
    the peers, every ratio with its target and whether it is met."""
    summary = report.get("summary") or build_summary(report["results"], report["targets"])
    lines = [
        _header(report["meta"]),
        "",
        "| measure | unit | Mask | floor | mask-privacy 4.3.0 | Presidio | ratio | target | met |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for line in summary:
        measure = line["measure"]
        if measure.startswith("  "):
            measure = "&nbsp;&nbsp;" + measure.strip()
        cells = [measure, line.get("unit", ""), _fmt_cell(line.get("mask")), _fmt_cell(line.get("floor")),
                 _fmt_cell(line.get("reference")), _fmt_cell(line.get("presidio")), line.get("ratio") or "",
                 line.get("target", ""), _MET[line.get("met")] if line.get("target") else ""]  # fmt: skip
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def markdown_full(report: dict[str, Any]) -> str:
    """Every row and target as Markdown (for docs/performance.md)."""
    meta = report["meta"]
    lines = [
        _header(meta),
        "",
        "| section | measure | unit | Mask | floor | reference | Presidio | vs floor | vs ref | vs Presidio |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    last = None
    for row in report["rows"]:
        section = row["section"] if row["section"] != last else ""
        last = row["section"]
        cells = [section, row["measure"], row.get("unit", ""), _fmt(row.get("mask")), _fmt(row.get("floor")),
                 _fmt(row.get("reference")), _fmt(row.get("presidio")), _fmt_ratio(row.get("vs_floor")),
                 _fmt_ratio(row.get("vs_reference")), _fmt_ratio(row.get("vs_presidio"))]  # fmt: skip
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    lines += ["", "| target | value | met | detail |", "| --- | --- | --- | --- |"]
    for t in report["targets"]:
        value = _fmt_ratio(t["value"]) if "x " in t["target"] and isinstance(t["value"], float) else _fmt(t["value"])
        lines.append(f"| {t['target']} | {value} | {_MET[t['ok']]} | {t['detail']} |")
    return "\n".join(lines) + "\n"
