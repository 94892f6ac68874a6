"""Numbers a label ties to one person: a hotel's confirmation or reservation number, a landlord's
tenant number, a tradesperson's licence, an insurance claim's number in other languages; and
registration marks after ``plate`` or a state's ``tag`` that the plate shapes left out."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Booking confirmed\nConfirmation number: QK-4410-8821\nGuest: A. Reyes", "QK-4410-8821"),
        ("Pension Alpenrose · Reservation 71-30452\n\nDear guest,", "71-30452"),
        ("Unsere Reservierungsnummer: RS-99102, Anreise Freitag", "RS-99102"),
        ("Ons huurdersnummer is HB-551207, graag snel reactie.", "HB-551207"),
        ("Tenant ref: TN/88213 — boiler still broken", "TN/88213"),
        ("Paora Ruawai | Registered Electrician EW 204517\n", "EW 204517"),
        ("Gas Safe reg 548811 — boiler serviced", "548811"),
        ("N. sinistro: 2023/MI/0442190\nContraente: X", "2023/MI/0442190"),
        ("Número de siniestro: SN-2024-778120", "SN-2024-778120"),
    ],
)
def test_a_labelled_persons_number_is_masked(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your reservation. See you soon!",
        "Reservation for 2 at 19:30, window table please.",
        "We made the reservation 3 weeks ago.",
        "lato sinistro 3 cm, nessun danno",
        "The electrician arrived at 9 and left at 11.",
    ],
)
def test_reservation_and_claim_words_alone_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Silver Corolla  |  Plate: KT 30947\nPassenger: M. Abe", "KT 30947"),
        ("a blue van, Conn. plate 4RT 8K2, seen leaving at 3am", "4RT 8K2"),
        ("an unregistered camper (TX tag 7720KD) blocks the lane", "7720KD"),
    ],
)
def test_more_plate_shapes_after_their_word(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "the plate is ISO 14001 certified",
        "git tag 2024RC1 pushed to origin",
        "price tag 4599AB on the shelf",
        "hot plate 2000W, two rings",
    ],
)
def test_plate_and_tag_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Plates still on (OH KT 52291) until the sale.", "KT 52291"),
        ("registration (CA 7ABC123) pending renewal", "7ABC123"),
    ],
)
def test_a_plate_in_brackets_after_its_state_is_masked(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize("text", ["price tag (US 4599) applies", "the tag (v2 release) was cut"])
def test_brackets_after_tag_words_without_a_plate_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
