"""Built-in audit sinks: SQLite (default) and JSON lines, both hash-chained with a keyed head.

Both are safe with several writer processes: SQLite through ``BEGIN IMMEDIATE``,
JSON lines through an exclusive ``flock`` on the file. The keyed head lives in the
``keyed_head`` table, or in ``<file>.head`` beside the JSON-lines file, replaced
atomically under the same lock.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal

from ..audit import (
    FORMAT_VERSION,
    AuditCorruptError,
    AuditRecord,
    AuditSink,
    AuditWriteError,
    KeyedHead,
    chain_link,
    next_link,
)
from ..audit_verify import Row, VerifyResult, verify_chain
from ..config import MaskConfig
from ..hookspecs import hookimpl
from ..keys import KeyRing
from ..sqlite_files import open_wal_database

__all__ = ["AuditCorruptError", "AuditWriteError", "JSONLAuditSink", "SQLiteAuditSink"]

log = logging.getLogger("mask.audit")
_HEAD_BYTES = 512
_ROWS_PER_INSERT = 200
"""Rows per INSERT of a batch: one statement (each one hands the GIL to the calls and waits to
get it back), under the 999 parameters of older SQLite builds."""

Head = KeyedHead | None | Literal["malformed"]


def _body(record: AuditRecord, head_before: object) -> dict[str, object]:
    body = record.as_dict()
    body["v"] = FORMAT_VERSION
    if head_before is not None:
        body["head_before"] = head_before
    return body


def _parse_head(data: object) -> Head:
    if data is None:
        return None
    try:
        return KeyedHead.parse(data)
    except ValueError:
        return "malformed"


def warn_unknown_kids(where: Path, kids: Iterable[str], keys: KeyRing) -> None:
    """Log once that a trail holds records under keys the ring lacks (a key change without
    ``MASK_OLD_KEYS``): their tokens will not reveal and their records cannot be verified."""
    missing = sorted({k for k in kids if not keys.has(k)})
    if missing:
        log.warning(
            "the audit trail %s holds records under key id(s) %s, which the key ring lacks (current %s): "
            "the key changed without MASK_OLD_KEYS? Tokens minted under them do not reveal and "
            "`mask audit verify` reports their records unverifiable; put the old key(s) in MASK_OLD_KEYS",
            where,
            ", ".join(missing),
            keys.current,
        )


_SQLITE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, body TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS keyed_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL,"
    " hash TEXT NOT NULL, kid TEXT NOT NULL, mac TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS kids (kid TEXT PRIMARY KEY)",
)


_LINK_QUERY = (
    "SELECT a.seq, a.hash, k.seq, k.hash, k.kid, k.mac FROM (SELECT 1)"
    " LEFT JOIN (SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1) AS a"
    " LEFT JOIN keyed_head AS k ON k.id = 1"
)
"""Where the next record goes: the last record's seq and hash, and the keyed head (NULLs when absent)."""


def _load_body(text: object) -> object:
    try:
        return json.loads(text) if isinstance(text, str | bytes) else None
    except (ValueError, RecursionError):
        return None


