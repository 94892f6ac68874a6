"""A street whose type is a risky word ending or a lower-case word (``Sofiabaan 2``,
``Timm-Nette-Ring 4777``, ``Africká 609``, ``boulevard de Morard 83``) counts when ``at``,
``to``, ``from``, ``near`` or ``on`` comes right before it, or a city right after it; that city
is then a LOCATION. A house number that reads as a year gives no such evidence."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _typed(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "street", "city"),
    [
        ("Your appointment is at Sofiabaan 2, Oud-Vossemeer. To reschedule call us.", "Sofiabaan 2", "Oud-Vossemeer"),
        ("Where: Mararing 4, Vorstenbosch\nDial-in: 088 8021403", "Mararing 4", "Vorstenbosch"),
        ("the router at Vellikellontie 4 in Hartola keeps dropping", "Vellikellontie 4", "Hartola"),
        ("Reminder: appointment at Africká 609, Police nad Metují.", "Africká 609", "Police nad Metují"),
        ("Meet at aleja Wspólna 398, Skawina.", "aleja Wspólna 398", "Skawina"),
        ("The router at Puchnerring 9/6 in Schrems keeps dropping.", "Puchnerring 9/6", "Schrems"),
        ("I'm calling about the flat on Timm-Nette-Ring 4777.", "Timm-Nette-Ring 4777", None),
        ("Your driver is 5 min away from boulevard de Morard 83. Reply STOP.", "boulevard de Morard 83", None),
    ],
)
def test_a_locative_or_a_city_makes_a_weak_street_count(
    pattern_mask: Mask, text: str, street: str, city: str | None
) -> None:
    typed = _typed(pattern_mask, text)
    assert ("STREET_ADDRESS", street) in typed
    if city is not None:
        assert ("LOCATION", city) in typed
    out = pattern_mask.protect(text)
    assert street not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "See you at Spring 2024, Berlin.",
        "We met at Spring 2019 in Boston and again later.",
        "The Keypad 3 button sticks.",
        "Bring 2 chairs.",
    ],
)
def test_no_street_without_evidence(pattern_mask: Mask, text: str) -> None:
    assert not [v for t, v in _typed(pattern_mask, text) if t == "STREET_ADDRESS"]
