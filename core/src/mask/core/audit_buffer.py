"""Buffered audit: the call path only enqueues; a background thread writes the records in batches.

``[audit] buffered = true`` wraps every audit sink in a :class:`BufferedSink`. Records are
written in the order they were enqueued, through the wrapped sink, so the hash chain and
``mask audit verify`` are unchanged. The writer wakes every ``flush_ms`` milliseconds (200 by
default; at once when flushed, closed, or when the queue is full) and writes what is queued
in batches of up to ``batch_size`` (one SQLite transaction, one lock of the JSON-lines file each).

**What the call does, and what the writer does.** The call builds a frozen
:class:`~mask.core.audit.AuditRecord` (counts, names, and the call's tokens in a
:class:`~mask.core.audit.Fingerprints` not yet computed) and appends it to a deque: about
5 us. The writer thread does the rest: the keyed token fingerprints (about 60% of its work),
the JSON body (encoded once: the stored text is the hashed text), the chain hashes (the link
and the keyed head are read in one statement per batch, then chained in memory), one keyed
head per batch, and the write. The queue holds tokens (what the call returned) for at most
``flush_ms`` plus a batch, never a value; see :mod:`mask.core.audit` for why.
:meth:`BufferedSink.stats` counts the batches, the records and the writer's CPU time.

**What a crash can lose** (SIGKILL, power loss): the records not yet written, that is
those of the last ``flush_ms`` milliseconds (200) plus the batch being written (at most
``batch_size`` records) — when the sink keeps up. When it does not, the queue fills and
calls wait (see below), so never more than ``queue_size + batch_size`` records.
``tests/core/test_audit_buffered.py`` kills writing processes with SIGKILL: one in the middle
of its calls (it lost at most ``queue_size + batch_size``), one after a quiet spell of
15 windows (it lost nothing); in both the chain of what was written verifies (SQLite commits
a batch atomically; a JSON-lines line cut short is moved aside by ``mask audit repair``).

**Why 200 ms.** A batch has a fixed price beside its records' own: a transaction and a keyed
head, the wake-up, caches the calls left cold, and the interpreter lock taken from the calls
(the calling thread goes to sleep, and on a busy machine waits to be scheduled again). In one
run of ``bench_audit.py --flush-ms 50,200`` (back-to-back calls of ~18 ms on a shared machine
at load 4.5), 50 ms gave the writer ~3 records a batch at ~350 us of CPU each, and buffered
SQLite cost +5.0% CPU end to end; 200 ms gave ~10 a batch at ~210 us, and +2.1%. Longer
windows gain little more and lose more in a crash.

**When the queue is full** (the sink cannot keep up): ``when_full = "block"`` (default)
makes the call wait for room, up to ``block_seconds``, then fail closed with
:class:`AuditWriteError`; ``when_full = "raise"`` fails closed at once. A record is never
dropped silently. A write that fails in the background is logged and the next call (and
``flush``/``close``) raises :class:`AuditWriteError`.

``close()``, interpreter exit and the collection of an unclosed sink write what is still queued.
A child made by ``fork`` starts its own writer with an empty queue (the parent writes its own).

**Why synchronous stays the default.** ``tests/benchmarks/bench_audit.py`` (2026-12-03, commit
162bfa8, shared 2-core machine at load 4-4.6, pattern-only protect of 2 KB documents, medians of
21 interleaved repeats): a synchronous SQLite record (fingerprints, JSON, chain, one transaction
in the call) adds +8.0% wall, +7.2% CPU; buffered with calls back to back +0.4% wall (-14..+5%
between the 25th and 75th percentiles), +2.1% CPU; with 2 ms between calls +1.9% wall, +2.9% CPU.
The call path costs ~8 us (~1 us of it the enqueue); what is left of the difference between
wall and CPU is the calling thread's sleeps, ~0.1 more a call, when the writer takes the lock.
Buffered is the cheaper, but only sync fails the very call whose
record cannot be written (a one-shot ``mask protect`` with a damaged trail exits non-zero;
buffered, it has already printed its output when the writer fails) and loses nothing when the
process is killed, and third-party sinks are written to in the call as they expect. Latency-sensitive
deployments turn it on; the figures are in the README.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections import deque
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
        flush_ms: float = 200.0,
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
    """The buffer settings of ``[audit]`` options, or None when ``buffered`` is off (the default)."""
    if not options.get("buffered", False):
        return None
    keys = ("batch_size", "queue_size", "when_full", "block_seconds", "flush_ms")
    return BufferSettings(**{k: options[k] for k in keys if k in options})


class _Writer:
    """The queue and the background thread of one buffered sink (holds no reference to the
    :class:`BufferedSink`, so an unclosed one is collected and its writer stopped)."""

    def __init__(self, sink: AuditSink, settings: BufferSettings) -> None:
        self.sink, self.settings = sink, settings
        # A deque, not a queue.Queue: appending wakes no thread (a wake-up per record cost the
        # call a thread switch, 0.1-0.7 ms on a busy 2-core machine); the thread wakes every
        # flush_ms, or when woken by flush, close or a full queue.
        self.pending: deque[AuditRecord] = deque()
        self.wake = threading.Event()
        self.done = threading.Condition()  # notified after each batch
        self.writing = 0  # records taken from the queue, not yet written
        self.batches = self.written = 0
        self.cpu_seconds = 0.0  # the writer thread's CPU time in batch writes
        self.failed: str | None = None
        self.stopping = False
        self.start()
        ref = weakref.ref(self)
        os.register_at_fork(after_in_child=lambda: (writer := ref()) is not None and writer.forked())

    def start(self) -> None:
        self.thread = threading.Thread(target=self.run, name=f"mask-audit-{self.sink.name}", daemon=True)
        self.thread.start()

    def forked(self) -> None:
        """In a child made by ``fork``: no writer thread came along. The queue is the
        parent's (it writes those records); start empty, with a thread of our own."""
        self.pending.clear()
        self.wake, self.done, self.writing = threading.Event(), threading.Condition(), 0
        if not self.stopping:
            self.start()

    def run(self) -> None:
        pending, size, linger = self.pending, self.settings.batch_size, self.settings.flush_ms / 1000
        while True:
            self.wake.wait(linger or None)  # flush_ms = 0: each write wakes the thread
            self.wake.clear()
            stopping = self.stopping  # read before draining: nothing is appended once it is set
            while pending:
                self.writing = n = min(size, len(pending))  # before popping: flush sees one or the other
                batch = [pending.popleft() for _ in range(n)]
                cpu = time.thread_time()
                try:
                    self.write_batch(batch)
                finally:
                    self.cpu_seconds += time.thread_time() - cpu
                    self.batches, self.written = self.batches + 1, self.written + n
                    with self.done:
                        self.writing = 0
                        self.done.notify_all()
            with self.done:
                self.done.notify_all()
            if stopping:
                return

    def write_batch(self, records: list[AuditRecord]) -> None:
        if self.failed is not None:
            log.error("audit sink %r: %d record(s) not written after a failure", self.sink.name, len(records))
            return
        write_many = getattr(self.sink, "write_many", None)
        try:
            if callable(write_many):
                write_many(records)
            else:
                for record in records:
                    self.sink.write(record)
        except Exception as exc:  # reported to the next caller: fail closed
            self.failed = type(exc).__name__
            log.error("audit sink %r failed in the background (%s): later calls fail", self.sink.name, self.failed)

    def flush(self) -> None:
        with self.done:
            while (self.pending or self.writing) and self.thread.is_alive():
                self.wake.set()
                self.done.wait(0.1)

    def stop(self) -> None:
        """Write what is queued, then end the thread (also at interpreter exit, by finalize)."""
        self.stopping = True
        self.wake.set()
        if self.thread is not threading.current_thread():
            self.thread.join()


