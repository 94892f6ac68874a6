"""German streets named by a preposition (``Am Lindenhof 3a``, ``An der Alster 7``, ``Unter den
Linden 77``) and a floor after the house number (``2. OG``, ``3. Stock links``, ``EG``): the
address lost its ``Am``, or its postal code and town stayed in clear after the floor. A
preposition, a capitalised word and a number with no postal tail stay (``Am Montag 5 Uhr``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lieferadresse: Am Lindenhof 3a, 2. OG, 50667 Köln", "Am Lindenhof 3a, 2. OG, 50667 Köln"),
        (
            "Bitte an An der Alster 7, 3. Stock links, 20099 Hamburg senden.",
            "An der Alster 7, 3. Stock links, 20099 Hamburg",
        ),
        ("Unter den Linden 77, 10117 Berlin", "Unter den Linden 77, 10117 Berlin"),
        ("Auf dem Berg 5\n72070 Tübingen", "Auf dem Berg 5\n72070 Tübingen"),
        ("Zum Anger 2, 99084 Erfurt", "Zum Anger 2, 99084 Erfurt"),
        ("Hauptstraße 5, EG, 10115 Berlin", "Hauptstraße 5, EG, 10115 Berlin"),
    ],
)
def test_a_german_street_with_a_preposition_or_a_floor(pattern_mask: Mask, text: str, address: str) -> None:
    assert _streets(pattern_mask, text) == [address]
    out = pattern_mask.protect(text)
    assert address not in out and address.split()[-1] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag 5 Uhr treffen wir uns",
        "Im Jahr 2020, 12 Teilnehmer",
        "In der Regel 3 Tage, 14 Stunden",
        "Zur Info 2 Punkte",
    ],
)
def test_a_preposition_and_a_number_without_a_tail_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text
