"""The bus: adapter events are handled by the engine; instances never see each other's events."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from mask.core import Mask
from mask.core.bus import Bus
from mask.core.errors import MaskPluginError
from mask.core.events import (
    ErrorEvent,
    ModelRequest,
    ModelResponse,
    Protected,
    Revealed,
    RevealRefused,
    StreamChunk,
    ToolCall,
    ToolResult,
)

CONFIG: dict[str, Any] = {
    "vault": {"backend": "memory"},
    "audit": {"sinks": []},
    "tools": {"send_email": {"reveal": ["EMAIL_ADDRESS"]}},
}


def test_tool_result_is_protected_and_tool_call_revealed_only_when_authorized() -> None:
    with Mask(CONFIG) as mask:
        result = mask.dispatch(ToolResult(tool="crm_lookup", payload={"email": "bob@corp.com", "n": 3}))
        token = result.payload["email"]
        assert token != "bob@corp.com" and result.payload["n"] == 3
        allowed = mask.dispatch(ToolCall(tool="send_email", payload={"to": token}))
        assert allowed.payload == {"to": "bob@corp.com"}
        refused = mask.dispatch(ToolCall(tool="post_tweet", payload={"text": f"hi {token}"}))
        assert refused.payload == {"text": f"hi {token}"}


def test_model_request_and_response() -> None:
    with Mask(CONFIG) as mask:
        request = mask.dispatch(ModelRequest(payload=[{"role": "user", "content": "write to bob@corp.com"}]))
        content = request.payload[0]["content"]
        assert "bob@corp.com" not in content and request.payload[0]["role"] == "user"
        response = mask.dispatch(ModelResponse(payload=f"Sent to {content.split()[-1]}"))
        assert response.payload == "Sent to bob@corp.com"


def test_stream_chunks_never_split_a_token() -> None:
    with Mask(CONFIG) as mask:
        token = mask.protect("bob@corp.com")
        answer = f"Mail {token} today, and {token}."
        for size in (1, 2, 3, 5, 8):
            chunks = [answer[i : i + size] for i in range(0, len(answer), size)]
            emitted = []
            for n, chunk in enumerate(chunks):
                event = mask.dispatch(StreamChunk(stream_id=f"s{size}", payload=chunk, final=n == len(chunks) - 1))
                assert token not in event.payload
                emitted.append(event.payload)
            assert "".join(emitted) == "Mail bob@corp.com today, and bob@corp.com."


def test_engine_events_are_observable_and_pii_free() -> None:
    seen: list[Any] = []
    with Mask(CONFIG) as mask:
        for kind in (Protected, Revealed, RevealRefused):
            mask.bus.connect(kind, lambda _bus, event: seen.append(event), weak=False)
        token = mask.protect("bob@corp.com")
        mask.reveal(token, tool="send_email")
        mask.reveal(token, tool="unlisted")
        mask.protect("nothing personal")
    # One Protected per protect call and one Revealed per reveal call (their latency), also
    # when nothing was found or revealed; then each refusal.
    assert [e.name for e in seen] == ["protected", "revealed", "revealed", "reveal-refused", "protected"]
    protected, revealed, none_revealed, refused, empty = seen
    assert protected.counts == {"EMAIL_ADDRESS": 1} and protected.detectors == {"email": 1}
    assert protected.entities == {("EMAIL_ADDRESS", "tokenize", "email", "format"): 1}
    assert protected.schemes == {"format": 1} and protected.chars == len("bob@corp.com")
    assert revealed.counts == {"EMAIL_ADDRESS": 1} and revealed.tool == "send_email"
    assert none_revealed.counts == {} and none_revealed.tool == "unlisted"
    assert refused.tool == "unlisted" and refused.counts == {"EMAIL_ADDRESS": 1} and refused.reason == "policy"
    assert refused.duration == none_revealed.duration and refused.chars == len(token)
    assert empty.counts == {} and empty.detectors == {} and empty.chars == len("nothing personal")
    assert all(e.duration > 0 for e in seen)
    assert all("bob@corp.com" not in repr(e) + repr(vars(e)) and token not in repr(vars(e)) for e in seen)


def test_two_instances_never_see_each_others_events() -> None:
    a_seen: list[Any] = []
    b_seen: list[Any] = []
    with Mask(CONFIG) as a, Mask(CONFIG) as b:
        a.bus.connect(Protected, lambda _bus, event: a_seen.append(event), weak=False)
        b.bus.connect(Protected, lambda _bus, event: b_seen.append(event), weak=False)
        a.dispatch(ToolResult(tool="t", payload="bob@corp.com"))
        assert len(a_seen) == 1 and b_seen == []
        # An event sent on B's bus is handled by B's engine and B's vault only.
        event_b = b.dispatch(ToolResult(tool="t", payload="carol@corp.com"))
        assert len(b_seen) == 1 and len(a_seen) == 1
        assert a.reveal(event_b.payload) == event_b.payload  # A's vault never saw it
        assert b.reveal(event_b.payload) == "carol@corp.com"


def test_error_event_on_failure() -> None:
    errors: list[ErrorEvent] = []
    with Mask(CONFIG) as mask:
        mask.bus.connect(ErrorEvent, lambda _bus, event: errors.append(event), weak=False)
        mask.vault.close = lambda: None  # type: ignore[method-assign]

        def down(*_a: Any, **_k: Any) -> Any:
            from mask.core import MaskVaultError

            raise MaskVaultError("vault down")

        mask.vault.get_many = down  # type: ignore[method-assign]
        try:
            mask.protect("bob@corp.com")
        except Exception as exc:
            assert type(exc).__name__ == "MaskVaultError"
            assert "bob@corp.com" not in str(exc)
    assert [(e.operation, e.error) for e in errors] == [("protect", "MaskVaultError")]


def test_adispatch_runs_off_the_event_loop() -> None:
    async def main() -> str:
        with Mask(CONFIG) as mask:
            event = await mask.adispatch(ToolResult(tool="t", payload="bob@corp.com"))
            return await mask.areveal(event.payload)

    assert asyncio.run(main()) == "bob@corp.com"


def test_no_receiver_can_see_a_payload_whatever_the_connection_order() -> None:
    """A receiver on an input event would see plaintext (a tool result before protect, a
    tool call after reveal): the bus refuses it, even before the engine exists."""
    seen: list[Any] = []
    early = Bus()
    for kind in (ToolCall, ToolResult, ModelRequest, ModelResponse, StreamChunk):
        with pytest.raises(MaskPluginError, match="handled by the engine"):
            early.connect(kind, lambda _bus, event: seen.append(event), weak=False)
    with Mask(CONFIG) as mask:
        for kind in (ToolCall, ToolResult):
            with pytest.raises(MaskPluginError):
                mask.bus.connect(kind, lambda _bus, event: seen.append(event.payload), weak=False)
        mask.bus.connect(Protected, lambda _bus, event: seen.append(event), weak=False)
        mask.bus.connect(Revealed, lambda _bus, event: seen.append(event), weak=False)
        result = mask.dispatch(ToolResult(tool="crm", payload="bob@corp.com"))
        call = mask.dispatch(ToolCall(tool="send_email", payload=result.payload))
        assert call.payload == "bob@corp.com"
        with pytest.raises(MaskPluginError, match="already has its handler"):
            mask.bus.handle(ToolCall, lambda _bus, event: None)
    assert [e.name for e in seen] == ["protected", "revealed"]
    assert all("bob@corp.com" not in repr(vars(e)) for e in seen)


def test_wants_says_whether_an_output_event_reaches_a_receiver() -> None:
    bus = Bus()

    def receiver(_bus: Bus, event: Any) -> None:
        pass

    assert not bus.wants(Revealed)
    bus.connect(Revealed, receiver, weak=False)
    assert bus.wants(Revealed) and not bus.wants(RevealRefused)
    with bus.signal(Revealed).muted():
        assert not bus.wants(Revealed)
    assert not Bus().wants(Revealed)
    Bus().send(Revealed())  # nobody listens: nothing to do, no error
    with pytest.raises(MaskPluginError):
        bus.send(ToolCall(tool="t", payload="x"))  # still: an input event needs its handler


def test_a_receiver_connected_with_live_counts_only_while_live_says_so() -> None:
    bus, seen, recording = Bus(), [], [False]

    def gated(_bus: Bus, event: Any) -> None:
        seen.append(event)

    bus.connect(Revealed, gated, weak=False, live=lambda: recording[0])
    assert not bus.wants(Revealed)
    recording[0] = True
    assert bus.wants(Revealed)
    recording[0] = False

    def plain(_bus: Bus, event: Any) -> None:
        seen.append(event)

    bus.connect(Revealed, plain)  # no live: always counts
    assert bus.wants(Revealed)
    bus.disconnect(Revealed, plain)
    bus.disconnect(Revealed, gated)
    assert bus._gates[Revealed] == {}  # a receiver's gate goes with it
    bus.connect(Revealed, gated, weak=False, live=lambda: False)
    bus.connect(Revealed, gated, weak=False)  # connected again without live: its gate is gone
    assert bus.wants(Revealed) and seen == []


def test_without_receivers_no_event_is_built_but_every_reveal_and_refusal_is_audited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mask.core import engine
    from mask.core.audit import AuditRecord, AuditSink

    class Sink(AuditSink):
        name = "list"

        def __init__(self) -> None:
            self.records: list[AuditRecord] = []

        def write(self, record: AuditRecord) -> None:
            self.records.append(record)

    def no_event(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("an event built for no receiver")

    with Mask({**CONFIG, "plugins": {"disable": ["spacy", "otel"]}}) as mask:
        sink = Sink()
        mask.sinks = [sink]
        token = mask.protect("bob@corp.com")
        monkeypatch.setattr(engine.Revealed, "__init__", no_event)
        monkeypatch.setattr(engine.RevealRefused, "__init__", no_event)
        assert mask.reveal({"to": token}, tool="send_email") == {"to": "bob@corp.com"}
        assert mask.reveal(f"hi {token}", tool="post_tweet") == f"hi {token}"
        assert mask.reveal("nothing token-shaped") == "nothing token-shaped"
    actions = [(r.action, r.tool, dict(r.counts), r.outcome) for r in sink.records if r.action != "protect"]
    assert [a[:3] for a in actions] == [
        ("reveal", "send_email", {"EMAIL_ADDRESS": 1}),
        ("reveal_refused", "post_tweet", {"EMAIL_ADDRESS": 1}),
    ]
    assert actions[1][3] == "policy"
