"""The engine: :class:`Mask` protects payloads before the model and reveals them after.

This module is the public API and the set-up (plugins, keys, vault, audit sinks, bus) and
reports what each call did (audit records, events). The work itself is done by:

- :mod:`.protect` (:class:`~.protect.Protector`): texts in, texts with tokens out; its
  steps use :mod:`.token_shapes` (tokens already in the input) and :mod:`.field_context`
  (field names as detection context);
- :mod:`.reveal` (:class:`~.reveal.Revealer`): texts with tokens in, values back out;
- :mod:`.tokens` (:class:`~.tokens.TokenService`): finding, minting and verifying tokens.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from .audit import AuditRecord, AuditSink, Fingerprints
from .audit_buffer import BufferedSink, buffer_settings
from .bus import Bus
from .config import NATIONAL_ID_TYPES, MaskConfig, load_config
from .detection import Detectors
from .errors import MaskConfigError, MaskError, MaskInputError, MaskKeyError, MaskVaultError
from .events import (
    ErrorEvent,
    Event,
    ModelRequest,
    ModelResponse,
    Protected,
    Revealed,
    RevealRefused,
    StreamChunk,
    ToolCall,
    ToolResult,
)
from .field_context import FieldContext
from .keys import KeyRing
from .plugins import MaskPluginManager, make_plugin_manager
from .protect import Protector
from .reveal import Revealer, RevealOutcome
from .settings import bind_settings
from .spans import Span
from .threads import to_thread
from .tokens.scheme import TokenScheme
from .tokens.service import TokenService
from .tokens.stream import StreamRevealer
from .vault import Vault
from .walk import FieldPath, Limits, collect_strings, rebuild

__all__ = ["Mask"]

log = logging.getLogger("mask")
T = TypeVar("T")
EventT = TypeVar("EventT", bound=Event)
KNOWN_ENTITY_TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IBAN_CODE",
    "IP_ADDRESS",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "US_ITIN",
    "PERSON",
    "LOCATION",
    "ORGANIZATION",
    "NRP",
    "DATE_TIME",
    "URL",
    "CRYPTO",
    "MEDICAL_LICENSE",
    *NATIONAL_ID_TYPES,
)
"""Presidio's common vocabulary: the types :meth:`Mask.forget_value` searches by default."""


_INLINE_MAX_NODES = 512
"""Payloads with more nodes than this always go to a worker thread."""


