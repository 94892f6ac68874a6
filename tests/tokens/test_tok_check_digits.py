"""The check digits format tokens compute agree with python-stdnum's.

Card tokens end in a Luhn digit and IBAN tokens carry ISO 7064 mod 97-10 check digits;
Mask computes both without stdnum's per-character generators. A difference would change
minted tokens, so both are compared with stdnum on many random inputs.
"""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.iso7064 import mod_97_10

from mask.core.tokens.format import _luhn_digit, _mod97_digits

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_luhn_digit_is_stdnums() -> None:
    rng = random.Random(3)
    for _ in range(20000):
        body = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 25)))
        assert _luhn_digit(body) == luhn.calc_check_digit(body), body
        assert luhn.is_valid(body + _luhn_digit(body))


def test_mod97_digits_are_stdnums() -> None:
    rng = random.Random(4)
    for _ in range(20000):
        number = "".join(rng.choice(_ALNUM) for _ in range(rng.randint(1, 34)))
        assert _mod97_digits(number) == mod_97_10.calc_check_digits(number), number
        assert mod_97_10.is_valid(number + _mod97_digits(number))
