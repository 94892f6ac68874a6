# ruff: noqa: RUF001, RUF002  (Greek and Cyrillic labels hold letters that look Latin)
"""Address, postcode, town and phone field labels of Finnish, Hungarian, Czech, Romanian,
Indonesian, Turkish, Norwegian, Dutch, Greek, Russian, Vietnamese and Filipino forms
(``Postinumero:``, ``Irányítószám:``, ``PSČ:``, ``Kode pos:``, ``Τ.Κ.:``, ``Индекс:``): their values
stayed in clear. A Turkish street's ``No:`` and ``Daire`` keys belong to the address under
``Adres:`` (only ``Atatürk Cad`` was taken)."""

from __future__ import annotations

import pytest

from mask.core import Mask

RECORDS = [
    (
        "Osoite: Mannerheimintie 12 B 7\nPostinumero: 00100\nKaupunki: Helsinki\nPuhelin: 040 123 4567",
        ["Mannerheimintie 12 B 7", "00100", "Helsinki", "040 123 4567"],
    ),
    ("Cím: Andrássy út 60\nIrányítószám: 1062\nTelefonszám: +36 30 123 4567", ["Andrássy út 60", "1062", "123 4567"]),
    ("Adresa: Národní 25\nPSČ: 110 00\nMěsto: Praha", ["Národní 25", "110 00", "Praha"]),
    ("Adresă: Strada Lipscani 10\nCod poștal: 030031", ["Strada Lipscani 10", "030031"]),
    ("Alamat: Jl. Sudirman No. 45\nKode pos: 10210\nKota: Jakarta", ["Jl. Sudirman No. 45", "10210", "Jakarta"]),
    ("Adres: Atatürk Cad. No: 15 Daire 3\nPosta kodu: 34000", ["Atatürk Cad.", "15 Daire 3", "34000"]),
    ("Adresse: Storgata 15\nPostnummer: 0155\nPoststed: Oslo", ["Storgata 15", "0155", "Oslo"]),
    ("Adres: Kalverstraat 92\nTelefoonnummer: 020 123 4567", ["Kalverstraat 92", "020 123 4567"]),
    ("Διεύθυνση: Ερμού 25\nΤ.Κ.: 105 63\nΤηλέφωνο: 210 123 4567", ["Ερμού 25", "105 63", "210 123 4567"]),
    ("Ονοματεπώνυμο: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ("Индекс: 101000\nТелефон: 8 (495) 123-45-67", ["101000", "123-45-67"]),
    ("Tirahan: 123 Rizal Ave, Sta. Cruz, Manila\nTelepono: 0917 123 4567", ["123 Rizal Ave", "0917 123 4567"]),
]


@pytest.mark.parametrize(("text", "values"), RECORDS)
def test_the_values_under_the_labels_are_protected(pattern_mask: Mask, text: str, values: list[str]) -> None:
    out = pattern_mask.protect(text)
    assert [v for v in values if v in out] == []
    assert pattern_mask.reveal(out) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("Name: Jan Nowak No: 12", "Jan Nowak"), ("Order No: 1234", None)],
)
def test_a_house_number_key_ends_a_value_other_than_an_address(
    pattern_mask: Mask, text: str, value: str | None
) -> None:
    found = [text[s.start : s.end] for s in pattern_mask.scan([text])[0]]
    assert found == ([value] if value else [])
