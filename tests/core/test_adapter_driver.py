"""One implementation, two forms (mask.core.adapters.driver)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from mask.core import Mask, MaskInputError
from mask.core.adapters import Call, Steps, StreamSession, arun, arun_each, run, run_each, twins
from mask.core.events import ModelRequest, ModelResponse

EMAIL = "ann.lee@example.com"


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def _round_trip(text: str, *, scope: str | None = None) -> Steps[tuple[str, str]]:
    """Protect ``text``, then reveal it: two dispatches in one step."""
    protected = (yield ModelRequest(payload=text, scope=scope)).payload
    revealed = (yield ModelResponse(payload=protected, scope=scope)).payload
    return protected, revealed


def _guarded(value: object) -> Steps[str]:
    """Engine errors are thrown into the step, which may handle them."""
    try:
        return (yield ModelRequest(payload=value)).payload
    except MaskInputError:
        return "refused"


round_trip, around_trip = twins(_round_trip)
guarded, aguarded = twins(_guarded)


def test_sync_and_async_forms_come_from_one_step(mask: Mask) -> None:
    protected, revealed = round_trip(mask, f"mail {EMAIL}", scope="s")
    assert EMAIL not in protected and revealed == f"mail {EMAIL}"
    aprotected, arevealed = asyncio.run(around_trip(mask, f"mail {EMAIL}", scope="s"))
    assert (aprotected, arevealed) == (protected, revealed)  # same scope, same token
    assert (round_trip.__name__, around_trip.__name__) == ("round_trip", "around_trip")
    assert around_trip.__doc__ == "Async twin of :func:`round_trip`."


def test_engine_errors_reach_the_step(mask: Mask) -> None:
    bad = {"k": b"\x00"}  # bytes: the engine refuses them
    assert guarded(mask, bad) == "refused"
    assert asyncio.run(aguarded(mask, bad)) == "refused"


def test_stream_session_never_shows_part_of_a_token(mask: Mask) -> None:
    protected = mask.protect(f"mail {EMAIL} now", scope="s")
    cut = protected.index("@") if "@" in protected else len(protected) // 2
    session = StreamSession(scope="s")
    shown = [run(mask, session.reveal("m1", protected[:cut])), run(mask, session.reveal("m1", protected[cut:]))]
    assert EMAIL not in shown[0] and list(session.open) == ["m1"]
    ((key, final),) = session.closing()
    assert key == "m1" and not session.open
    assert "".join(shown) + (mask.dispatch(final).payload or "") == f"mail {EMAIL} now"


def _call_between(tool: object, text: str) -> Steps[str]:
    """Protect, call the framework, protect what it returned: one step for both forms."""
    safe = (yield ModelRequest(payload=text)).payload
    try:
        out = yield Call(tool, safe)
    except ValueError:
        out = f"failed {EMAIL}"
    return (yield ModelRequest(payload=out)).payload


def test_a_step_calls_the_framework_sync_or_async(mask: Mask) -> None:
    def echo(text: str) -> str:
        return f"{text} {EMAIL}"

    async def aecho(text: str) -> str:
        return echo(text)

    def broken(text: str) -> str:
        raise ValueError(text)

    out = run(mask, _call_between(echo, "hi"))
    assert EMAIL not in out and out.startswith("hi ")
    assert asyncio.run(arun(mask, _call_between(aecho, "hi"))) == out
    assert asyncio.run(arun(mask, _call_between(echo, "hi"), offload=False)) == out
    assert EMAIL not in run(mask, _call_between(broken, "hi"))


class _Ends:
    """Reveals each item through one stream; the end step closes it and gives its tail."""

    def __init__(self) -> None:
        self.session = StreamSession()
        self.ended: list[bool] = []

    def step(self, text: str) -> Steps[list[str]]:
        return [(yield from self.session.reveal("a", text))]

    def end(self, done: bool) -> Steps[list[str]]:
        self.ended.append(done)
        tails = []
        for _key, event in self.session.closing():
            tails.append((yield event).payload or "")
        return tails


def test_run_each_reveals_a_stream_and_always_ends_it(mask: Mask) -> None:
    protected = mask.protect(f"mail {EMAIL} now")
    cut = len(protected) // 2
    ends = _Ends()
    assert "".join(run_each(mask, [protected[:cut], protected[cut:]], ends.step, ends.end)) == f"mail {EMAIL} now"
    assert ends.ended == [True] and not ends.session.open

    async def collect(items: object) -> list[str]:
        return [text async for text in arun_each(mask, items, ends.step, ends.end)]

    assert "".join(asyncio.run(collect([protected[:cut], protected[cut:]]))) == f"mail {EMAIL} now"

    early = run_each(mask, [protected[:cut], protected[cut:]], ends.step, ends.end)
    next(early)
    early.close()  # the consumer stops: the stream is ended all the same, nothing more shown
    assert ends.ended[-1] is False and not ends.session.open


def test_run_each_can_name_another_error(mask: Mask) -> None:
    def items() -> Iterator[str]:
        yield "a"
        raise RuntimeError("wrapped") from KeyError("inner")

    ends = _Ends()
    with pytest.raises(KeyError):
        list(run_each(mask, items(), ends.step, ends.end, failed=lambda exc: exc.__cause__ or exc))
    assert ends.ended == [False]


def test_a_stream_keeps_the_scope_of_its_first_chunk() -> None:
    session = StreamSession(scope="default")
    assert session.chunk("a", "x", scope="tenant").scope == "tenant"
    assert session.chunk("a", "y").scope == "tenant"
    assert session.chunk("b", "z").scope == "default"
    assert [(key, event.scope, event.final) for key, event in session.closing()] == [
        ("a", "tenant", True),
        ("b", "default", True),
    ]
    assert not session.open
