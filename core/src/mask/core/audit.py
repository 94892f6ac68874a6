"""Audit records and the hash chain that makes a trail tamper-evident (verified in :mod:`.audit_verify`).

A record holds counts, entity types, token fingerprints and names: never a value,
never a token. Each sink chains its records with HMAC-SHA256 under a key derived
from the key ring (the key id of each record is in its body), so an edited or
inserted record, or one deleted from the middle, breaks verification.

Deleting the *newest* records leaves a valid chain, so every write also stores a
**keyed head**: the record count and the last hash, with an HMAC under the writer's
key. Verification compares the trail's end with it. What no local check can catch is
a rollback of every file (records and head) to an older copy: for that, keep the
digest of :meth:`AuditSink.head_digest` (``mask audit head``) somewhere else and
verify against it (``mask audit verify --head``).

The verdict is ``ok``, ``tampered`` (``problems`` lists what is wrong) or
``unverifiable`` (records or a head under key ids the key ring lacks, listed in
``unknown_kids``, or a trail without a keyed head yet, in ``notes``).

**Where the work happens.** A record's token fingerprints are a :class:`Fingerprints`:
the call hands over the tokens and the fingerprint key, and the keyed hashes are computed
when a sink first reads them, that is in the writer thread of a buffered sink
(:mod:`mask.core.audit_buffer`), together with the body's JSON, the chain hash and the
write. Fingerprinting 30 tokens took ~115 us of a ~3.4 ms pattern-only call (one-shot HMAC); on the call
path a record now costs building a frozen :class:`AuditRecord` and one deque append.

What waits in the queue, for up to ``flush_ms``, is therefore the call's *tokens*, never a
value: tokens are what the call returns to its caller (and sends to the model), they sit in
the same process as the vault and the caller's own output, and they are dropped once
fingerprinted. Plaintext is never queued, written, logged or put in an exception message.
Computing the fingerprints on the call path instead would have kept ~30 us per call there
(30 tokens, HMAC with precomputed pads) for little gain: the caller holds the same tokens.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, Literal

from .errors import MaskError, MaskKeyError
from .keys import KeyRing

__all__ = [
    "FORMAT_VERSION",
    "GENESIS",
    "AuditCorruptError",
    "AuditRecord",
    "AuditSink",
    "AuditWriteError",
    "Fingerprints",
    "KeyedHead",
    "VerifyResult",
    "chain_hash",
    "chain_link",
    "fingerprint",
    "next_link",
    "parse_anchor",
    "verify_chain",
]

GENESIS = "0" * 64
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KID = re.compile(r"[A-Za-z0-9_-]{1,64}")
FORMAT_VERSION = 2
"""Bodies written with a keyed head carry ``"v": 2``; a trail holding one must have a head."""

Verdict = Literal["ok", "tampered", "unverifiable"]


class AuditWriteError(MaskError):
    """An audit record could not be written."""


class AuditCorruptError(AuditWriteError):
    """An audit file is damaged where the next record must be chained (names file and line)."""


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One protect, reveal, refusal or error. No plaintext, by construction."""

    action: str
    scope: str
    tool: str | None = None
    source: str | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    tokens: Sequence[str] = ()
    """Keyed fingerprints of the tokens (a tuple, or a :class:`Fingerprints` computed when read)."""
    outcome: str = "ok"
    error: str | None = None
    kid: str | None = None
    ts: float = field(default_factory=time.time)
    detectors: Mapping[str, int] = field(default_factory=dict)
    """Entities per detector (protect records); left out of the body when empty."""

    def as_dict(self) -> dict[str, object]:
        """The record's fields (what a sink writes; ``detectors`` left out when empty)."""
        out: dict[str, object] = {
            "action": self.action,
            "scope": self.scope,
            "tool": self.tool,
            "source": self.source,
            "counts": dict(sorted(self.counts.items())),
            "tokens": list(self.tokens),
            "outcome": self.outcome,
            "error": self.error,
            "kid": self.kid,
            "ts": self.ts,
        }
        if self.detectors:
            out["detectors"] = dict(sorted(self.detectors.items()))
        return out


