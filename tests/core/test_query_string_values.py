"""Values in URL query strings are tokenized decoded and percent-encoded again on reveal
(:mod:`mask.core.query_values`): a request log's ``to=Anna%20Kowalska`` gives a token that
reveals as ``Anna Kowalska`` in a tool call's arguments, and as ``Anna%20Kowalska`` in a URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.query_values import decode_query_value, encode_query_value, in_query_value


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def _token(out: str, key: str) -> str:
    return out.split(f"{key}=", 1)[1].split("&", 1)[0].split(" ", 1)[0]


def test_a_query_value_reveals_decoded_in_arguments_and_encoded_in_a_url(mask: Mask) -> None:
    text = "GET /users?email=jose.garcia%40example.com&x=1 HTTP/1.1"
    out = mask.protect(text)
    token = _token(out, "email")
    assert "jose" not in out
    assert mask.reveal({"to": token}) == {"to": "jose.garcia@example.com"}
    assert mask.reveal(out) == text
    assert mask.reveal(f"Open https://crm.example/find?email={token}&v=2") == (
        "Open https://crm.example/find?email=jose.garcia%40example.com&v=2"
    )


def test_the_same_address_gets_the_same_token_however_it_is_written(mask: Mask) -> None:
    encoded = _token(mask.protect("GET /send?email=anna.k%40example.com HTTP/1.1"), "email")
    plain = mask.protect("mail anna.k@example.com today").split(" ")[1]
    assert encoded == plain


def test_a_phone_stays_as_written(mask: Mask) -> None:
    """A phone token keeps its value's blanks and ``+``: its value is not decoded."""
    text = "GET /send?phone=%2B44%2020%207946%200958&x=1 HTTP/1.1"
    out = mask.protect(text)
    assert "7946" not in out
    assert mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "at", "inside"),
    [
        ("GET /send?to=X HTTP/1.1", 13, True),
        ("GET /send?to=Anna%2C%20X&y=1", 23, True),
        ("name=X in prose", 5, False),
        ("see https://a.example/x?y=1 and X", 32, False),
        ("GET /send?to=1#frag=X", 20, False),
    ],
)
def test_in_query_value(text: str, at: int, inside: bool) -> None:
    assert text[at] == "X"
    assert in_query_value(text, at) is inside


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("Anna%20Kowalska", "Anna Kowalska"),
        ("Jose+Garcia", "Jose Garcia"),
        ("Zo%C3%AB", "Zoë"),
        ("a%26b", "a%26b"),  # an "&" once decoded: kept as written
        ("%FF%FE", "%FF%FE"),  # no UTF-8
        ("Anna", "Anna"),
    ],
)
def test_decode_query_value(raw: str, value: str) -> None:
    assert decode_query_value(raw) == value


@pytest.mark.parametrize("value", ["Anna Kowalska", "Zoë Ångström", "jose@example.com"])
def test_encode_then_decode_gives_the_value(value: str) -> None:
    assert decode_query_value(encode_query_value(value)) == value


def test_a_value_kept_as_written_goes_back_as_written() -> None:
    assert encode_query_value("a%26b") == "a%26b"


def test_a_query_value_inside_json_text_is_encoded_then_escaped(mask: Mask) -> None:
    """A URL in a JSON string, in text with JSON escapes: the value goes back percent-encoded."""
    text = '{"url": "https://crm.example/send?email=ana.souza%40example.com&x=1", "note": "a\\nb"}'
    out = mask.protect(text)
    assert "ana.souza" not in out
    assert mask.reveal(out) == text
