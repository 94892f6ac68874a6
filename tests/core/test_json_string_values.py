"""Values in the strings of JSON text are tokenized decoded and escaped again on reveal
(:mod:`mask.core.json_strings`): a tool that returns ``json.dumps`` output and an agent that
passes a token back in a tool call's arguments get the value itself, not its escapes."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from mask.core import Mask
from mask.core.json_strings import StringLevels, decode_value, escape_value, string_level

RECORD = {"name": "José García", "address": "12 Baker Street\nLondon NW1 6XE", "note": 'said "hi"'}


@pytest.fixture
def mask() -> Iterator[Mask]:
    m = Mask({"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}})
    yield m
    m.close()


def test_a_token_from_escaped_json_reveals_the_value_in_arguments(mask: Mask) -> None:
    out = mask.protect(json.dumps(RECORD))
    arguments = json.loads(out)  # the model passes the tokens back as a tool call's arguments
    assert "García" not in out and "Baker" not in out
    assert mask.reveal(arguments) == RECORD
    assert mask.reveal(f"Ship it to {arguments['address']}.") == f"Ship it to {RECORD['address']}."


def test_escaped_and_plain_values_get_the_same_token(mask: Mask) -> None:
    escaped = json.loads(mask.protect(json.dumps({"name": "José García"})))["name"]
    plain = mask.protect({"name": "José García"})["name"]
    twice = json.loads(json.loads(mask.protect(json.dumps(json.dumps({"name": "José García"})))))["name"]
    assert escaped == plain == twice
    assert escaped.startswith("Person_")


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_revealed_json_text_parses_to_the_record(mask: Mask, ensure_ascii: bool) -> None:
    text = json.dumps(RECORD, ensure_ascii=ensure_ascii)
    revealed = mask.reveal(mask.protect(text))
    assert json.loads(revealed) == RECORD
    if ensure_ascii:
        assert revealed == text


def test_a_value_with_a_line_break_revealed_into_plain_json_is_escaped(mask: Mask) -> None:
    token = json.loads(mask.protect(json.dumps({"address": RECORD["address"]})))["address"]
    answer = json.dumps({"ship_to": token, "note": "line\nbreak"})  # the model writes JSON
    assert json.loads(mask.reveal(answer))["ship_to"] == RECORD["address"]


@pytest.mark.parametrize(
    ("text", "at", "level"),
    [
        ('{"a": "xy"}', 7, 1),
        ('{"p": "{\\"a\\": \\"xy\\"}"}', 17, 2),
        ("{'a': 'xy'}", 7, 1),
        ("no quote at all", 3, 0),
    ],
)
def test_string_level(text: str, at: int, level: int) -> None:
    assert string_level(text, at) == level


@pytest.mark.parametrize("value", ["José García", "a\nb\tc", "\U0001f600 x", "Zoë\r\nÅngström"])
@pytest.mark.parametrize("level", [1, 2, 3])
@pytest.mark.parametrize("ascii_only", [True, False])
def test_escape_then_decode_gives_the_value(value: str, level: int, ascii_only: bool) -> None:
    assert decode_value(escape_value(value, level, ascii_only), level) == value


@pytest.mark.parametrize("raw", ["Jos\\xe9", 'a"b', "tail\\", 'Bob \\"B\\" Smith', "DOMAIN\\\\anna"])
def test_what_does_not_decode_or_holds_structure_stays_as_written(raw: str) -> None:
    """A quote or a backslash in the decoded value: kept as written, and revealed as written."""
    assert decode_value(raw, 1) == raw
    assert escape_value(raw, 1, True) == raw


def test_a_span_across_two_strings_is_revealed_as_written(mask: Mask) -> None:
    text = json.dumps({"first": "Zoë", "note": "a\nb"})
    raw = text[text.index("Zo") : text.index("note") + 4]  # Zo\u00eb", "note
    assert decode_value(raw, 1) == raw


def test_explicit_fail_open_writes_the_value_as_the_text_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """``on_error = "open"`` and a vault that fails: the text comes back as written, still JSON."""
    from mask.core import MaskVaultError

    config = {"vault": {"backend": "memory"}, "audit": {"sinks": []}, "plugins": {"disable": ["spacy"]}}
    with Mask({**config, "mask": {"on_error": "open"}}) as m:

        def down(*args: object, **kwargs: object) -> None:
            raise MaskVaultError("vault down")

        monkeypatch.setattr(m.tokens, "allocate", down)
        text = json.dumps(RECORD)
        assert m.protect(text) == text


def test_a_token_between_two_strings_is_revealed_as_it_is(mask: Mask) -> None:
    """Prose that looks like JSON (quotes, a brace, a backslash): a token outside every string
    gets the value itself, not its escapes."""
    token = json.loads(mask.protect(json.dumps({"name": "José García"})))["name"]
    answer = f'He said "hi" to {token} and "bye" {{see C:\\temp}}'
    assert mask.reveal(answer) == answer.replace(token, "José García")


@pytest.mark.parametrize(
    ("text", "level"),
    [('He said "hi" to X and "bye" {a} \\n', 0), ('{"a": "x X"} \\n', 1), ('{"p": "{\\"a\\": \\"X\\"}"}', 2)],
)
def test_string_levels_know_prose_between_strings(text: str, level: int) -> None:
    assert StringLevels(text).at(text.index("X")) == level


@pytest.mark.parametrize(
    "record",
    [
        {"name": 'Anna "Ania" Kowalska', "note": "a\nb"},
        {"user": "CORP\\anna.kowalska", "email": "anna@example.com", "note": "a\nb"},
        {"first": "Zoë", "last": "Ångström", "phone": "+44 20 7946 0958"},
    ],
)
def test_quotes_and_backslashes_round_trip(mask: Mask, record: dict[str, str]) -> None:
    text = json.dumps(record)
    out = mask.protect(text)
    assert json.loads(out).keys() == record.keys()
    assert mask.reveal(out) == text
    assert json.loads(mask.reveal(out)) == record
