"""JSON inside a JSON string (``json.dumps`` of a result that holds ``json.dumps`` output): its
quotes are written ``\\"``, its escapes ``\\\\n`` and ``\\\\u00e9``.

The readable view decodes the escaped escapes too, and the label detector reads the inner
object's fields, also when the whole text is one JSON string; the output still parses twice,
reveal gives the text back as written, and protecting the output again changes nothing."""

from __future__ import annotations

import json

import pytest

from mask.core import Mask
from mask.core.detectors.label_json import json_leaves
from mask.core.detectors.label_words import THING_KEYS, TYPE_KEYS
from mask.core.escapes import unescape

INNER = {
    "name": "José García",
    "phone": "(415)555-0199",
    "body": "Ship to:\n12 Baker Street\nLondon NW1 6XE",
    "city": "Zürich",
}
SECRETS = ("Jos", "Garc", "555-0199", "Baker", "NW1 6XE", "rich")


def _wrapped(ascii_only: bool) -> str:
    return json.dumps({"payload": json.dumps(INNER, ensure_ascii=ascii_only)}, ensure_ascii=ascii_only)


def _string(ascii_only: bool) -> str:
    return json.dumps(json.dumps(INNER, ensure_ascii=ascii_only), ensure_ascii=ascii_only)


@pytest.mark.parametrize("make", [_wrapped, _string])
@pytest.mark.parametrize("ascii_only", [True, False])
def test_double_encoded_json_is_protected_and_revealed(pattern_mask: Mask, make, ascii_only: bool) -> None:
    text = make(ascii_only)
    out = pattern_mask.protect(text)
    inner = json.loads(json.loads(out)["payload"] if make is _wrapped else json.loads(out))
    assert set(inner) == set(INNER)
    for secret in SECRETS:
        assert secret not in out, secret
    assert inner["name"].startswith("Person_")
    assert inner["city"].startswith("Location_")
    revealed = pattern_mask.reveal(out)
    if ascii_only:
        assert revealed == text  # json.dumps' own escapes: back exactly as written
    else:  # the protected text is all ASCII: values come back as \u escapes, the same JSON
        assert _inner(revealed, make) == INNER
    assert pattern_mask.protect(out) == out


def _inner(text: str, make) -> object:
    outer = json.loads(text)
    return json.loads(outer["payload"] if make is _wrapped else outer)


def test_escaped_escapes_read_as_one_character() -> None:
    text = json.dumps({"p": json.dumps({"b": "Jos\u00e9\nA\U0001f600B"})})
    view = unescape(text)
    assert view is not None
    assert "José\nA\U0001f600B" in view.text
    start = view.text.index("José")
    end = view.text.index("B", start) + 1
    assert text[view.raw(start) : view.raw(end)] == "Jos\\\\u00e9\\\\nA\\\\ud83d\\\\ude00B"


def test_an_escaped_escaped_backslash_stays_two_characters() -> None:
    # inner JSON "C:\\new" (a backslash and an n), encoded again: four backslashes, then n
    text = json.dumps({"p": json.dumps({"path": "C:\\new", "who": "Jos\u00e9"})})
    view = unescape(text)
    assert view is not None
    assert "\n" not in view.text
    assert "José" in view.text


def test_single_encoded_text_keeps_its_escaped_backslashes() -> None:
    # no escaped quote: not JSON in JSON, so "\\\\n" is a backslash and an n, as before
    text = json.dumps({"path": "C:\\new", "who": "Jos\u00e9"})
    view = unescape(text)
    assert view is not None
    assert "\n" not in view.text


@pytest.mark.parametrize(
    "text",
    [
        'Result: {"name": "Bob Stone"} and he said "hi"',
        json.dumps(json.dumps({"name": "Bob Stone"})),
    ],
)
def test_a_quote_after_the_json_does_not_lose_its_fields(text: str) -> None:
    leaves = [(text[lo:hi], path.key) for lo, hi, path in json_leaves(text, TYPE_KEYS, THING_KEYS)]
    assert ("Bob Stone", "name") in leaves


def test_a_name_field_before_prose_with_quotes_is_protected(pattern_mask: Mask) -> None:
    out = pattern_mask.protect('Result: {"name": "Bob Stone"} and he said "hi"')
    assert "Bob Stone" not in out
    assert out.endswith('and he said "hi"')
