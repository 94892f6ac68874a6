"""Built-in embedded SQLite vault: the default, safe with several processes (WAL)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..config import MaskConfig
from ..errors import MaskVaultError
from ..hookspecs import hookimpl
from ..sqlite_files import open_wal_database
from ..vault import Vault, check_vault_options

_BATCH = 500  # stay under SQLite's host-parameter limit
_SCHEMA = ("CREATE TABLE IF NOT EXISTS vault (k TEXT PRIMARY KEY, v BLOB NOT NULL, expires REAL) WITHOUT ROWID",)


class SQLiteVault(Vault):
    inline_safe = True
    name = "sqlite"

    def __init__(self, path: Path, timeout_seconds: float = 30.0) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = open_wal_database(path, _SCHEMA, timeout_seconds)
        except (sqlite3.Error, OSError) as exc:
            raise MaskVaultError(f"cannot open the SQLite vault: {type(exc).__name__}: {exc}") from None

    def _fail(self, exc: sqlite3.Error) -> MaskVaultError:
        return MaskVaultError(f"SQLite vault error: {type(exc).__name__}")

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        now = time.time()
        with self._lock:
            try:
                for i in range(0, len(keys), _BATCH):
                    part = list(keys[i : i + _BATCH])
                    marks = ",".join("?" * len(part))
                    rows = self._db.execute(
                        f"SELECT k, v FROM vault WHERE k IN ({marks}) AND (expires IS NULL OR expires > ?)",
                        (*part, now),
                    )
                    out.update(rows)
            except sqlite3.Error as exc:
                raise self._fail(exc) from None
        return out

    def put_many_if_absent(self, items: Mapping[str, bytes], ttl_seconds: int | None = None) -> dict[str, bool]:
        now = time.time()
        expires = now + ttl_seconds if ttl_seconds else None
        out: dict[str, bool] = {}
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                for key, value in items.items():
                    self._db.execute(
                        "DELETE FROM vault WHERE k = ? AND expires IS NOT NULL AND expires <= ?", (key, now)
                    )
                    cur = self._db.execute(
                        "INSERT OR IGNORE INTO vault (k, v, expires) VALUES (?, ?, ?)", (key, value, expires)
                    )
                    out[key] = cur.rowcount == 1
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise self._fail(exc) from None
        return out

    def delete_many(self, keys: Sequence[str]) -> int:
        with self._lock:
            try:
                return sum(self._db.execute("DELETE FROM vault WHERE k = ?", (k,)).rowcount for k in keys)
            except sqlite3.Error as exc:
                raise self._fail(exc) from None

    def delete_prefix(self, prefix: str) -> int:
        upper = prefix + "\U0010ffff"
        with self._lock:
            try:
                return self._db.execute("DELETE FROM vault WHERE k >= ? AND k < ?", (prefix, upper)).rowcount
            except sqlite3.Error as exc:
                raise self._fail(exc) from None

    def close(self) -> None:
        with self._lock:
            self._db.close()


@hookimpl
def mask_vault(backend: str, options: dict[str, Any], config: MaskConfig) -> Vault | None:
    if backend != "sqlite":
        return None
    check_vault_options("sqlite", options, ("path", "timeout_seconds"))
    path = Path(options.get("path") or config.data_dir / "vault.sqlite3").expanduser()
    return SQLiteVault(path, float(options.get("timeout_seconds", 30.0)))
