"""Several processes opening a new embedded SQLite file at the same moment.

`echo x | mask protect | mask reveal` starts two processes that each create the default
vault and audit log; a new SQLite file switched to WAL by two openers at once used to fail
one of them with "database is locked".
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from mask.core.builtin.audit_sinks import SQLiteAuditSink
from mask.core.builtin.sqlite_vault import SQLiteVault
from mask.core.keys import KeyRing

PROCESSES = 6
TRIALS = 12


def _open(kind: str, path: str, barrier) -> str | None:  # type: ignore[no-untyped-def]
    barrier.wait()
    try:
        if kind == "vault":
            vault = SQLiteVault(Path(path))
            vault.put_many_if_absent({f"k{multiprocessing.current_process().pid}": b"v"})
            vault.close()
        else:
            sink = SQLiteAuditSink(Path(path), KeyRing.from_strings("ktest:" + "A" * 43))
            sink.close()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@pytest.mark.parametrize("kind", ["vault", "audit"])
def test_concurrent_first_opens_all_succeed(kind: str, tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    with ctx.Manager() as manager, ctx.Pool(PROCESSES) as pool:
        for trial in range(TRIALS):
            barrier = manager.Barrier(PROCESSES)
            path = str(tmp_path / f"{kind}-{trial}.db")
            errors = [e for e in pool.starmap(_open, [(kind, path, barrier)] * PROCESSES) if e]
            assert errors == [], f"trial {trial}: {errors}"
    if kind == "vault":  # every process's write landed
        with sqlite3.connect(tmp_path / "vault-0.db") as db:
            assert db.execute("SELECT count(*) FROM vault").fetchone() == (PROCESSES,)
