"""Streaming reveal never emits part of a token, whatever the chunk boundaries."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mask.core import Mask

from .conftest import config, make_mask

ANSWER = (
    "Dear Alice Smith, we mailed alice@corp.com about SSN 123-45-6789. Card 4111 1111 1111 1111 "
    "and phone +1 (212) 555-0134 are on file; **bob@corp.com** was copied."
)


def _tokens(mask: Mask, protected: str) -> set[str]:
    matches = mask.tokens.find(protected)
    found = mask.tokens.resolve(matches, "default").found
    verified = [m for m in matches if m.token in found]
    # A sub-range of a phone token can verify too (read as the token without its country
    # code): the tokens are the verified matches no longer one contains.
    outer = [m for m in verified if not any(o.start <= m.start and m.end <= o.end and o != m for o in verified)]
    return {protected[m.start : m.end] for m in outer}


def _assert_no_partial_token(pieces: list[str], tokens: set[str]) -> None:
    """No emitted piece ends with the first part of a token or starts with its last part."""
    for piece in pieces:
        for token in tokens:
            for cut in range(3, len(token) - 2):
                assert not piece.endswith(token[:cut]), f"emitted the start of a token: {piece!r}"
                assert not piece.startswith(token[cut:]), f"emitted the end of a token: {piece!r}"


@pytest.mark.parametrize("scheme", ["format", "opaque", "aead"])
def test_every_two_chunk_split_reveals_exactly(scheme: str) -> None:
    m = make_mask(config(tokens={"default_scheme": scheme}))
    protected = m.protect(ANSWER)
    tokens = _tokens(m, protected)
    assert len(tokens) == 6
    for cut in range(len(protected) + 1):
        stream = m.stream_revealer()
        pieces = [stream.feed(protected[:cut]), stream.feed(protected[cut:]), stream.flush()]
        assert "".join(pieces) == ANSWER, cut
        _assert_no_partial_token(pieces, tokens)


@pytest.mark.parametrize("scheme", ["format", "opaque"])
def test_character_by_character(scheme: str) -> None:
    m = make_mask(config(tokens={"default_scheme": scheme}))
    protected = m.protect(ANSWER)
    tokens = _tokens(m, protected)
    stream = m.stream_revealer()
    pieces = [stream.feed(ch) for ch in protected] + [stream.flush()]
    assert "".join(pieces) == ANSWER
    _assert_no_partial_token(pieces, tokens)
    for piece in pieces:
        for token in tokens:
            assert token not in piece


STREAM_MASK = make_mask()
PROTECTED = STREAM_MASK.protect(ANSWER)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(PROTECTED)), max_size=12))
def test_random_chunkings(cuts: list[int]) -> None:
    bounds = [0, *sorted(cuts), len(PROTECTED)]
    stream = STREAM_MASK.stream_revealer()
    pieces = [stream.feed(PROTECTED[a:b]) for a, b in itertools.pairwise(bounds)] + [stream.flush()]
    assert "".join(pieces) == ANSWER


def test_stream_respects_tool_policy_and_bus_events() -> None:
    m = make_mask(config(reveal={"user": ["EMAIL_ADDRESS"]}))
    protected = m.protect(ANSWER)
    stream = m.stream_revealer()
    out = "".join(stream.feed(protected[i : i + 7]) for i in range(0, len(protected), 7)) + stream.flush()
    assert "alice@corp.com" in out and "123-45-6789" not in out and "Alice Smith" not in out
