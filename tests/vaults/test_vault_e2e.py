"""Mask end to end on each distributed vault: shared state across processes, outages.

Every backend runs against a real server on loopback (redis-server, memcached, moto's
DynamoDB with the real boto3 client). Only EMAIL_ADDRESS is detected by the built-ins
these tests rely on, so the payloads carry emails.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _vault_servers import QUIET, MemcachedServer, MotoServer, RedisServer, drop_table

from mask.core import Mask
from mask.core.errors import MaskVaultError
from mask.core.keys import generate_key

BACKENDS = ("redis", "memcached", "dynamodb")
WORKER = Path(__file__).with_name("_vault_worker.py")
Server = RedisServer | MemcachedServer | MotoServer


def vault_config(backend: str, server: Server, unique: str, **tuning: Any) -> dict[str, Any]:
    """The ``[vault]`` table for ``backend`` on ``server``, in a namespace of its own."""
    if backend == "redis":
        assert isinstance(server, RedisServer)
        return {"backend": "redis", "url": server.url, "prefix": f"e2e{unique}:", **tuning}
    if backend == "memcached":
        assert isinstance(server, MemcachedServer)
        return {"backend": "memcached", "servers": [server.spec], "prefix": f"e2e{unique}:", **tuning}
    assert isinstance(server, MotoServer)
    return {
        "backend": "dynamodb",
        "table": f"mask-e2e-{unique}",
        "region": "us-east-1",
        "endpoint_url": server.endpoint_url,
        "create_table": True,
        **tuning,
    }


@pytest.fixture(params=BACKENDS)
def shared(request: pytest.FixtureRequest, unique: str) -> Iterator[tuple[str, Server]]:
    """A backend name and its session-wide server."""
    fixture = {"redis": "redis_server", "memcached": "memcached_server", "dynamodb": "moto_server"}[request.param]
    server = request.getfixturevalue(fixture)
    yield request.param, server
    if isinstance(server, MotoServer):
        drop_table(server.endpoint_url, vault_config("dynamodb", server, unique)["table"])


@pytest.fixture(params=BACKENDS)
def stoppable(request: pytest.FixtureRequest) -> tuple[str, Server]:
    """A backend name and a server of this test's own, which it may stop and restart."""
    fixture = {"redis": "own_redis", "memcached": "own_memcached", "dynamodb": "own_moto"}[request.param]
    return request.param, request.getfixturevalue(fixture)


@pytest.fixture
def mask_key(monkeypatch: pytest.MonkeyPatch) -> str:
    """One key for this process and the worker processes it starts (through MASK_KEY)."""
    key = generate_key()
    monkeypatch.setenv("MASK_KEY", key)
    return key


def _run_job(job: dict[str, Any], path: Path) -> subprocess.Popen[str]:
    path.write_text(json.dumps(job), "utf-8")
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _result(proc: subprocess.Popen[str]) -> Any:
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, f"worker failed:\n{err[-3000:]}"
    return json.loads(out.strip().splitlines()[-1])


# -- shared state -----------------------------------------------------------------------


def test_processes_mint_identical_tokens_and_a_third_reveals_them(
    shared: tuple[str, Server], mask_key: str, unique: str, tmp_path: Path
) -> None:
    backend, server = shared
    config = {"vault": vault_config(backend, server, unique), **QUIET}
    batch = [f"Contact person{i}.{unique}@example.com about the refund" for i in range(40)]
    singles = [f"cc: other{i}.{unique}@example.org" for i in range(30)]
    go = tmp_path / "go"
    workers = [
        _run_job(
            {
                "mode": "protect",
                "config": config,
                "payload": batch,
                "singles": singles,
                "order": order,
                "go_file": str(go),
            },
            tmp_path / f"job-{order}.json",
        )
        for order in ("forward", "backward")
    ]
    for proc in workers:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if line != "ready":
            pytest.fail(f"worker did not start: {line!r}\n{proc.communicate(timeout=60)[1][-3000:]}")
    go.touch()  # both protect the same values now
    first, second = (_result(p) for p in workers)

    assert first == second, "two processes minted different tokens for the same values"
    minted = first["together"] + first["singles"]
    assert all(unique not in text for text in minted), "plaintext reached the protected output"
    assert len({text.split()[1] for text in first["together"]}) == 40, "two values share a token"

    revealer = _run_job({"mode": "reveal", "config": config, "payload": minted}, tmp_path / "reveal.json")
    assert _result(revealer) == batch + singles

    with Mask(config) as here:  # and this process agrees with both
        assert here.protect(batch) == first["together"]


