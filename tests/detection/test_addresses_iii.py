"""Street addresses and postcodes in Nordic, Finnish, Polish, Czech, Hungarian, Romanian,
Australian, Canadian and Mexican shapes, and the harmless text next to them that stays as it is."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Budget
from mask.core.detectors.address import AddressDetector, address_detector


@pytest.fixture(scope="module")
def detector() -> AddressDetector:
    return address_detector(40)


def _found(detector: AddressDetector, text: str, threshold: float = 0.5) -> list[tuple[str, str]]:
    spans = detector.detect([text], [[]], Budget())[0]
    return [(s.type, text[s.start : s.end]) for s in spans if s.score >= threshold]


@pytest.mark.parametrize(
    "text,address",
    [
        # Swedish -stigen, Finnish -bulevardi and -tie, Danish "Allé" written apart
        ("Please deliver to Parkstigen 5, 41101 Göteborg.", "Parkstigen 5, 41101 Göteborg"),
        ("The delivery to Pohjolanbulevardi 5 is late.", "Pohjolanbulevardi 5"),
        ("Pickup: Vaakalinnuntie 6, 12932 Nurmes. Call me.", "Vaakalinnuntie 6, 12932 Nurmes"),
        ("Customer lives at Nordmarks Allé 386 in Rynkeby.", "Nordmarks Allé 386"),
        ("Ship to:\nGammel Køge Lande Allé 6\n3995 Grenaa", "Gammel Køge Lande Allé 6\n3995 Grenaa"),
        # Polish "al." (aleja) before a capitalised name and a house number
        ("Please deliver to al. Azaliowa 64/63 today.", "al. Azaliowa 64/63"),
        ("Pickup: al. Jana 40/46, 24-688 Gliwice. Call me.", "al. Jana 40/46, 24-688 Gliwice"),
        # Australian unit/number and street types
        (
            "Shipping label:\nEmily Potter\n81/5 Rachel Gully\nFrederickfort, NSW, 0950",
            "81/5 Rachel Gully\nFrederickfort, NSW, 0950",
        ),
        ("Pickup: 6 Linda Circus, 2920 Greenberg. Call me.", "6 Linda Circus, 2920 Greenberg"),
        # an Australian state named in full: the city, state and postcode are part of the address
        ("Ship to 88 Pine Avenue, Port Whiteberg, Victoria 2659", "88 Pine Avenue, Port Whiteberg, Victoria 2659"),
        ("Send to 93 Lynn Firetrail, Jennaburgh, Victoria 5306 now", "93 Lynn Firetrail, Jennaburgh, Victoria 5306"),
        # Romanian street words, "Nr." and the block, staircase and flat tail, a city then a 6-digit code
        (
            "Shipping label:\nBucur Toma\nDrumul Mazilescu Nr. 88 Bl. 40  Sc. 40 Ap. 986\nAvrig, 924602",
            "Drumul Mazilescu Nr. 88 Bl. 40  Sc. 40 Ap. 986\nAvrig, 924602",
        ),
        ("Pickup: Bulevardul Ababei, 126293 Moreni. Call me.", "Bulevardul Ababei, 126293 Moreni"),
        ("Ship to:\nIntrarea Dobre\nVatra Dornei, 483668", "Intrarea Dobre\nVatra Dornei, 483668"),
        # Czech: a city with "na"/"nad" after the code
        (
            "Shipping label:\nRenata Horváthová\nPanuškova 270\n459 69 Ivanovice na Hané",
            "Panuškova 270\n459 69 Ivanovice na Hané",
        ),
        ("Pickup: Evropská 3, 775 45 Kynšperk nad Ohří. Call me.", "Evropská 3, 775 45 Kynšperk nad Ohří"),
        # Hungarian: the house number's dot, then H- and the code
        (
            "Pickup: Szabadság utca 153., H-1214 Egyházashátharaszti. Call me.",
            "Szabadság utca 153., H-1214 Egyházashátharaszti",
        ),
        ("Ship to:\nNagykanizsai utca 64.\nH-3146 Hódmezővásárhely", "Nagykanizsai utca 64.\nH-3146 Hódmezővásárhely"),
        # a Canadian code without its space, a Mexican code with its 4-digit suffix, before the city
        (
            "Pickup: 2203 Wendy Wells Apt. 469, P4H9P6 Strongside. Call me.",
            "2203 Wendy Wells Apt. 469, P4H9P6 Strongside",
        ),
        ("Pickup: 10276 Sharon Roads, G7M 6A3 Stoneborough. Call me.", "10276 Sharon Roads, G7M 6A3 Stoneborough"),
        (
            "Pickup: Boulevard México 267 Interior 094, 94766-4476 San Olivia de la Montaña. Call me.",
            "Boulevard México 267 Interior 094, 94766-4476 San Olivia de la Montaña",
        ),
    ],
)
def test_street_and_postcode_shapes(detector: AddressDetector, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(detector, text)


@pytest.mark.parametrize(
    "text,city",
    [
        ("Customer lives at Kossuth utca 12. in Lajosfürdőberény and prefers mail.", "Lajosfürdőberény"),
        ("The delivery to Pohjolanbulevardi 5, Evijärvi.", "Evijärvi"),
    ],
)
def test_a_city_after_the_address_is_a_location(detector: AddressDetector, text: str, city: str) -> None:
    assert ("LOCATION", city) in _found(detector, text)


HARMLESS = [
    # "al." of a citation, or without a capitalised name and a number after it
    "As shown by Smith et al. Nature 2019, the effect holds.",
    "Smith et al. Azaliowa 64 reported the same.",
    "Jones et. al. Science 12, 2020.",
    "see al. 5 for details",
    "et al. 2019",
    # numbers and codes that are no postcode after no street
    "Table 5 | 459 69 rows",
    "Table 5\n459 69 rows",
    "Windows 10, 64000 Users.",
    "H-1 visa holders and H-1B applicants",
    "Upgrade to version 2.3.1., H-1214 Build passed.",
    "Patch 12.5., H-2000 Servers",
    "Release 4.2., 1214 Fixes.",
    "Order 12, 123456 Items.",
    "Order 12345, 123456 Widgets shipped.",
    "Ticket 4521, 94766-4476 Payment",
    "Version 1.2, 123456 Downloads",
    "PR 1234 Fixes, 123456 Tests pass",
    "Build 1234 Main, P4H9P6 Strongside",
    "Invoice 2023-11, A1B2C3 Token",
    "Route 66, 123456 Users.",
    # French "allé" (a past participle) in lower case
    "Je suis allé 3 fois à Paris.",
    "Il est allé 25 jours en vacances.",
    "Nous sommes allé 2 fois au marché.",
    # English words that end like a street word
    "We shipped 3 Big Blocks today.",
    "The 3 Ring Circus opens at 8pm.",
    "He bought 2 Necktie 5 packs.",
    "Ap. 5 of the spec says so.",
    "The function strada(5) returns 6.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_has_no_address(detector: AddressDetector, text: str) -> None:
    assert _found(detector, text) == []


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_is_not_altered(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text,value",
    [
        ("Hi team, the delivery to Parkstigen 5, Göteborg.", "Parkstigen 5"),
        ("Customer lives at Nordmarks Allé 386 in Rynkeby and prefers mail.", "Nordmarks Allé 386"),
        ("About the delivery to al. Azaliowa 64/63, Mława.", "Azaliowa"),
        ("Pickup: Szabadság utca 153., H-1214 Egyházashátharaszti. Call me.", "H-1214"),
        ("Pickup: Bulevardul Ababei, 126293 Moreni. Call me.", "126293"),
        ("Pickup: 2203 Wendy Wells Apt. 469, P4H9P6 Strongside. Call me.", "P4H9P6"),
        ("Pickup: Calle Hidalgo 12, 94766-4476 Monterrey. Call me.", "94766-4476"),
    ],
)
def test_protect_leaves_no_address_part_in_clear(pattern_mask: Mask, text: str, value: str) -> None:
    assert value not in pattern_mask.protect(text)
