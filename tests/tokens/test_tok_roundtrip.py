"""protect -> reveal is the identity on arbitrary text with planted PII; tokens are never re-tokenized."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import config, make_mask

PII = [
    "alice@corp.com",
    "bob.smith+x@mail.example.org",
    "123-45-6789",
    "078-05-1120",
    "4111 1111 1111 1111",
    "5500-0000-0000-0004",
    "+1 (212) 555-0134",
    "+44 (207) 946-0958",
    "Alice Smith",
    "Carol Jones",
    "DE89 3704 0044 0532 0130 00",
    "routing 011000015",
]

MASK = make_mask()
FILLER = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(FILLER, st.sampled_from(PII)), min_size=1, max_size=8), FILLER)
def test_protect_then_reveal_is_identity(pieces: list[tuple[str, str]], tail: str) -> None:
    text = "".join(f"{filler} {pii} " for filler, pii in pieces) + tail
    protected = MASK.protect(text)
    for _, pii in pieces:
        assert pii not in protected or pii in "".join(f for f, _ in pieces) + tail
    assert MASK.reveal(protected) == text
    assert MASK.protect(protected) == protected  # tokens are never tokenized again


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text(max_size=8), st.sampled_from(PII), max_size=6))
def test_json_roundtrip_keeps_shape(doc: dict[str, str]) -> None:
    protected = MASK.protect({"rows": [doc], "n": 3})
    assert protected["n"] == 3 and list(protected["rows"][0]) == list(doc)
    assert MASK.reveal(protected) == {"rows": [doc], "n": 3}
    as_text = MASK.protect(json.dumps(doc))
    assert json.loads(MASK.reveal(as_text)) == doc


@pytest.mark.parametrize("key", ["A:C", "a/c", "account"])
def test_an_account_value_with_a_word_and_a_routing_number_round_trips(key: str) -> None:
    """Found by the test above: under an account's key (``A:C`` reads as ``a/c``) the whole value
    ``routing 011000015`` is the account; its word kept around new digits made a token the finder
    did not read, so reveal left it in place. Such a value gets the opaque token."""
    doc = {key: "routing 011000015"}
    protected = MASK.protect(doc)
    assert "011000015" not in json.dumps(protected)
    assert MASK.reveal(protected) == doc


def test_every_installed_detector_leaves_format_tokens_alone() -> None:
    """With every installed pattern detector on, protecting a protected text changes nothing."""
    m = make_mask(config(plugins={"disable": ["spacy"]}))
    text = " ; ".join(PII)
    once = m.protect(text)
    assert m.protect(once) == once
    assert m.reveal(once) == text


def test_a_unicode_digit_before_a_token_stays_on_reveal() -> None:
    """Tokens are ASCII: a Myanmar or Arabic-Indic digit next to one is no part of its match
    (found by the property test above: the reveal swallowed it)."""
    for text in ("႐ 123-45-6789 ", "٣ 123-45-6789", "x ႐ 4111 1111 1111 1111 y", "٣+1 (212) 555-0134"):
        protected = MASK.protect(text)
        assert MASK.reveal(protected) == text
