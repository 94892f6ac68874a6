"""Built-in audit sinks: SQLite (default) and JSON lines, both hash-chained.

Both are safe with several writer processes: SQLite through ``BEGIN IMMEDIATE``,
JSON lines through an exclusive ``flock`` on the file.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..audit import GENESIS, AuditRecord, AuditSink, VerifyResult, chain_hash, verify_chain
from ..config import MaskConfig
from ..errors import MaskError
from ..hookspecs import hookimpl
from ..keys import KeyRing
from ..sqlite_files import open_wal_database


class AuditWriteError(MaskError):
    """An audit record could not be written."""


def _chain_key(keys: KeyRing):
    return lambda kid: keys.derive("audit-chain", kid=kid or keys.current)


_SQLITE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, body TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL)",
)


class SQLiteAuditSink(AuditSink):
    inline_safe = True
    name = "sqlite"

    def __init__(self, path: Path, keys: KeyRing) -> None:
        self.path = path
        self._keys = keys
        self._lock = threading.Lock()
        try:
            self._db = open_wal_database(path, _SQLITE_SCHEMA, timeout_seconds=30)
        except (sqlite3.Error, OSError) as exc:
            raise AuditWriteError(f"cannot open the SQLite audit log: {type(exc).__name__}") from None

    def write(self, record: AuditRecord) -> None:
        body = record.as_dict()
        key = self._keys.derive("audit-chain", kid=record.kid or self._keys.current)
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                row = self._db.execute("SELECT seq, hash FROM head WHERE id = 1").fetchone()
                seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
                digest = chain_hash(key, prev, seq, body)
                self._db.execute(
                    "INSERT INTO audit (seq, body, prev, hash) VALUES (?, ?, ?, ?)",
                    (seq, json.dumps(body, sort_keys=True), prev, digest),
                )
                self._db.execute("INSERT OR REPLACE INTO head (id, seq, hash) VALUES (1, ?, ?)", (seq, digest))
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise AuditWriteError(f"audit sink sqlite failed: {type(exc).__name__}") from None

    def _rows(self) -> Iterator[tuple[int, dict, str, str]]:
        for seq, body, prev, digest in self._db.execute("SELECT seq, body, prev, hash FROM audit ORDER BY seq"):
            yield seq, json.loads(body), prev, digest

    def verify(self) -> VerifyResult:
        with self._lock:
            head = self._db.execute("SELECT seq, hash FROM head WHERE id = 1").fetchone()
            return verify_chain(_chain_key(self._keys), self._rows(), tuple(head) if head else (0, GENESIS))

    def records(self) -> list[dict]:
        with self._lock:
            return [body for _, body, _, _ in self._rows()]

    def close(self) -> None:
        self._db.close()


class JSONLAuditSink(AuditSink):
    inline_safe = True
    name = "jsonl"

    def __init__(self, path: Path, keys: KeyRing) -> None:
        self.path = path
        self._keys = keys
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def _last_line(fh) -> bytes | None:
        end = fh.seek(0, os.SEEK_END)
        if end == 0:
            return None
        pos, chunk = end, b""
        while pos > 0 and chunk.count(b"\n") < 2:
            step = min(4096, pos)
            pos -= step
            fh.seek(pos)
            chunk = fh.read(step) + chunk
        lines = chunk.rstrip(b"\n").split(b"\n")
        return lines[-1]

    def write(self, record: AuditRecord) -> None:
        body = record.as_dict()
        key = self._keys.derive("audit-chain", kid=record.kid or self._keys.current)
        with self._lock:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "r+b") as fh:
                fcntl.flock(fh, fcntl.LOCK_EX)
                last = self._last_line(fh)
                if last:
                    prev_row = json.loads(last)
                    seq, prev = prev_row["seq"] + 1, prev_row["hash"]
                else:
                    seq, prev = 1, GENESIS
                line = {"seq": seq, "body": body, "prev": prev, "hash": chain_hash(key, prev, seq, body)}
                fh.write(json.dumps(line, sort_keys=True).encode() + b"\n")
                fh.flush()

    def verify(self) -> VerifyResult:
        rows = []
        problems: list[str] = []
        if self.path.exists():
            with self.path.open("rb") as fh:
                for n, raw in enumerate(fh, 1):
                    try:
                        row = json.loads(raw)
                        rows.append((row["seq"], row["body"], row["prev"], row["hash"]))
                    except (ValueError, KeyError, TypeError):
                        problems.append(f"line {n}: not a valid audit record")
        result = verify_chain(_chain_key(self._keys), rows, None)
        result.problems[:0] = problems
        result.ok = not result.problems
        return result


@hookimpl
def mask_audit_sinks(config: MaskConfig, keys: KeyRing) -> list[AuditSink]:
    sinks: list[AuditSink] = []
    options = config.audit_options
    if "sqlite" in config.audit_sinks:
        path = Path(options.get("path") or config.data_dir / "audit.sqlite3").expanduser()
        sinks.append(SQLiteAuditSink(path, keys))
    if "jsonl" in config.audit_sinks:
        path = Path(options.get("jsonl_path") or config.data_dir / "audit.jsonl").expanduser()
        sinks.append(JSONLAuditSink(path, keys))
    return sinks
