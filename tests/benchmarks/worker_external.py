"""Run another engineer's benchmark module (``bench_adapter_<name>.py``, ``bench_vaults.py``...)
in this fresh process: ``python worker_external.py bench_adapter_langchain 2000``.

The module must expose ``measure(n) -> dict`` (adapters: p50_ms, p99_ms, bare_p50_ms, ...).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit


def main(argv: list[str]) -> int:
    name, n = argv[1], int(argv[2]) if len(argv) > 2 else 1000
    os.environ.setdefault("MASK_DATA_DIR", tempfile.mkdtemp(prefix="mask-bench-"))
    module = importlib.import_module(name)
    result = dict(module.measure(n))
    result.setdefault("module", name)
    if "p50_ms" in result and "bare_p50_ms" in result:
        result.setdefault("overhead_p50_ms", result["p50_ms"] - result["bare_p50_ms"])
    if "p99_ms" in result and "bare_p99_ms" in result:
        result.setdefault("overhead_p99_ms", result["p99_ms"] - result["bare_p99_ms"])
    emit(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
