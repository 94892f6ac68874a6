"""A Chinese resident identity card number stands alone (region, date of birth, check digit:
python-stdnum's ``cn.ric``), in Chinese text and in English; a look-alike whose check or region
fails stays, and a validator that raises on a value it does not know gives no match."""

from __future__ import annotations

import random

import pytest

from mask.core import Mask
from mask.core.detectors.validators import get_validator

VALID = "11010519491231002X"


@pytest.mark.parametrize(
    "text",
    [
        f"身份证号\uff1a{VALID}",
        f"ID card {VALID} issued in Beijing",
        f"id_number={VALID.lower()}",
        f'{{"ric": "{VALID}"}}',
    ],
)
def test_a_valid_number_is_protected(pattern_mask: Mask, text: str) -> None:
    out = pattern_mask.protect(text)
    assert VALID not in out.upper()
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "ref 110105198806061234",  # wrong check digit, no label (under 身份证号 the label decides)
        "discord id 112233445566778899",  # no date of birth inside
        "build 11010519491231002X7",  # longer run
        "trace 0x11010519491231002X",
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert [s.type for s in pattern_mask.scan([text])[0] if s.type == "NATIONAL_ID"] == []


def test_random_eighteen_digit_numbers_do_not_pass() -> None:
    check = get_validator("stdnum:cn.ric")
    rng = random.Random(5)
    assert not any(check(str(rng.randrange(10**17, 10**18))) for _ in range(20000))


def test_a_stdnum_check_that_raises_is_no_match() -> None:
    # stdnum.cn.ric raises KeyError for a region code missing from its table: the detector must
    # not fail on it (the protect call failed, or redacted everything, under on_error)
    from stdnum.cn import ric

    raising = "542611198506129318"  # the shape of one: region, 1985-06-12, sequence, check
    with pytest.raises(KeyError):
        ric.is_valid(raising)
    assert get_validator("stdnum:cn.ric")(raising) is False


def test_a_text_holding_such_a_number_is_protected_as_usual(pattern_mask: Mask) -> None:
    text = "ref 542611198506129318, SSN 536-22-9841"
    out = pattern_mask.protect(text)
    assert "536-22-9841" not in out and "542611198506129318" in out
