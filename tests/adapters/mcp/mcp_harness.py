"""Helpers for the MCP proxy tests: the real SDK on both ends, over stdio and streamable HTTP.

The proxy runs as its own process (``python -m mask.core.cli mcp-proxy ...``) in front of
``crm_server.py`` (a real ``FastMCP`` server), exactly as an MCP client would start it.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

HERE = Path(__file__).parent
CRM_SERVER = HERE / "crm_server.py"

POLICY: dict[str, Any] = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "plugins": {"disable": ["spacy"]},
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


class ProxySetup:
    """Paths and environment of a proxy: its config, data dir, the server's record file."""

    def __init__(self, tmp_path: Path) -> None:
        self.config = tmp_path / "mask.toml"
        self.config.write_text(POLICY_TOML, encoding="utf-8")
        self.received_file = tmp_path / "received.jsonl"
        self.stderr_file = tmp_path / "proxy-stderr.log"
        self.offset = 0
        self.env = {
            **os.environ,
            "MASK_DATA_DIR": str(tmp_path / "mask-data"),
            "CRM_RECEIVED": str(self.received_file),
            "PYTHONUNBUFFERED": "1",
        }

    def proxy_args(self, *extra: str) -> list[str]:
        return ["-m", "mask.core.cli", "mcp-proxy", "--config", str(self.config), *extra]

    def _lines(self) -> list[dict[str, Any]]:
        if not self.received_file.exists():
            return []
        return [json.loads(line) for line in self.received_file.read_text(encoding="utf-8").splitlines()]

    def view(self) -> ProxySetup:
        """The same proxy, seeing only what the server receives from now on (a shared proxy)."""
        view = copy.copy(self)
        view.offset = len(self._lines())
        return view

    def received(self, tool: str | None = None) -> list[dict[str, Any]]:
        """The arguments the server's tools received (of one tool), in order."""
        lines = self._lines()[self.offset :]
        return [line["arguments"] for line in lines if tool is None or line["tool"] == tool]

    def stderr(self) -> str:
        return self.stderr_file.read_text(encoding="utf-8") if self.stderr_file.exists() else ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"process exited with {process.returncode} before listening on {port}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port}")


@contextlib.contextmanager
def running(args: list[str], env: dict[str, str], port: int, stderr: Path) -> Iterator[subprocess.Popen[bytes]]:
    with open(stderr, "ab") as err:
        process = subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        wait_for_port(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.asynccontextmanager
async def stdio_session(setup: ProxySetup, **session_kwargs: Any) -> AsyncIterator[ClientSession]:
    """A client on the proxy's stdin/stdout; the proxy starts ``crm_server.py`` on its own."""
    params = StdioServerParameters(
        command=sys.executable, args=[*setup.proxy_args(), "--", sys.executable, str(CRM_SERVER)], env=setup.env
    )
    with open(setup.stderr_file, "a", encoding="utf-8") as err:
        async with stdio_client(params, errlog=err) as (read, write), ClientSession(read, write, **session_kwargs) as s:
            await s.initialize()
            yield s


@contextlib.contextmanager
def http_proxy(setup: ProxySetup) -> Iterator[str]:
    """``crm_server.py`` over streamable HTTP, fronted by a proxy that listens on HTTP too."""
    server_port, proxy_port = free_port(), free_port()
    server_url = f"http://127.0.0.1:{server_port}/mcp"
    with (
        running([str(CRM_SERVER), "http", str(server_port)], setup.env, server_port, setup.stderr_file),
        running(
            setup.proxy_args("--url", server_url, "--listen", f"127.0.0.1:{proxy_port}"),
            setup.env,
            proxy_port,
            setup.stderr_file,
        ),
    ):
        yield f"http://127.0.0.1:{proxy_port}/mcp"


@contextlib.asynccontextmanager
async def http_session(url: str, **session_kwargs: Any) -> AsyncIterator[ClientSession]:
    async with streamable_http_client(url) as (read, write, _), ClientSession(read, write, **session_kwargs) as s:
        await s.initialize()
        yield s


class Target:
    """Opens client sessions to one proxy (``target(**session_kwargs)``); ``setup`` is that proxy's."""

    def __init__(self, opener: Callable[..., contextlib.AbstractAsyncContextManager[ClientSession]], setup: ProxySetup):
        self._opener = opener
        self.setup = setup

    def __call__(self, **session_kwargs: Any) -> contextlib.AbstractAsyncContextManager[ClientSession]:
        return self._opener(**session_kwargs)


def assert_no_plaintext(text: str, values: tuple[str, ...]) -> None:
    for value in values:
        assert value not in text, "plaintext reached the client"
