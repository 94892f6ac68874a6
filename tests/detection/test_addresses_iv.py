"""Addresses, fourth round: Czech and Slovak street adjectives without a postcode, Indian
addresses (``H.No.``, ``Marg``/``Nagar``/``Ganj``/``Chowk``, state and PIN), more Australian
street types, Irish Eircodes; and the dotted international phone layout (``+61.2.3044.5371``)."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in mask.scan([text])[0]]


@pytest.mark.parametrize(
    ("text", "street", "city"),
    [
        ("Please arrange the delivery to Branišovská 74, Raspenava.", "Branišovská 74", "Raspenava"),
        ("The customer lives at Kadaňská 44 in Chlumec nad Cidlinou and prefers mornings.", "Kadaňská 44", None),
        ("Deliver to Podléšková 3, Beroun.", "Podléšková 3", "Beroun"),
        ("Please deliver it to Nádražní 12, Kolín.", "Nádražní 12", "Kolín"),
    ],
)
def test_czech_street_adjectives_before_a_city(pattern_mask: Mask, text: str, street: str, city: str | None) -> None:
    found = _found(pattern_mask, text)
    assert ("STREET_ADDRESS", street) in found
    if city is not None:
        assert ("LOCATION", city) in found
    out = pattern_mask.protect(text)
    assert street not in out


@pytest.mark.parametrize("text", ["Jana Nováková 35 let pracuje v Praze.", "Paní Nováková 3 dny chyběla.", "Školní 5"])
def test_a_surname_or_a_lone_street_word_and_a_number_is_no_address(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "My new address is H.No. 841, Mutti Marg, Satara, Meghalaya 805009. Thanks",
            "H.No. 841, Mutti Marg, Satara, Meghalaya 805009",
        ),
        ("Pickup: H.No. 45, Keer Marg, 341277 Bhopal. Call me.", "H.No. 45, Keer Marg, 341277 Bhopal"),
        (
            "Ship to 52/77, Muni Nagar, Fatehpur, Uttar Pradesh 934512 today",
            "52/77, Muni Nagar, Fatehpur, Uttar Pradesh 934512",
        ),
        ("Ship to: 816, Gala Road, Pune-621564.", "816, Gala Road, Pune-621564"),
        ("Pickup: 09/98, Sinha Ganj, 527213 Bhopal.", "09/98, Sinha Ganj, 527213 Bhopal"),
    ],
)
def test_indian_addresses(pattern_mask: Mask, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["the Gandhi Marg was busy", "version 3 Nagar release", "I love Goa 2024 trips"])
def test_indian_street_words_alone_are_no_address(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pickup: 293/1 Stokes Ground, 2915 Annamouth. Call", "293/1 Stokes Ground, 2915 Annamouth"),
        ("Pickup: 30 Kerr Anchorage, 2422 East Angela. Call", "30 Kerr Anchorage, 2422 East Angela"),
        (
            "Label for 747 Ruben Intersection, Monicaberg, New South Wales 2990 x",
            "747 Ruben Intersection, Monicaberg, New South Wales 2990",
        ),
    ],
)
def test_australian_street_types(pattern_mask: Mask, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["we met at the Ground floor 3", "take 2 Subway sandwiches", "level 3 Basin"])
def test_australian_street_types_need_an_address(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Pickup: 12 Main Street, D77 XV1P Dublin. Call", "12 Main Street, D77 XV1P Dublin"),
        ("Ship to 4 Kerr Road, H70YW3X Ballina.", "4 Kerr Road, H70YW3X Ballina"),
    ],
)
def test_irish_eircodes_after_a_street(pattern_mask: Mask, text: str, address: str) -> None:
    assert ("STREET_ADDRESS", address) in _found(pattern_mask, text)


def test_a_code_that_is_no_eircode_is_left_out(pattern_mask: Mask) -> None:
    text = "Read 12 Main Street, A123 ABCD"  # B, G, I... never start an Eircode; A123 is no routing key
    assert ("STREET_ADDRESS", "12 Main Street") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("She prefers +61.2.3044.5371 after 6pm", "+61.2.3044.5371"), ("ring me on +61.8.4300.7120?", "+61.8.4300.7120")],
)
def test_a_dotted_international_number_is_a_phone(pattern_mask: Mask, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["version +1.2.3 released", "+1.5 points"])
def test_a_signed_version_or_figure_is_no_phone(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can you ring Sole back on Monday?", "Sole"),
        ("Can you ring Jan back tomorrow?", "Jan"),
        ("Please call Julio back.", "Julio"),
        ("Could you call Martin back before noon?", "Martin"),
    ],
)
def test_a_name_that_is_an_ordinary_word_before_back(ner_mask: Mask, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(ner_mask, text)
    assert name not in ner_mask.protect(text)


def test_back_after_an_ordinary_word_alone_names_no_one(ner_mask: Mask) -> None:
    text = "Call Support back later."
    assert not any(t == "PERSON" for t, _ in _found(ner_mask, text))
