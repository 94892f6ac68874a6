"""Postcodes and address tails of Japan, China, Turkey, the Philippines, Mexico and Argentina: a
Japanese code after its postal mark (``\u3012150-0002``) on a line of its own, Chinese postcode and
landline labels (``\u90ae\u7f16``, ``\u5ea7\u673a``), Argentina's CPA after a street (``B1642ABC San
Isidro``), a district and its city joined by a slash (``\u00c7ankaya/Ankara``), a capital's
abbreviation ending the address (``CDMX``, ``CABA``) and a condominium's unit, tower and building
before its town and code. Look-alikes stay: a part number, a word pair with a slash after a street,
a course's unit and a building."""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "\u914d\u9001\u5148\uff1a\n\u3012530-0001\n\u5927\u962a\u5e9c\u5927\u962a\u5e02\u5317\u533a\u6885\u75301\u4e01\u76ee",
            "530-0001",
        ),
        ("\u3012 812-0011 \u798f\u5ca1\u770c", "812-0011"),
        ("\u3012460\uff0d0008", "460\uff0d0008"),  # full-width dash
        ("The parcel came back from \u3012063-0812, please check it.", "063-0812"),
    ],
)
def test_code_after_the_japanese_postal_mark(pattern_mask: Mask, text: str, code: str) -> None:
    assert (code, "ZIP_CODE") in scanned(pattern_mask, text)
    assert code not in pattern_mask.protect(text)


def test_postal_mark_before_an_address_on_its_line_is_the_address(pattern_mask: Mask) -> None:
    """On the address's own line the mark and code open the Japanese address, one span."""
    text = "\u3012150-0041 \u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u795e\u53572-3-4"
    assert scanned(pattern_mask, text) == [(text, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("\u90ae\u7f16\uff1a310012", "310012", "ZIP_CODE"),
        ("\u90ae\u653f\u7f16\u7801 518057", "518057", "ZIP_CODE"),
        ("\u90f5\u905e\u5340\u865f\uff1a40341", "40341", "ZIP_CODE"),
        ("\u90f5\u4fbf\u756a\u53f7\uff1a980-0811", "980-0811", "ZIP_CODE"),
        ("\uc6b0\ud3b8\ubc88\ud638: 48058", "48058", "ZIP_CODE"),
        ("\u5ea7\u673a\uff1a010-8527 3316", "010-8527 3316", "PHONE_NUMBER"),
        ("\u56fa\u8bdd\uff1a0755-2651 4409", "0755-2651 4409", "PHONE_NUMBER"),
        ("\u56fa\u5b9a\u7535\u8bdd 020-3862 1175", "020-3862 1175", "PHONE_NUMBER"),
    ],
)
def test_chinese_postcode_and_landline_labels(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Env\u00edo a Av. Santa Fe 3250, B1642ABC San Isidro.", "Av. Santa Fe 3250, B1642ABC San Isidro"),
        ("Datos: Av. Cabildo 2040, 3\u00ba A, C1428AAR CABA. Cel", "Av. Cabildo 2040, 3\u00ba A, C1428AAR CABA"),
        ("Mi domicilio: Humboldt 1550, C1414CTN Buenos Aires.", "Humboldt 1550, C1414CTN Buenos Aires"),
    ],
)
def test_argentine_cpa_after_a_street(pattern_mask: Mask, text: str, address: str) -> None:
    assert (address, "STREET_ADDRESS") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Kargo: Atat\u00fcrk Bulvar\u0131 No: 45 Daire 3, \u00c7ankaya/Ankara. Te\u015fekk\u00fcrler",
            "Atat\u00fcrk Bulvar\u0131 No: 45 Daire 3, \u00c7ankaya/Ankara",
        ),
        (
            "Adres: Cumhuriyet Caddesi No: 88 D:4, Konak / \u0130zmir",
            "Cumhuriyet Caddesi No: 88 D:4, Konak / \u0130zmir",
        ),
    ],
)
def test_district_and_city_joined_by_a_slash(pattern_mask: Mask, text: str, address: str) -> None:
    assert address in [value for value, etype in scanned(pattern_mask, text) if etype == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Factura a: Calle Puebla 118, Int. 2, Col. Condesa, C.P. 06140, Alcald\u00eda Cuauht\u00e9moc, CDMX. Tel",
            "Alcald\u00eda Cuauht\u00e9moc, CDMX",
        ),
        ("Entrega en Av. Rivadavia 6100, 2\u00ba C, CABA. Gracias", "CABA"),
        ("Calle Tonal\u00e1 70, Col. Roma Sur, CDMX", "CDMX"),
        ("Av. Revoluci\u00f3n 1400, Col. Guadalupe Inn, 01020 \u00c1lvaro Obreg\u00f3n, CDMX", "CDMX"),
    ],
)
def test_capital_abbreviation_after_an_address(pattern_mask: Mask, text: str, place: str) -> None:
    assert place not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Paki-deliver sa Unit 807, Tower 3, Azure Bay Residences, Para\u00f1aque City 1700. Salamat",
            "Unit 807, Tower 3, Azure Bay Residences, Para\u00f1aque City 1700",
        ),
        (
            "Unit 12F Tower A, Lumiere Condominium, Pasig City 1605",
            "Unit 12F Tower A, Lumiere Condominium, Pasig City 1605",
        ),
        ("Ship to: Suite 2104, Marina Heights Tower", "Suite 2104, Marina Heights Tower"),
    ],
)
def test_condominium_unit_tower_and_building(pattern_mask: Mask, text: str, address: str) -> None:
    assert (address, "STREET_ADDRESS") in scanned(pattern_mask, text)


def test_condominium_with_names_read(ner_mask: Mask) -> None:
    text = "Deliver to Unit 2203, Tower 1, Verdant Crest Residences, Taguig City 1634. Receiver: Ana Reyes."
    out = ner_mask.protect(text)
    for value in ("2203", "Verdant Crest Residences", "Taguig City", "1634"):
        assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        "Ordered part no. C1045AAB Rev B from the catalogue.",  # a CPA's shape with no street
        "Revise Unit 4, Science Building blocks before Friday.",  # a course's unit, no town
        "Unit 4, Tower 2",  # no building's name
        "Meet at the CDMX office, CABA team too.",  # no address before
    ],
)
def test_look_alikes_stay(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ship to 12 Main Street, Yes/No questions follow.", "12 Main Street"),
        ("Send it to 8 Elm Road, Pass/Fail grading.", "8 Elm Road"),  # the slash pair does not end the part
    ],
)
def test_a_slash_pair_after_a_street_is_no_town(pattern_mask: Mask, text: str, address: str) -> None:
    assert [v for v, etype in scanned(pattern_mask, text) if etype == "STREET_ADDRESS"] == [address]
