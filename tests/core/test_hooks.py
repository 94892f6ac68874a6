"""One test per hook specification: a plugin implementing it is honoured by the engine."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

import pytest

from mask.core import Detector, Mask, Span, TokenScheme, hookimpl
from mask.core.audit import AuditRecord, AuditSink
from mask.core.builtin.memory_vault import MemoryVault
from mask.core.errors import MaskPluginError, MaskVaultError
from mask.core.events import ErrorEvent, Event, Protected, Revealed, RevealRefused, ToolResult
from mask.core.keys import KeyRing

BASE: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}


class TicketDetector(Detector):
    name = "ticket"
    entity_types = frozenset({"TICKET_ID"})

    def detect(self, texts: Sequence[str], covered: Sequence[Sequence[Span]], budget: object) -> list[list[Span]]:
        out = []
        for text in texts:
            at = text.find("TCK-")
            out.append([Span(at, at + 8, "TICKET_ID", 0.9, self.name)] if at >= 0 else [])
        return out


class DetectorPlugin:
    @hookimpl
    def mask_detectors(self, config: object) -> list[Detector]:
        return [TicketDetector()]


def test_hook_mask_detectors() -> None:
    with Mask(BASE, plugins=[("tickets", DetectorPlugin())]) as mask:
        assert [s.type for s in mask.scan(["see TCK-1234 now"])[0]] == ["TICKET_ID"]
        protected = mask.protect("see TCK-1234 now")
        assert "TCK-1234" not in protected
        assert mask.reveal(protected) == "see TCK-1234 now"


class HexScheme(TokenScheme):
    """A vaulted scheme with its own shape: ``hex:<12 hex>``."""

    name = "hex"

    def mint(self, value: str, entity_type: str, seed: bytes, attempt: int) -> str:
        return "hex:" + seed[attempt : attempt + 6].hex()

    def patterns(self) -> Sequence[str]:
        return [r"hex:[0-9a-f]{12}"]

    def normalize(self, text: str) -> str:
        return text.lower()


class SchemePlugin:
    @hookimpl
    def mask_token_schemes(self, config: object, keys: KeyRing) -> list[TokenScheme]:
        return [HexScheme()]


def test_hook_mask_token_schemes() -> None:
    config = {**BASE, "entities": {"EMAIL_ADDRESS": {"scheme": "hex"}}}
    with Mask(config, plugins=[("hex-tokens", SchemePlugin())]) as mask:
        protected = mask.protect("mail bob@corp.com")
        assert protected.startswith("mail hex:") and len(protected) == len("mail hex:") + 12
        assert mask.reveal(protected.upper().replace("MAIL", "mail")) == "mail bob@corp.com"
        assert mask.reveal("mail hex:000000000000") == "mail hex:000000000000"  # shape alone is no token


class RecordingVault(MemoryVault):
    name = "recording"

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        self.calls.append("get")
        return super().get_many(keys)

    def put_many_if_absent(self, items: Any, ttl_seconds: int | None = None) -> dict[str, bool]:
        self.calls.append("put")
        return super().put_many_if_absent(items, ttl_seconds)


class VaultPlugin:
    def __init__(self) -> None:
        self.vault = RecordingVault()

    @hookimpl
    def mask_vault(self, backend: str, options: dict[str, Any], config: object) -> RecordingVault | None:
        return self.vault if backend == "recording" else None


def test_hook_mask_vault() -> None:
    plugin = VaultPlugin()
    with Mask({"vault": {"backend": "recording"}, "audit": {"sinks": []}}, plugins=[("rec", plugin)]) as mask:
        assert mask.vault is plugin.vault
        protected = mask.protect("mail bob@corp.com")
        assert "put" in plugin.vault.calls and len(plugin.vault) >= 1
        assert mask.reveal(protected) == "mail bob@corp.com"


class ListSink(AuditSink):
    name = "list"

    def __init__(self) -> None:
        self.records: list[AuditRecord] = []

    def write(self, record: AuditRecord) -> None:
        self.records.append(record)


class SinkPlugin:
    def __init__(self) -> None:
        self.sink = ListSink()

    @hookimpl
    def mask_audit_sinks(self, config: object, keys: KeyRing) -> list[AuditSink]:
        return [self.sink]


def test_hook_mask_audit_sinks() -> None:
    plugin = SinkPlugin()
    with Mask(BASE, plugins=[("list-sink", plugin)]) as mask:
        mask.reveal(mask.protect("mail bob@corp.com"))
    actions = [r.action for r in plugin.sink.records]
    assert actions == ["protect", "reveal"]
    assert plugin.sink.records[0].counts == {"EMAIL_ADDRESS": 1}
    assert all("bob@corp.com" not in repr(r.as_dict()) for r in plugin.sink.records)


class KmsKeys:
    """Stands in for a KMS: hands out a fixed key ring."""

    def __init__(self) -> None:
        material = base64.urlsafe_b64encode(bytes(range(32))).decode().rstrip("=")
        self.ring = KeyRing.from_strings(f"kms1:{material}")

    @hookimpl(tryfirst=True)
    def mask_key_provider(self, config: object) -> KeyRing:
        return self.ring


def test_hook_mask_key_provider() -> None:
    kms = KmsKeys()
    with Mask(BASE, plugins=[("kms", kms)]) as a, Mask(BASE, plugins=[("kms", KmsKeys())]) as b:
        assert a.keys is kms.ring and a.keys.current == "kms1"
        # The same key material gives the same tokens in two independent instances.
        assert a.protect("mail bob@corp.com") == b.protect("mail bob@corp.com")


class ObserverPlugin:
    """Counts what each Mask emits: one receiver per output event type, no adapter code."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    @hookimpl
    def mask_observers(self, config: object) -> list[tuple[type[Event], Any]]:
        def receive(_bus: object, event: Any) -> None:
            self.seen.append(event)

        return [(Protected, receive), (Revealed, receive), (RevealRefused, receive), (ErrorEvent, receive)]


