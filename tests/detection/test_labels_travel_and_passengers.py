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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Personeelsnummer P-44821.", "P-44821"),
        ("Numer pracownika: 004417", "004417"),
        ("Numero dipendente: 55120", "55120"),
    ],
)
def test_an_employee_number_of_other_languages(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


def test_an_ai_agent_s_id_stays(pattern_mask: Mask) -> None:
    text = '{"agent_id": "agt_7f3a9c", "run_id": "run_42"}'
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Numéro de registre national : 88.02.14-271.07", "88.02.14-271.07"),
        ("Rijksregisternummer: 88.02.14-271.07", "88.02.14-271.07"),
        ("the near miss: rego 1XK 4TR.", "1XK 4TR"),
        ("Matrícula: 4829 KLM", "4829 KLM"),
        ("plat nomor B 4721 KJT", "B 4721 KJT"),
    ],
)
def test_a_belgian_national_number_and_plates_of_more_countries(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)


@pytest.mark.parametrize("text", ["rego is due in May", "registration 2024 opens Monday", "reg. 2019/1148 of the EU"])
def test_no_plate_without_its_shape(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
