"""Time one ``import MODULE`` in this fresh interpreter and list the heavy modules it pulled in.

    python tests/benchmarks/worker_import.py mask.core [--construct]

``--construct`` also builds a pattern-only ``Mask`` (memory vault, no audit) and protects
one string, to show what a real pattern-only call imports.
"""

from __future__ import annotations

import sys
import time

t0 = time.perf_counter()
_module_name = sys.argv[1] if len(sys.argv) > 1 else "mask.core"
__import__(_module_name)
IMPORT_S = time.perf_counter() - t0

import json  # noqa: E402
import resource  # noqa: E402

# Top-level packages that core must never import (frameworks, NER, optional backends).
HEAVY = (
    "spacy",
    "thinc",
    "torch",
    "langchain",
    "langchain_core",
    "llama_index",
    "google.adk",
    "google.genai",
    "boto3",
    "botocore",
    "redis",
    "pymemcache",
    "presidio_analyzer",
    "pydantic",
    "numpy",
    "faker",
)


def heavy_loaded() -> list[str]:
    return sorted(name for name in HEAVY if name in sys.modules and not _module_name.startswith(name))


def main() -> int:
    result: dict[str, object] = {
        "module": _module_name,
        "import_ms": IMPORT_S * 1e3,
        "heavy_after_import": heavy_loaded(),
        "modules_after_import": len(sys.modules),
    }
    if "--construct" in sys.argv:
        import os
        import tempfile

        os.environ["MASK_DATA_DIR"] = tempfile.mkdtemp(prefix="mask-bench-")
        from mask.core import Mask

        t = time.perf_counter()
        mask = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
        mask.protect("Reach Jane at jane@example.com or 212-555-0143.")
        result["construct_and_protect_ms"] = (time.perf_counter() - t) * 1e3
        result["heavy_after_pattern_protect"] = heavy_loaded()
        t = time.perf_counter()
        Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}})
        result["construct_default_plugins_ms"] = (time.perf_counter() - t) * 1e3
        result["heavy_after_constructing_with_spacy_plugin"] = heavy_loaded()
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    sys.stdout.write("BENCH-RESULT " + json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
