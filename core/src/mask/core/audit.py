"""Audit records and the hash chain that makes a trail tamper-evident.

A record holds counts, entity types, token fingerprints and names: never a value,
never a token. Each sink chains its records with HMAC-SHA256 under a key derived
from the key ring, so an edited, inserted or deleted record breaks verification.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import ClassVar

from .errors import MaskKeyError

__all__ = ["GENESIS", "AuditRecord", "AuditSink", "VerifyResult", "chain_hash", "fingerprint", "verify_chain"]

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One protect, reveal, refusal or error. No plaintext, by construction."""

    action: str
    scope: str
    tool: str | None = None
    source: str | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    tokens: tuple[str, ...] = ()
    outcome: str = "ok"
    error: str | None = None
    kid: str | None = None
    ts: float = field(default_factory=time.time)

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["counts"] = dict(sorted(self.counts.items()))
        out["tokens"] = list(self.tokens)
        return out


def fingerprint(mac_key: bytes, token: str) -> str:
    """A keyed, truncated fingerprint of a token for the audit trail."""
    return hmac.new(mac_key, token.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:16]


def canonical(body: Mapping[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def chain_hash(mac_key: bytes, prev: str, seq: int, body: Mapping[str, object]) -> str:
    msg = prev.encode() + b"|" + str(seq).encode() + b"|" + canonical(body)
    return hmac.new(mac_key, msg, hashlib.sha256).hexdigest()


@dataclass(slots=True)
class VerifyResult:
    ok: bool
    count: int
    problems: list[str]


def verify_chain(
    key_for: Callable[[str | None], bytes],
    rows: Iterable[tuple[int, Mapping[str, object], str, str]],
    head: tuple[int, str] | None,
) -> VerifyResult:
    """Check rows ``(seq, body, prev, hash)`` in order, and the recorded head.

    ``key_for(kid)`` gives the chain key of the key id a record was written under.
    """
    problems: list[str] = []
    expected_prev, expected_seq, count = GENESIS, 1, 0
    for seq, body, prev, digest in rows:
        count += 1
        if seq != expected_seq:
            problems.append(f"record {expected_seq}..{seq - 1} missing (sequence jumps to {seq})")
        if prev != expected_prev:
            problems.append(f"record {seq}: link to the previous record is broken")
        kid = body.get("kid")
        try:
            mac_key = key_for(kid if isinstance(kid, str) else None)
        except MaskKeyError:
            problems.append(f"record {seq}: written under unknown key id")
            expected_prev, expected_seq = digest, seq + 1
            continue
        if not hmac.compare_digest(chain_hash(mac_key, prev, seq, body), digest):
            problems.append(f"record {seq}: content does not match its hash (edited)")
        expected_prev, expected_seq = digest, seq + 1
    if head is not None and (head[0] != expected_seq - 1 or head[1] != expected_prev):
        problems.append(f"head says {head[0]} records but the trail ends at {expected_seq - 1} (truncated)")
    return VerifyResult(not problems, count, problems)


class AuditSink(ABC):
    """Receives every audit record of a :class:`~mask.core.Mask`."""

    name: str = ""
    inline_safe: ClassVar[bool] = False
    """True when calls finish in well under a millisecond with no network I/O, so async
    callers may run small payloads on the event loop instead of a worker thread."""

    @abstractmethod
    def write(self, record: AuditRecord) -> None:
        """Append one record to the trail."""

    def verify(self) -> VerifyResult:
        """Check the trail's hash chain; sinks that cannot be read back say so."""
        raise NotImplementedError(f"audit sink {self.name!r} cannot be verified")

    def close(self) -> None:
        """Release files and connections."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