# -- outages ----------------------------------------------------------------------------


def test_outage_raises_or_redacts_and_recovers_without_restarting(
    stoppable: tuple[str, Server], mask_key: str, unique: str
) -> None:
    backend, server = stoppable
    vault = vault_config(backend, server, unique, timeout_seconds=0.5, retries=1)
    strict = Mask({"vault": vault, **QUIET})
    lenient = Mask({"vault": vault, "mask": {"on_error": "redact"}, **QUIET})
    known = f"Reach ann.{unique}@example.com"
    fresh = f"New lead bob.{unique}@example.com"
    try:
        before = strict.protect(known)
        assert unique not in before and strict.reveal(before) == known

        server.stop()
        with pytest.raises(MaskVaultError) as info:
            strict.protect(fresh)
        assert f"bob.{unique}" not in str(info.value)
        assert lenient.protect(fresh) == "New lead [REDACTED:EMAIL_ADDRESS]"
        nested = lenient.protect({"rows": [{"email": f"bob.{unique}@example.com", "n": 1}]})
        assert nested == {"rows": [{"email": "[REDACTED:EMAIL_ADDRESS]", "n": 1}]}
        with pytest.raises(MaskVaultError):
            strict.reveal(before)
        assert lenient.reveal(before) == before  # tokens stay tokens
        mixed = f"{before} and {fresh}"  # a known token beside a new value
        with pytest.raises(MaskVaultError):
            strict.protect(mixed)
        out = lenient.protect(mixed)
        assert f"bob.{unique}" not in out and out.endswith("and New lead [REDACTED:EMAIL_ADDRESS]")

        server.start()  # same port; the processes keep their Mask objects
        assert strict.protect(known) == before, "the token changed across the outage"
        assert strict.reveal(before) == known
        again = lenient.protect(fresh)
        assert unique not in again and "REDACTED" not in again
        assert lenient.reveal(again) == fresh
    finally:
        strict.close()
        lenient.close()


def test_calls_in_flight_during_an_outage_never_pass_plaintext(
    stoppable: tuple[str, Server], mask_key: str, unique: str
) -> None:
    backend, server = stoppable
    vault = vault_config(backend, server, unique, timeout_seconds=0.5, retries=1)
    outcomes: list[tuple[str, str, BaseException | str]] = []  # (phase, value, result)
    phase = ["up"]
    stop = threading.Event()

    def hammer(m: Mask) -> None:
        i = 0
        while not stop.is_set():
            value = f"n{i}.{unique}@example.com"
            try:
                outcomes.append((phase[0], value, m.protect(f"mail {value} now")))
            except BaseException as exc:
                outcomes.append((phase[0], value, exc))
            i += 1

    def wait_for(predicate: Any, what: str) -> None:
        deadline = time.monotonic() + 60
        while not predicate():
            if time.monotonic() > deadline:
                pytest.fail(f"gave up waiting for {what}")
            time.sleep(0.05)

    def seen(kind: type, in_phase: str, at_least: int) -> bool:
        return sum(1 for p, _, r in list(outcomes) if p == in_phase and isinstance(r, kind)) >= at_least

    strict = Mask({"vault": vault, **QUIET})
    lenient = Mask({"vault": vault, "mask": {"on_error": "redact"}, **QUIET})
    threads = [threading.Thread(target=hammer, args=(m,)) for m in (strict, lenient)]
    try:
        for t in threads:
            t.start()
        wait_for(lambda: seen(str, "up", 6), "calls to succeed")
        server.stop()
        phase[0] = "down"
        wait_for(lambda: seen(MaskVaultError, "down", 2) and seen(str, "down", 2), "errors and redactions")
        server.start()
        phase[0] = "back"
        wait_for(
            lambda: sum("REDACTED" not in r for p, _, r in list(outcomes) if p == "back" and isinstance(r, str)) >= 6,
            "recovery",
        )
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=60)
        strict.close()
        lenient.close()

    for _phase, value, result in outcomes:
        if isinstance(result, BaseException):
            assert isinstance(result, MaskVaultError), f"untyped error: {type(result).__name__}"
            assert value not in str(result)
        else:
            assert value not in result, "plaintext passed through during an outage"
