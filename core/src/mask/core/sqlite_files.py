"""Opening the embedded SQLite files (vault, audit) safely from several processes at once.

A new database starts in rollback-journal mode. Switching it to WAL needs an exclusive
lock, and when two processes try at the same moment SQLite reports ``database is locked``
at once instead of waiting out the busy timeout (each holds the shared lock the other
must wait for). So the switch and the schema are done under an exclusive ``flock`` on a
sidecar ``.<name>.init-lock`` file; once the file is in WAL mode, opens never conflict.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

__all__ = ["open_wal_database"]


def open_wal_database(path: Path, schema: Sequence[str], timeout_seconds: float) -> sqlite3.Connection:
    """Connect to ``path`` in WAL mode (autocommit) and run ``schema`` (idempotent DDL).

    Raises :class:`sqlite3.Error` or :class:`OSError`; callers wrap them in their typed error.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(f".{path.name}.init-lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        db = sqlite3.connect(path, timeout=timeout_seconds, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            for statement in schema:
                db.execute(statement)
        except BaseException:
            db.close()
            raise
        return db
    finally:
        os.close(fd)  # closing the descriptor releases the flock
