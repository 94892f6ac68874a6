"""Per-tool-call cost of the MCP proxy (not collected by pytest).

    python tests/benchmarks/bench_adapter_mcp.py [CALLS] [--stdio STDIO_CALLS]

A real FastMCP server whose tool returns a 2 KB text result holding PII (e-mails, phone
numbers, a card, an IBAN, among filler prose), called with an argument that holds a token
the policy reveals (``send_email`` may see EMAIL_ADDRESS). Interleaved, in one run:

* bare: client -> server, the SDK's in-memory transport;
* proxied: client -> ``MaskProxy`` -> server, the same transport on both hops;
* protect: one ``Mask.protect`` of the same 2 KB result (the yardstick);
* engine: ``mask.reveal(args)`` + ``mask.protect(result)``, the Mask work the proxy does.

The proxy's cost is proxied - bare (p50 and p99 of each series, and the paired
difference per call); the ratio is that cost over one protect. With ``--stdio N`` it also
times N calls over stdio: the server as a child process, bare and behind
``mask mcp-proxy``, both from this process (the OS pipes and scheduling are in the figures,
noisier on a shared machine). Pattern detectors only, memory vault, no audit sinks.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import filler_words, rounds

__all__ = ["measure"]

POLICY: dict[str, Any] = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "plugins": {"disable": ["spacy"]},  # pattern detectors only
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
}
POLICY_TOML = """\
[plugins]
disable = ["spacy"]
[vault]
backend = "memory"
[audit]
sinks = []
[tools.send_email]
reveal = ["EMAIL_ADDRESS"]
"""


def result_text(size: int = 2048) -> str:
    """About ``size`` characters of a CRM export: PII between filler sentences."""
    rows = [
        "Customer Dana Scully <dana.scully@fbi-example.org>, phone +1 415-555-2671, card 4539 1488 0343 6467.",
        "Escalation contact fox.mulder@fbi-example.org (mobile +1 650-555-0199).",
        "Refund to IBAN DE89 3704 0044 0532 0130 00 approved by walter.skinner@fbi-example.org.",
        "Billing: jeffrey.spender@cgb-example.net, office +44 20 7946 0958.",
    ]
    parts: list[str] = []
    i = 0
    while sum(len(p) + 1 for p in parts) < size:
        parts.append(rows[i % len(rows)])
        parts.append(filler_words(180, seed=i))
        i += 1
    return " ".join(parts)[:size]


def build_server(text: str) -> Any:
    from mcp.server.fastmcp import FastMCP

    server = FastMCP("bench", log_level="WARNING")

    @server.tool()
    def send_email(to: str, subject: str) -> str:
        """Send an e-mail; returns the recipient's CRM export."""
        return text

    return server


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _summary(samples: dict[str, list[float]], pairs: tuple[str, str], protect: str = "protect") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, values in samples.items():
        out[f"{name}_p50_ms"] = round(_percentile(values, 50), 4)
        out[f"{name}_p99_ms"] = round(_percentile(values, 99), 4)
        out[f"{name}_mean_ms"] = round(statistics.fmean(values), 4)
    with_proxy, bare = pairs
    for q in ("p50", "p99"):
        cost = out[f"{with_proxy}_{q}_ms"] - out[f"{bare}_{q}_ms"]
        out[f"cost_{q}_ms"] = round(cost, 4)
        out[f"ratio_{q}"] = round(cost / out[f"{protect}_{q}_ms"], 3)
    paired = [p - b for p, b in zip(samples[with_proxy], samples[bare], strict=True)]
    out["paired_cost_p50_ms"] = round(_percentile(paired, 50), 4)
    out["paired_cost_p99_ms"] = round(_percentile(paired, 99), 4)
    return out


async def _timed(fn: Callable[[], Awaitable[Any]]) -> float:
    start = time.perf_counter()
    await fn()
    return (time.perf_counter() - start) * 1000.0


