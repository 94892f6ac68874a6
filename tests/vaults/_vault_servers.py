"""Real servers on loopback for the vault tests: redis-server, memcached, moto's DynamoDB.

Each server runs on a free port and can be stopped and started again on the same
port (the fault tests do that). A missing binary FAILS the test with a clear message:
the suite never skips for want of a server.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest

__all__ = ["QUIET", "MemcachedServer", "MotoServer", "RedisClusterServer", "RedisServer", "drop_table", "free_port"]

_START_TIMEOUT = 15.0

QUIET: dict[str, Any] = {"audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}
"""Mask config for vault tests: no audit files, no NER model (emails are all they need)."""


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _binary(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"the `{name}` binary is required by the vault tests and is not installed "
            f"(sudo apt-get install -y {package}; scripts/test.sh does this in CI)",
            pytrace=False,
        )
    return path


def _accepts(port: int, probe: bytes | None, expect: bytes | None) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            if probe is None:
                return True
            sock.sendall(probe)
            return expect is None or expect in sock.recv(256)
    except OSError:
        return False


class _ProcessServer:
    """A server binary run as a child process on a fixed loopback port."""

    name = "server"
    probe: bytes | None = None
    expect: bytes | None = None

    def __init__(self) -> None:
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix=f"mask-{self.name}-"))
        self._proc: subprocess.Popen[bytes] | None = None

    def argv(self) -> list[str]:  # pragma: no cover - subclasses
        raise NotImplementedError

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        log = (self.workdir / "server.log").open("ab")
        self._proc = subprocess.Popen(self.argv(), stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir)
        log.close()
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                break
            if _accepts(self.port, self.probe, self.expect):
                return
            time.sleep(0.05)
        output = (self.workdir / "server.log").read_text(errors="replace")[-2000:]
        self.stop()
        pytest.fail(f"{self.name} did not start on 127.0.0.1:{self.port}:\n{output}", pytrace=False)

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


class RedisServer(_ProcessServer):
    """``redis-server`` with no persistence."""

    name = "redis-server"
    probe = b"PING\r\n"
    expect = b"+PONG"

    def __init__(self, extra_args: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.extra_args = extra_args

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def argv(self) -> list[str]:
        return [
            _binary("redis-server", "redis-server"),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "no",
            "--loglevel",
            "warning",
            *self.extra_args,
        ]


class RedisClusterServer:
    """Three redis-server primaries joined into a Redis Cluster with ``redis-cli --cluster create``."""

    name = "redis-cluster"

    def __init__(self, nodes: int = 3) -> None:
        self.nodes = [
            RedisServer(
                ("--cluster-enabled", "yes", "--cluster-port", str(free_port()), "--cluster-node-timeout", "2000")
            )
            for _ in range(nodes)
        ]

    @property
    def url(self) -> str:
        return self.nodes[0].url

    def start(self) -> None:
        for node in self.nodes:
            node.start()
        create = [_binary("redis-cli", "redis-tools"), "--cluster", "create"]
        create += [f"127.0.0.1:{n.port}" for n in self.nodes] + ["--cluster-replicas", "0", "--cluster-yes"]
        done = subprocess.run(create, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            self.close()
            pytest.fail(
                f"redis-cli --cluster create failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}", pytrace=False
            )
        deadline = time.monotonic() + _START_TIMEOUT
        while not all(self._ok(n.port) for n in self.nodes):
            if time.monotonic() > deadline:
                self.close()
                pytest.fail("the Redis Cluster never reached cluster_state:ok", pytrace=False)
            time.sleep(0.1)

    @staticmethod
    def _ok(port: int) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"CLUSTER INFO\r\n")
                return b"cluster_state:ok" in sock.recv(4096)
        except OSError:
            return False

    def close(self) -> None:
        for node in self.nodes:
            node.close()


class MemcachedServer(_ProcessServer):
    """``memcached`` on TCP only (``-U 0``)."""

    name = "memcached"
    probe = b"version\r\n"
    expect = b"VERSION"

    def __init__(self, threads: int = 4) -> None:
        super().__init__()
        self.threads = threads

    @property
    def spec(self) -> str:
        return f"127.0.0.1:{self.port}"

    def argv(self) -> list[str]:
        argv = [
            _binary("memcached", "memcached"),
            "-l",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "0",
            "-m",
            "64",
            "-t",
            str(self.threads),
        ]
        if os.geteuid() == 0:
            argv += ["-u", "root"]  # memcached refuses to run as root without -u
        return argv


class _Serialized:
    """WSGI middleware serving one request at a time.

    moto's in-memory backends are not thread-safe: two concurrent conditional PutItem
    calls can both succeed, or fail with "dictionary changed size during iteration".
    Real DynamoDB applies each conditional write atomically; serving requests one at a
    time gives the same observable behaviour.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        with self.lock:
            result = self.app(environ, start_response)
            try:
                return [b"".join(result)]
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()


class MotoServer:
    """moto's DynamoDB-compatible server, in a thread of this process, on a fixed port.

    Its data lives in moto's in-process backend, so a stop/start keeps the tables,
    like a real service coming back.
    """

    name = "moto"

    def __init__(self) -> None:
        self.port = free_port()
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
        from werkzeug.serving import make_server

        app = _Serialized(DomainDispatcherApplication(create_backend_app))
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            try:
                self._server = make_server("127.0.0.1", self.port, app, threaded=True)
                break
            except OSError:  # the port is still held by the previous run
                if time.monotonic() > deadline:
                    pytest.fail(f"moto could not bind 127.0.0.1:{self.port}", pytrace=False)
                time.sleep(0.1)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="moto-server")
        self._thread.start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def close(self) -> None:
        self.stop()


def drop_table(endpoint_url: str, table: str) -> None:
    """Delete a DynamoDB table on moto: moto copies every table on each transaction, keep them few."""
    import boto3

    client = boto3.client("dynamodb", region_name="us-east-1", endpoint_url=endpoint_url)
    try:
        client.delete_table(TableName=table)
    except client.exceptions.ResourceNotFoundException:
        pass
    finally:
        client.close()
