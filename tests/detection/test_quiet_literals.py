"""A detector's quiet test answers the same whether its literals are searched one by one or
as one trie pattern (:func:`mask.core.detectors.base._alternation` picks by their number)."""

from __future__ import annotations

import random
import re

from mask.core.detectors.base import _alternation, _QuietTest, literal_trie


def test_literals_one_by_one_or_as_a_trie() -> None:
    rng = random.Random(4)
    alphabet = "abcdlpstrxAB #/-_:"
    for _ in range(300):
        exact = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))}
        blind = {
            "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))).lower() for _ in range(rng.randint(1, 8))
        }
        chosen = _QuietTest(_alternation(exact), _alternation(blind))
        trie = _QuietTest(re.compile(literal_trie(exact)), re.compile(literal_trie(blind)))
        for _ in range(30):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            assert chosen.found(text) == trie.found(text), (exact, blind, text)


def test_few_literals_are_kept_as_literals() -> None:
    assert _alternation({"passport", "travel"}) == ("passport", "travel")
    assert _alternation({"card", "cardholder"}) == ("card",)  # one that another starts is left out
    assert isinstance(_alternation({f"w{i}" for i in range(10)}), re.Pattern)
    assert _alternation(set()) is None