class BufferedSink(AuditSink):
    """Wraps an audit sink: ``write`` enqueues, a daemon thread writes batches in order."""

    inline_safe = True

    def __init__(self, sink: AuditSink, settings: BufferSettings | None = None) -> None:
        self.sink = sink
        self.name = sink.name
        self.path: Path | None = sink.path
        self.settings = settings or BufferSettings()
        self._writer = _Writer(sink, self.settings)
        self._closed = False
        self._close_lock = threading.Lock()
        # Flushes at close(), when collected unclosed, and at interpreter exit (atexit=True).
        self._finalizer = weakref.finalize(self, self._writer.stop)

    # -- the call path --------------------------------------------------------------------

    def write(self, record: AuditRecord) -> None:
        """Enqueue ``record`` (fail closed when the writer failed or the queue stays full)."""
        writer = self._writer
        if writer.failed is not None:
            raise AuditWriteError(f"audit sink {self.name} failed in the background: {writer.failed}")
        if self._closed:
            raise AuditWriteError(f"audit sink {self.name} is closed")
        if len(writer.pending) >= self.settings.queue_size:
            self._wait_for_room()
        writer.pending.append(record)
        if not self.settings.flush_ms:
            writer.wake.set()

    def _wait_for_room(self) -> None:
        """The queue is full: wait (``block``, up to ``block_seconds``) or fail closed at once."""
        writer, size = self._writer, self.settings.queue_size
        writer.wake.set()
        if self.settings.when_full == "block":
            deadline = time.monotonic() + self.settings.block_seconds
            with writer.done:
                while len(writer.pending) >= size and writer.failed is None:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    writer.done.wait(left)
            if writer.failed is not None:
                raise AuditWriteError(f"audit sink {self.name} failed in the background: {writer.failed}")
            if len(writer.pending) < size:
                return
        raise AuditWriteError(
            f"audit sink {self.name}: {size} records are waiting to be written "
            f"(when_full = {self.settings.when_full!r}); the call is refused, not left unaudited"
        )

    # -- flushing and the rest of the sink --------------------------------------------------

    def stats(self) -> dict[str, float]:
        """What the writer has done: ``batches``, ``records`` taken from the queue, its thread's
        ``cpu_seconds`` in batch writes, and the records ``queued`` now."""
        writer = self._writer
        return {
            "batches": writer.batches,
            "records": writer.written,
            "cpu_seconds": writer.cpu_seconds,
            "queued": len(writer.pending) + writer.writing,
        }

    def flush(self) -> None:
        """Wait until every queued record is written; raise if the writer failed."""
        self._writer.flush()
        if self._writer.failed is not None:
            raise AuditWriteError(f"audit sink {self.name} failed in the background: {self._writer.failed}")

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
            self._finalizer()  # runs _Writer.stop once
            self.sink.close()

    def __getattr__(self, name: str) -> Any:
        # What else the wrapped sink offers (``records()``...), after the queue is written.
        attr = getattr(self.__dict__["sink"], name)
        if callable(attr):
            self.flush()
        return attr

    def __repr__(self) -> str:
        return f"<BufferedSink {self.name!r}>"
