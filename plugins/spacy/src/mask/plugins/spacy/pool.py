"""Worker processes that run NER next to the calling process (``detectors.nlp_processes``).

spaCy runs one document on one core. With ``nlp_processes = n`` (n > 1; by default 2 on a
machine where this process may use two or more CPUs) every call splits its pieces into
``n`` shares of about equal size: the calling process runs one share, ``n - 1``
persistent worker processes (started once per process and model, each loading the
pipeline once) run the others.

A worker is a plain ``python -c`` subprocess of :data:`sys.executable` that imports only
this module: unlike ``multiprocessing``'s spawn, it never re-runs the application's
``__main__`` (a script without an ``if __name__ == "__main__"`` guard is safe). Requests
and answers travel over a socket pair as :mod:`multiprocessing.connection` messages, sent
and received by the calling thread itself. Workers see only the pieces of text NER needs,
never keys or vault data.

Workers only ever make a call faster, never less safe: a worker busy with another
thread's call, or still loading its pipeline (workers start on the first call that needs
them), is not waited for, and a worker that fails to start or dies mid-call has its share
run in the calling process (a worker that cannot start is retried after
:data:`RETRY_AFTER` seconds, not on every call). A worker that misses the time budget is
stopped and the call raises :class:`~mask.core.errors.MaskDetectionTimeout`
(``mask.on_error`` decides). Workers stop at interpreter exit, or when their parent goes.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from mask.core.errors import MaskDetectionTimeout, MaskPluginError

__all__ = ["RETRY_AFTER", "NerPool", "NerWorker", "RawEntity", "get_pool", "serve", "shutdown_pools"]

log = logging.getLogger("mask.plugins.spacy")

RawEntity = tuple[int, int, str]
"""``(start, end, spaCy label)`` of an entity in a piece."""

_pools: dict[tuple[str, int], NerPool] = {}
_lock = threading.Lock()
_START_TIMEOUT = 120.0
"""Seconds a new worker may take to load its pipeline."""
RETRY_AFTER = 60.0
"""Seconds before a worker that failed to start (or died) is started again."""
_BOOT = "import sys; from mask.plugins.spacy.pool import serve; serve(int(sys.argv[1]), sys.argv[2])"


def serve(fd: int, model: str) -> None:
    """A worker process's main: answer requests on the socket ``fd`` until told to stop or orphaned."""
    os.dup2(2, 1)  # stray prints of libraries go to stderr, never into the channel
    _worker_main(Connection(fd), model)


def _worker_main(conn: Connection, model: str) -> None:
    """A worker's loop: load ``model``, then answer ``(pieces, batch_size)`` with raw entities."""
    from .detector import raw_entities
    from .model import load_pipeline

    try:
        nlp = load_pipeline(model)
        conn.send(("ready", None))
    except BaseException as exc:  # reported to the caller without any text
        conn.send(("error", type(exc).__name__))
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        pieces, batch_size = request
        try:
            conn.send(("ok", [raw_entities(doc) for doc in nlp.pipe(pieces, batch_size=batch_size)]))
        except BaseException as exc:
            conn.send(("error", type(exc).__name__))


class NerWorker:
    """One worker process and the pipe to it; used by one call at a time."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.busy = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._ready = False
        self.failed_at: float | None = None
        """When the worker last failed to start or died (None: never); see :data:`RETRY_AFTER`."""

    def __repr__(self) -> str:
        return f"<NerWorker model={self.model!r} alive={self._alive()}>"

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def spawn(self) -> None:
        """Start the process if it is not running (without waiting for its pipeline to load)."""
        if self._alive() and self._conn is not None:
            return
        self.stop()
        parent, child = socket.socketpair()
        try:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
            process = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(child.fileno()), self.model],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        except BaseException:
            parent.close()
            raise
        finally:
            child.close()
        self._process, self._conn, self._ready = process, Connection(parent.detach()), False

    def backing_off(self) -> bool:
        """True while a worker that failed recently should not be started again."""
        return self.failed_at is not None and time.monotonic() - self.failed_at < RETRY_AFTER

    def ready(self) -> bool:
        """True once the worker has loaded its pipeline; spawns it first if needed (never waits)."""
        if self._ready and self._alive():
            try:
                idle = self._conn is not None and not self._conn.poll(0)  # readable when idle means EOF
            except (EOFError, OSError):
                idle = False
            if idle:
                return True
            self.stop()
        if self._process is None or self._conn is None:
            self.spawn()  # a process still loading is polled, not replaced: one that died says so
        assert self._conn is not None
        try:
            if not self._conn.poll(0):
                return False
        except (EOFError, OSError):
            self.stop()
            return False
        self._answer(0, "start")
        self._ready = True
        return True

    def start(self) -> None:
        """Spawn the process (if not running) and wait until its pipeline is loaded."""
        self.spawn()
        if not self._ready:
            self._answer(_START_TIMEOUT, "start")
            self._ready = True

    def send(self, pieces: list[str], batch_size: int) -> None:
        assert self._conn is not None and self._ready
        try:
            self._conn.send((pieces, batch_size))
        except (OSError, ValueError) as exc:
            self.stop()
            raise MaskPluginError("a spaCy worker process is gone; a new one starts on the next call") from exc

    def receive(self, timeout: float | None) -> list[list[RawEntity]]:
        result: list[list[RawEntity]] = self._answer(timeout, "run")
        return result

    def _answer(self, timeout: float | None, what: str) -> Any:
        conn = self._conn
        assert conn is not None
        try:
            ready = conn.poll(None if timeout is None else max(0.0, timeout))
            if not ready:
                self.stop()
                raise MaskDetectionTimeout("detector 'spacy' exceeded its time budget (detectors.nlp_timeout_seconds)")
            status, payload = conn.recv()
        except (EOFError, OSError) as exc:
            self.stop()
            raise MaskPluginError(f"a spaCy worker process died ({what}); a new one starts on the next call") from exc
        if status != "ok" and status != "ready":
            self.stop()
            raise MaskPluginError(f"a spaCy worker process failed ({what}): {payload}")
        return payload

    def stop(self) -> None:
        """Stop the process (politely, then by force) and close the pipe."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._ready = False
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            conn.close()
        if process is not None:
            try:
                process.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                process.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=5.0)


