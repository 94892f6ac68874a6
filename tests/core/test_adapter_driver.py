"""One implementation, two forms (mask.core.adapters.driver)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from mask.core import Mask, MaskInputError
from mask.core.adapters import Steps, StreamSession, run, twins
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
