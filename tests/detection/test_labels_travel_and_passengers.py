"""Travel documents' values found by hand that stayed in clear: a passenger or a guest under a
label of Spanish, French, Portuguese, Italian or Dutch; frequent-flyer and loyalty numbers under
their German and Portuguese labels; an airline's e-ticket number (its carrier's three digits and
ten more) after ``Ticket``; the US redress number and Known Traveler Number; a booking's locator
in Spanish. A support desk's ticket number stays: it is shorter."""

from __future__ import annotations

import pytest

from mask.core import Mask


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passageiro: SOUZA LIMA/MARIANA CAROLINA SRA", "MARIANA"),
        ("Pasajero: Juan Pérez García", "Juan Pérez García"),
        ("Passager : Élodie Marchand", "Élodie Marchand"),
        ("Passagier: Sanne de Vries", "Sanne de Vries"),
        ("Vielfliegernummer: 992004417731552", "992004417731552"),
        ("Fidelidade: 44188273015", "44188273015"),
        ("Ticket: 074 2411837729", "2411837729"),
        ("Bilhete: 957 2288417035", "2288417035"),
        ("e-ticket number: 057-2418835096", "2418835096"),
        ("Redress number: 2231884", "2231884"),
        ("Known Traveler Number: 98844172", "98844172"),
        ("Localizador: WQ4T7B", "WQ4T7B"),
    ],
)
def test_protected(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ticket number: 4821",
        "ticket 12345 closed",
        "Ticket #4821 was resolved",
        "ticket number 3 in the queue",
        "Open a ticket no later than Friday",
    ],
)
def test_support_tickets_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
