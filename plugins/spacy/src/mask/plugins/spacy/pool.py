"""Worker processes that run NER next to the calling process (``detectors.nlp_processes``).

spaCy runs one document on one core. With ``nlp_processes = n`` (n > 1) every call
splits its pieces into ``n`` shares of about equal size: the calling process runs one
share, ``n - 1`` persistent worker processes (spawned once per process and model, each
loading the pipeline once) run the others. A share travels over a ``multiprocessing``
pipe, sent and received by the calling thread itself: no feeder thread has to win the
GIL from spaCy first. Workers see only the pieces of text NER needs, never keys or
vault data. A worker that dies makes the call fail with
:class:`~mask.core.errors.MaskPluginError`; one that misses the time budget is stopped
and the call raises :class:`~mask.core.errors.MaskDetectionTimeout`. Either way a new
worker starts on the next call. A worker busy with another thread's call, or still loading
its pipeline (workers spawn on the first call that needs them), is not waited for: that
share runs in the calling process, so the pool never makes a call slower than no pool. Workers stop at interpreter exit.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from mask.core.errors import MaskDetectionTimeout, MaskPluginError

__all__ = ["NerPool", "NerWorker", "RawEntity", "get_pool", "shutdown_pools", "split_evenly"]

RawEntity = tuple[int, int, str]
"""``(start, end, spaCy label)`` of an entity in a piece."""

_pools: dict[tuple[str, int], NerPool] = {}
_lock = threading.Lock()
_START_TIMEOUT = 120.0
"""Seconds a new worker may take to load its pipeline."""


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
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False

    def __repr__(self) -> str:
        alive = self._process is not None and self._process.is_alive()
        return f"<NerWorker model={self.model!r} alive={alive}>"

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def spawn(self) -> None:
        """Start the process if it is not running (without waiting for its pipeline to load)."""
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return
        self.stop()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_worker_main, args=(child, self.model), daemon=True, name="mask-spacy-ner")
        process.start()
        child.close()
        self._process, self._conn, self._ready = process, parent, False

    def ready(self) -> bool:
        """True once the worker has loaded its pipeline; spawns it first if needed (never waits)."""
        if self._ready and self._process is not None and self._process.is_alive():
            try:
                idle = self._conn is not None and not self._conn.poll(0)  # readable when idle means EOF
            except (EOFError, OSError):
                idle = False
            if idle:
                return True
            self.stop()
        self.spawn()
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
            process.join(timeout=1.0)
            if process.is_alive():
                process.kill()
                process.join(timeout=5.0)


class NerPool:
    """``workers`` worker processes for ``model``, shared by every detector of this process."""

    def __init__(self, model: str, workers: int) -> None:
        self.model = model
        self.workers = [NerWorker(model) for _ in range(workers)]

    def __repr__(self) -> str:
        return f"<NerPool model={self.model!r} workers={len(self.workers)}>"

    def warm_up(self) -> None:
        """Start every worker now rather than on the first call."""
        for worker in self.workers:
            with worker.busy:
                worker.start()

    def run(
        self,
        shares: Sequence[list[str]],
        local: Callable[[list[str]], list[list[RawEntity]]],
        batch_size: int,
        remaining: Callable[[], float | None],
    ) -> list[list[list[RawEntity]]]:
        """Entities of every piece of every share: ``shares[0]`` (and any share no free worker
        takes) here via ``local``, the others in worker processes."""
        taken: list[tuple[int, NerWorker]] = []
        try:
            free = iter(self.workers)
            for index in range(1, len(shares)):
                for worker in free:
                    if not worker.busy.acquire(blocking=False):
                        continue
                    try:
                        usable = worker.ready()
                    except BaseException:
                        worker.busy.release()
                        raise
                    if not usable:
                        worker.busy.release()
                        continue
                    taken.append((index, worker))
                    worker.send(shares[index], batch_size)
                    break
            remote = {index for index, _ in taken}
            results: list[list[list[RawEntity]] | None] = [None] * len(shares)
            for index, share in enumerate(shares):
                if index not in remote:
                    results[index] = local(share)
            for index, worker in taken:
                results[index] = worker.receive(remaining())
            return [r if r is not None else [] for r in results]
        except BaseException:
            for _, worker in taken:
                worker.stop()  # its answer would be read by the next call otherwise
            raise
        finally:
            for _, worker in taken:
                worker.busy.release()

    def shutdown(self) -> None:
        """Stop the workers (a later :meth:`run` starts new ones)."""
        for worker in self.workers:
            with worker.busy:
                worker.stop()


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


def split_evenly(sizes: Sequence[int], parts: int) -> list[list[int]]:
    """Indexes of ``sizes`` in ``parts`` groups of about equal total (largest first, greedy)."""
    groups: list[list[int]] = [[] for _ in range(max(1, parts))]
    totals = [0] * len(groups)
    for index in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        k = totals.index(min(totals))
        groups[k].append(index)
        totals[k] += sizes[index]
    return [sorted(g) for g in groups if g]