class SQLiteAuditSink(AuditSink):
    inline_safe = True
    name = "sqlite"

    def __init__(self, path: Path, keys: KeyRing) -> None:
        self.path = path
        self._keys = keys
        self._lock = threading.Lock()
        self._checked_kids = False
        self._kids_noted: set[str] = set()
        self._signed: KeyedHead | None = None  # the head this sink wrote last
        try:
            self._db = open_wal_database(path, _SQLITE_SCHEMA, timeout_seconds=30)
        except (sqlite3.Error, OSError) as exc:
            raise AuditWriteError(f"cannot open the SQLite audit log: {type(exc).__name__}") from None

    def _head(self) -> Head:
        return _parse_head(self._db.execute("SELECT seq, hash, kid, mac FROM keyed_head WHERE id = 1").fetchone())

    def write(self, record: AuditRecord) -> None:
        self.write_many([record])

    def write_many(self, records: Iterable[AuditRecord]) -> None:
        """Chain ``records`` in order in one transaction (a buffered sink's batch): all or none.

        The link is read once per batch; the records after the first chain on in memory
        (what reading the head each one signed would give), and the head is signed once."""
        keys = self._keys
        # Keys and bodies first, outside the lock: an unknown key id raises before the
        # transaction starts, and the fingerprints are computed here (a writer thread).
        batch = []
        for record in records:
            kid = record.kid or keys.current
            batch.append((_body(record, None), kid, keys.derive("audit-chain", kid=kid)))
        if not batch:
            return
        db = self._db
        with self._lock:
            try:
                db.execute("BEGIN IMMEDIATE")
                if not self._checked_kids:
                    warn_unknown_kids(self.path, (k for (k,) in db.execute("SELECT kid FROM kids")), keys)
                    self._checked_kids = True
                # The last record and the keyed head in one statement (each one hands the GIL over).
                row = db.execute(_LINK_QUERY).fetchone()
                last = (row[0], str(row[1])) if row[0] is not None else None
                head = _parse_head(row[2:] if row[2:] != (None,) * 4 else None)
                seq, prev, head_before = next_link(keys, head, last, self._signed)
                rows = []
                for body, _kid, key in batch:
                    if head_before is not None:
                        body["head_before"] = head_before
                    text, digest = chain_link(key, prev, seq, body)  # the stored body is the hashed text
                    rows.append((seq, text, prev, digest))
                    seq, prev, head_before = seq + 1, digest, None
                for start in range(0, len(rows), _ROWS_PER_INSERT):  # a statement releases the GIL twice
                    chunk = rows[start : start + _ROWS_PER_INSERT]
                    values = ", ".join(["(?, ?, ?, ?)"] * len(chunk))
                    db.execute(
                        f"INSERT INTO audit (seq, body, prev, hash) VALUES {values}", [v for r in chunk for v in r]
                    )
                seq, digest = rows[-1][0], rows[-1][3]
                db.execute("INSERT OR REPLACE INTO head (id, seq, hash) VALUES (1, ?, ?)", (seq, digest))
                head = KeyedHead.sign(keys, batch[-1][1], seq, digest)
                db.execute(
                    "INSERT OR REPLACE INTO keyed_head (id, seq, hash, kid, mac) VALUES (1, ?, ?, ?, ?)",
                    (head.seq, head.hash, head.kid, head.mac),
                )
                kids = {kid for _, kid, _ in batch} - self._kids_noted
                if kids:
                    db.executemany("INSERT OR IGNORE INTO kids (kid) VALUES (?)", [(kid,) for kid in sorted(kids)])
                db.execute("COMMIT")
                self._kids_noted.update(kids)
                self._signed = head
            except sqlite3.Error as exc:
                self._signed = None
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise AuditWriteError(f"audit sink sqlite failed: {type(exc).__name__}") from None

    def _rows(self) -> Iterator[Row]:
        for seq, body, prev, digest in self._db.execute("SELECT seq, body, prev, hash FROM audit ORDER BY seq"):
            yield seq, _load_body(body), prev, digest

    def verify(self, anchor: str | None = None) -> VerifyResult:
        with self._lock:
            self._db.execute("BEGIN")  # one snapshot for the head and the rows
            try:
                return verify_chain(self._keys, self._rows(), self._head(), anchor)
            finally:
                self._db.execute("COMMIT")

    def records(self) -> list[dict]:
        """Every record body, in order; a body that is not JSON comes back as ``{"unreadable": seq}``."""
        with self._lock:
            return [body if isinstance(body, dict) else {"unreadable": seq} for seq, body, _, _ in self._rows()]

    def close(self) -> None:
        self._db.close()


def _row_of(raw: bytes) -> Row:
    """One JSON line as a row; ``ValueError`` when it is not an audit record."""
    try:
        row = json.loads(raw)
    except RecursionError:
        raise ValueError("too deep") from None
    if not isinstance(row, dict) or type(row.get("seq")) is not int or "body" not in row:
        raise ValueError("not an audit record")
    return row["seq"], row["body"], row.get("prev"), row.get("hash")


