"""``mask mcp-proxy`` on the command line: usage errors, the install hint, core without mcp,
and nothing but protocol traffic on stdout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from crm_server import PLAINTEXT
from mcp_harness import CRM_SERVER, ProxySetup

from mask.core.cli import main

pytestmark = pytest.mark.timeout(120)


def test_usage_errors_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mcp-proxy"]) == 2
    assert main(["mcp-proxy", "--url", "http://127.0.0.1:1/mcp", "--", "python", "s.py"]) == 2
    assert main(["mcp-proxy", "--listen", "8080", "--", "python", "s.py"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "mask: mcp-proxy takes either -- COMMAND [ARGS...] or --url URL",
        "mask: mcp-proxy takes either -- COMMAND [ARGS...] or --url URL",
        "mask: --listen takes HOST:PORT",
    ]


def test_without_mask_mcp_the_command_names_the_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "mask.adapters.mcp.cli", None)  # as if mask-mcp were not installed
    assert main(["mcp-proxy", "--", "python", "server.py"]) == 2
    assert capsys.readouterr().err == "mask: mcp-proxy needs the MCP adapter: pip install mask-mcp\n"


def test_core_and_its_cli_do_not_import_mcp() -> None:
    code = "import sys, mask.core, mask.core.cli; print(sorted(m for m in sys.modules if m.split('.')[0] == 'mcp'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_stdout_carries_only_protocol_messages(setup: ProxySetup) -> None:
    """A raw JSON-RPC exchange with the proxy process: every stdout line is a JSON-RPC message."""
    requests = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "raw", "version": "1"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "customer_note", "arguments": {"customer_id": "c-1"}},
        },
    ]
    process = subprocess.Popen(
        [sys.executable, *setup.proxy_args(), "--", sys.executable, str(CRM_SERVER)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=setup.env,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    lines: list[dict[str, object]] = []
    try:
        for request in requests:
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            if "id" in request:
                lines.append(json.loads(process.stdout.readline()))
        rest, stderr = process.communicate(timeout=60)  # closes stdin: the client hangs up
    finally:
        if process.poll() is None:
            process.kill()
    lines.extend(json.loads(line) for line in rest.splitlines() if line.strip())
    assert all(line["jsonrpc"] == "2.0" for line in lines)
    assert [line.get("id") for line in lines] == [1, 2]
    text = lines[1]["result"]["content"][0]["text"]  # type: ignore[index]
    assert "mask.example" in text
    for value in PLAINTEXT:
        assert value not in json.dumps(lines) and value not in stderr
    assert process.returncode == 0
