"""Per-tool-call overhead of the LlamaIndex adapter (not collected by pytest).

    python tests/benchmarks/bench_adapter_llamaindex.py 2000 [--cpu]

A real ``FunctionTool`` returning a small CRM record with an email, called with an
argument that holds a token the policy reveals (``send_email`` may see EMAIL_ADDRESS).
Compared, interleaved so that machine noise hits all alike:

* bare: ``tool.call(...)``, the tool itself;
* protected: ``protect_tool(tool, mask).call(...)`` (reveal args + protect output on the bus);
* bare_async / protected_async: ``await tool.acall(...)``, the path LlamaIndex agents use
  (the async adapter path runs the engine in a worker thread via ``Mask.adispatch``);
* engine: ``mask.reveal(args)`` + ``mask.protect(output)`` alone (the adapter's own cost is
  protected - bare - engine);
* protect: one ``mask.protect`` of the tool's output as the adapter sees it (the argument
  revealed): the yardstick of the overhead ratio, (protected - bare) / protect
  (``ratio_p50``/``ratio_p99``, ``async_ratio_*`` for the async path; p50 over p50, p99 over p99).

Built-in pattern detectors (spaCy disabled), memory vault, no audit sinks.
``measure(n)`` returns milliseconds of wall time; ``--cpu`` (``measure(n, clock=time.process_time)``)
counts the process's CPU time instead, which other work on a loaded machine does not inflate
(the tool's and the engine's worker threads included).
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import rounds

__all__ = ["measure"]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _timed(fn: Callable[[int], Any], i: int, clock: Callable[[], float]) -> float:
    start = clock()
    fn(i)
    return (clock() - start) * 1000.0


async def _atimed(fn: Callable[[int], Awaitable[Any]], i: int, clock: Callable[[], float]) -> float:
    start = clock()
    await fn(i)
    return (clock() - start) * 1000.0


def measure(n: int = 2000, clock: Callable[[], float] = time.perf_counter) -> dict[str, Any]:
    """p50/p99 of bare and protected tool calls (sync and async) over ``n`` calls each."""
    os.environ.setdefault("MASK_DATA_DIR", tempfile.mkdtemp(prefix="mask-bench-li-"))
    from llama_index.core.tools import FunctionTool

    from mask.adapters.llamaindex import protect_tool
    from mask.core import Mask

    mask = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "plugins": {"disable": ["spacy"]},  # pattern detectors only
            "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
        }
    )

    seen: list[str] = []

    def send_email(to: str, subject: str) -> dict:
        """Send an email and return the CRM record of the recipient."""
        if not seen:
            seen.append(to)
        return {
            "status": "queued",
            "to": to,
            "subject": subject,
            "account": {"owner": "Dana Scully", "email": "dana.scully@fbi.gov", "tier": "gold"},
        }

    tool = FunctionTool.from_defaults(send_email)
    protected = protect_tool(tool, mask)
    token = mask.protect("fox.mulder@fbi.gov")
    record = send_email("x", "case")
    seen.clear()

    def bare(i: int) -> Any:
        return tool.call(to=token, subject=f"case {i}")

    def wrapped(i: int) -> Any:
        return protected.call(to=token, subject=f"case {i}")

    def engine(i: int) -> Any:  # the engine work alone: reveal the args, protect the output
        mask.reveal({"to": token, "subject": f"case {i}"}, tool="send_email")
        return mask.protect(record, tool="send_email")

    outputs = [send_email("fox.mulder@fbi.gov", f"case {i}") for i in range(n)]
    seen.clear()

    def protect_only(i: int) -> Any:  # one Mask.protect of the same payload
        return mask.protect(outputs[i], tool="send_email")

    async def abare(i: int) -> Any:
        return await tool.acall(to=token, subject=f"case {i}")

    async def awrapped(i: int) -> Any:
        return await protected.acall(to=token, subject=f"case {i}")

    out0 = wrapped(0)
    assert "fox.mulder" not in out0.content and "dana.scully" not in out0.content
    assert seen == ["fox.mulder@fbi.gov"] and out0.raw_output["to"] == token  # revealed in, protected out
    samples: dict[str, list[float]] = {
        k: [] for k in ("bare", "protected", "engine", "protect", "bare_async", "protected_async", "protect_async")
    }

    async def aprotect_only(i: int) -> Any:  # the yardstick, timed inside the event loop too
        return protect_only(i)

    async def run_async() -> None:
        for i in range(min(200, n)):
            await abare(i), await awrapped(i)
        gc.collect()
        series = {"bare_async": abare, "protected_async": awrapped, "protect_async": aprotect_only}
        for i, order in enumerate(rounds(list(series), n, seed=1)):
            for name in order:
                samples[name].append(await _atimed(series[name], i, clock))

    for i in range(min(200, n)):  # warm-up: imports, caches, vault entries
        bare(i), wrapped(i), engine(i), protect_only(i)
    gc.collect()
    series = {"bare": bare, "protected": wrapped, "engine": engine, "protect": protect_only}
    for i, order in enumerate(rounds(list(series), n)):
        for name in order:
            samples[name].append(_timed(series[name], i, clock))
    asyncio.run(run_async())
    names = mask.detectors.names
    mask.close()

    out: dict[str, Any] = {"calls": n, "detectors": ",".join(names), "vault": "memory", "clock": clock.__name__}
    for name, values in samples.items():
        prefix = "" if name == "protected" else f"{name}_"
        out[f"{prefix}p50_ms"] = round(_percentile(values, 50), 4)
        out[f"{prefix}p99_ms"] = round(_percentile(values, 99), 4)
        out[f"{prefix}mean_ms"] = round(statistics.fmean(values), 4)
    out["overhead_p50_ms"] = round(out["p50_ms"] - out["bare_p50_ms"], 4)
    out["overhead_p99_ms"] = round(out["p99_ms"] - out["bare_p99_ms"], 4)
    out["async_overhead_p50_ms"] = round(out["protected_async_p50_ms"] - out["bare_async_p50_ms"], 4)
    out["async_overhead_p99_ms"] = round(out["protected_async_p99_ms"] - out["bare_async_p99_ms"], 4)
    out["adapter_only_p50_ms"] = round(out["overhead_p50_ms"] - out["engine_p50_ms"], 4)
    for prefix, yardstick in (("", "protect"), ("async_", "protect_async")):  # what report.py shows
        for q in ("p50", "p99"):  # the overhead as a ratio to one protect timed in the same loop
            out[f"{prefix}ratio_{q}"] = round(out[f"{prefix}overhead_{q}_ms"] / out[f"{yardstick}_{q}_ms"], 3)
    paired = [p - b for p, b in zip(samples["protected"], samples["bare"], strict=True)]
    out["paired_overhead_p50_ms"] = round(_percentile(paired, 50), 4)
    out["paired_overhead_p99_ms"] = round(_percentile(paired, 99), 4)
    return out


if __name__ == "__main__":
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    result = measure(
        int(numbers[0]) if numbers else 2000, time.process_time if "--cpu" in sys.argv else time.perf_counter
    )
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
