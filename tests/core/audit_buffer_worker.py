"""Run in a subprocess by test_audit_buffered.py: protect in a loop with a buffered audit trail,
print how many calls returned (so the test knows what was enqueued), then either wait to be
killed, or idle for 15 flush windows, say so and wait to be killed (``settle``), or exit without
closing the Mask (the atexit flush)."""

from __future__ import annotations

import sys
import time

from mask.core import Mask


def main(data_dir: str, calls: int, then: str) -> None:
    audit = {"sinks": ["sqlite"], "buffered": True, "flush_ms": 200, "batch_size": 16, "queue_size": 64}
    mask = Mask({"mask": {"data_dir": data_dir}, "vault": {"backend": "memory"}, "audit": audit})
    for n in range(1, calls + 1):
        mask.protect(f"mail user{n}@corp.com")
        print(n, flush=True)
        time.sleep(0.002)
    if then == "settle":
        time.sleep(15 * audit["flush_ms"] / 1000)  # the writer wakes every window: all written by now
        print("settled", flush=True)
    if then in ("wait", "settle"):
        time.sleep(60)  # killed before this ends
    # then == "exit": no close(): the interpreter's exit writes the queue


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