class GatedObserverPlugin:
    """An observer that records only while ``recording`` (an exporter not set up yet: off)."""

    def __init__(self) -> None:
        self.seen: list[Any] = []
        self.recording = False

    @hookimpl
    def mask_observers(self, config: object) -> list[tuple[Any, ...]]:
        def receive(_bus: object, event: Any) -> None:
            self.seen.append(event)

        live = lambda: self.recording  # noqa: E731
        return [(Protected, receive, live), (Revealed, receive, live)]


class PeekingPlugin:
    @hookimpl
    def mask_observers(self, config: object) -> list[tuple[type[Event], Any]]:
        return [(ToolResult, lambda _bus, event: None)]  # an input event carries plaintext


def _vault_down(*_args: object) -> dict[str, bytes]:
    raise MaskVaultError("vault down")


def test_an_observer_that_is_not_live_gets_no_event() -> None:
    plugin = GatedObserverPlugin()
    config = {**BASE, "tools": {"crm": {"reveal": ["EMAIL_ADDRESS"]}}}
    with Mask(config, plugins=[("gated", plugin)]) as mask:
        token = mask.protect("mail bob@corp.com", tool="crm")
        assert mask.reveal(token, tool="crm") == "mail bob@corp.com"
        assert plugin.seen == [] and not mask.bus.wants(Protected)
        plugin.recording = True  # from now on, events are built and delivered
        mask.reveal(mask.protect("mail bob@corp.com", tool="crm"), tool="crm")
    assert [e.name for e in plugin.seen] == ["protected", "revealed"]


def test_hook_mask_observers() -> None:
    plugin = ObserverPlugin()
    config = {**BASE, "tools": {"crm": {"reveal": ["EMAIL_ADDRESS"]}}}
    with Mask(config, plugins=[("observer", plugin)]) as mask:
        token = mask.dispatch(ToolResult(tool="crm", payload={"to": "bob@corp.com"})).payload["to"]
        mask.reveal(token, tool="crm")
        mask.reveal(token, tool="other")
        mask.vault.get_many = _vault_down  # type: ignore[method-assign]
        with pytest.raises(MaskVaultError):
            mask.protect("mail carol@corp.com")
    assert [e.name for e in plugin.seen] == ["protected", "revealed", "revealed", "reveal-refused", "error"]
    protected = plugin.seen[0]
    assert (protected.tool, protected.source, protected.counts) == ("crm", "tool-result", {"EMAIL_ADDRESS": 1})
    assert plugin.seen[3].counts == {"EMAIL_ADDRESS": 1} and plugin.seen[4].error == "MaskVaultError"
    plain = ("bob@corp.com", "carol@corp.com", token)
    assert all(p not in repr(vars(e)) for e in plugin.seen for p in plain)
    with pytest.raises(MaskPluginError, match="handled by the engine"):
        Mask(BASE, plugins=[("peeking", PeekingPlugin())])
