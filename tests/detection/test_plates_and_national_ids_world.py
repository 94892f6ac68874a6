"""Vehicle plates under a plate's label in many languages, and national identifiers behind labels of
more countries or alone in a shape their check makes specific: what stayed in clear before.

Plates: Turkish ``Plaka``, Dutch ``kenteken``, Polish ``numer rejestracyjny`` (and the JSON key
``nrRejestracyjny``), Malay ``no. kereta``, India's ``Vehicle No``, a Korean plate with its Hangul
syllable, a plate in a log line's quotes (``plate="BX21 KLO"``). A plate alone, without its label,
stays: ``KA 03 MJ 4521`` in prose is as much a product code or a grid reference.

National identifiers: the Turkish ``Numaras\u0131`` (a dotless i), a MyKad number with its dashes,
Indonesia's NIK in a column of aligned colons, Vietnam's ``CCCD/C\u0103n c\u01b0\u1edbc``, a Belgian national
number with its dots, Taiwan's and Hong Kong's numbers with their published checks, a Saudi
number after its Arabic label, a Chinese resident number glued to its label, Spain's social
security affiliation number, a Dutch BSN after a qualified label; a passport column of a plain
pipe table whose header has a long column name and ``N\u00b0 de passeport``."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detectors.national_ids import is_hk_id, is_tw_id

from .conftest import scanned

PLATES = [
    ("Plaka: 06 BRS 77", "06 BRS 77"),
    ("Plaka: 35 AF 4012", "35 AF 4012"),
    ("Ara\u00e7 plakas\u0131: 34 ABC 123", "34 ABC 123"),
    ("kenteken: K-213-RV", "K-213-RV"),
    ('nrRejestracyjny: "WX 48217"', "WX 48217"),
    ("Numer rejestracyjny: WX 48217", "WX 48217"),
    ("no. kereta WVK 4821", "WVK 4821"),
    ("Vehicle No: HR 51 BK 7784", "HR 51 BK 7784"),
    ("Vehicle Number: KA 03 MJ 4521", "KA 03 MJ 4521"),
    ("targa: GF 482 TX", "GF 482 TX"),
    ("placa: RIO2A18", "RIO2A18"),
    ("\ucc28\ub7c9\ubc88\ud638: 38\ub098 7412", "38\ub098 7412"),
    ('ts=2024-05-01T10:00:00Z plate="BX21 KLO" gate=3', "BX21 KLO"),
    ("Plate No: ABC 1234", "ABC 1234"),
    # already protected before: they stay so
    ("Plate: 4817 KDZ", "4817 KDZ"),
    ("Matr\u00edcula: 4817 KDZ", "4817 KDZ"),
    ("Kennzeichen: M-AB 1234", "M-AB 1234"),
]


@pytest.mark.parametrize(("text", "value"), PLATES)
def test_a_plate_under_its_label(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "VEHICLE_ID") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("targa", "GF 482 TX"),
        ("placa", "RIO2A18"),
        ("plaka", "06 BRS 77"),
        ("kenteken", "K-213-RV"),
        ("nrRejestracyjny", "WX 48217"),
        ("vehiclePlate", "BX21 KLO"),
        ("vehicle_no", "HR 51 BK 7784"),
    ],
)
def test_a_plate_under_a_json_key(pattern_mask: Mask, key: str, value: str) -> None:
    text = f'{{"{key}": "{value}", "status": "parked"}}'
    assert (value, "VEHICLE_ID") in scanned(pattern_mask, text)


NATIONAL_IDS = [
    ("T.C. Kimlik Numaras\u0131: 10180523336", "10180523336"),
    ("T.C. Kimlik No: 10180523336", "10180523336"),
    ("tc kimlik laz\u0131msa 35271003696", "35271003696"),  # a word between: the number's check decides
    ("IC saya 960201-10-9905", "960201-10-9905"),
    ("960201-10-9905", "960201-10-9905"),  # a date of birth and a place of birth's code: alone too
    ("NIK              : 3471702309850748", "3471702309850748"),
    ("S\u1ed1 CCCD/C\u0103n c\u01b0\u1edbc: 079189004512", "079189004512"),
    ("rijksregisternummer nodig: 79.08.20-858.63", "79.08.20-858.63"),
    ("\u8eab\u5206\u8b49\u5b57\u865f\uff1aA284578248", "A284578248"),
    ("\u8eab\u5206\u8b49\u5b57\u865f: F131104093", "F131104093"),
    ("Her ID is A123456789.", "A123456789"),
    ("\u9999\u6e2f\u8eab\u4efd\u8b49\u865f\u78bc\u70ba K997365(6)", "K997365(6)"),
    ("HKID G123456(A) on file", "G123456(A)"),
    (
        "\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0648\u0637\u0646\u064a\u0629: 1815055940",
        "1815055940",
    ),
    (
        "\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0648\u0637\u0646\u064a\u0629 \u0647\u0648 1815055940",
        "1815055940",
    ),
    ("\u8eab\u4efd\u8bc151010719781222364X", "51010719781222364X"),  # the label decides: no check
    ("N\u00ba afiliaci\u00f3n Seguridad Social: 28/12345678/40", "28/12345678/40"),
    ("Seguridad Social: 28/12345678/40", "28/12345678/40"),
    ("Burgerservicenummer (BSN) van de verzekerde: 145527013", "145527013"),
]


@pytest.mark.parametrize(("text", "value"), NATIONAL_IDS)
def test_a_national_id(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "NATIONAL_ID") in scanned(pattern_mask, text)


def test_a_pipe_table_with_a_passport_column(pattern_mask: Mask) -> None:
    text = (
        "Nom        | Pr\u00e9nom   | Date de naissance | N\u00b0 de passeport | Portable du responsable l\u00e9gal\n"
        "-----------|----------|-------------------|-----------------|------------------------------\n"
        "Delaunay   | Ma\u00eblys   | 19/05/2009        | 19AK52831       | 06 12 87 43 90"
    )
    found = scanned(pattern_mask, text)
    assert ("19AK52831", "US_PASSPORT") in found
    assert ("Delaunay", "PERSON") in found
    assert ("19/05/2009", "DATE_TIME") in found


@pytest.mark.parametrize("key", ["N\u00b0 de passeport", "no_passeport", "Nr. Pasaporte"])
def test_a_number_word_before_a_document_key(pattern_mask: Mask, key: str) -> None:
    text = f'{{"{key}": "19AK52831"}}'
    assert ("19AK52831", "US_PASSPORT") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Plaka: yok", "yok"),
        ("Kentekenplaat: onbekend", "onbekend"),
        ("Order no. 240115-01-0001 shipped", "240115-01-0001"),  # a date-stamped order number
        ("invoice A123456789", "A123456789"),
        ("serial K997365(6)", "K997365(6)"),
        ("A123456788", "A123456788"),  # the Taiwanese check fails
        ("K997365(5)", "K997365(5)"),  # the Hong Kong check fails
        ("ref 79.08.20-858.64", "79.08.20-858.64"),  # the Belgian check fails
        ("Tracking 35271003696", "35271003696"),  # a valid T.C. Kimlik number's digits, no kimlik near
        ("ticket 145527013", "145527013"),  # passes the eleven-test, no BSN near
        ("la Seguridad Social 2024/2025", "2024/2025"),  # the institution, then a span of years
        ("cotizaciones a la Seguridad Social de 2023", "2023"),
        ("KA 03 MJ 4521 was the grid cell we used", "KA 03 MJ 4521"),  # a plate's shape without its label
        ("Vehicle: 2019 Toyota Corolla", "2019"),  # a vehicle's label is no plate's
        ("no_email: true, number_of_guests: 12", "12"),
    ],
)
def test_lookalikes_stay(pattern_mask: Mask, text: str, value: str) -> None:
    assert not [t for v, t in scanned(pattern_mask, text) if value in v and t in ("VEHICLE_ID", "NATIONAL_ID")]


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("A123456789", True),  # the Ministry of the Interior's example
        ("A284578248", True),
        ("F131104093", True),
        ("A800000014", True),  # a resident certificate's number of the 2021 format
        ("A123456788", False),
        ("I123456789", False),
        ("a12345678", False),
        ("AB12345678", False),
    ],
)
def test_the_taiwanese_check(value: str, valid: bool) -> None:
    assert is_tw_id(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("A123456(3)", True),  # the published examples
        ("G123456(A)", True),
        ("AB987654(3)", True),
        ("K997365(6)", True),
        ("A1234563", True),
        ("A123456(4)", False),
        ("C668668(E)", False),
        ("123456(3)", False),
    ],
)
def test_the_hong_kong_check(value: str, valid: bool) -> None:
    assert is_hk_id(value) is valid
