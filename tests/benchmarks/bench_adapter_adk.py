"""Per-tool-call overhead of the Google ADK adapter (not collected by pytest).

    python tests/benchmarks/bench_adapter_adk.py 2000

A real ``FunctionTool`` returning a small CRM record with emails, called with an argument
that holds a token the policy reveals (``send_email`` may see EMAIL_ADDRESS), on a real
``ToolContext``. Compared:

* bare: ``await tool.run_async(args=..., tool_context=...)`` — what ADK runs per call;
* protected: ``MaskPlugin.before_tool_callback`` + the tool + ``after_tool_callback``,
  the sequence ADK's tool caller runs when the plugin is registered (reveal the args in
  place, protect the result, restore the tokenized args), engine in a worker thread
  (``Mask.adispatch``, the default);
* inline: the same with ``MaskPlugin(mask, offload=False)`` (engine on the event loop);
* engine: the same reveal and protect dispatched inline on the bus, without ADK — the
  core's share; ``adapter_only_p50_ms`` is what the adapter adds on top (conversions,
  the worker-thread hops of ``adispatch``);
* protect: one ``mask.protect`` of the tool's result as the plugin sees it (the argument
  revealed): the yardstick of the overhead ratio, (protected - bare) / protect.

Also, over ``n // 20`` turns, one whole agent turn through ``InMemoryRunner`` (user
message -> tool call -> answer, scripted model) with and without the plugin, which adds
the prompt protection (``before_model_callback``) and the user-message protection.

Built-in pattern detectors, memory vault, no audit sinks. Calls are interleaved so that
machine noise hits both alike. ``measure(n)`` returns milliseconds.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import rounds

__all__ = ["measure"]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


async def _timed(fn: Callable[[int], Awaitable[Any]], i: int) -> float:
    start = time.perf_counter()
    await fn(i)
    return (time.perf_counter() - start) * 1000.0


def _summary(samples: dict[str, list[float]], out: dict[str, Any], main: str | None = None) -> None:
    for name, values in samples.items():
        prefix = "" if name == main else f"{name}_"
        out[f"{prefix}p50_ms"] = round(_percentile(values, 50), 4)
        out[f"{prefix}p99_ms"] = round(_percentile(values, 99), 4)
        out[f"{prefix}mean_ms"] = round(statistics.fmean(values), 4)


def measure(n: int = 2000) -> dict[str, Any]:
    """p50/p99 of bare and protected tool calls over ``n`` calls each (plus whole turns)."""
    os.environ.setdefault("MASK_DATA_DIR", tempfile.mkdtemp(prefix="mask-bench-adk-"))
    return asyncio.run(_measure(n))


async def _measure(n: int) -> dict[str, Any]:
    from google.adk.agents import LlmAgent
    from google.adk.agents.invocation_context import InvocationContext
    from google.adk.sessions import InMemorySessionService
    from google.adk.tools import FunctionTool
    from google.adk.tools.tool_context import ToolContext

    from mask.adapters.adk import MaskPlugin
    from mask.core import Mask

    mask = Mask(
        {
            "vault": {"backend": "memory"},
            "audit": {"sinks": []},
            "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
            "plugins": {"disable": ["spacy"]},  # pattern detectors only: NER is measured elsewhere
        }
    )

    def send_email(to: str, subject: str) -> dict:
        """Send an email and return the CRM record of the recipient."""
        return {
            "status": "queued",
            "to": to,
            "subject": subject,
            "account": {"owner": "Dana Scully", "email": "dana.scully@fbi.example.gov", "tier": "gold"},
        }

    tool = FunctionTool(send_email)
    plugin = MaskPlugin(mask)
    inline_plugin = MaskPlugin(mask, offload=False)
    sessions = InMemorySessionService()
    session = await sessions.create_session(app_name="bench", user_id="u")
    agent = LlmAgent(name="bench", model="gemini-2.0-flash", tools=[tool])
    invocation = InvocationContext(session_service=sessions, invocation_id="inv-bench", agent=agent, session=session)
    token = mask.protect("fox.mulder@fbi.example.gov")

    async def bare(i: int) -> Any:
        ctx = ToolContext(invocation, function_call_id=f"c{i}")
        return await tool.run_async(args={"to": token, "subject": f"case {i}"}, tool_context=ctx)

    def through(guard: MaskPlugin) -> Callable[[int], Awaitable[Any]]:
        async def call(i: int) -> Any:
            ctx = ToolContext(invocation, function_call_id=f"c{i}")
            args = {"to": token, "subject": f"case {i}"}
            await guard.before_tool_callback(tool=tool, tool_args=args, tool_context=ctx)
            result = await tool.run_async(args=args, tool_context=ctx)
            return await guard.after_tool_callback(tool=tool, tool_args=args, tool_context=ctx, result=result)

        return call

    protected, inline = through(plugin), through(inline_plugin)

    from mask.core.events import ToolCall, ToolResult

    record = await bare(0)

    async def engine(i: int) -> Any:
        """The engine's share alone: the same reveal and protect, dispatched inline."""
        mask.dispatch(ToolCall(tool="send_email", payload={"to": token, "subject": f"case {i}"}))
        return mask.dispatch(ToolResult(tool="send_email", payload=dict(record, subject=f"case {i}")))

    outputs = [send_email("fox.mulder@fbi.example.gov", f"case {i}") for i in range(n)]

    async def protect_only(i: int) -> Any:  # one Mask.protect of the same payload
        return mask.protect(outputs[i], tool="send_email")

    for check in (await protected(0), await inline(0)):
        assert "dana.scully" not in str(check) and "fox.mulder" not in str(check) and token in str(check)
    for i in range(min(200, n)):  # warm-up: imports, caches, vault entries
        await bare(i)
        await protected(i)
        await inline(i)
        await engine(i)
        await protect_only(i)
    samples: dict[str, list[float]] = {"bare": [], "protected": [], "inline": [], "engine": [], "protect": []}
    gc.collect()
    series = {"bare": bare, "protected": protected, "inline": inline, "engine": engine, "protect": protect_only}
    for i, order in enumerate(rounds(list(series), n)):
        for name in order:
            samples[name].append(await _timed(series[name], i))

    out: dict[str, Any] = {"calls": n, "detectors": ",".join(mask.detectors.names), "vault": "memory"}
    _summary(samples, out, "protected")
    out["overhead_p50_ms"] = round(out["p50_ms"] - out["bare_p50_ms"], 4)
    out["overhead_p99_ms"] = round(out["p99_ms"] - out["bare_p99_ms"], 4)
    out["adapter_only_p50_ms"] = round(out["overhead_p50_ms"] - out["engine_p50_ms"], 4)
    out["inline_overhead_p50_ms"] = round(out["inline_p50_ms"] - out["bare_p50_ms"], 4)
    out["inline_overhead_p99_ms"] = round(out["inline_p99_ms"] - out["bare_p99_ms"], 4)

    turns = max(20, n // 20)
    turn_samples = await _turns(mask, turns)
    _summary(turn_samples, out)
    out["turns"] = turns
    out["turn_overhead_p50_ms"] = round(out["turn_p50_ms"] - out["turn_bare_p50_ms"], 4)
    mask.close()
    return out


async def _turns(mask: Any, turns: int) -> dict[str, list[float]]:
    """Whole agent turns (user -> tool call -> answer) with and without MaskPlugin."""
    from google.adk.agents import LlmAgent
    from google.adk.models import BaseLlm, LlmRequest, LlmResponse
    from google.adk.runners import InMemoryRunner
    from google.genai import types

    from mask.adapters.adk import MaskPlugin

    class Scripted(BaseLlm):
        model: str = "bench-scripted"

        async def generate_content_async(
            self, llm_request: LlmRequest, stream: bool = False
        ) -> AsyncGenerator[LlmResponse, None]:
            last = llm_request.contents[-1].parts[0]
            if last.function_response is None:
                to = str(llm_request.contents[-1].parts[0].text).split()[-1]
                call = types.FunctionCall(name="send_email", args={"to": to, "subject": "case"})
                yield LlmResponse(content=types.Content(role="model", parts=[types.Part(function_call=call)]))
            else:
                text = f"Sent to {(last.function_response.response or {}).get('to')}."
                yield LlmResponse(content=types.Content(role="model", parts=[types.Part(text=text)]))

    def send_email(to: str, subject: str) -> dict:
        """Send an email."""
        return {"status": "queued", "to": to, "subject": subject, "owner": "dana.scully@fbi.example.gov"}

    def runner(plugins: list[Any]) -> InMemoryRunner:
        agent = LlmAgent(name="bench", model=Scripted(), tools=[send_email])
        return InMemoryRunner(agent=agent, app_name="bench", plugins=plugins)

    plugin = MaskPlugin(mask)
    runners = {"turn_bare": (runner([]), None), "turn": (runner([plugin]), plugin)}

    async def one(name: str) -> float:
        r, p = runners[name]
        session = await r.session_service.create_session(app_name="bench", user_id="u")
        message = types.Content(role="user", parts=[types.Part(text="email fox.mulder@fbi.example.gov")])
        start = time.perf_counter()
        events = r.run_async(user_id="u", session_id=session.id, new_message=message)
        async for _ in p.reveal_events(events) if p is not None else events:
            pass
        return (time.perf_counter() - start) * 1000.0

    for _ in range(5):
        await one("turn_bare")
        await one("turn")
    samples: dict[str, list[float]] = {"turn_bare": [], "turn": []}
    for _ in range(turns):
        for name in samples:
            samples[name].append(await one(name))
    return samples


if __name__ == "__main__":
    import json

    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 2000), indent=2))