@lru_cache(maxsize=16)
def _pads(mac_key: bytes) -> tuple[Any, Any]:
    """HMAC-SHA256's inner and outer hashes after the key block, to copy per message: the
    same digest as :func:`hmac.digest`, without its key set-up (about half the time)."""
    block = (hashlib.sha256(mac_key).digest() if len(mac_key) > 64 else mac_key).ljust(64, b"\0")
    return hashlib.sha256(bytes(b ^ 0x36 for b in block)), hashlib.sha256(bytes(b ^ 0x5C for b in block))


def fingerprint(mac_key: bytes, token: str) -> str:
    """A keyed, truncated fingerprint of a token for the audit trail (HMAC-SHA256, 16 hex)."""
    inner, outer = _pads(mac_key)
    i = inner.copy()
    i.update(token.encode("utf-8", "surrogatepass"))
    o = outer.copy()
    o.update(i.digest())
    return o.hexdigest()[:16]


def fingerprints(mac_key: bytes, tokens: Iterable[str]) -> tuple[str, ...]:
    """The sorted, distinct fingerprints of ``tokens`` (:func:`fingerprint` of each, inlined)."""
    inner, outer = _pads(mac_key)
    prints = set()
    for token in set(tokens):
        i = inner.copy()
        i.update(token.encode("utf-8", "surrogatepass"))
        o = outer.copy()
        o.update(i.digest())
        prints.add(o.hexdigest()[:16])
    return tuple(sorted(prints))


