"""Verifying an audit trail: its hash chain, its keyed head and an anchor kept elsewhere.

:func:`verify_chain` reads the records a sink hands it (in order) and returns a
:class:`VerifyResult`: ``ok``, ``tampered`` (``problems`` says what is wrong) or
``unverifiable`` (key ids the key ring lacks, or no keyed head yet). The records, the
chain hash and the keyed head are defined in :mod:`mask.core.audit`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from .audit import FORMAT_VERSION, GENESIS, KeyedHead, Verdict, _same, chain_hash
from .errors import MaskInputError, MaskKeyError
from .keys import KeyRing

__all__ = ["VerifyResult", "parse_anchor", "verify_chain"]


_ANCHOR = re.compile(r"(?:(?P<sink>[A-Za-z0-9_.-]+):)?(?P<seq>[0-9]{1,18}):(?P<hash>[0-9a-f]{64})")


def parse_anchor(text: str) -> tuple[str | None, int, str]:
    """``[sink:]COUNT:HASH`` (what ``mask audit head`` prints) as ``(sink, count, hash)``."""
    found = _ANCHOR.fullmatch(text.strip())
    if not found or int(found["seq"]) < 1:
        raise MaskInputError("an audit head digest is written [SINK:]COUNT:HASH (see `mask audit head`)")
    return found["sink"], int(found["seq"]), found["hash"]


@dataclass(slots=True)
class VerifyResult:
    ok: bool
    count: int
    problems: list[str]
    """Tampering: edited, inserted, deleted or truncated records, forged heads."""
    unknown_kids: dict[str, int] = field(default_factory=dict)
    """Key ids the key ring lacks, with how many records (or heads) were written under each."""
    notes: list[str] = field(default_factory=list)
    """Other reasons the trail could not be fully checked (no keyed head yet)."""
    last: tuple[int, str] | None = None
    """The last record's ``(seq, hash)``: the digest to anchor elsewhere."""

    @property
    def verdict(self) -> Verdict:
        if self.problems:
            return "tampered"
        if self.unknown_kids or self.notes:
            return "unverifiable"
        return "ok"

    def finish(self) -> VerifyResult:
        self.ok = self.verdict == "ok"
        return self


Row = tuple[int, object, object, object]
"""``(seq, body, prev, hash)``; a body that is not a JSON object is passed as read (or None)."""


def verify_chain(
    keys: KeyRing,
    rows: Iterable[Row],
    head: KeyedHead | Literal["malformed"] | None,
    anchor: str | None = None,
) -> VerifyResult:
    """Check rows in order, the keyed head, and optionally an anchored ``COUNT:HASH``."""
    result = VerifyResult(False, 0, [])
    problems, unknown = result.problems, Counter[str]()
    anchored = parse_anchor(anchor)[1:] if anchor else None
    expected_prev, expected_seq, saw_v2, hash_at_head, anchor_seen = GENESIS, 1, False, None, False
    for seq, body, prev, digest in rows:
        result.count += 1
        if seq > expected_seq:
            problems.append(f"record {expected_seq}..{seq - 1} missing (sequence jumps to {seq})")
        elif seq < expected_seq:
            problems.append(f"record {seq}: out of order (expected {expected_seq})")
        if not isinstance(prev, str) or not isinstance(digest, str):
            problems.append(f"record {seq}: its link fields are not text (edited)")
            expected_prev, expected_seq = GENESIS, seq + 1
            continue
        if prev != expected_prev:
            problems.append(f"record {seq}: link to the previous record is broken")
        if anchored and seq == anchored[0]:
            anchor_seen = True
            if not _same(digest, anchored[1]):
                problems.append(f"anchor: record {seq} is not the anchored one (rewritten or rolled back)")
        if isinstance(head, KeyedHead) and seq == head.seq:
            hash_at_head = digest
        expected_prev, expected_seq = digest, seq + 1
        if not isinstance(body, dict):
            problems.append(f"record {seq}: body is not a JSON object (edited)")
            continue
        v2_before, saw_v2 = saw_v2, saw_v2 or body.get("v") == FORMAT_VERSION
        kid = body.get("kid")
        try:
            mac_key = keys.derive("audit-chain", kid=kid if isinstance(kid, str) and kid else keys.current)
        except MaskKeyError:
            unknown[str(kid)] += 1
            continue
        try:
            expected = chain_hash(mac_key, prev, seq, body)
        except (ValueError, RecursionError):  # a body too deep to hash again
            expected = ""
        if not _same(expected, digest):
            problems.append(f"record {seq}: content does not match its hash (edited)")
        elif "head_before" in body:
            counts = body.get("counts") if body.get("action") == "audit_repair" else None
            moved = counts.get("lines_moved", 0) if isinstance(counts, dict) else 0
            _check_head_before(keys, seq, prev, body["head_before"], v2_before, result, unknown, moved)
    end = expected_seq - 1
    result.last = (end, expected_prev) if result.count else None
    if anchored and not anchor_seen:
        problems.append(f"anchor: record {anchored[0]} is missing, the trail ends at {end} (truncated or rolled back)")
    _check_head(keys, head, end, expected_prev, hash_at_head, saw_v2, result, unknown)
    result.unknown_kids = dict(unknown)
    return result.finish()


