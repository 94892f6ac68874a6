"""Czech and Slovak possessive street names (``Štychova 5``, ``Kulhavého 12``) and ones a
preposition opens (``Na Příkopě 12``), Hungarian streets with a lower-case given name (``Ady
endre utca 203.``), the rest of the
Australian street types (``Taylor Ride``, ``Ocean Reach``), and towns whose name holds two
particles (``Krimpen aan den IJssel``, ``Waidhofen an der Thaya``) in brackets."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _addresses(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Note: customer lives at Štychova 5 in Ivančice and prefers email.", "Štychova 5"),
        ("Delivery to Kulhavého 12, Rotava.", "Kulhavého 12"),
        ("She lives at Hrdličkova 8 in Košice.", "Hrdličkova 8"),
        ("Pickup: 374 Taylor Ride, 2920 Jeremymouth. Call soon.", "374 Taylor Ride, 2920 Jeremymouth"),
        ("Pickup: Unit 51 374 Taylor Ride, 2920 Jeremymouth.", "Unit 51 374 Taylor Ride, 2920 Jeremymouth"),
        ("Ship to 8 Ocean Reach, Brighton VIC 3186.", "8 Ocean Reach, Brighton VIC 3186"),
    ],
)
def test_street_is_found(pattern_mask: Mask, text: str, address: str) -> None:
    assert address in " | ".join(_addresses(pattern_mask, text))
    out = pattern_mask.protect(text)
    assert address.split(",")[0] not in out
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    "text",
    [
        "The Supernova 3 release shipped in Berlin.",
        "Casanova 2 is a film.",
        "Version 3 of the Ride app is out.",
        "We reach 20 Gates on Monday.",
    ],
)
def test_ordinary_words_stay(pattern_mask: Mask, text: str) -> None:
    assert _addresses(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Forwarding the invoice from Bauer GmbH (Waidhofen an der Thaya) to Anna.", "Waidhofen an der Thaya"),
        ("Forwarding the invoice from Jan de Vries (Krimpen aan den IJssel) to Piet.", "Krimpen aan den IJssel"),
    ],
)
def test_town_with_two_particles_in_brackets(ner_mask: Mask, text: str, town: str) -> None:
    assert ("LOCATION", town) in [(s.type, text[s.start : s.end]) for s in ner_mask.scan([text])[0]]
    assert town not in ner_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Note: customer lives at Ady endre utca 203. in Budapest.", "Ady endre utca 203"),
        ("Hi team, delivery to Dózsa györgy tér 246., Szeged.", "Dózsa györgy tér 246"),
    ],
)
def test_hungarian_street_with_a_lower_case_given_name(pattern_mask: Mask, text: str, address: str) -> None:
    assert address in " | ".join(_addresses(pattern_mask, text))
    assert address not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Note: customer lives at V Poli 4 in Praha and prefers email.", "V Poli 4"),
        ("Note: customer lives at Pod Výšinkou 81 in Rožmberk nad Vltavou.", "Pod Výšinkou 81"),
        ("Delivery to Na Příkopě 12, 110 00 Praha.", "Na Příkopě 12, 110 00 Praha"),
        ("Ship to U Hostivařského Nádraží 7, Praha.", "U Hostivařského Nádraží 7"),
    ],
)
def test_czech_street_named_by_a_preposition(pattern_mask: Mask, text: str, address: str) -> None:
    assert address in " | ".join(_addresses(pattern_mask, text))
    out = pattern_mask.protect(text)
    assert address.split(",")[0] not in out
    assert out.startswith(text.split(" ")[0])  # the words before the address stay


@pytest.mark.parametrize("text", ["The V Neck 3 pack costs less.", "We ordered U Boat 2 yesterday.", "Pod Restarts 5"])
def test_a_capital_letter_and_a_number_are_no_czech_street(pattern_mask: Mask, text: str) -> None:
    assert _addresses(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ship to Main 12, 110 00 Praha.", "Main 12, 110 00 Praha"),
        ("Delivery to Otradovická 980, 140 08 Třemošnice.", "Otradovická 980, 140 08 Třemošnice"),
        ("Send it to Via del Corso 12, 00186 Roma.", "Via del Corso 12, 00186 Roma"),
        ("Pickup: Capellan puistokuja 3, 96247 Sonkajärvi.", "Capellan puistokuja 3, 96247 Sonkajärvi"),
        ("Label:\nWäinö Aaltosen polku 34\n32623 Saltvik", "Wäinö Aaltosen polku 34\n32623 Saltvik"),
    ],
)
def test_words_before_a_street_and_its_code_stay(pattern_mask: Mask, text: str, address: str) -> None:
    assert _addresses(pattern_mask, text) == [address]
