"""The engine: :class:`Mask` protects payloads before the model and reveals them after."""

from __future__ import annotations

import logging
import os
import threading
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Any, TypeVar

import regex

from .audit import AuditRecord, AuditSink, Fingerprints
from .audit_buffer import BufferedSink, buffer_settings
from .bus import Bus
from .config import MaskConfig, load_config
from .detection import DetectionResult, Detectors, FieldLabel
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
from .json_text import quote_bare_values
from .keys import KeyRing
from .plugins import MaskPluginManager, make_plugin_manager
from .settings import bind_settings
from .spans import Span
from .threads import to_thread
from .tokens.finder import PendingRuns
from .tokens.redact import redacted
from .tokens.scheme import TokenMatch, TokenScheme
from .tokens.service import TokenService
from .tokens.stream import StreamRevealer
from .vault import Vault
from .walk import FieldPath, Limits, collect_strings, rebuild

__all__ = ["Mask"]

log = logging.getLogger("mask")
T = TypeVar("T")
E = TypeVar("E", bound=Event)
UNSCANNED = "[REDACTED:UNSCANNED]"
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
        from .detectors.label_words import THING_KEYS, TYPE_KEYS  # lazily: the detectors package is not light
        from .detectors.labels import LabelVocabulary

        self._labels = LabelVocabulary.from_config(cfg)
        self._type_keys = TYPE_KEYS
        self._thing_keys = THING_KEYS
        self.schemes = self._load_schemes()
        self.vault = vault if vault is not None else self._load_vault()
        self.sinks: list[AuditSink] = self._load_sinks()
        self.tokens = TokenService(self.schemes, self.vault, self.keys)
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
        for _plugin, (event_type, receiver) in self.plugins.collect("mask_observers", config=self.config):
            self.bus.connect(event_type, receiver, weak=False)

    # -- events -----------------------------------------------------------------------

    def dispatch(self, event: E) -> E:
        """Send an adapter event on this Mask's bus; its payload comes back protected or revealed."""
        return self.bus.send(event)

    async def adispatch(self, event: E) -> E:
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
        scope = scope or self.config.scope
        fields: list[str | None] = []
        paths: list[FieldPath | None] = []
        key_leaves: set[int] = set()
        texts = collect_strings(
            obj,
            self._limits,
            fields,
            keys=self.config.protect_keys,
            key_leaves=key_leaves,
            paths=paths,
            type_keys=self._type_keys,
            thing_keys=self._thing_keys,
        )
        try:
            out, counts, tokens, detail = self._protect_texts(texts, scope, fields, key_leaves, paths)
        except MaskError as exc:
            self._error("protect", exc, scope, tool, source)
            raise
        by_detector: Counter[str] = Counter()
        for (_type, _action, detector, _scheme), n in detail.items():
            by_detector[detector] += n
        prints = self._prints(tokens)
        self._audit(
            AuditRecord("protect", scope, tool, source, counts, prints, kid=self.keys.current, detectors=by_detector)
        )
        result = rebuild(obj, iter(out), keys=self.config.protect_keys)
        self.bus.send(_protected(counts, detail, source, scope, tool, time.perf_counter() - started, texts))
        return result

    async def aprotect(self, obj: T, *, scope: str | None = None, tool: str | None = None, source: str = "api") -> T:
        """Async twin of :meth:`protect` (runs in a worker thread unless small: :meth:`_runs_inline`)."""
        if self._runs_inline(obj):
            return self.protect(obj, scope=scope, tool=tool, source=source)
        return await to_thread(self.protect, obj, scope=scope, tool=tool, source=source)

    def scan(self, texts: Sequence[str], *, scope: str | None = None) -> list[list[Span]]:
        """Spans of PII in each text (tokens Mask minted are not reported)."""
        scope = scope or self.config.scope
        shapes, covered = self._token_shapes(texts)
        spans = self.detectors.run(texts, covered).spans
        guards = [self._guards(per, row) for per, row in zip(self._shaped(shapes, spans), spans, strict=True)]
        flat = [m for per in guards for g in per for m in g]
        if not flat:
            return spans
        found = self.tokens.resolve(flat, scope).found
        return [
            [s for s, g in zip(row, per, strict=True) if not any(m.token in found for m in g)]
            for row, per in zip(spans, guards, strict=True)
        ]

    def _token_shapes(
        self, texts: Sequence[str]
    ) -> tuple[list[tuple[list[TokenMatch], PendingRuns]], list[list[Span]]]:
        """Token-shaped matches per text (the numeric runs that only data-carrying shapes can
        match are left pending: :meth:`_shaped`), and the spans detection may skip.

        A shape reserved for tokens that carries no data (``[EMAIL_7QK2FA]``,
        ``Person_7QK2FA``, ``MSK1...``) holds no PII, so detectors skip it without a vault
        read; a shape real data can have is detected and verified with the allocation.
        """
        shapes = [self.tokens.find_covering(t) for t in texts]
        covered = [
            [Span(m.start, m.end, "MASK_TOKEN", 1.0, "mask") for m in per if m.reserved and not m.carries_data]
            for per, _ in shapes
        ]
        return shapes, covered

    @staticmethod
    def _shaped(
        shapes: Sequence[tuple[list[TokenMatch], PendingRuns]], spans: Sequence[Sequence[Span]]
    ) -> list[list[TokenMatch]]:
        """Each text's matches, with its pending runs read where a detected span lies."""
        return [
            pending.complete(found, [(s.start, s.end) for s in row]) if row else found
            for (found, pending), row in zip(shapes, spans, strict=True)
        ]

    def _guards(self, matches: list[TokenMatch], spans: Sequence[Span]) -> list[list[TokenMatch]]:
        """For each span, the data-shaped token matches that cover it."""
        shaped = [m for m in matches if m.carries_data]  # sorted by start (TokenService.find)
        if not shaped:
            return [[] for _ in spans]
        starts = [m.start for m in shaped]
        reach = self.tokens.max_token_length
        out = []
        for s in spans:
            lo, hi = bisect_left(starts, s.start - reach), bisect_right(starts, s.start)
            out.append([m for m in shaped[lo:hi] if s.end <= m.end])
        return out

    def _protect_texts(
        self,
        texts: list[str],
        scope: str,
        fields: Sequence[str | None] = (),
        key_leaves: Set[int] = frozenset(),
        paths: Sequence[FieldPath | None] = (),
    ) -> tuple[list[str], Counter[str], list[str], Counter[tuple[str, str, str, str]]]:
        shapes, covered = self._token_shapes(texts)
        detection = self._detect(texts, covered, fields, paths)
        counts: Counter[str] = Counter()
        detail: Counter[tuple[str, str, str, str]] = Counter()  # (type, action, detector, scheme)
        items: list[tuple[str, str, str]] = []
        guards: list[list[TokenMatch]] = []
        plan: list[list[tuple[Span, int | str]]] = []
        matches = self._shaped(shapes, detection.spans)
        for text, per, spans in zip(texts, matches, detection.spans, strict=True):
            row: list[tuple[Span, int | str]] = []
            span_guards = self._guards(per, spans)
            for span, guard in zip(spans, span_guards, strict=True):
                policy = self.config.entity(span.type)
                if policy.action == "passthrough":
                    continue
                if policy.action == "redact" and not guard:
                    counts[span.type] += 1
                    detail[span.type, "redact", span.detector, "redact"] += 1
                    row.append((span, redacted(span.type)))
                    continue
                scheme = "redact" if policy.action == "redact" else self._scheme_for(span.type)
                row.append((span, len(items)))
                items.append((text[span.start : span.end], span.type, scheme))
                guards.append(guard)
            plan.append(row)
        tokens = self._tokenize(items, scope, guards)
        out = []
        for i, (text, row) in enumerate(zip(texts, plan, strict=True)):
            if i in detection.failed and i not in key_leaves:
                # A dict key keeps what the detectors that did run found: redacting every
                # key alike would merge the object's fields into one.
                out.append(UNSCANNED)
                continue
            edits = []
            for s, r in row:
                replacement = r if isinstance(r, str) else tokens[r]
                if replacement is None:
                    continue  # already a verified token
                if not isinstance(r, str):
                    counts[s.type] += 1
                    scheme = items[r][2]
                    detail[s.type, "redact" if scheme == "redact" else "tokenize", s.detector, scheme] += 1
                edits.append((s.start, s.end, replacement))
            out.append(_splice(text, quote_bare_values(text, edits) if edits else edits))
        minted = [t for t in tokens if t is not None and not t.startswith("[REDACTED:")]
        return out, counts, minted, detail

    def _detect(
        self,
        texts: list[str],
        covered: Sequence[Sequence[Span]],
        fields: Sequence[str | None],
        paths: Sequence[FieldPath | None] = (),
    ) -> DetectionResult:
        """Detect with each JSON field name as context: ``{"ssn": "536229841"}`` is seen as
        ``ssn: 536229841``, so context-gated types (undashed SSN, date of birth, passport...)
        are found in structured tool output too. Spans inside the name are dropped.

        A leaf whose path names a type (its key, or for a generic key such as ``number``
        or ``value`` its parent's key or a ``type``/``kind`` sibling) is passed to the
        detectors as a :class:`FieldLabel`: the ``labels`` detector protects its value when
        its shape fits that type (labels decide), and the prefix names the type
        (``{"card": {"number": ...}}`` is seen as ``card number: ...``)."""
        prefixes: list[str] = []
        labels: list[FieldLabel | None] = []
        seen: dict[tuple[str | None, FieldPath | None], tuple[str, FieldLabel | None]] = {}
        for i, name in enumerate(fields):
            path = paths[i] if i < len(paths) else None
            context = seen.get((name, path))
            if context is None:
                context = seen[name, path] = self._field_context(name, path)
            prefixes.append(context[0])
            labels.append(context[1])
        marks = labels if any(label is not None for label in labels) else None
        if not any(prefixes):
            return self.detectors.run(texts, covered, marks)
        shown = [p + t if p else t for p, t in zip(prefixes, texts, strict=True)]
        moved = [_shift(c, len(p)) if p else list(c) for p, c in zip(prefixes, covered, strict=True)]
        result = self.detectors.run(shown, moved, marks)
        for i, prefix in enumerate(prefixes):
            if prefix:
                result.spans[i] = [s for s in _shift(result.spans[i], -len(prefix)) if s.start >= 0]
        return result

    def _field_context(self, name: str | None, path: FieldPath | None) -> tuple[str, FieldLabel | None]:
        """The prefix a leaf is shown with and the type its path names (see :meth:`_detect`)."""
        etype = self._labels.resolve_path(path) if path is not None else None
        shown_name = name
        if etype is not None and path is not None and self._labels.is_generic(path.key):
            hint = next((h for h in (path.sibling, path.parent) if h and self._labels.resolve_key(h)), None)
            if hint is not None:
                shown_name = f"{hint} {path.key}"
        prefix = f"{shown_name}: " if shown_name and _FIELD_NAME.fullmatch(shown_name) else ""
        return prefix, (FieldLabel(etype, len(prefix)) if etype is not None or prefix else None)

    def _tokenize(
        self, items: list[tuple[str, str, str]], scope: str, guards: list[list[TokenMatch]]
    ) -> list[str | None]:
        if not items:
            return []
        try:
            tokens, _ = self.tokens.allocate(items, scope, self._ttl, guards)
        except MaskVaultError as exc:
            if self.config.on_error == "raise":
                raise
            log.error("vault failed while protecting (%s): applying on_error=%s", exc, self.config.on_error)
            if self.config.on_error == "redact":
                return [redacted(etype) for _, etype, _ in items]
            return [value for value, _, _ in items]  # explicit fail-open: plaintext passes
        return tokens

    def _ttl(self, entity_type: str) -> int | None:
        ttl = self.config.entity(entity_type).ttl_seconds
        return ttl if ttl is not None else self.config.vault_ttl_seconds

    def _scheme_for(self, entity_type: str) -> str:
        chosen = self.config.entity(entity_type).scheme
        if chosen is not None:
            if chosen not in self.schemes:
                raise MaskConfigError(f"entities.{entity_type}.scheme {chosen!r} is not installed")
            return chosen
        default = self.schemes.get(self.config.default_scheme)
        if default is not None and default.supports(entity_type):
            return default.name
        return "opaque"

    # -- reveal -----------------------------------------------------------------------

    def reveal(self, obj: T, *, tool: str | None = None, scope: str | None = None) -> T:
        """Swap tokens back to values where policy lets ``tool`` (None: the end user) see them."""
        scope = scope or self.config.scope
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
        scope = scope or self.config.scope
        return StreamRevealer(
            self.tokens.patterns,
            lambda text: self._reveal_texts([text], tool, scope)[0],
            max_hold=max(64, self.tokens.max_token_length * 2),
        )

    def _reveal_texts(self, texts: list[str], tool: str | None, scope: str) -> list[str]:
        started = time.perf_counter()
        matches = [self.tokens.find(t) for t in texts]
        if not any(matches):
            chars = sum(map(len, texts))
            self.bus.send(Revealed(tool=tool, scope=scope, duration=time.perf_counter() - started, chars=chars))
            return texts
        try:
            resolution = self.tokens.resolve_texts(matches, scope)
        except MaskVaultError:
            if self.config.on_error == "raise":
                raise
            return texts  # fail closed: tokens stay tokens
        policy = self.config.tool_policy(tool)
        mark = self.config.unresolved == "mark"
        revealed: Counter[str] = Counter()
        refused: dict[str, Counter[str]] = {}
        shown: list[str] = []
        out = []
        for text, per in zip(texts, matches, strict=True):
            edits: list[tuple[int, int, str]] = []
            taken = bytearray(len(text))  # 1 where a chosen match lies
            # Verified tokens first, longest first: overlapping candidates of greedy shapes.
            verified = sorted((m for m in per if m.token in resolution.found), key=lambda m: (m.start - m.end, m.start))
            for m in verified:
                if taken.find(1, m.start, m.end) >= 0:
                    continue
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
                found = resolution.found[m.token]
                if policy.allows(found.entity_type):
                    revealed[found.entity_type] += 1
                    shown.append(m.token)
                    edits.append((m.start, m.end, found.value))
                else:
                    refused.setdefault("policy", Counter())[found.entity_type] += 1
            for m in per:
                if m.token in resolution.found or not (m.reserved or m.token in resolution.tampered):
                    continue
                if taken.find(1, m.start, m.end) >= 0:
                    continue
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
                etype = m.entity_type or "UNKNOWN"
                reason = "tampered" if m.token in resolution.tampered else "unverified"
                refused.setdefault(reason, Counter())[etype] += 1
                if mark:
                    edits.append((m.start, m.end, f"[UNRESOLVED:{etype}]"))
            out.append(_splice(text, edits))
        self._audit_reveal(revealed, refused, shown, tool, scope, started, sum(map(len, texts)))
        return out

    def _audit_reveal(
        self,
        revealed: Counter[str],
        refused: Mapping[str, Counter[str]],
        shown: list[str],
        tool: str | None,
        scope: str,
        started: float,
        chars: int,
    ) -> None:
        kid = self.keys.current
        if revealed:
            self._audit(AuditRecord("reveal", scope, tool, "reveal", revealed, self._prints(shown), kid=kid))
        for reason, counts in sorted(refused.items()):
            self._audit(AuditRecord("reveal_refused", scope, tool, "reveal", counts, outcome=reason, kid=kid))
        took = time.perf_counter() - started  # one Revealed per call (its latency), then each refusal
        denied = sum(refused.values(), Counter())
        self.bus.send(Revealed(counts=revealed, tool=tool, scope=scope, refused=denied, duration=took, chars=chars))
        for reason, counts in sorted(refused.items()):
            self.bus.send(
                RevealRefused(counts=counts, tool=tool, scope=scope, reason=reason, duration=took, chars=chars)
            )

    # -- erasure ----------------------------------------------------------------------

    def forget_scope(self, scope: str) -> int:
        """Erase every vault record of ``scope`` (its tokens no longer reveal)."""
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
        scope = scope or self.config.scope
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


_FIELD_NAME = regex.compile(r"[^\W\d_][\w .\-']{0,63}")
"""A dict key that reads like a field name (not a value: those are never used as context)."""


def _protected(
    counts: Counter[str],
    detail: Counter[tuple[str, str, str, str]],
    source: str,
    scope: str,
    tool: str | None,
    duration: float,
    texts: Sequence[str],
) -> Protected:
    """The :class:`Protected` event of one protect call: counts and names, never values."""
    detectors: Counter[str] = Counter()
    schemes: Counter[str] = Counter()
    for (_type, _action, detector, scheme), n in detail.items():
        detectors[detector] += n
        schemes[scheme] += n
    return Protected(
        counts=counts,
        source=source,
        scope=scope,
        tool=tool,
        detectors=detectors,
        schemes=schemes,
        entities=detail,
        duration=duration,
        chars=sum(map(len, texts)),
    )


def _shift(spans: Sequence[Span], by: int) -> list[Span]:
    return [Span(s.start + by, s.end + by, s.type, s.score, s.detector) for s in spans]


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    if not edits:
        return text
    parts = []
    pos = 0
    for start, end, replacement in sorted(edits):
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
