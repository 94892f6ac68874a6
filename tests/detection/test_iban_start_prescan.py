"""The IBAN detector's pre-scan opens with a capital, its look-behind after it (the stdlib engine
skips ahead by a pattern's first character, not by a look-behind): the same starts as the
pattern written look-behind first."""

from __future__ import annotations

import random
import re

from mask.core.detectors.financial import _IBAN_START

_WRITTEN_FIRST = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}")


def test_the_same_starts_as_the_look_behind_first_pattern() -> None:
    rng = random.Random(7)
    found = 0
    for _ in range(40000):
        text = "".join(rng.choice("ADEZ09az -é") for _ in range(rng.randint(0, 14)))
        expected = [m.span() for m in _WRITTEN_FIRST.finditer(text)]
        assert [m.span() for m in _IBAN_START.finditer(text)] == expected, text
        found += len(expected)
    assert found > 200