def _check_head_before(
    keys: KeyRing,
    seq: int,
    prev: str,
    before: object,
    v2_before: bool,
    out: VerifyResult,
    unknown: Counter[str],
    moved: object = 0,
) -> None:
    """Judge the head a writer could not verify and copied into record ``seq``. An
    ``audit_repair`` record copies the head it replaced: the records it lost must fit in
    the lines it moved aside."""
    if before == "missing":
        if v2_before:  # earlier records were written with a head: someone deleted it
            out.problems.append(f"record {seq}: written after the keyed head was deleted")
        return
    if before == "malformed":
        out.problems.append(f"record {seq}: written after the keyed head was damaged")
        return
    try:
        old = KeyedHead.parse(before)
    except ValueError:
        out.problems.append(f"record {seq}: names a keyed head that is not one (edited)")
        return
    verified = old.check(keys)
    if verified is None:
        unknown[old.kid] += 1
    elif not verified:
        out.problems.append(f"record {seq}: written after the keyed head was forged")
    elif (old.seq, old.hash) != (seq - 1, prev):
        if isinstance(moved, int) and seq - 1 < old.seq <= seq - 1 + moved:
            return
        out.problems.append(f"record {seq}: the keyed head before it said {old.seq} records (truncated)")


def _check_head(
    keys: KeyRing,
    head: KeyedHead | Literal["malformed"] | None,
    end: int,
    last_hash: str,
    hash_at_head: str | None,
    saw_v2: bool,
    result: VerifyResult,
    unknown: Counter[str],
) -> None:
    problems = result.problems
    if head is None:
        if saw_v2:
            problems.append("the keyed head is missing (deleted): the newest records may have been removed")
        elif end:
            result.notes.append(
                "no keyed head yet (a trail written by an earlier version): deleting the newest records "
                "cannot be detected until the next write adds one"
            )
        return
    if head == "malformed":
        problems.append("the keyed head is damaged (edited)")
        return
    verified = head.check(keys)
    if verified is None:
        unknown[head.kid] += 1
    elif not verified:
        problems.append("the keyed head does not match its MAC (forged)")
    elif head.seq > end:
        problems.append(f"the keyed head says {head.seq} records but the trail ends at {end} (truncated)")
    elif head.seq == end and head.hash != last_hash:
        problems.append(f"record {end} is not the one the keyed head names (replaced)")
    elif head.seq < end and hash_at_head != head.hash:
        problems.append(f"record {head.seq} is not the one the keyed head names (replaced)")
