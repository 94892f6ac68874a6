"""A booking's number after ``booking`` alone (and its Spanish, German, Dutch and Italian words), a
Reddit user after ``u/``, and a Brazilian address whose town, state and CEP a signature joins with an
en dash and middle dots."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no refund yet for the cancelled tour (booking KT-55082, 3 adults)", "KT-55082"),
        ("Hola, mi reserva MZ-30417 sigue pendiente", "MZ-30417"),
        ('{"booking": "BK-71206", "nights": 2}', "BK-71206"),
    ],
)
def test_a_bookings_number(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "PERSONAL_ID") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "booking 2 adults for 2024",
        "the booking 2024 season opens soon",
        "reserve 500MB of memory for the cache",
        "booking v2.3 api is deprecated",
    ],
)
def test_booking_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_reddit_user(pattern_mask: Mask) -> None:
    text = "my sister told everyone. u/marigold_fern_41 you called it"
    assert ("marigold_fern_41", "USERNAME") in scanned(pattern_mask, text)


@pytest.mark.parametrize("text", ["dose 5 u/min iv", "see /u/foo_bar/x for details", "u/spez said so"])
def test_unit_and_path_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_brazilian_signature_address_keeps_its_cep(pattern_mask: Mask) -> None:
    text = "Rua das Acácias 218, apto 31 · Vila Romana · São Paulo \u2013 SP · 05049-010\n+55 11 3871-0000"
    out = pattern_mask.protect(text)
    assert "05049-010" not in out
    assert "Vila Romana" not in out
