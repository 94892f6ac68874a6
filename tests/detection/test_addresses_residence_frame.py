"""What a contract or a letter says someone lives at (``residing at 7 Wheeler Tunnel,
Deanside``), or where people meet (``See you at 8 Taylor Center on Monday``), is a street, even when its type is one the street pattern does not know or it has
no house number; the frame alone, without a number or a street word, reads nothing."""

from __future__ import annotations

import pytest

from mask.core import Mask


def _streets(mask: Mask, text: str) -> list[str]:
    return [text[s.start : s.end] for s in mask.scan([text])[0] if s.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ('and Dr Marian Taylor, residing at 7 Wheeler Tunnel, Deanside (the "Client").', "7 Wheeler Tunnel"),
        (
            'Acme Ltd, 12 High Street, and Jean Petit, residing at chemin Roussel, Lyon (the "Client").',
            "chemin Roussel",
        ),
        ("The tenant, who lives at 4 Nguyen Cutting, has paid.", "4 Nguyen Cutting"),
        ("Mr Okafor, domiciled at 18 Ashgrove Break; born 1970.", "18 Ashgrove Break"),
        ("Subject: Re: visit\n\nSee you at 8 Taylor Center on Monday.", "8 Taylor Center"),
        ("See you at 4 Murphy Mountains on Monday.", "4 Murphy Mountains"),
        ("Meet me at 27 Eje vial Olmos tomorrow, 10 am.", "27 Eje vial Olmos"),
    ],
)
def test_a_street_in_a_frame_of_residence(pattern_mask: Mask, text: str, street: str) -> None:
    assert street in _streets(pattern_mask, text)
    assert street not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    "text",
    [
        "He lives at home with his parents, aged 12.",
        "She has been living at the office lately, 24 hours a day.",
        "Residing at the moment in room 12, ward B.",
        "The service lives at Version 2.0, release notes below.",
        "It lives at The Hub since 2019, floor 3.",
        "See you at 5 PM on Monday.",
        "See you at 2 Tuesday then.",
        "See you at 12 Noon on Monday.",
        "see you at 3 o'clock",
        "Meet me at 10 minutes past six.",
    ],
)
def test_the_frame_alone_reads_no_street(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adresa: Václavské náměstí 1, 110 00 Praha 1", "Václavské náměstí 1, 110 00 Praha 1"),
        ("Adresa: Pařížská 12, 110 00 Praha 1", "Pařížská 12, 110 00 Praha 1"),
        ("Adres: Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
        ('{"adres": "Keizersgracht 123"}', "Keizersgracht 123"),
        ("Osoite: Mannerheimintie 5 A 7", "Mannerheimintie 5 A 7"),
    ],
)
def test_a_district_number_and_address_labels_of_more_languages(pattern_mask: Mask, text: str, value: str) -> None:
    out = pattern_mask.protect(text)
    assert not any(part in out for part in ("Praha", "Keizersgracht", "Mannerheimintie", "náměstí"))
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Hola, soy Lucía y vivo en la calle Mayor 12 de Zaragoza.", "calle Mayor 12"),
        ("bydlím v Brně na ulici Masarykova 10. Telefon 602 123 456.", "ulici Masarykova 10"),
        ("mieszkam w Krakowie przy ulicy Długiej 7.", "ulicy Długiej 7"),
        ("Ich wohne Goethestraße 4 seit 2019.", "Goethestraße 4"),
    ],
)
def test_a_street_after_an_article_a_first_person_verb_or_an_inflected_street_word(
    pattern_mask: Mask, text: str, street: str
) -> None:
    assert any(street in s for s in _streets(pattern_mask, text))


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Your appointment is on Tuesday at 9:30 at rue de Rey, Duroux. Call 0612345678.", "rue de Rey"),
        (
            "Hi Anna, your driver is 5 min away from boulevard de Crivelli. Questions: 0612345678.",
            "boulevard de Crivelli",
        ),
        ("the router at boulevard Chopard in Lausanne keeps dropping. Callback on 0612345678", "boulevard Chopard"),
    ],
)
def test_a_named_street_without_a_number_after_a_locative(pattern_mask: Mask, text: str, street: str) -> None:
    assert street in _streets(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    ["Sent 2 files via Email to Anna", "It will take place Monday 3 May", "the avenue of growth in 2024", "at rue 5"],
)
def test_no_named_street_without_a_capitalised_name_or_with_an_ambiguous_type(pattern_mask: Mask, text: str) -> None:
    assert _streets(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Only downside: parking on Fahlanderin puistopolku 8 is a nightmare.", "Fahlanderin puistopolku 8"),
        ("asun Capellan puistokuja 3, Helsinki", "Capellan puistokuja 3"),
    ],
)
def test_finnish_street_words_written_apart(pattern_mask: Mask, text: str, street: str) -> None:
    assert street in _streets(pattern_mask, text)


def test_an_english_tie_is_no_street(pattern_mask: Mask) -> None:
    assert _streets(pattern_mask, "He wore a Windsor tie 3 times") == []
