"""No planted value reaches a log record, at DEBUG, anywhere (ADK's loggers included)."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest
from adk_harness import ALICE, PLANTED, make_harness, policy_mask, support_script

from mask.core import Mask, MaskInputError


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    out = []
    for record in caplog.records:
        out.append(record.getMessage())
        if record.exc_info:
            out.append("".join(traceback.format_exception(*record.exc_info)))
    return "\n".join(out)


async def test_no_plaintext_in_any_log_record(adk_mask: Mask, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen: dict[str, Any] = {}
    h = make_harness(adk_mask, support_script(seen))

    events, _ = await h.run(f"Please email customer c-1. I am {PLANTED[1]}.", stream=True)

    assert events and caplog.records
    logged = _logged(caplog)
    for value in PLANTED:
        assert value not in logged


async def test_no_plaintext_in_logged_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    h = make_harness(
        policy_mask(mask={"max_input_chars": 1_000}),
        support_script({}),
        customers={"c-1": {"notes": "x" * 2_000 + f" {ALICE}", "email": ALICE}},
    )

    with pytest.raises(MaskInputError):
        await h.run("Please email customer c-1.")

    logged = _logged(caplog)
    assert "MaskInputError" in logged or "input too large" in logged  # ADK logged the plugin error
    assert ALICE not in logged
