"""Hostile megabytes through protect, scan, reveal and the streaming reveal: they finish.

No timing assertion (pytest-timeout guards each case); each case checks the result:
spans lie in the text, protect -> reveal is the identity, the streamed reveal equals
the whole one. ``test_hostile.py`` runs the detectors alone on more shapes.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from mask.core import Mask

MB = 1_000_000
_RNG = random.Random(11)


def _digit_groups(separators: str, longest: int, total: int) -> str:
    parts: list[str] = []
    size = 0
    while size < total:
        group = "".join(_RNG.choice("0123456789") for _ in range(_RNG.randint(1, longest)))
        parts.append(group + _RNG.choice(separators))
        size += len(group) + 1
    return "".join(parts)[:total]


HOSTILE: dict[str, str] = {
    "one-space": "1 " * (MB // 2),
    # Dense digit groups cost the most: every chunk may start a token, and each run of up
    # to eight groups goes through phonenumbers' matcher (about 60 us per byte on a slow
    # 2-core machine), so they run smaller. At these sizes a super-linear path still takes
    # minutes, far past the timeout; linear work takes a few seconds.
    "digit-groups": _digit_groups(" .-", 4, MB // 8),
    "digit-groups-parens": _digit_groups(" .-()", 4, MB // 16),
    "single-digits": " ".join(_RNG.choice("0123456789") for _ in range(MB // 16)),
    "at": "@" * MB,
    "a-at": "a@" * (MB // 2),
    "opaque-prefix": "[EMAIL_" * (MB // 7),
    "typed-prefix": "Person_" * (MB // 7),
    "aead-prefix": "MSK1." * (MB // 5),
    "zeros": "0" * MB,
    "changes": "a changed from " * (MB // 15) + " to b",  # a field's change, its value never ending
    "dashes": "-" * MB,
    "unicode": "".join(_RNG.choice("१２３٤\u00a0\u200b\uff10-\u2013 ü漢字🙂a@.") for _ in range(MB // 2)),
    "printable": "".join(_RNG.choice([chr(c) for c in range(32, 127)]) for _ in range(MB)),
    # quoted-printable wrapped every few characters: each soft line break looks back for its
    # line's start, which must stop at the previous break
    "soft-breaks": "Content-Transfer-Encoding: quoted-printable\n" + "a=C3=A9b=\n" * (MB // 10),
}

DENSE_DIGITS = {"digit-groups", "digit-groups-parens", "single-digits"}


@pytest.fixture(scope="module")
def mask() -> Mask:
    return Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})


def _stream(mask: Mask, text: str, size: int) -> str:
    stream = mask.stream_revealer()
    return "".join(stream.feed(text[i : i + size]) for i in range(0, len(text), size)) + stream.flush()


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.timeout(60)
def test_hostile_megabyte_through_every_path(mask: Mask, name: str) -> None:
    text = HOSTILE[name]
    spans = mask.scan([text])[0]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    protected = mask.protect(text)
    for span in spans:
        value = text[span.start : span.end]
        if len(value) >= 8 and text.count(value) == 1:
            assert value not in protected, f"a {span.type} reached the model"
    revealed = mask.reveal(protected)
    if "(" not in text:  # a value cut at ')' and glued to digits may not round-trip
        assert revealed == text
    streamed = _stream(mask, protected, 4096)
    if name in DENSE_DIGITS:
        # Known limit: in a digit run longer than the stream's hold-back, a token that
        # straddles a cut stays a token (fail closed). Format tokens keep the length.
        assert len(streamed) == len(revealed)
    else:
        assert streamed == revealed
        head = protected[:4096]
        assert _stream(mask, head, 1) == mask.reveal(head)


@pytest.mark.timeout(30)
def test_nested_json_with_many_small_strings(mask: Mask) -> None:
    rng = random.Random(5)
    payload: dict[str, Any] = {
        "items": [
            {
                "id": i,
                "note": f"call +1 {rng.randint(201, 989)}-{rng.randint(201, 999)}-{rng.randint(1000, 9999)}",
                "tags": ["a", "b", str(i), {"deep": [f"x{i}@corp.com", "y"]}],
            }
            for i in range(3000)
        ]
    }
    protected = mask.protect(payload)
    dumped = json.dumps(protected)
    assert "x1@corp.com" not in dumped and "x2999@corp.com" not in dumped
    assert mask.reveal(protected) == payload
    assert mask.scan([json.dumps(payload)])[0]
