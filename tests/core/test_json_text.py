"""JSON that arrives as text stays valid JSON after protect, bare numbers included."""

from __future__ import annotations

import json
import random
import re
from typing import Any

import pytest

from mask.core import Mask
from mask.core.json_strings import _PLAIN_QUOTE
from mask.core.json_text import quote_bare_values

CONFIG: dict[str, Any] = {"vault": {"backend": "memory"}, "audit": {"sinks": []}}


@pytest.mark.parametrize(
    ("text", "value", "quoted"),
    [
        ('{"zip": 56000, "city": "Vannes"}', "56000", True),
        ('{"phone": 6124890}', "6124890", True),
        ('[{"ssn": 536229841}]', "536229841", False),  # nine bare digits: the token is a number too
        ('{"account": 2486117935}', "2486117935", True),
        ("[4532015112830366, 1]", "4532015112830366", True),  # a card token starts with 00: no JSON number
    ],
)
def test_a_bare_number_replaced_by_a_token_keeps_the_json_valid(text: str, value: str, quoted: bool) -> None:
    with Mask(CONFIG) as mask:
        protected = mask.protect(text)
        assert value not in protected
        json.loads(protected)
        assert mask.protect(protected) == protected
        revealed = text.replace(value, f'"{value}"') if quoted else text
        assert json.loads(mask.reveal(protected)) == json.loads(revealed)


def test_replacements_inside_strings_are_left_as_they_are() -> None:
    text = '{"note": "call: 415, thanks", "n": 7}'
    start = text.index("415")
    assert quote_bare_values(text, [(start, start + 3, "Zip_X")]) == [(start, start + 3, "Zip_X")]
    bare = text.index("7}")
    assert quote_bare_values(text, [(bare, bare + 1, "Zip_X")]) == [(bare, bare + 1, '"Zip_X"')]


def test_texts_that_are_not_json_are_left_alone() -> None:
    assert quote_bare_values("zip: 56000", [(5, 10, "Zip_X")]) == [(5, 10, "Zip_X")]


@pytest.mark.parametrize(
    "text", ["[ alice@corp.com ", "[alice@corp.com", "[ alice@corp.com ]", '{"to": alice@corp.com}']
)
def test_a_bare_word_is_not_quoted_so_reveal_gives_the_text_back(text: str) -> None:
    with Mask({**CONFIG, "plugins": {"disable": ["spacy"]}}) as mask:
        protected = mask.protect(text)
        assert "alice@corp.com" not in protected
        assert '"' not in protected.replace('"to"', "")
        assert mask.reveal(protected) == text


def test_plain_quotes_are_the_quotes_no_backslash_escapes() -> None:
    # the pattern opens with the quote, its look-behind after it (the engine skips ahead by the
    # quote): the same quotes as the pattern written look-behind first
    written_first = re.compile(r'(?<!\\)"')
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice('"\\a ') for _ in range(rng.randint(0, 12)))
        assert [m.start() for m in _PLAIN_QUOTE.finditer(text)] == [m.start() for m in written_first.finditer(text)]


@pytest.mark.parametrize(
    ("inner", "replaced"),
    [
        ({"zip": 94105}, ["zip"]),
        ({"phone": 4155550199, "n": 1}, ["phone"]),
        ({"postal_code": 10115, "cvv": 737, "count": 3}, ["postal_code", "cvv"]),
        ({"note": "zip 94105", "dob": 19620714}, ["dob"]),
    ],
)
def test_double_encoded_json_stays_json_when_a_bare_number_is_replaced(
    inner: dict[str, Any], replaced: list[str]
) -> None:
    text = json.dumps({"data": json.dumps(inner)})
    with Mask({**CONFIG, "plugins": {"disable": ["spacy"]}}) as mask:
        protected = mask.protect(text)
        got = json.loads(json.loads(protected)["data"])  # the inner document still parses
        for key, value in inner.items():
            if key in replaced:
                assert isinstance(got[key], str) and str(value) not in protected
            elif isinstance(value, int):
                assert got[key] == value
        back = json.loads(json.loads(mask.reveal(protected))["data"])
        assert back == {k: (str(v) if k in replaced else v) for k, v in inner.items()}


def test_a_json_string_of_json_stays_json() -> None:
    text = json.dumps(json.dumps({"zip": 94105, "n": 2}))
    with Mask({**CONFIG, "plugins": {"disable": ["spacy"]}}) as mask:
        protected = mask.protect(text)
        got = json.loads(json.loads(protected))
        assert got["n"] == 2 and isinstance(got["zip"], str) and "94105" not in protected


def test_double_encoded_json_with_random_numbers_stays_json() -> None:
    rng = random.Random(11)
    keys = ["zip", "phone", "cvv", "dob", "member_id", "count", "page", "total", "id", "mrn"]
    with Mask({**CONFIG, "plugins": {"disable": ["spacy"]}}) as mask:
        for _ in range(60):
            inner = {rng.choice(keys): rng.choice([rng.randint(0, 99), rng.randint(10**4, 10**10)]) for _ in range(4)}
            inner["note"] = f'call {rng.randint(10**6, 10**9)} "now" \\ ok'
            text = json.dumps({"result": json.dumps([inner, {"nested": inner}])})
            protected = mask.protect(text)
            json.loads(json.loads(protected)["result"])  # parses at both levels
            revealed = json.loads(json.loads(mask.reveal(protected))["result"])
            assert [{k: str(v) for k, v in d.items()} for d in (revealed[0], revealed[1]["nested"])] == [
                {k: str(v) for k, v in inner.items()}
            ] * 2


def test_a_number_inside_an_inner_string_is_not_quoted() -> None:
    text = json.dumps({"data": json.dumps({"note": "zip 94105 here"})})
    start = text.index("94105")
    assert quote_bare_values(text, [(start, start + 5, "Zip_X")]) == [(start, start + 5, "Zip_X")]
    bare = json.dumps({"data": json.dumps({"zip": 94105})})
    at = bare.index("94105")
    assert quote_bare_values(bare, [(at, at + 5, "Zip_X")]) == [(at, at + 5, '\\"Zip_X\\"')]


@pytest.mark.parametrize(
    "inner_text",
    [
        json.dumps({"path": "C:\\", "zip": 94105}),  # an inner string that ends with a backslash
        json.dumps({"note": 'say "hi"', "zip": 94105}, indent=2),  # escaped quotes, newlines as \n
        json.dumps([{"zip": 94105}, "a\\b", {"cvv": 737}]),
    ],
)
def test_inner_documents_with_escapes_stay_json(inner_text: str) -> None:
    text = json.dumps({"data": inner_text})
    with Mask({**CONFIG, "plugins": {"disable": ["spacy"]}}) as mask:
        protected = mask.protect(text)
        assert "94105" not in protected
        json.loads(json.loads(protected)["data"])
        assert json.loads(json.loads(mask.reveal(protected))["data"]) == json.loads(
            inner_text.replace("94105", '"94105"').replace("737", '"737"')
        )
