"""Fixtures for the MCP proxy tests (helpers in ``mcp_harness``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mcp_harness import POLICY, ProxySetup, Target, http_proxy, http_session, stdio_session

from mask.core import Mask


@pytest.fixture
def policy_mask() -> Iterator[Mask]:
    m = Mask(POLICY)
    yield m
    m.close()


@pytest.fixture
def setup(tmp_path: Path) -> ProxySetup:
    return ProxySetup(tmp_path)


@pytest.fixture(scope="module")
def shared_http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ProxySetup]]:
    """One HTTP server and proxy for a test module (the processes take seconds to start)."""
    setup = ProxySetup(tmp_path_factory.mktemp("mcp-http"))
    with http_proxy(setup) as url:
        yield url, setup


@pytest.fixture(params=["stdio", "http"])
def connect(request: pytest.FixtureRequest, setup: ProxySetup) -> Target:
    """A proxy over stdio (its own, per test) or streamable HTTP (shared by the module)."""
    if request.param == "stdio":
        return Target(lambda **kw: stdio_session(setup, **kw), setup)
    url, shared = request.getfixturevalue("shared_http")
    return Target(lambda **kw: http_session(url, **kw), shared.view())


@pytest.fixture(params=["stdio", "http"])
def fresh_connect(request: pytest.FixtureRequest, setup: ProxySetup) -> Iterator[Target]:
    """A proxy of the test's own on either transport (for tests that crash the server)."""
    if request.param == "stdio":
        yield Target(lambda **kw: stdio_session(setup, **kw), setup)
        return
    with http_proxy(setup) as url:
        yield Target(lambda **kw: http_session(url, **kw), setup)
