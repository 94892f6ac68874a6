"""Async calls skip the worker thread only when the work is small and every part is in-process."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from typing import Any

import pytest

from mask.core import Detector, Mask, Span, hookimpl
from mask.core.errors import MaskConfigError, MaskInputError
from mask.core.events import Protected, ToolResult

BASE: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}


class RemoteLookingDetector(Detector):
    """A third-party detector that does not declare itself inline-safe."""

    name = "remote_looking"
    entity_types = frozenset({"TICKET_ID"})

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: object) -> list[list[Span]]:
        return [[] for _ in texts]


class RemoteLookingPlugin:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        return [RemoteLookingDetector()]


def _protect_thread(mask: Mask, payload: Any, via: str = "aprotect") -> tuple[Any, bool]:
    """Run one async protect; return its result and whether it ran on the event loop's thread."""
    threads: list[int] = []
    mask.bus.connect(Protected, lambda _bus, event: threads.append(threading.get_ident()), weak=False)

    async def main() -> tuple[Any, int]:
        loop_thread = threading.get_ident()
        if via == "aprotect":
            out = await mask.aprotect(payload)
        else:
            out = (await mask.adispatch(ToolResult(tool="crm", payload=payload))).payload
        return out, loop_thread

    out, loop_thread = asyncio.run(main())
    assert len(threads) == 1
    return out, threads[0] == loop_thread


@pytest.mark.parametrize("via", ["aprotect", "adispatch"])
def test_small_payload_runs_on_the_event_loop(via: str) -> None:
    with Mask(BASE) as mask:
        out, inline = _protect_thread(mask, {"email": "bob@corp.com"}, via)
    assert inline and "bob@corp.com" not in str(out)


def test_payload_over_the_limit_goes_to_a_thread() -> None:
    with Mask(BASE) as mask:
        out, inline = _protect_thread(mask, ["bob@corp.com " + "x" * 4096])
    assert not inline and "bob@corp.com" not in str(out)


def test_many_small_leaves_go_to_a_thread() -> None:
    with Mask(BASE) as mask:
        _, inline = _protect_thread(mask, ["bob@corp.com"] + [""] * 600)
    assert not inline


def test_a_detector_not_declared_inline_safe_forces_the_thread() -> None:
    with Mask(BASE, plugins=[("remote", RemoteLookingPlugin())]) as mask:
        _, inline = _protect_thread(mask, "mail bob@corp.com")
    assert not inline


def test_zero_disables_inline_runs() -> None:
    with Mask({**BASE, "mask": {"async_inline_chars": 0}}) as mask:
        _, inline = _protect_thread(mask, "mail bob@corp.com")
    assert not inline


def test_negative_limit_is_a_config_error() -> None:
    with pytest.raises(MaskConfigError, match="async_inline_chars"):
        Mask({**BASE, "mask": {"async_inline_chars": -1}})


def test_cyclic_payload_still_gets_the_typed_error() -> None:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    with Mask(BASE) as mask, pytest.raises(MaskInputError):
        asyncio.run(mask.aprotect(cyclic))


def test_areveal_inline_round_trip() -> None:
    with Mask(BASE) as mask:
        protected = mask.protect("mail bob@corp.com")
        assert asyncio.run(mask.areveal(protected)) == "mail bob@corp.com"
