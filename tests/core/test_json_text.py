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
