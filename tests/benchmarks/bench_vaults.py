"""Vault benchmark: protect throughput and round trips per call on every vault backend.

    python tests/benchmarks/bench_vaults.py [--corpus /tmp/corpus.jsonl] [--docs 300] [--ner]

Starts its own redis-server and memcached on free loopback ports and moto's DynamoDB
in a thread (``--redis-url`` measures an existing Redis instead). memcached runs with
one worker thread by default (``--memcached-threads``): on a busy 2-core machine its
default four threads add milliseconds of wake-up latency per request. moto copies its
tables on every transaction, so DynamoDB runs on fewer documents and its speed says
nothing about AWS; its round-trip counts are what matter. For each backend:

- protect throughput (KB/s) over the shared corpus, values new to the vault ("cold":
  read + write) and already stored ("warm": read only), and its ratio to the memory
  vault on the same documents (target for Redis: >= 0.5x). Backends take turns
  document by document, so a load spike from elsewhere hits them all alike;
- round trips per protect call, counted where they happen: Redis socket sends (one
  per request/response exchange; a pipeline is one), DynamoDB HTTP requests, and vault
  calls for the rest;
- for one payload with 40 distinct entities: round trips cold and warm (target <= 2)
  and Redis ``INFO commandstats`` deltas (what the server executed).

Prints a table and writes JSON to ``bench-results/vaults-<UTC time>.json``. Not a test:
pytest does not collect it. Timings are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "vaults"))

from _vault_servers import MemcachedServer, MotoServer, RedisServer  # noqa: E402

from mask.core import Mask, Vault  # noqa: E402
from mask.core.keys import KeyRing, generate_key  # noqa: E402

GEN_CORPUS = Path("/work/shared/bench/gen_corpus.py")


class CountingVault(Vault):
    """Forwards to a real vault and counts its calls."""

    def __init__(self, inner: Vault) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls = 0

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        self.calls += 1
        return self.inner.get_many(keys)

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        self.calls += 1
        return self.inner.put_many_if_absent(items, ttl_seconds)

    def delete_many(self, keys: Sequence[str]) -> int:
        self.calls += 1
        return self.inner.delete_many(keys)

    def delete_prefix(self, prefix: str) -> int:
        return self.inner.delete_prefix(prefix)

    def close(self) -> None:
        self.inner.close()


@contextmanager
def redis_socket_counter() -> Iterator[list[int]]:
    """Count redis-py request/response exchanges (send_packed_command calls)."""
    import redis.connection

    sends = [0]
    original = redis.connection.AbstractConnection.send_packed_command

    def counting(self: Any, command: Any, check_health: bool = True) -> None:
        sends[0] += 1
        return original(self, command, check_health)

    redis.connection.AbstractConnection.send_packed_command = counting  # type: ignore[method-assign]
    try:
        yield sends
    finally:
        redis.connection.AbstractConnection.send_packed_command = original  # type: ignore[method-assign]


def http_request_counter(vault: Vault) -> Callable[[], int] | None:
    """For the DynamoDB vault: count the HTTP requests its botocore client sends."""
    client = getattr(vault, "_client", None)
    if vault.name != "dynamodb" or client is None:
        return None
    sent = [0]

    def bump(**_kwargs: Any) -> None:
        sent[0] += 1

    client.meta.events.register("before-send.dynamodb", bump)
    return lambda: sent[0]


def load_corpus(path: Path, limit: int) -> list[str]:
    if not path.exists():
        with path.open("w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, str(GEN_CORPUS), "500"], stdout=fh, check=True)
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()][:limit]


def forty_entities(tag: str) -> str:
    return " ".join(f"row {i}: owner{i}.{tag}@example.com;" for i in range(40))


@dataclass
class Subject:
    """One backend under measurement: its Mask, its round-trip counter, what it measured."""

    name: str
    mask: Mask
    count: Callable[[], int]
    limit: int
    scope: str = field(default_factory=lambda: f"bench-{os.getpid()}-{time.time_ns()}")
    seconds: dict[str, list[float]] = field(default_factory=lambda: {"cold": [], "warm": []})
    trips: dict[str, list[int]] = field(default_factory=lambda: {"cold": [], "warm": []})
    forty: dict[str, int] = field(default_factory=dict)


def make_subject(name: str, vault_config: dict[str, Any], keys: KeyRing, ner: bool, limit: int) -> Subject:
    config: dict[str, Any] = {"vault": vault_config, "audit": {"sinks": []}}
    if not ner:
        config["plugins"] = {"disable": ["spacy"]}
    real = Mask(config, keys=keys).vault
    counting = CountingVault(real)
    count = http_request_counter(real) or (lambda: counting.calls)
    return Subject(name, Mask(config, keys=keys, vault=counting), count, limit)


def run(subjects: list[Subject], docs: list[str], redis_sends: list[int]) -> None:
    """Protect every document with every backend, interleaved so that load spikes hit all alike."""

    def protect(subject: Subject, text: str) -> tuple[float, int]:
        count = (lambda: redis_sends[0]) if subject.name == "redis" else subject.count
        before = count()
        started = time.perf_counter()
        subject.mask.protect(text, scope=subject.scope)
        return time.perf_counter() - started, count() - before

    for subject in subjects:
        for doc in docs[:5]:  # warm up: connections, caches, the NER model
            subject.mask.protect(doc, scope=subject.scope + "-warmup")
    for phase in ("cold", "warm"):  # cold: values new to the vault; warm: all stored already
        for i, doc in enumerate(docs):
            for subject in subjects[i % len(subjects) :] + subjects[: i % len(subjects)]:
                if i < subject.limit:
                    seconds, trips = protect(subject, doc)
                    subject.seconds[phase].append(seconds)
                    subject.trips[phase].append(trips)
    payload = forty_entities(f"{os.getpid()}x{time.time_ns()}")
    for subject in subjects:
        for phase in ("cold", "warm"):
            subject.forty[phase] = protect(subject, payload)[1]


def summarize(subject: Subject, memory: Subject, docs: list[str]) -> dict[str, Any]:
    n = len(subject.seconds["cold"])
    size_kb = sum(len(d.encode()) for d in docs[:n]) / 1024
    row: dict[str, Any] = {"backend": subject.name, "docs": n}
    for phase in ("cold", "warm"):
        spent = sum(subject.seconds[phase])
        row[f"{phase}_kb_s"] = round(size_kb / spent, 1)
        row[f"{phase}_vs_memory"] = round(sum(memory.seconds[phase][:n]) / spent, 2)
        row[f"{phase}_p50_ms"] = round(statistics.median(subject.seconds[phase]) * 1e3, 2)
        row[f"{phase}_trips_mean"] = round(statistics.fmean(subject.trips[phase]), 2)
        row[f"{phase}_trips_max"] = max(subject.trips[phase])
    row["forty_cold_trips"] = subject.forty["cold"]
    row["forty_warm_trips"] = subject.forty["warm"]
    return row


def redis_commandstats(url: str, run: Callable[[], None]) -> dict[str, int]:
    """Commands the Redis server executed during ``run`` (INFO commandstats deltas)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        before = client.info("commandstats")
        run()
        after = client.info("commandstats")
    finally:
        client.close()
    out = {}
    for name, stats in after.items():
        delta = stats["calls"] - before.get(name, {}).get("calls", 0)
        if delta and name not in ("cmdstat_info",):
            out[name.removeprefix("cmdstat_")] = delta
    return out