class Fingerprints(Sequence[str]):
    """The fingerprints of a call's tokens, computed on first read (by a sink, so in the
    writer thread of a buffered one), then the tokens are dropped. Reads as a tuple of
    16-hex strings; never shows the tokens (repr, comparison, errors)."""

    __slots__ = ("_key", "_prints", "_tokens")

    def __init__(self, mac_key: bytes, tokens: Iterable[str]) -> None:
        self._key = mac_key
        self._tokens: frozenset[str] | None = frozenset(tokens)
        self._prints: tuple[str, ...] | None = None

    def _get(self) -> tuple[str, ...]:
        prints = self._prints
        if prints is None:
            tokens = self._tokens
            if tokens is None:  # another thread computed them (it sets _prints before dropping the tokens)
                return self._prints  # type: ignore[return-value]
            prints = self._prints = fingerprints(self._key, tokens)
            self._tokens = None
        return prints

    def __getitem__(self, index: Any) -> Any:
        return self._get()[index]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self) -> Iterator[str]:
        return iter(self._get())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Fingerprints):
            other = other._get()
        return self._get() == other if isinstance(other, tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled and copied as the fingerprints: neither the key nor the tokens travel.
        return (tuple, (self._get(),))

    def __repr__(self) -> str:
        return f"Fingerprints({self._get()!r})"


def canonical(body: Mapping[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def chain_hash(mac_key: bytes, prev: str, seq: int, body: Mapping[str, object]) -> str:
    """HMAC-SHA256 of ``prev|seq|canonical body`` (hex)."""
    return _chain_digest(mac_key, prev, seq, canonical(body))


def chain_link(mac_key: bytes, prev: str, seq: int, body: Mapping[str, object]) -> tuple[str, str]:
    """The body's canonical JSON and its :func:`chain_hash`, from one encoding: a sink stores
    that text as the body (compact, sorted, ASCII), so the writer encodes each record once."""
    canon = canonical(body)
    return canon.decode("ascii"), _chain_digest(mac_key, prev, seq, canon)


def _chain_digest(mac_key: bytes, prev: str, seq: int, canon: bytes) -> str:
    inner, outer = _pads(mac_key)
    i = inner.copy()
    i.update(prev.encode("utf-8", "surrogatepass") + b"|" + str(seq).encode() + b"|" + canon)
    o = outer.copy()
    o.update(i.digest())
    return o.hexdigest()


@dataclass(frozen=True, slots=True)
class KeyedHead:
    """The end of a trail (record count and last hash) with an HMAC under key ``kid``."""

    seq: int
    hash: str
    kid: str
    mac: str

    @classmethod
    def sign(cls, keys: KeyRing, kid: str, seq: int, digest: str) -> KeyedHead:
        return cls(seq, digest, kid, _head_mac(keys.derive("audit-head", kid=kid), seq, digest))

    @classmethod
    def parse(cls, data: object) -> KeyedHead:
        """From a stored mapping or row; ``ValueError`` when a field is missing or mistyped."""
        if isinstance(data, Mapping):
            data = (data.get("seq"), data.get("hash"), data.get("kid"), data.get("mac"))
        if not isinstance(data, tuple | list) or len(data) != 4:
            raise ValueError("not a keyed head")
        seq, digest, kid, mac = data
        if type(seq) is not int or not all(isinstance(v, str) for v in (digest, kid, mac)):
            raise ValueError("not a keyed head")
        if not (_HEX64.fullmatch(digest) and _HEX64.fullmatch(mac) and _KID.fullmatch(kid)):
            raise ValueError("not a keyed head")
        return cls(seq, digest, kid, mac)

    def check(self, keys: KeyRing) -> bool | None:
        """True when the MAC verifies, False when forged, None under an unknown key id."""
        try:
            key = keys.derive("audit-head", kid=self.kid)
        except MaskKeyError:
            return None
        return _same(_head_mac(key, self.seq, self.hash), self.mac)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _same(a: str, b: str) -> bool:
    """Constant-time equality of two strings read from a file (which may hold any text)."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def _head_mac(key: bytes, seq: int, digest: str) -> str:
    return hmac.new(key, f"{seq}|{digest}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


HeadBefore = dict[str, object] | str | None


def next_link(
    keys: KeyRing,
    head: KeyedHead | Literal["malformed"] | None,
    last: tuple[int, str] | None,
    signed: KeyedHead | None = None,
) -> tuple[int, str, HeadBefore]:
    """Where the next record goes: ``(seq, prev, head_before)``.

    A writer extends the keyed head, not the last record, when the head is at or past
    it: records deleted since the last write then stay missing instead of being papered
    over by a fresh head. A head the writer cannot verify (unknown key id, bad MAC,
    damaged, missing while records exist) is copied into the new record as
    ``head_before``, so verification can still judge it later. ``signed`` is the head this
    writer signed last: when the trail still ends there, its MAC is not computed again.
    """
    last_seq, last_hash = last if last is not None else (0, GENESIS)
    if head is None:
        return last_seq + 1, last_hash, ("missing" if last is not None else None)
    if head == "malformed":
        return last_seq + 1, last_hash, "malformed"
    verified = head == signed or head.check(keys)
    seq, prev = (head.seq, head.hash) if head.seq >= last_seq else (last_seq, last_hash)
    return seq + 1, prev, (None if verified else head.as_dict())


class AuditSink(ABC):
    """Receives every audit record of a :class:`~mask.core.Mask`."""

    name: str = ""
    path: Path | None = None
    inline_safe: ClassVar[bool] = False
    """True when calls finish in well under a millisecond with no network I/O, so async
    callers may run small payloads on the event loop instead of a worker thread."""

    @abstractmethod
    def write(self, record: AuditRecord) -> None:
        """Append one record to the trail."""

    def verify(self, anchor: str | None = None) -> VerifyResult:
        """Check the trail's hash chain and head (and that it holds ``anchor``, a
        ``COUNT:HASH`` digest); sinks that cannot be read back say so."""
        raise NotImplementedError(f"audit sink {self.name!r} cannot be verified")

    def head_digest(self) -> str | None:
        """``COUNT:HASH`` of the last record, to keep elsewhere; None for an empty trail."""
        last = self.verify().last
        return f"{last[0]}:{last[1]}" if last else None

    def repair(self) -> Path | None:
        """Move a damaged tail aside (returns where), so that writes can go on; None when
        there is nothing to repair."""
        return None

    def close(self) -> None:
        """Release files and connections."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


# Verification lives in its own module; its names stay importable from here.
from .audit_verify import VerifyResult, parse_anchor, verify_chain  # noqa: E402