async def _in_memory(n: int) -> dict[str, Any]:
    import anyio
    from mcp import ClientSession
    from mcp.shared.memory import create_client_server_memory_streams

    from mask.adapters.mcp import protect_server
    from mask.adapters.mcp.transports import _in_memory as serve_in_memory
    from mask.core import Mask

    mask = Mask(POLICY)
    text = result_text()
    token = mask.protect("fox.mulder@fbi-example.org")
    args = {"to": token, "subject": "case 7"}
    async with (
        serve_in_memory(build_server(text)) as bare_streams,
        ClientSession(*bare_streams) as bare,
        protect_server(build_server(text), mask) as proxy,
        create_client_server_memory_streams() as (client_streams, proxy_streams),
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(lambda: proxy.server.run(*proxy_streams, proxy.initialization_options()))
        async with ClientSession(*client_streams) as proxied:
            await bare.initialize()
            await proxied.initialize()
            check = await proxied.call_tool("send_email", args)
            assert "dana.scully" not in check.content[0].text and "mask.example" in check.content[0].text

            async def call_bare() -> Any:
                return await bare.call_tool("send_email", args)

            async def call_proxied() -> Any:
                return await proxied.call_tool("send_email", args)

            async def protect() -> Any:
                return mask.protect(text, tool="send_email")

            async def engine() -> Any:
                mask.reveal(args, tool="send_email")
                return mask.protect(text, tool="send_email")

            series = {"bare": call_bare, "proxied": call_proxied, "protect": protect, "engine": engine}
            for _ in range(min(100, n)):  # warm-up: imports, caches, vault entries
                for fn in series.values():
                    await fn()
            samples: dict[str, list[float]] = {name: [] for name in series}
            gc.collect()
            for order in rounds(list(series), n):
                for name in order:
                    samples[name].append(await _timed(series[name]))
        tg.cancel_scope.cancel()
    out = {"calls": n, "transport": "memory", "result_chars": len(text), "detectors": ",".join(mask.detectors.names)}
    mask.close()
    return out | _summary(samples, ("proxied", "bare"))


async def _stdio(n: int) -> dict[str, Any]:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    from mask.core import Mask

    mask = Mask(POLICY)
    text = result_text()
    folder = Path(tempfile.mkdtemp(prefix="mask-bench-mcp-"))
    (folder / "mask.toml").write_text(POLICY_TOML, encoding="utf-8")
    server_cmd = [sys.executable, __file__, "--serve"]
    env = {**os.environ, "MASK_DATA_DIR": str(folder / "data")}
    bare_params = StdioServerParameters(command=server_cmd[0], args=server_cmd[1:], env=env)
    proxy_args = ["-m", "mask.core.cli", "mcp-proxy", "--config", str(folder / "mask.toml"), "--", *server_cmd]
    proxy_params = StdioServerParameters(command=sys.executable, args=proxy_args, env=env)
    async with (
        stdio_client(bare_params) as bare_streams,
        ClientSession(*bare_streams) as bare,
        stdio_client(proxy_params) as proxy_streams,
        ClientSession(*proxy_streams) as proxied,
    ):
        await bare.initialize()
        await proxied.initialize()
        # the proxy process mints its own tokens: a token from it is what a client would send
        first = await proxied.call_tool("send_email", {"to": "nobody", "subject": "warm-up"})
        token = first.content[0].text.split("<", 1)[1].split(">", 1)[0]
        args = {"to": token, "subject": "case 7"}

        async def call_bare() -> Any:
            return await bare.call_tool("send_email", args)

        async def call_proxied() -> Any:
            return await proxied.call_tool("send_email", args)

        async def protect() -> Any:
            return mask.protect(text, tool="send_email")

        series = {"bare": call_bare, "proxied": call_proxied, "protect": protect}
        for _ in range(min(50, n)):
            for fn in series.values():
                await fn()
        samples: dict[str, list[float]] = {name: [] for name in series}
        gc.collect()
        for order in rounds(list(series), n):
            for name in order:
                samples[name].append(await _timed(series[name]))
    mask.close()
    return {"calls": n, "transport": "stdio"} | _summary(samples, ("proxied", "bare"))


def measure(n: int = 1000, stdio_calls: int = 0) -> dict[str, Any]:
    """The in-memory figures over ``n`` calls (and stdio ones over ``stdio_calls``), in ms."""
    import anyio

    os.environ.setdefault("MASK_DATA_DIR", tempfile.mkdtemp(prefix="mask-bench-mcp-"))
    out = {"memory": anyio.run(_in_memory, n)}
    if stdio_calls:
        out["stdio"] = anyio.run(_stdio, stdio_calls)
    return out


def _arguments(argv: list[str]) -> tuple[int, int]:
    calls, stdio_calls = 1000, 0
    rest = list(argv)
    if "--stdio" in rest:
        i = rest.index("--stdio")
        stdio_calls = int(rest[i + 1])
        del rest[i : i + 2]
    if rest:
        calls = int(rest[0])
    return calls, stdio_calls


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        build_server(result_text()).run("stdio")
    else:
        print(json.dumps(measure(*_arguments(sys.argv[1:])), indent=2))
