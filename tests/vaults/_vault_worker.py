"""A separate OS process for the shared-state tests: protect or reveal through one vault.

Usage: ``python _vault_worker.py JOB.json``; the job holds ``mode`` (protect | reveal),
``config`` (the Mask config), ``payload`` (a list of strings) and, for protect,
``singles`` (strings protected one call at a time, in ``order`` forward or backward) and
a ``go_file`` to wait for so that several workers start at the same moment. The key
comes from MASK_KEY in the environment. Prints one JSON line: the resulting list.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from mask.core import Mask


def main() -> None:
    job = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    mask = Mask(job["config"])
    try:
        if job["mode"] == "protect":
            print("ready", flush=True)
            deadline = time.monotonic() + 60
            while not os.path.exists(job["go_file"]):
                if time.monotonic() > deadline:
                    raise SystemExit("never got the go signal")
                time.sleep(0.002)
            # Race 1: every worker protects the same batch in one call at the same moment.
            together = mask.protect(job["payload"])
            # Race 2: values one call at a time, workers walking the list in opposite directions.
            singles = job["singles"]
            order = range(len(singles)) if job.get("order") == "forward" else range(len(singles) - 1, -1, -1)
            done = {i: mask.protect(singles[i]) for i in order}
            print(json.dumps({"together": together, "singles": [done[i] for i in range(len(singles))]}), flush=True)
        else:
            print(json.dumps(mask.reveal(job["payload"])), flush=True)
    finally:
        mask.close()


if __name__ == "__main__":
    main()