class Mask:
    """Privacy middleware for one application (or tenant).

    ``Mask()`` works with embedded defaults: an SQLite vault, an SQLite audit trail and
    a generated key file under the data folder. Several instances may live in one
    process; each has its own plugins, vault, keys and bus.
    """

    def __init__(
        self,
        config: MaskConfig | Mapping[str, Any] | str | os.PathLike[str] | None = None,
        *,
        plugins: Iterable[tuple[str, object]] = (),
        vault: Vault | None = None,
        keys: KeyRing | None = None,
    ) -> None:
        if isinstance(config, MaskConfig):
            self.config = config
        elif isinstance(config, Mapping):
            self.config = load_config(overrides=config)
        else:
            self.config = load_config(config)
        cfg = self.config
        self.plugins: MaskPluginManager = make_plugin_manager(
            cfg.disabled_plugins, plugins, strict=cfg.on_error == "raise"
        )
        self.config = cfg = bind_settings(cfg, self.plugins)  # the plugins' own settings, validated
        self.keys = keys if keys is not None else self._load_keys()
        self.detectors = Detectors(self.plugins.collect("mask_detectors", config=cfg), cfg)
        self._context = FieldContext(cfg)
        self.schemes = self._load_schemes()
        self.vault = vault if vault is not None else self._load_vault()
        self.sinks: list[AuditSink] = self._load_sinks()
        self.tokens = TokenService(self.schemes, self.vault, self.keys)
        self._protector = Protector(cfg, self.detectors, self.tokens, self.schemes, self._context)
        self._revealer = Revealer(cfg, self.tokens)
        self._audit_key = self.keys.derive("audit-fingerprint")
        self._limits = Limits(cfg.max_input_chars, cfg.max_depth, cfg.max_leaves)
        self._streams: dict[str, StreamRevealer] = {}
        self._streams_lock = threading.Lock()
        self.bus = Bus()
        self._connect()
        self._observe()
        parts = [self.vault, *self.sinks, *(d for _, d in self.detectors.items)]
        inline_safe = all(getattr(part, "inline_safe", False) for part in parts)
        self._inline_chars = cfg.async_inline_chars if inline_safe else 0

    @classmethod
    def from_config(cls, path: str | os.PathLike[str], **kwargs: Any) -> Mask:
        """A Mask configured from a TOML file (``mask.toml`` or a ``pyproject.toml``)."""
        return cls(load_config(path), **kwargs)

    # -- construction -----------------------------------------------------------------

    def _load_keys(self) -> KeyRing:
        try:
            keys = self.plugins.hook.mask_key_provider(config=self.config)
        except MaskError:
            raise
        except Exception as exc:
            raise MaskKeyError(f"the key provider failed: {type(exc).__name__}") from None
        if keys is None:
            raise MaskKeyError("no key provider answered (is the key-provider plugin disabled?)")
        return keys

    def _load_schemes(self) -> dict[str, TokenScheme]:
        schemes: dict[str, TokenScheme] = {}
        for _plugin, scheme in self.plugins.collect("mask_token_schemes", config=self.config, keys=self.keys):
            schemes[scheme.name] = scheme  # later plugins override earlier ones
        return schemes

    def _load_vault(self) -> Vault:
        backend = self.config.vault_backend
        vault = self.plugins.hook.mask_vault(
            backend=backend, options=dict(self.config.vault_options), config=self.config
        )
        if vault is None:
            raise MaskConfigError(f"vault.backend {backend!r} is not provided by any installed plugin")
        return vault

    def _load_sinks(self) -> list[AuditSink]:
        sinks = [sink for _plugin, sink in self.plugins.collect("mask_audit_sinks", config=self.config, keys=self.keys)]
        missing = set(self.config.audit_sinks) - {s.name for s in sinks}
        if missing:
            raise MaskConfigError(f"audit.sinks names {', '.join(sorted(missing))}, which no installed plugin provides")
        buffered = buffer_settings(self.config.audit_options)
        return [BufferedSink(sink, buffered) for sink in sinks] if buffered else sinks

    def _connect(self) -> None:
        self.bus.handle(ToolResult, self._on_tool_result)
        self.bus.handle(ModelRequest, self._on_model_request)
        self.bus.handle(ToolCall, self._on_tool_call)
        self.bus.handle(ModelResponse, self._on_model_response)
        self.bus.handle(StreamChunk, self._on_stream_chunk)

    def _observe(self) -> None:
        """Connect the receivers plugins return from ``mask_observers`` to this bus."""
        for _plugin, (event_type, receiver, *live) in self.plugins.collect("mask_observers", config=self.config):
            self.bus.connect(event_type, receiver, weak=False, live=live[0] if live else None)

    # -- events -----------------------------------------------------------------------

    def dispatch(self, event: EventT) -> EventT:
        """Send an adapter event on this Mask's bus; its payload comes back protected or revealed."""
        return self.bus.send(event)

    async def adispatch(self, event: EventT) -> EventT:
        """Async twin of :meth:`dispatch`: the engine's work runs in a worker thread
        (or on the event loop when it is small and in-process: see :meth:`_runs_inline`)."""
        if self._runs_inline(getattr(event, "payload", None)):
            return self.bus.send(event)
        return await to_thread(self.bus.send, event)

    def _runs_inline(self, payload: Any) -> bool:
        """Whether an async call may skip the thread hop (two of them cost more than the work).

        Only when the vault, every audit sink and every detector say they are
        ``inline_safe`` (in-process, no network, sub-millisecond: not NER, not Redis) and
        the payload's strings total at most ``mask.async_inline_chars`` characters.
        """
        limit = self._inline_chars
        if not limit:
            return False
        stack, nodes = [payload], 0
        while stack:
            item = stack.pop()
            nodes += 1
            if nodes > _INLINE_MAX_NODES:
                return False  # large (or cyclic): the thread, where the sync path judges it
            if isinstance(item, str):
                limit -= len(item)
                if limit < 0:
                    return False
            elif isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list | tuple):
                stack.extend(item)
        return True

    # -- bus receivers ----------------------------------------------------------------

    def _on_tool_result(self, _bus: Bus, event: ToolResult) -> None:
        event.payload = self.protect(event.payload, scope=event.scope, tool=event.tool, source=event.name)

    def _on_model_request(self, _bus: Bus, event: ModelRequest) -> None:
        event.payload = self.protect(event.payload, scope=event.scope, source=event.name)

    def _on_tool_call(self, _bus: Bus, event: ToolCall) -> None:
        event.payload = self.reveal(event.payload, tool=event.tool, scope=event.scope)

    def _on_model_response(self, _bus: Bus, event: ModelResponse) -> None:
        event.payload = self.reveal(event.payload, scope=event.scope)

    def _on_stream_chunk(self, _bus: Bus, event: StreamChunk) -> None:
        with self._streams_lock:
            stream = self._streams.get(event.stream_id)
            if stream is None:
                stream = self._streams[event.stream_id] = self.stream_revealer(scope=event.scope)
        text = stream.feed(event.payload or "")
        if event.final:
            text += stream.flush()
            with self._streams_lock:
                self._streams.pop(event.stream_id, None)
        event.payload = text

    # -- protect ----------------------------------------------------------------------

    def protect(self, obj: T, *, scope: str | None = None, tool: str | None = None, source: str = "api") -> T:
        """Replace PII in a string or JSON-like payload with tokens; same shape back."""
        started = time.perf_counter()
        scope = self._scope(scope)
        fields: list[str | None] = []
        paths: list[FieldPath | None] = []
        key_leaves: set[int] = set()
        numbers: list[bool] = []  # for each integer under a key: collected as a string?
        texts = collect_strings(
            obj,
            self._limits,
            fields,
            keys=self.config.protect_keys,
            key_leaves=key_leaves,
            paths=paths,
            type_keys=self._context.type_keys,
            thing_keys=self._context.thing_keys,
            numbers=self._context.numeric,
            decisions=numbers,
            labels=self._context.is_label,
        )
        try:
            done = self._protector.protect_texts(texts, scope, fields, key_leaves, paths)
        except MaskError as exc:
            self._error("protect", exc, scope, tool, source)
            raise
        if self.sinks:  # no record to build for no sink
            self._audit(
                AuditRecord(
                    "protect",
                    scope,
                    tool,
                    source,
                    done.counts,
                    self._prints(done.minted),
                    kid=self.keys.current,
                    detectors=done.by("detector"),
                )
            )
        result = rebuild(
            obj, iter(done.texts), keys=self.config.protect_keys, numbers=iter(numbers) if any(numbers) else None
        )
        if self.bus.wants(Protected):  # no event to build for no receiver
            self.bus.send(done.event(source, scope, tool, time.perf_counter() - started, sum(map(len, texts))))
        return result

    async def aprotect(self, obj: T, *, scope: str | None = None, tool: str | None = None, source: str = "api") -> T:
        """Async twin of :meth:`protect` (runs in a worker thread unless small: :meth:`_runs_inline`)."""
        if self._runs_inline(obj):
            return self.protect(obj, scope=scope, tool=tool, source=source)
        return await to_thread(self.protect, obj, scope=scope, tool=tool, source=source)

    def scan(self, texts: Iterable[str], *, scope: str | None = None) -> list[list[Span]]:
        """Spans of PII in each of ``texts``, a list of strings (tokens Mask minted are not reported)."""
        return self._protector.scan(self._scan_input(texts), self._scope(scope))

    def _scope(self, scope: object) -> str:
        """``scope`` checked (a string), or the configured scope for None or ``""``."""
        if scope is None or scope == "":
            return self.config.scope
        if not isinstance(scope, str):
            raise MaskInputError(f"a scope is a str, not {type(scope).__name__}")
        return scope

    def _scan_input(self, texts: object) -> list[str]:
        """``texts`` as a list of strings within the payload limits, or :class:`MaskInputError`."""
        if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
            raise MaskInputError(f"scan takes a sequence of texts, not {type(texts).__name__}: scan([text])")
        out = list(texts)
        for n, text in enumerate(out):
            if not isinstance(text, str):
                raise MaskInputError(f"scan takes texts (str); item {n} is {type(text).__name__}")
        collect_strings(out, self._limits)  # the size limits protect applies
        return out

    # -- reveal -----------------------------------------------------------------------

    def reveal(self, obj: T, *, tool: str | None = None, scope: str | None = None) -> T:
        """Swap tokens back to values where policy lets ``tool`` (None: the end user) see them."""
        scope = self._scope(scope)
        texts = collect_strings(obj, self._limits, keys=self.config.protect_keys)
        try:
            out = self._reveal_texts(texts, tool, scope)
        except MaskError as exc:
            self._error("reveal", exc, scope, tool, "reveal")
            raise
        return rebuild(obj, iter(out), keys=self.config.protect_keys)

    async def areveal(self, obj: T, *, tool: str | None = None, scope: str | None = None) -> T:
        """Async twin of :meth:`reveal` (runs in a worker thread unless small: :meth:`_runs_inline`)."""
        if self._runs_inline(obj):
            return self.reveal(obj, tool=tool, scope=scope)
        return await to_thread(self.reveal, obj, tool=tool, scope=scope)

    def stream_revealer(self, *, tool: str | None = None, scope: str | None = None) -> StreamRevealer:
        """A revealer for a streamed answer: ``feed(chunk)`` then ``flush()``."""
        scope = self._scope(scope)
        return StreamRevealer(
            self.tokens.patterns,
            lambda text: self._reveal_texts([text], tool, scope)[0],
            max_hold=max(64, self.tokens.max_token_length * 2),
        )

    def _reveal_texts(self, texts: list[str], tool: str | None, scope: str) -> list[str]:
        started = time.perf_counter()
        try:
            done = self._revealer.reveal_texts(texts, tool, scope)
        except MaskVaultError:
            if self.config.on_error == "raise":
                raise
            return texts  # fail closed: tokens stay tokens
        if done is None:  # nothing token-shaped
            if self.bus.wants(Revealed):  # no event to build for no receiver
                took = time.perf_counter() - started
                self.bus.send(Revealed(tool=tool, scope=scope, duration=took, chars=sum(map(len, texts))))
            return texts
        self._audit_reveal(done, tool, scope, started, texts)
        return done.texts

    def _audit_reveal(
        self, done: RevealOutcome, tool: str | None, scope: str, started: float, texts: list[str]
    ) -> None:
        """Audit records of the reveal (every reveal, every refusal: invariant 5), then its events
        (one :class:`Revealed` per call, with its latency, then each :class:`RevealRefused`),
        built only when a receiver listens."""
        revealed, refused = done.revealed, done.refused
        if self.sinks:
            kid = self.keys.current
            if revealed:
                self._audit(AuditRecord("reveal", scope, tool, "reveal", revealed, self._prints(done.shown), kid=kid))
            for reason, counts in sorted(refused.items()):
                self._audit(AuditRecord("reveal_refused", scope, tool, "reveal", counts, outcome=reason, kid=kid))
        bus = self.bus
        summary = bus.wants(Revealed)
        each = bool(refused) and bus.wants(RevealRefused)
        if not (summary or each):
            return
        took = time.perf_counter() - started
        chars = sum(map(len, texts))
        if summary:
            denied = sum(refused.values(), Counter())
            bus.send(Revealed(counts=revealed, tool=tool, scope=scope, refused=denied, duration=took, chars=chars))
        if each:
            for reason, counts in sorted(refused.items()):
                bus.send(
                    RevealRefused(counts=counts, tool=tool, scope=scope, reason=reason, duration=took, chars=chars)
                )

    # -- erasure ----------------------------------------------------------------------

    def forget_scope(self, scope: str) -> int:
        """Erase every vault record of ``scope`` (its tokens no longer reveal)."""
        if not isinstance(scope, str) or not scope:  # never the default scope by omission
            raise MaskInputError(f"forget_scope needs a scope's name (a non-empty str), not {type(scope).__name__}")
        try:
            removed = self.tokens.forget_scope(scope)
        except NotImplementedError:
            raise MaskConfigError(
                f"vault {self.vault.name!r} cannot erase by scope (it cannot list keys); "
                "erase values one by one with forget_value, or let their TTL expire"
            ) from None
        self._audit(AuditRecord("forget", scope, counts={"records": removed}, kid=self.keys.current))
        return removed

    def forget_value(self, value: str, *, scope: str | None = None, entity_types: Iterable[str] | None = None) -> int:
        """Erase the vault records of ``value`` (right to erasure): its tokens no longer reveal.

        ``entity_types`` narrows the search; by default every type this Mask knows (its
        policy, its detectors, the common vocabulary). Returns how many records were
        erased. Tokens of the vaultless ``aead`` scheme cannot be erased one by one.
        """
        scope = self._scope(scope)
        if not isinstance(value, str) or not value:
            raise MaskInputError("forget_value needs a non-empty string")
        types = list(entity_types) if entity_types is not None else self._known_types()
        try:
            removed = self.tokens.forget_value(value, scope, types)
        except MaskError as exc:
            self._error("forget", exc, scope, None, "forget")
            raise
        self._audit(AuditRecord("forget", scope, counts={"records": removed}, kid=self.keys.current))
        return removed

    def _known_types(self) -> list[str]:
        types = dict.fromkeys(KNOWN_ENTITY_TYPES)
        types.update(dict.fromkeys(self.config.entities))
        for _, detector in self.detectors.items:
            types.update(dict.fromkeys(sorted(detector.entity_types)))
        return list(types)

    # -- audit ------------------------------------------------------------------------

    def _prints(self, tokens: Iterable[str]) -> Sequence[str]:
        # Computed when a sink reads them: a buffered sink's writer thread, off the call path.
        return Fingerprints(self._audit_key, tokens) if self.sinks else ()

    def _audit(self, record: AuditRecord) -> None:
        for sink in self.sinks:
            try:
                sink.write(record)
            except MaskError:
                if self.config.on_error != "open":
                    raise
                log.error("audit sink %r failed", sink.name)

    def _error(self, operation: str, exc: MaskError, scope: str, tool: str | None, source: str) -> None:
        record = AuditRecord(
            "error", scope, tool, source, outcome="error", error=type(exc).__name__, kid=self.keys.current
        )
        try:
            self._audit(record)
        except MaskError:
            log.error("could not audit a failed %s", operation)
        self.bus.send(ErrorEvent(error=type(exc).__name__, operation=operation, scope=scope))

    # -- lifecycle --------------------------------------------------------------------

    def warm_up(self) -> Mask:
        """Load now what detectors load lazily on first use (the NER pipeline, its worker
        processes), so that the first calls of a server are not the slow ones."""
        for _, detector in self.detectors.items:
            warm = getattr(detector, "warm_up", None)  # Detector.warm_up; duck-typed detectors may lack it
            if callable(warm):
                warm()
        return self

    def close(self) -> None:
        """Close the vault and the audit sinks."""
        self.vault.close()
        for sink in self.sinks:
            sink.close()

    def __enter__(self) -> Mask:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Mask scope={self.config.scope!r} vault={self.vault.name!r} detectors={self.detectors.names!r}>"
