"""Labels and addresses as European prose writes them, not as a form does.

A label before its number in a sentence: a word for "number" after the noun it numbers
(``contrato n.\u00ba``, ``umowie nr``, ``een rijbewijs met nummer``), a verb for "remains" and an
article between them (``reste le``), a participle before the colon (``Fecha de nacimiento
verificada:``), a conjunction after the value (``O meu NIF \u00e9 ... e o n\u00famero de utente ...``), an
abbreviation of "code" (``cod. cliente``), Polish nouns in other cases (``dowodem osobistym``, ``nr rej.``).
A postcode and its town after a locative preposition (``Abholung in 04109 Leipzig``), the postcodes of
Portugal and Poland after a street, a Polish town in the locative after an address or ``zamieszka\u0142a
w``, and streets in lower case (``c/ san bernardo 14``, ``rua das ac\u00e1cias 312, apto 54``, ``ul. d\u0142ugiej
5/3``). Look-alikes stay: a noun no label names before a number word, a round count after ``in``, a
year, a lower-case street word in plain prose.
"""

from __future__ import annotations

import pytest

from mask.core import Mask

from .conftest import scanned


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Soy el titular del contrato n.\u00ba 3300918274 desde 2019.", "3300918274", "PERSONAL_ID"),
        ("Il contratto n. 5521-B-7730 scade a marzo.", "5521-B-7730", "PERSONAL_ID"),
        ("Mon num\u00e9ro de contrat reste le 6613-B-20047, merci.", "6613-B-20047", "PERSONAL_ID"),
        ("Mon num\u00e9ro de contrat est le 6613-B-20047.", "6613-B-20047", "PERSONAL_ID"),
        ("O meu NIF \u00e9 245901337 e a morada mant\u00e9m-se.", "245901337", "NATIONAL_ID"),
        ("e o n\u00famero de utente 192837465. Obrigado", "192837465", "HEALTH_PLAN_ID"),
        ("la signora Bianchi (cod. cliente 4417302) ha chiamato", "4417302", "PERSONAL_ID"),
        ("reklamacja dotyczy us\u0142ugi na umowie nr KL/2022/118830. Prosz\u0119", "KL/2022/118830", "PERSONAL_ID"),
        ("zatrzymano pojazd o nr rej. KR 55102. Kierowca", "KR 55102", "VEHICLE_ID"),
        ("legitymuj\u0105cy si\u0119 dowodem osobistym nr AYZ604118, zamieszka\u0142y", "AYZ604118", "NATIONAL_ID"),
        ("De bestuurder toonde een rijbewijs met nummer 4401928375. Daarna", "4401928375", "US_DRIVER_LICENSE"),
        ("Fecha de nacimiento verificada: 22/09/1979. Sin incidencias", "22/09/1979", "DATE_TIME"),
    ],
)
def test_labels_before_a_number_in_prose(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ver el art\u00edculo n.\u00ba 14 del reglamento.",  # an article's number: no one's
        "Siehe Seite Nr. 12345 im Handbuch.",
        "Das Budget bleibt 25000 Euro.",  # a verb for "remains" after no label
        "Wir haben in 12300 F\u00e4llen geholfen.",  # a round count after "in"
        "Das Festival fand in 2024 Berlin statt.",  # a year
        "Il libro costa 12 euro a copia.",
    ],
)
def test_numbers_no_label_names_stay(pattern_mask: Mask, text: str) -> None:
    assert scanned(pattern_mask, text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Verkaufe Fahrrad. Abholung in 80331 M\u00fcnchen. Bei Interesse",
            [("80331", "ZIP_CODE"), ("M\u00fcnchen", "LOCATION")],
        ),
        ("Mieszkam w 60-101 Pozna\u0144.", [("60-101", "ZIP_CODE"), ("Pozna\u0144", "LOCATION")]),
        (
            "Moro na Rua Garrett, n.\u00ba 12, 3.\u00ba Dto., 1200-203 Lisboa. Obrigado",
            [("Rua Garrett, n.\u00ba 12, 3.\u00ba Dto., 1200-203 Lisboa", "STREET_ADDRESS")],
        ),
        (
            "zamieszka\u0142a w Gda\u0144sku przy ul. D\u0142ugiej 8 m. 2, 80-827 Gda\u0144sk, sk\u0142adam",
            [("Gda\u0144sku", "LOCATION"), ("ul. D\u0142ugiej 8 m. 2, 80-827 Gda\u0144sk", "STREET_ADDRESS")],
        ),
        ("czynsz za lokal przy ul. Zielonej 14/2 w Poznaniu nale\u017cy", [("Poznaniu", "LOCATION")]),
        (
            "Resido na Rua Sete de Setembro, 880, casa 3, CEP 80060-070, Curitiba/PR. Telefone",
            [
                ("Rua Sete de Setembro, 880, casa 3", "STREET_ADDRESS"),
                ("80060-070", "ZIP_CODE"),
                ("Curitiba", "LOCATION"),
            ],
        ),
    ],
)
def test_postcodes_towns_and_streets_in_prose(pattern_mask: Mask, text: str, values: list[tuple[str, str]]) -> None:
    found = scanned(pattern_mask, text)
    for value in values:
        assert value in found


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("nos vemos en la c/ toledo 33 a las 7", "c/ toledo 33"),
        ("gente, mudamos pra rua dos ip\u00eas 90, apto 12. beijos", "rua dos ip\u00eas 90, apto 12"),
        ("wpadnij do mnie na ul. polnej 7/4, b\u0119dzie pizza", "ul. polnej 7/4"),
    ],
)
def test_lower_case_streets_in_chats(pattern_mask: Mask, text: str, street: str) -> None:
    assert (street, "STREET_ADDRESS") in scanned(pattern_mask, text)


@pytest.mark.parametrize(
    "text",
    [
        "la calle estaba llena de gente a las 6",
        "vamos pra rua depois do jantar",
        "spotkajmy si\u0119 na ul. i pogadamy",
        "Mieszkam w Polsce od 5 lat.",  # no resident's word, no address
    ],
)
def test_harmless_prose_stays(pattern_mask: Mask, text: str) -> None:
    assert scanned(pattern_mask, text) == []
