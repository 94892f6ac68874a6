"""Hostile input for the token layer: the finder, reveal and the streaming reveal stay bounded.

No timing assertion: pytest-timeout guards each test, and each test checks that the
work came out right (tokens still found inside hostile runs, protect -> reveal is the
identity on a megabyte of phone numbers).
"""

from __future__ import annotations

import random

import phonenumbers
import pytest

from mask.core import Mask
from mask.core.tokens.service import MAX_TOKEN_CHUNKS

MB = 1_000_000


def _mask() -> Mask:
    return Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})


def _stream(mask: Mask, text: str, size: int) -> str:
    stream = mask.stream_revealer()
    return "".join(stream.feed(text[i : i + size]) for i in range(0, len(text), size)) + stream.flush()


def _valid_phones(count: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < count:
        number = f"+1 {rng.randint(201, 989)}-{rng.randint(201, 999)}-{rng.randint(1000, 9999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number)):
            out.append(number)
    return out


@pytest.mark.timeout(30)
def test_find_on_a_run_of_single_digits_is_bounded() -> None:
    mask = _mask()
    text = "1 " * 300_000
    found = mask.tokens.find(text)
    # a few candidates per chunk start, never one per prefix of the whole run
    assert len(found) <= 2 * 300_000
    assert all(len(text[m.start : m.end].split()) <= MAX_TOKEN_CHUNKS for m in found)
    assert {m.token for m in found} == {"1" * 7, "1" * 8}


@pytest.mark.timeout(90)
def test_half_a_megabyte_of_phone_numbers_is_hidden_and_revealed() -> None:
    # Half a megabyte: minting ~30,000 distinct phone tokens (phonenumbers parses each
    # candidate) dominates: 5-18 s depending on the 2-core machine, hence the timeout.
    mask = _mask()
    phones = _valid_phones(MB // 32)
    text = " ".join(phones)
    protected = mask.protect(text)
    kept = set(protected.split(" "))
    assert not [p for p in phones if p.partition(" ")[2] in kept], "a phone number reached the model"
    assert mask.reveal(protected) == text


@pytest.mark.timeout(60)
def test_streamed_reveal_of_many_phone_tokens() -> None:
    mask = _mask()
    text = " ".join(_valid_phones(MB // 64, seed=4))
    protected = mask.protect(text)
    assert protected != text
    assert _stream(mask, protected, 4096) == text
    head = protected[: protected.index(" ", 32_000)]
    assert _stream(mask, head, 1) == mask.reveal(head)


@pytest.mark.parametrize(
    "filler",
    ["1 ", "12 ", "0", "-", "1-", "(1)", "[EMAIL_", "Person_", "MSK1.", "@", "a@", "000-"],
    ids=repr,
)
@pytest.mark.timeout(30)
def test_a_token_inside_hostile_filler_is_still_revealed(filler: str) -> None:
    mask = _mask()
    secret = "alice.jones@corp.example.com"
    token = mask.protect(f"mail {secret} now").split()[1]
    assert token != secret
    half = filler * (MB // (16 * len(filler)))  # the detection tests run each filler at 1 MB
    text = f"{half} {token} {half}"
    revealed = mask.reveal(text)
    assert revealed == f"{half} {secret} {half}"
    assert _stream(mask, text, 4096) == revealed
    assert all(span.type != "EMAIL_ADDRESS" for span in mask.scan([text])[0])  # a token is no PII


@pytest.mark.timeout(30)
def test_a_numeric_token_between_digit_runs_is_revealed() -> None:
    mask = _mask()
    phone = _valid_phones(1, seed=9)[0]
    token = mask.protect(phone)
    assert token != phone
    noise = "1 2 " * 50_000
    assert mask.reveal(f"{noise}x {token} y {noise}") == f"{noise}x {phone} y {noise}"


@pytest.mark.timeout(30)
def test_one_character_stream_over_hostile_runs() -> None:
    mask = _mask()
    token = mask.protect("write to bob.lee@corp.example.org").split()[-1]
    for filler in ("1 ", "[EMAIL_", "Person_", "0"):
        text = filler * (20_000 // len(filler)) + f" {token} " + filler * 1000
        assert _stream(mask, text, 1) == mask.reveal(text)
        assert "bob.lee@corp.example.org" in _stream(mask, text, 1)