class JSONLAuditSink(AuditSink):
    inline_safe = True
    name = "jsonl"

    def __init__(self, path: Path, keys: KeyRing) -> None:
        self.path = path
        self.head_path = path.with_name(path.name + ".head")
        self._head_file: int | None = None
        self._signed: KeyedHead | None = None  # the head this sink wrote last
        self._keys = keys
        self._lock = threading.Lock()
        self._checked_kids = False
        path.parent.mkdir(parents=True, exist_ok=True)

    # -- reading ------------------------------------------------------------------------

    def _read_head(self, fd: int | None = None) -> tuple[Head, list[str]]:
        """The head and the key ids of the trail, from ``fd`` (the writer's) or the path."""
        try:
            raw = os.pread(fd, os.fstat(fd).st_size, 0) if fd is not None else self.head_path.read_bytes()
            if not raw.strip():
                return None, []
            data = json.loads(raw)
        except FileNotFoundError:
            return None, []
        except (OSError, ValueError, RecursionError):
            return "malformed", []
        kids = data.get("kids") if isinstance(data, dict) else None
        return _parse_head(data), [k for k in kids if isinstance(k, str)] if isinstance(kids, list) else []

    def close(self) -> None:
        with self._lock:
            if self._head_file is not None:
                os.close(self._head_file)
                self._head_file = None

    def _head_fd(self) -> int:
        """The head file, opened once per sink (callers hold the lock). The head is
        overwritten in place, padded to the file's size: a file written beside and renamed
        over it cost a millisecond per record on ext4 (a rename over a file flushes it).
        Readers take a shared lock on the trail to read it, so they never see half a write."""
        if self._head_file is None:
            try:
                self._head_file = os.open(self.head_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise AuditWriteError(f"cannot open the audit head {self.head_path}: {exc.strerror}") from None
        return self._head_file

    @staticmethod
    def _tail(fh: IO[bytes]) -> tuple[bytes | None, bool]:
        """The last line and whether the file ends with a newline."""
        end = fh.seek(0, os.SEEK_END)
        if end == 0:
            return None, True
        pos, chunk = end, b""
        while pos > 0 and chunk.rstrip(b"\n").count(b"\n") < 1:
            step = min(4096, pos)
            pos -= step
            fh.seek(pos)
            chunk = fh.read(step) + chunk
        return chunk.rstrip(b"\n").rsplit(b"\n", 1)[-1], chunk.endswith(b"\n")

    def _corrupt(self, fh: IO[bytes]) -> AuditCorruptError:
        fh.seek(0)
        lines = sum(1 for _ in fh)
        return AuditCorruptError(
            f"the audit file {self.path} is damaged at line {lines} (not an audit record), so no record can be "
            "chained after it; `mask audit repair` moves the damaged tail aside and goes on"
        )

    # -- writing ------------------------------------------------------------------------

    def write(self, record: AuditRecord) -> None:
        with self._lock, self._locked() as fh:
            self._append(fh, [record], repairing=False)

    def write_many(self, records: Iterable[AuditRecord]) -> None:
        """Append ``records`` in order under one lock of the file (a buffered sink's batch):
        one read of the head and the last line, one write of the lines, one of the head."""
        records = list(records)
        if records:
            with self._lock, self._locked() as fh:
                self._append(fh, records, repairing=False)

    def _locked(self) -> IO[bytes]:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise AuditWriteError(f"cannot open the audit file {self.path}: {exc.strerror}") from None
        fh = os.fdopen(fd, "r+b")
        fcntl.flock(fh, fcntl.LOCK_EX)  # released when the file closes
        return fh

    def _append(self, fh: IO[bytes], records: list[AuditRecord], *, repairing: bool) -> None:
        keys = self._keys
        batch = [
            (_body(r, None), kid, keys.derive("audit-chain", kid=kid))
            for r in records
            for kid in [r.kid or keys.current]
        ]
        head_fd = self._head_fd()
        head, kids = self._read_head(head_fd)
        if not self._checked_kids:
            warn_unknown_kids(self.path, [*kids, *([head.kid] if isinstance(head, KeyedHead) else [])], keys)
            self._checked_kids = True
        raw, newline_ended = self._tail(fh)
        last = None
        if raw:
            try:
                seq, _, _, digest = _row_of(raw)
                last = (seq, str(digest))
            except ValueError:
                raise self._corrupt(fh) from None
        if repairing:  # the chain goes on from the last good record; the repair record says why
            old = head if isinstance(head, KeyedHead) and (head.seq, head.hash) != last else None
            head = None if last is None else KeyedHead.sign(keys, batch[0][1], last[0], last[1])
            seq, prev, _ = next_link(keys, head, last)
            head_before = old.as_dict() if old is not None else None  # verify: lost <= moved
        else:
            seq, prev, head_before = next_link(keys, head, last, self._signed)
        self._signed = None
        lines = [] if newline_ended else [b""]
        for body, _kid, key in batch:  # chained in memory, as reading each new head would give
            if head_before is not None:
                body["head_before"] = head_before
            text, digest = chain_link(key, prev, seq, body)  # the line holds the hashed text: one encoding
            lines.append(f'{{"body":{text},"hash":"{digest}","prev":{json.dumps(prev)},"seq":{seq}}}'.encode())
            seq, prev, head_before = seq + 1, digest, None
        try:
            fh.write(b"\n".join(lines) + b"\n")
            fh.flush()
            signed = KeyedHead.sign(keys, batch[-1][1], seq - 1, prev)
            new_head = signed.as_dict()
            new_head["kids"] = sorted({*kids, *(kid for _, kid, _ in batch)})
            data = json.dumps(new_head, sort_keys=True).encode()
            os.pwrite(head_fd, data.ljust(max(os.fstat(head_fd).st_size, _HEAD_BYTES)), 0)
            self._signed = signed
        except OSError as exc:
            raise AuditWriteError(f"audit sink jsonl failed: {exc.strerror}") from None

    # -- verifying and repairing ----------------------------------------------------------

    def _rows(self, problems: list[str], limit: int) -> Iterator[Row]:
        """The rows in the first ``limit`` bytes: what was complete when the head was read."""
        if not self.path.exists():
            return
        with self.path.open("rb") as fh:
            read = 0
            for n, raw in enumerate(fh, 1):
                read += len(raw)
                if read > limit:
                    return
                try:
                    yield _row_of(raw)
                except ValueError:
                    problems.append(f"line {n}: not a valid audit record")

    def verify(self, anchor: str | None = None) -> VerifyResult:
        size = 0
        try:  # head and size under a shared lock: a concurrent write then only adds records
            with self.path.open("rb") as fh:
                fcntl.flock(fh, fcntl.LOCK_SH)
                head, _ = self._read_head()
                size = os.fstat(fh.fileno()).st_size
        except FileNotFoundError:  # no records: a head left over means they were deleted
            head, _ = self._read_head()
        bad_lines: list[str] = []
        result = verify_chain(self._keys, self._rows(bad_lines, size), head, anchor)
        result.problems[:0] = bad_lines
        return result.finish()

    def repair(self) -> Path | None:
        """Move the trailing lines that are not audit records to ``<file>.corrupt-<UTC time>``
        (kept for inspection), then chain an ``audit_repair`` record after the last good one."""
        with self._lock, self._locked() as fh:
            fh.seek(0)
            lines = fh.read().splitlines(keepends=True)
            good = len(lines)
            while good and not _parses(lines[good - 1]):
                good -= 1
            if good == len(lines):
                return None
            stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
            moved = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{secrets.token_hex(2)}")
            fd = os.open(moved, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(b"".join(lines[good:]))
                out.flush()
                os.fsync(out.fileno())
            fh.truncate(sum(len(line) for line in lines[:good]))
            record = AuditRecord(
                "audit_repair",
                "",
                source="mask audit repair",
                counts={"lines_moved": len(lines) - good},
                outcome=f"moved to {moved.name}",
                kid=self._keys.current,
            )
            self._append(fh, [record], repairing=True)
            log.warning("moved %d damaged line(s) of %s to %s", len(lines) - good, self.path, moved)
            return moved


def _parses(raw: bytes) -> bool:
    try:
        _row_of(raw)
    except ValueError:
        return False
    return True


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
