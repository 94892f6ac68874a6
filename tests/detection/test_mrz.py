"""Machine-readable zones (ICAO Doc 9303): the specimens Doc 9303 prints (Part 4's passport and
Part 5's ID card of Utopia, holder Anna Maria Eriksson) are the test vectors of the check digit
and of what the detector ``mrz`` takes: the names, the document number and the date of birth,
nothing when a check digit fails, and the lines' other fields as they are. And a boarding pass's
bar code data (IATA's fixed-width items): the passenger's name and the booking reference."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.mrz import check_digit, mrz_spans

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"


@pytest.mark.parametrize(
    ("field", "digit"),
    [
        ("L898902C3", 6),  # Part 4's passport: document number
        ("740812", 2),  # date of birth
        ("120415", 9),  # date of expiry
        ("ZE184226B<<<<<", 1),  # personal number
        ("D23145890", 7),  # Part 5's ID card: document number
        ("L898902C36740812212041 59ZE184226B<<<<<1".replace(" ", ""), 0),  # the passport's composite
    ],
)
def test_check_digit_of_the_specimens(field: str, digit: int) -> None:
    assert check_digit(field) == digit


def test_the_passport_specimen() -> None:
    found = {(TD3[a:b], kind) for a, b, kind in mrz_spans(TD3)}
    assert found == {("UTOERIKSSON<<ANNA<MARIA", "PERSON"), ("L898902C3", "US_PASSPORT"), ("740812", "DATE_TIME")}


def test_the_id_card_specimen() -> None:
    found = {(TD1[a:b], kind) for a, b, kind in mrz_spans(TD1)}
    assert found == {("ERIKSSON<<ANNA<MARIA", "PERSON"), ("D23145890", "NATIONAL_ID"), ("740812", "DATE_TIME")}


@pytest.mark.parametrize("text", [TD3, "Scanned page 1:\n" + TD1 + "\nend of scan"])
def test_protect_keeps_the_other_fields(pattern_mask: Mask, text: str) -> None:
    out = pattern_mask.protect(text)
    for value in ("ERIKSSON", "ANNA", "L898902C3", "D23145890", "740812"):
        assert value not in out
    assert "F120415" in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        TD3.replace("L898902C36", "L898902C35"),  # the document number's check digit fails
        TD3.replace("7408122", "7408121"),  # the date of birth's check digit fails
        "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "if a << b:\n    c <<= 2",
    ],
)
def test_nothing_without_its_check_digits(text: str) -> None:
    assert list(mrz_spans(text)) == []


def test_turned_off_by_config() -> None:
    base = {"plugins": {"disable": ["spacy"]}, "vault": {"backend": "memory"}, "audit": {"sinks": []}}
    assert "mrz" in Mask(base).detectors.names
    off = Mask({**base, "detectors": {"mrz": False}})
    assert "mrz" not in off.detectors.names and off.protect(TD3) == TD3


BCBP = "M1FERNANDEZ ARRIBAS/LUEQ4LWZ8 MADCDGIB 3166 160Y023C0087 100"


def test_a_boarding_pass_bar_code(pattern_mask: Mask) -> None:
    text = f"Boarding pass data: {BCBP}"
    out = pattern_mask.protect(text)
    assert "FERNANDEZ" not in out and "Q4LWZ8" not in out and " MADCDGIB 3166 " in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text", ["M1 is a motorway/road", "M1FERNANDEZ ARRIBAS LUEQ4LWZ8 MADCDGIB 3166 160Y023C0087 100"]
)
def test_no_boarding_pass_without_its_layout(text: str) -> None:
    assert list(mrz_spans(text)) == []
