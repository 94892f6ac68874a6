"""Buffered audit: the call path only enqueues; a background thread writes the records in batches.

``[audit] buffered = true`` wraps every audit sink in a :class:`BufferedSink`. Records are
written in the order they were enqueued, through the wrapped sink, so the hash chain and
``mask audit verify`` are unchanged. The writer waits for a first record, collects
more for up to ``flush_ms`` milliseconds (or until ``batch_size`` are queued), and writes
them as one batch (one SQLite transaction, one lock of the JSON-lines file).

**What a crash can lose** (SIGKILL, power loss): the records not yet written, that is
those of the last ``flush_ms`` milliseconds plus the batch being written (at most
``batch_size`` records) — when the sink keeps up. When it does not, the queue fills and
calls wait (see below), so never more than ``queue_size + batch_size`` records. What was
written stays verifiable (SQLite commits a batch atomically; a JSON-lines line cut short
is moved aside by ``mask audit repair``).

**When the queue is full** (the sink cannot keep up): ``when_full = "block"`` (default)
makes the call wait for room, up to ``block_seconds``, then fail closed with
:class:`AuditWriteError`; ``when_full = "raise"`` fails closed at once. A record is never
dropped silently. A write that fails in the background is logged and the next call (and
``flush``/``close``) raises :class:`AuditWriteError`.

``close()`` and interpreter exit (``atexit``) write everything still queued.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .audit import AuditRecord, AuditSink, AuditWriteError, VerifyResult
from .errors import MaskConfigError

__all__ = ["BufferSettings", "BufferedSink", "buffer_settings"]

log = logging.getLogger("mask.audit")

WHEN_FULL = ("block", "raise")


class BufferSettings:
    """``[audit] buffered / flush_ms / batch_size / queue_size / when_full / block_seconds``, validated."""

    __slots__ = ("batch_size", "block_seconds", "flush_ms", "queue_size", "when_full")

    def __init__(
        self,
        batch_size: int = 256,
        queue_size: int = 10_000,
        when_full: str = "block",
        block_seconds: float = 5.0,
        flush_ms: float = 50.0,
    ) -> None:
        if not (isinstance(flush_ms, int | float) and 0 <= flush_ms <= 60_000):
            raise MaskConfigError("audit.flush_ms must be a number of milliseconds in 0..60000")
        self.flush_ms = float(flush_ms)
        if not (isinstance(batch_size, int) and batch_size >= 1):
            raise MaskConfigError("audit.batch_size must be an integer >= 1")
        if not (isinstance(queue_size, int) and queue_size >= 1):
            raise MaskConfigError("audit.queue_size must be an integer >= 1")
        if when_full not in WHEN_FULL:
            raise MaskConfigError(f"audit.when_full must be one of {', '.join(WHEN_FULL)}")
        if not (isinstance(block_seconds, int | float) and block_seconds > 0):
            raise MaskConfigError("audit.block_seconds must be a number > 0")
        self.batch_size, self.queue_size, self.when_full, self.block_seconds = (
            batch_size,
            queue_size,
            when_full,
            float(block_seconds),
        )


def buffer_settings(options: Mapping[str, Any]) -> BufferSettings | None:
    """The buffer settings of ``[audit]`` options, or None when ``buffered`` is off."""
    if not options.get("buffered", False):
        return None
    keys = ("batch_size", "queue_size", "when_full", "block_seconds", "flush_ms")
    return BufferSettings(**{k: options[k] for k in keys if k in options})


_STOP = object()
_LIVE: weakref.WeakSet[BufferedSink] = weakref.WeakSet()
_EXIT_HOOK: list[bool] = []


def _flush_all_at_exit() -> None:
    for sink in list(_LIVE):
        try:
            sink.close()
        except Exception:
            log.exception("audit sink %r: could not write its queued records at exit", sink.name)


class BufferedSink(AuditSink):
    """Wraps an audit sink: ``write`` enqueues, a daemon thread writes batches in order."""

    inline_safe = True

    def __init__(self, sink: AuditSink, settings: BufferSettings | None = None) -> None:
        self.sink = sink
        self.name = sink.name
        self.path: Path | None = sink.path
        self.settings = settings or BufferSettings()
        self._queue: queue.Queue[Any] = queue.Queue(self.settings.queue_size)
        self._failed: str | None = None
        self._closed = False
        self._close_lock = threading.Lock()
        self._flushing = threading.Event()
        self._writer = threading.Thread(target=self._run, name=f"mask-audit-{sink.name}", daemon=True)
        self._writer.start()
        _LIVE.add(self)
        if not _EXIT_HOOK:
            atexit.register(_flush_all_at_exit)
            _EXIT_HOOK.append(True)

    # -- the call path --------------------------------------------------------------------

    def write(self, record: AuditRecord) -> None:
        """Enqueue ``record`` (fail closed when the writer failed or the queue stays full)."""
        if self._failed is not None:
            raise AuditWriteError(f"audit sink {self.name} failed in the background: {self._failed}")
        if self._closed:
            raise AuditWriteError(f"audit sink {self.name} is closed")
        block = self.settings.when_full == "block"
        try:
            self._queue.put(record, block=block, timeout=self.settings.block_seconds if block else None)
        except queue.Full:
            raise AuditWriteError(
                f"audit sink {self.name}: {self.settings.queue_size} records are waiting to be written "
                f"(when_full = {self.settings.when_full!r}); the call is refused, not left unaudited"
            ) from None

    # -- the writer -----------------------------------------------------------------------

    def _run(self) -> None:
        get, size, linger = self._queue.get, self.settings.batch_size, self.settings.flush_ms / 1000
        while True:
            first = get()
            batch, stop = [first], first is _STOP
            deadline = time.monotonic() + linger
            while not stop and len(batch) < size and not self._flushing.is_set():
                try:
                    item = get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    break
                batch.append(item)
                stop = item is _STOP
            records = [r for r in batch if r is not _STOP]
            try:
                self._write_batch(records)
            finally:
                for _ in batch:
                    self._queue.task_done()
            if stop:
                return

    def _write_batch(self, records: list[AuditRecord]) -> None:
        if not records or self._failed is not None:
            if records:
                log.error("audit sink %r: %d record(s) not written after a failure", self.name, len(records))
            return
        write_many = getattr(self.sink, "write_many", None)
        try:
            if callable(write_many):
                write_many(records)
            else:
                for record in records:
                    self.sink.write(record)
        except Exception as exc:
            self._failed = type(exc).__name__
            log.error("audit sink %r failed in the background (%s): later calls fail", self.name, self._failed)

    # -- flushing and the rest of the sink --------------------------------------------------

    def flush(self) -> None:
        """Wait until every queued record is written; raise if the writer failed."""
        if self._writer.is_alive():
            self._flushing.set()  # no lingering while someone waits
            try:
                self._queue.join()
            finally:
                self._flushing.clear()
        if self._failed is not None:
            raise AuditWriteError(f"audit sink {self.name} failed in the background: {self._failed}")

    def verify(self, anchor: str | None = None) -> VerifyResult:
        self.flush()
        return self.sink.verify(anchor=anchor) if anchor else self.sink.verify()

    def head_digest(self) -> str | None:
        self.flush()
        return self.sink.head_digest()

    def repair(self) -> Path | None:
        self.flush()
        return self.sink.repair()

    def close(self) -> None:
        """Write what is queued, stop the writer, close the wrapped sink."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
            if self._writer.is_alive():
                self._flushing.set()
                self._queue.put(_STOP)
                self._writer.join()
            _LIVE.discard(self)
            self.sink.close()

    def __getattr__(self, name: str) -> Any:
        # What else the wrapped sink offers (``records()``...), after the queue is written.
        attr = getattr(self.__dict__["sink"], name)
        if callable(attr):
            self.flush()
        return attr

    def __repr__(self) -> str:
        return f"<BufferedSink {self.name!r}>"
