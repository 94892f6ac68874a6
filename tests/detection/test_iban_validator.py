"""validators.is_iban answers exactly as stdnum.iban.is_valid.

It looks up each country's BBAN layout and module once instead of once per value; a
difference would change which IBANs are detected. Valid IBANs of every country in
python-stdnum's registry are built, then corrupted in the ways text corrupts them.
"""

from __future__ import annotations

import random
import re

import pytest
from stdnum import iban, numdb
from stdnum.iso7064 import mod_97_10

from mask.core.detectors.validators import is_iban

_CHARS = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}


def _countries() -> list[tuple[str, str]]:
    """Every two-letter code the registry gives a BBAN layout."""
    db = numdb.get("iban")
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = []
    for code in (a + b for a in letters for b in letters):
        props = db.info(code)[0][1]
        if props.get("bban"):
            out.append((code, props["bban"]))
    assert len(out) > 60
    return out


def _bban(layout: str, rng: random.Random) -> str:
    return "".join(
        "".join(rng.choice(_CHARS[kind]) for _ in range(int(n))) for n, kind in re.findall(r"(\d+)!([nac])", layout)
    )


def _with_check(country: str, bban: str) -> str:
    return country + mod_97_10.calc_check_digits(bban + country) + bban


def _variants(value: str, rng: random.Random) -> list[str]:
    i = rng.randrange(4, len(value))
    swapped = value[:i] + rng.choice("0123456789") + value[i + 1 :]
    spaced = " ".join(value[j : j + 4] for j in range(0, len(value), 4))
    return [value, swapped, value[:-1], value + "0", spaced, value.lower(), spaced + "\n", "XX" + value[2:], value[:3]]


@pytest.mark.parametrize("seed", range(3))
def test_every_registry_country_valid_and_corrupted(seed: int) -> None:
    rng = random.Random(seed)
    answers = {True: 0, False: 0}
    for country, layout in _countries():
        for _ in range(5):
            for value in _variants(_with_check(country, _bban(layout, rng)), rng):
                expected = iban.is_valid(value)
                assert is_iban(value) == expected, value
                answers[expected] += 1
    assert answers[True] > 300 and answers[False] > 300


def test_odd_inputs() -> None:
    for value in ["", "D", "DE", "DE89", "de89370400440532013000", "1234567890123456", "DE89 3704 0044 0532 0130 00"]:
        assert is_iban(value) == iban.is_valid(value), value