class NerPool:
    """``workers`` worker processes for ``model``, shared by every detector of this process."""

    def __init__(self, model: str, workers: int) -> None:
        self.model = model
        self.workers = [NerWorker(model) for _ in range(workers)]

    def __repr__(self) -> str:
        return f"<NerPool model={self.model!r} workers={len(self.workers)}>"

    def warm_up(self, strict: bool = True) -> None:
        """Start every worker now rather than on the first call, and wait until each is loaded.

        ``strict=False``: a worker that cannot start is logged and backs off (calls run its
        share in-process) instead of raising."""
        for worker in self.workers:
            with worker.busy:
                try:
                    worker.start()
                except (MaskPluginError, MaskDetectionTimeout, OSError):
                    if strict:
                        raise
                    _failed(worker, "could not start")

    def run(
        self,
        shares: Sequence[list[str]],
        local: Callable[[list[str]], list[list[RawEntity]]],
        batch_size: int,
        remaining: Callable[[], float | None],
    ) -> list[list[list[RawEntity]]]:
        """Entities of every piece of every share: ``shares[0]`` (and any share no free worker
        takes, or whose worker fails) here via ``local``, the others in worker processes."""
        return self.collect(self.start(shares, batch_size), shares, local, remaining)

    def start(self, shares: Sequence[list[str]], batch_size: int) -> dict[int, NerWorker]:
        """Hand ``shares[1:]`` to free workers; the workers engaged, by share. :meth:`collect`
        (or :meth:`cancel`) must follow."""
        taken: dict[int, NerWorker] = {}
        try:
            free = iter(self.workers)
            for index in range(1, len(shares)):
                for worker in free:
                    if not worker.busy.acquire(blocking=False):
                        continue
                    try:
                        engaged = _engage(worker, shares[index], batch_size)
                    except BaseException:
                        worker.busy.release()
                        raise
                    if engaged:
                        taken[index] = worker
                        break
                    worker.busy.release()
        except BaseException:
            self.cancel(taken)
            raise
        return taken

    def collect(
        self,
        taken: dict[int, NerWorker],
        shares: Sequence[list[str]],
        local: Callable[[list[str]], list[list[RawEntity]]],
        remaining: Callable[[], float | None],
    ) -> list[list[list[RawEntity]]]:
        """Run the shares no worker took here, then read the workers' answers (a share whose
        worker died runs here: no loss, no leak)."""
        try:
            results: list[list[list[RawEntity]] | None] = [None] * len(shares)
            for index, share in enumerate(shares):
                if index not in taken:
                    results[index] = local(share)
            for index in list(taken):
                worker = taken[index]
                try:
                    results[index] = worker.receive(remaining())
                except MaskPluginError:
                    _failed(worker, "died")
                    results[index] = None
                del taken[index]
                worker.busy.release()
                if results[index] is None:
                    results[index] = local(shares[index])  # the text is still here: no loss, no leak
            return [r if r is not None else [] for r in results]
        finally:
            self.cancel(taken)

    @staticmethod
    def cancel(taken: dict[int, NerWorker]) -> None:
        """Stop the workers that still owe an answer (an error or the budget struck): their answer
        would be read by the next call otherwise."""
        for worker in taken.values():
            worker.stop()
            worker.busy.release()
        taken.clear()

    def shutdown(self) -> None:
        """Stop the workers (a later :meth:`run` starts new ones)."""
        for worker in self.workers:
            with worker.busy:
                worker.stop()


def _engage(worker: NerWorker, share: list[str], batch_size: int) -> bool:
    """Hand ``share`` to ``worker`` if it is up (starting it if needed); False: run it here."""
    if worker.backing_off():
        return False
    try:
        if not worker.ready():
            return False
        worker.send(share, batch_size)
    except (MaskPluginError, OSError, ValueError):
        _failed(worker, "could not start")
        return False
    worker.failed_at = None
    return True


def _failed(worker: NerWorker, what: str) -> None:
    worker.stop()
    if worker.failed_at is None:
        log.warning(
            "a spaCy NER worker process %s; its share runs in this process (retried in %.0f s)", what, RETRY_AFTER
        )
    worker.failed_at = time.monotonic()


def get_pool(model: str, workers: int) -> NerPool:
    """The process-wide pool of ``workers`` processes for ``model`` (created on first use)."""
    with _lock:
        pool = _pools.get((model, workers))
        if pool is None:
            if not _pools:
                atexit.register(shutdown_pools)
            pool = _pools[(model, workers)] = NerPool(model, workers)
        return pool


def shutdown_pools() -> None:
    """Stop every pool's workers (registered with :mod:`atexit`)."""
    with _lock:
        pools = list(_pools.values())
    for pool in pools:
        pool.shutdown()
