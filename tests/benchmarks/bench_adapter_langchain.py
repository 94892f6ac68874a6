"""Per-tool-call overhead of the LangChain adapter (not collected by pytest).

    python tests/benchmarks/bench_adapter_langchain.py 2000

A real ``@tool`` returning a small CRM record with an email, called the way LangGraph's
ToolNode calls it (``tool.invoke(ToolCall)`` -> ``ToolMessage``), with an argument that
holds a token the policy reveals (``send_email`` may see EMAIL_ADDRESS). Compared:

* bare: the tool itself;
* protected: ``protect_tool(tool, mask)`` (reveal args + protect output on the bus);
* middleware: ``MaskMiddleware.wrap_tool_call`` around the bare tool (the agent path);
* engine: ``mask.reveal(args)`` + ``mask.protect(output)`` alone (what the adapter adds on
  top of it is protected - bare - engine);
* protect: one ``mask.protect`` of the tool's output as the adapter sees it (the argument
  revealed): the yardstick of the overhead ratio, (protected - bare) / protect.

Built-in pattern detectors, memory vault, no audit sinks. Calls are interleaved so that
machine noise hits all three alike. ``measure(n)`` returns milliseconds.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import rounds

__all__ = ["measure"]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _timed(fn: Callable[[int], Any], i: int) -> float:
    start = time.perf_counter()
    fn(i)
    return (time.perf_counter() - start) * 1000.0


def measure(n: int = 2000) -> dict[str, Any]:
    """p50/p99 of bare, protected and middleware tool calls over ``n`` calls each."""
    os.environ.setdefault("MASK_DATA_DIR", tempfile.mkdtemp(prefix="mask-bench-lc-"))
    from langchain.agents.middleware import ToolCallRequest
    from langchain_core.tools import tool

    from mask.adapters.langchain import MaskMiddleware, protect_tool
    from mask.core import Mask

    mask = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},  # pattern detectors only
            "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
        }
    )

    @tool
    def send_email(to: str, subject: str) -> dict:
        """Send an email and return the CRM record of the recipient."""
        return {
            "status": "queued",
            "to": to,
            "subject": subject,
            "account": {"owner": "Dana Scully", "email": "dana.scully@fbi.example.gov", "tier": "gold"},
        }

    token = mask.protect("fox.mulder@fbi.example.gov")
    protected = protect_tool(send_email, mask)
    guard = MaskMiddleware(mask)

    def call(i: int) -> dict[str, Any]:
        return {"name": "send_email", "args": {"to": token, "subject": f"case {i}"}, "id": f"c{i}", "type": "tool_call"}

    def bare(i: int) -> Any:
        return send_email.invoke(call(i))

    def wrapped(i: int) -> Any:
        return protected.invoke(call(i))

    record = send_email.invoke({"to": "x", "subject": "case"})

    def engine(i: int) -> Any:  # the engine work alone: reveal the args, protect the output
        mask.reveal({"to": token, "subject": f"case {i}"}, tool="send_email")
        return mask.protect(record, tool="send_email")

    outputs = [send_email.func("fox.mulder@fbi.example.gov", f"case {i}") for i in range(n)]

    def protect_only(i: int) -> Any:  # one Mask.protect of the same payload
        return mask.protect(outputs[i], tool="send_email")

    def middleware(i: int) -> Any:
        request = ToolCallRequest(tool_call=call(i), tool=send_email, state={}, runtime=None)
        return guard.wrap_tool_call(request, lambda r: send_email.invoke(r.tool_call))

    assert "fox.mulder" not in str(wrapped(0).content) and "dana.scully" not in str(wrapped(0).content)
    for i in range(min(200, n)):  # warm-up: imports, caches, vault entries
        bare(i), wrapped(i), middleware(i), engine(i), protect_only(i)
    samples: dict[str, list[float]] = {"bare": [], "protected": [], "middleware": [], "engine": [], "protect": []}
    gc.collect()
    series = {"bare": bare, "protected": wrapped, "middleware": middleware, "engine": engine, "protect": protect_only}
    for i, order in enumerate(rounds(list(series), n)):
        for name in order:
            samples[name].append(_timed(series[name], i))
    names = mask.detectors.names
    mask.close()
    out: dict[str, Any] = {"calls": n, "detectors": ",".join(names), "vault": "memory"}
    for name, values in samples.items():
        prefix = "" if name == "protected" else f"{name}_"
        out[f"{prefix}p50_ms"] = round(_percentile(values, 50), 4)
        out[f"{prefix}p99_ms"] = round(_percentile(values, 99), 4)
        out[f"{prefix}mean_ms"] = round(statistics.fmean(values), 4)
    for prefix in ("", "middleware_"):
        out[f"{prefix}overhead_p50_ms"] = round(out[f"{prefix}p50_ms"] - out["bare_p50_ms"], 4)
        out[f"{prefix}overhead_p99_ms"] = round(out[f"{prefix}p99_ms"] - out["bare_p99_ms"], 4)
    paired = [p - b for p, b in zip(samples["protected"], samples["bare"], strict=True)]
    out["paired_overhead_p50_ms"] = round(_percentile(paired, 50), 4)
    out["paired_overhead_p99_ms"] = round(_percentile(paired, 99), 4)
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 2000), indent=2))