def forty_entity_commandstats(url: str, keys: KeyRing) -> dict[str, dict[str, int]]:
    config = {"vault": {"backend": "redis", "url": url}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}
    mask = Mask(config, keys=keys)
    payload = forty_entities(f"cs{time.time_ns()}")
    scope = f"cs-{time.time_ns()}"
    try:
        mask.protect("warm up a@example.com", scope=scope)
        cold = redis_commandstats(url, lambda: mask.protect(payload, scope=scope))
        warm = redis_commandstats(url, lambda: mask.protect(payload, scope=scope))
        return {"cold": cold, "warm": warm}
    finally:
        mask.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus.jsonl"))
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument(
        "--dynamodb-docs", type=int, default=60, help="documents for DynamoDB (moto is slow; not AWS's speed)"
    )
    parser.add_argument("--memcached-threads", type=int, default=1, help="memcached -t (worker threads)")
    parser.add_argument("--ner", action="store_true", help="keep the spaCy NER detector on")
    parser.add_argument("--redis-url", help="measure this Redis instead of starting one")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args()

    os.environ.update(
        {
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_CONFIG_FILE": os.devnull,
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        }
    )
    docs = load_corpus(args.corpus, args.docs)
    keys = KeyRing.from_strings(generate_key())
    servers: list[Any] = []
    sqlite_path = str(Path(tempfile.gettempdir()) / f"mask-bench-{os.getpid()}.sqlite3")
    redis_server = memcached = moto = None
    try:
        if args.redis_url is None:
            redis_server = RedisServer()
            redis_server.start()
            servers.append(redis_server)
        redis_url = args.redis_url or redis_server.url  # type: ignore[union-attr]
        memcached = MemcachedServer(threads=args.memcached_threads)
        memcached.start()
        servers.append(memcached)
        moto = MotoServer()
        moto.start()
        servers.append(moto)
        table = f"mask-bench-{os.getpid()}"
        backends: list[tuple[str, dict[str, Any]]] = [
            ("memory", {"backend": "memory"}),
            ("sqlite", {"backend": "sqlite", "path": sqlite_path}),
            ("redis", {"backend": "redis", "url": redis_url, "prefix": f"bench{os.getpid()}:"}),
            ("memcached", {"backend": "memcached", "servers": [memcached.spec]}),
            (
                "dynamodb",
                {
                    "backend": "dynamodb",
                    "table": table,
                    "region": "us-east-1",
                    "endpoint_url": moto.endpoint_url,
                    "create_table": True,
                    "timeout_seconds": 10.0,
                },
            ),
        ]
        subjects = []
        with redis_socket_counter() as redis_sends:
            for name, vault_config in backends:
                limit = args.dynamodb_docs if name == "dynamodb" else len(docs)
                subjects.append(make_subject(name, vault_config, keys, args.ner, limit))
            try:
                run(subjects, docs, redis_sends)
            finally:
                for subject in subjects:
                    subject.mask.close()
        commandstats = forty_entity_commandstats(redis_url, keys)
    finally:
        for server in reversed(servers):
            server.close()

    rows = [summarize(subject, subjects[0], docs) for subject in subjects]
    report = {
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "docs": len(docs),
        "corpus_kb": round(sum(len(d.encode()) for d in docs) / 1024, 1),
        "ner": args.ner,
        "round_trips_counted_as": {
            "redis": "socket request/response exchanges (send_packed_command)",
            "dynamodb": "HTTP requests (botocore before-send events)",
            "memory, sqlite, memcached": "vault calls (memcached: one server, one exchange per call)",
        },
        "rows": rows,
        "redis_commandstats_40_entities": commandstats,
    }
    print_table(report)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    out = args.out_dir / f"vaults-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}.json"
    out.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
    print(f"\nwritten to {out}")


def print_table(report: dict[str, Any]) -> None:
    print(f"protect over {report['docs']} documents ({report['corpus_kb']} KB), NER {'on' if report['ner'] else 'off'}")
    header = (
        f"{'backend':<10} {'docs':>5} {'cold KB/s':>10} {'x memory':>9} {'warm KB/s':>10} {'x memory':>9} "
        f"{'trips/call cold':>16} {'warm':>6} {'40-entity cold':>15} {'warm':>6}"
    )
    print(header)
    print("-" * len(header))
    for r in report["rows"]:
        print(
            f"{r['backend']:<10} {r['docs']:>5} {r['cold_kb_s']:>10} {r['cold_vs_memory']:>9} {r['warm_kb_s']:>10} "
            f"{r['warm_vs_memory']:>9} {r['cold_trips_mean']:>9} (max {r['cold_trips_max']}) {r['warm_trips_mean']:>6} "
            f"{r['forty_cold_trips']:>15} {r['forty_warm_trips']:>6}"
        )
    stats = report["redis_commandstats_40_entities"]
    print(f"\nRedis INFO commandstats for one protect of 40 entities: cold {stats['cold']}, warm {stats['warm']}")


if __name__ == "__main__":
    main()
