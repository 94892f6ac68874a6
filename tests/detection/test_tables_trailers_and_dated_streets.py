"""Values found by hand in tool outputs and messages that stayed in clear: the rows of a table
whose first row (or a ``columns`` list beside them) names the columns, a list of ``[field, value]``
rows, git trailers, an id under ``idValue``, a routing number after ``R/T``, streets named after a
date, a house on a numbered street, a Finnish street in lower case, a US, Canadian or Australian
region code and postcode after a town without a comma; with mask-spacy, two names
that are words of another language only, a first name opening a clause after a semicolon, an
employer after ``a spokesperson for``, a bank after ``Banca``, ``sou a Beatriz``, a Turkish
town with its case ending, a name before a Japanese honorific, a business ``called`` so, and
names and places in a chat written in lower case."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mask.core import Mask
from mask.core.detector import Detector

from .conftest import people


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


_TABLES: list[Any] = [
    [["Name", "Email", "Phone"], ["Ewa Zielińska", "ewa@z.pl", "512 345 678"], ["Piotr Lis", "p@l.pl", "698 765 432"]],
    [["id", "name", "city"], [1, "Piotr Lis", "Kraków"], [2, "Ana Lima", "Porto"]],
    {"columns": ["name", "city"], "rows": [["Sipho Dlamini", "Durban"], ["Lerato Khumalo", "Soweto"]]},
    {"schema": [{"name": "customer", "type": "STRING"}, {"name": "town"}], "rows": [["Piotr Lis", "Kraków"]]},
    [["Name", "Piotr Lis"], ["City", "Kraków"], ["Phone", "512 345 678"]],
]


@pytest.mark.parametrize("table", _TABLES)
@pytest.mark.parametrize("as_text", [False, True])
def test_the_rows_of_a_table_take_their_columns_names(pattern_mask: Mask, table: Any, as_text: bool) -> None:
    payload = json.dumps(table, ensure_ascii=False) if as_text else table
    out = pattern_mask.protect(payload)
    text = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
    for value in ("Piotr Lis", "Kraków", "Sipho Dlamini", "Lerato Khumalo", "Durban", "Ana Lima", "Porto"):
        assert value not in text
    if not as_text:  # the shape, the header row and the numbers stay
        assert type(out) is type(table)
        if isinstance(table, list):
            assert out[0] == table[0] or (table[0][0] == "Name" and out[0][0] == "Name")


@pytest.mark.parametrize(
    "table",
    [
        [["a", "b"], ["Piotr Lis", "Kraków"]],  # no field's name: no header
        [["Phone", "Zip"], ["n/a", "unknown"]],  # a header, but no value has a phone's or a postcode's shape
        [["2024-01", "2024-02"], ["Paris", "Berlin"]],  # digits: no header
        [["Status", "Calculator"], ["Owner", "Stable"]],  # no field of a type
        [["Name", "Version"], ["numpy", "1.26"], ["rich", "13.7"]],  # one row opening with a field: no pairs
    ],
)
@pytest.mark.parametrize("as_text", [False, True])
def test_lists_of_lists_that_are_no_table_of_people(pattern_mask: Mask, table: Any, as_text: bool) -> None:
    payload = json.dumps(table) if as_text else table
    assert pattern_mask.protect(payload) == payload


@pytest.mark.parametrize("as_text", [False, True])
def test_the_danish_by_is_a_town_beside_a_postcode_or_an_address(pattern_mask: Mask, as_text: bool) -> None:
    record = {"navn": "Mette Hansen", "adresse": "Nørregade 12", "postnummer": "8000", "by": "Aarhus"}
    out = pattern_mask.protect(json.dumps(record, ensure_ascii=False) if as_text else record)
    assert "Aarhus" not in (out if isinstance(out, str) else json.dumps(out, ensure_ascii=False))
    author = {"title": "Quarterly report", "address": "1 Main St", "by": "Sales Team"}  # an author, no town
    out = pattern_mask.protect(json.dumps(author) if as_text else author)
    assert "Sales Team" in (out if isinstance(out, str) else json.dumps(out))


def test_the_danish_by_in_key_value_rows_beside_a_postcode_row(pattern_mask: Mask) -> None:
    record = "navn: Mette Hansen\nadresse: Nørregade 12\npostnummer: 8000\nby: Aarhus"
    assert ("Aarhus", "LOCATION") in _found(pattern_mask, record)
    author = "Quarterly report\nby: Sales Team\nversion: 2"
    assert pattern_mask.protect(author) == author


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mesto: Praha\npsc: 273 51\ntelefon: 602 123 456", "273 51"),  # a lower-case key, a postcode's shape
        ("telefono=+39-333-1234567 cap=00184", "00184"),  # key=value pairs apart by a blank
    ],
)
def test_a_short_postcode_key_in_a_record_in_lower_case(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "ZIP_CODE") in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["priority: low\ncap: 5000\nowner: ops", "retries=3 cap=5000"])
def test_a_cap_that_is_a_limit(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_table_row_with_a_null_or_a_nested_object_keeps_its_lists_key(pattern_mask: Mask) -> None:
    # the text walk cannot see a null cell: that row is not read by its columns, and nothing breaks
    text = '[["name", "city"], [null, "Kraków"], ["Piotr Lis", {"x": 1}]]'
    out = pattern_mask.protect(text)
    assert json.loads(out)[1][0] is None and json.loads(out)[2][1] == {"x": 1}


def test_a_table_in_a_deep_or_cyclic_payload_is_refused_as_any_list(pattern_mask: Mask) -> None:
    from mask.core.errors import MaskInputError

    rows: list[Any] = [["name", "city"]]
    rows.append(rows)
    with pytest.raises(MaskInputError, match="cyclic"):
        pattern_mask.protect({"columns": ["name"], "rows": rows})


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Fix the export\n\nReviewed-by: Ana Carvalho\nCo-authored-by: Jan de Wit", "Ana Carvalho", "PERSON"),
        ("Fix the export\n\nReviewed-by: Ana Carvalho\nCo-authored-by: Jan de Wit", "Jan de Wit", "PERSON"),
        ("Tested-by: Ana Carvalho <ana@x.pt>", "Ana Carvalho", "PERSON"),
        (
            '{"worker": {"nationalId": {"idValue": "2881175018123", "schemeName": "INSEE"}}}',
            "2881175018123",
            "NATIONAL_ID",
        ),
        ("Direct deposit: R/T 063100277, A/C 00291837465", "063100277", "ABA_ROUTING_NUMBER"),
        ("RT#: 322271627  ACCT#: 1234567890", "322271627", "ABA_ROUTING_NUMBER"),
        ("Enviar a Av. 9 de Julio 1234, Buenos Aires", "Av. 9 de Julio 1234", "STREET_ADDRESS"),
        ("Entregar na Rua 25 de Março 100, São Paulo", "Rua 25 de Março 100", "STREET_ADDRESS"),
        ("the router at plac Konstytucji 3 Maja 25/28 in Kraków", "plac Konstytucji 3 Maja 25/28", "STREET_ADDRESS"),
        ("Her address is House 12, Road 5, Dhanmondi, Dhaka 1205", "House 12, Road 5", "STREET_ADDRESS"),
        ("Send it to Villa 7, Street 12, Al Barsha 2, Dubai", "Villa 7, Street 12", "STREET_ADDRESS"),
        ("Deliver to Blk 12 Lot 5, Phase 2, Camella Homes", "Blk 12 Lot 5", "STREET_ADDRESS"),
        ("the router at Haagan pappilankuja 72 in Evijärvi keeps dropping", "Haagan pappilankuja 72", "STREET_ADDRESS"),
        ("Aegean Foods S.A.\n25 Ermou Street, Athens 105 63", "Athens 105 63", "STREET_ADDRESS"),
        ("Praxis am Markt\nMarktplatz 3 · 79098 Freiburg", "Marktplatz 3 · 79098 Freiburg", "STREET_ADDRESS"),
        ("W7642 County Road K, Neenah WI 54956", "54956", "ZIP_CODE"),
        ("your store located at 1450 Broadway in Oakland", "1450 Broadway", "STREET_ADDRESS"),
        ("Text 555-0147 to confirm", "555-0147", "PHONE_NUMBER"),
        ("Hola! Me llamo Camila Fuentes, RUT 12.345.678-5, vivo en Santiago.", "12.345.678-5", "NATIONAL_ID"),
        ("Employee: Niamh Sullivan\nPPS: 1234567TA", "1234567TA", "NATIONAL_ID"),
        ("my SIN is 046 454 286", "046 454 286", "NATIONAL_ID"),
        ("Customer Siti Nurhaliza, IC 880101-14-5566, tinggal di Kuala Lumpur", "880101-14-5566", "NATIONAL_ID"),
        ("saya Budi Santoso, NIK 3171234567890001, alamat Jakarta", "3171234567890001", "NATIONAL_ID"),
        ("I'm Fatima from Casablanca, CIN BE123456, tel 06 61 23 45 67", "BE123456", "NATIONAL_ID"),
        ("o meu NIF é 123456789. A minha morada é Rua do Almada 45", "123456789", "NATIONAL_ID"),
        ("Prescriber: Dr. Kwabena Owusu, DEA# BO1234563, NPI 1234567893.", "BO1234563", "PERSONAL_ID"),
        ("Prescriber: Dr. Kwabena Owusu, DEA# BO1234563, NPI 1234567893.", "1234567893", "PERSONAL_ID"),
        ("Consultant: Dr A. Shah, GMC No. 7012345", "7012345", "PERSONAL_ID"),
        ("Berit Svendsen\nHaraldsrudbakken 12A, 0681 Oslo", "Haraldsrudbakken 12A", "STREET_ADDRESS"),
        ("if anything changes. BE62640474254261 001 506-281-7562", "001 506-281-7562", "PHONE_NUMBER"),
        ("driver of a grey sedan, plate 7XYZ123; witness", "7XYZ123", "VEHICLE_ID"),
        ("parked outside, plate AB-123-CD", "AB-123-CD", "VEHICLE_ID"),
        ("Hi team, Ana called about the delivery to Heineho 2, Třemošnice.", "Heineho 2", "STREET_ADDRESS"),
        ("please ship it to 12 Kowloon Gardens, Hong Kong.", "12 Kowloon Gardens", "STREET_ADDRESS"),
        ("Call 555-0147 before noon", "555-0147", "PHONE_NUMBER"),
        ("Office: 47 Kingsway, London WC2B 6AN", "47 Kingsway", "STREET_ADDRESS"),
        ("Ballarat VIC 3350", "3350", "ZIP_CODE"),
        ("Toronto ON M5V 2T6", "M5V 2T6", "ZIP_CODE"),
        ("based in Cambridge MA 02139-4307.", "02139-4307", "ZIP_CODE"),
    ],
)
def test_found_by_pattern(pattern_mask: Mask, text: str, value: str, etype: str) -> None:
    found = _found(pattern_mask, text)
    assert any(t == etype and value in v for v, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "wear a Windsor necktie 3 times",  # no genitive before the lower-case compound
        "Av. 9 de Julio is wide",  # a dated street's name without a house number
        "RT @github: 123456789 likes",  # a retweet, no routing label (a person's @handle is a USERNAME)
        "I/O 063100277",
        "Version CA 12345",  # no Californian ZIP
        "we saw 3 Broadway shows",  # a lower-case word after the street: no address
        "see 555-0147",  # seven digits without a phone verb right before
        "the plate 3 is hot",  # no plate's shape after the word
        "PPS: 1200",  # pulses per second: no PPS number's shape
        "the sin 123 of the function",
        "The DEA 2023 report",  # a year after an identifier's label without a separator
        "our PNR 2024 rollout",
        "Skogen 3 of 5 done",  # a Norwegian street's ending, no address tail
        "Plate 2024 edition",
        "serve on plate A1",
        "send it to Team 2, then review",  # no town after the comma
        "Sent the build to Stage 3, Production next",
        "we sent the results to Group 4, Berlin office",
        "Order IN 12345 shipped",
        "the model TX 78701",  # no capitalised word before the region
        '{"card": {"id": "card_1N2b3c", "id_value": "x"}}',
    ],
)
def test_left_alone_by_pattern(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_three_and_two_digits_after_a_town_end_an_address_only_where_its_part_ends(pattern_mask: Mask) -> None:
    text = "12 Main Street, Springfield 100 25 people"
    assert all("100" not in v for v, _ in _found(pattern_mask, text))


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("Meeting: quarterly review with Bianca Oliveira (Cunha)", "Bianca Oliveira", "PERSON"),
        ("Kwame raised the pricing question; Svetlana will follow up.", "Svetlana", "PERSON"),
        ('"It was a surprise," said Jean Dupont, a spokesperson for Grenier.', "Grenier", "ORGANIZATION"),
        ("Per my conversation with Giulia Bianchi at Banca Sella, the wire is pending.", "Banca Sella", "ORGANIZATION"),
        ("Olá, sou a Beatriz, moro na Rua Augusta 27 em Lisboa.", "Beatriz", "PERSON"),
        ("Merhaba, ben Elif Şahin, İzmir'de oturuyorum", "İzmir", "LOCATION"),
        ("Ankara'dan geldim", "Ankara", "LOCATION"),
        ("Tanaka-san will join the call.", "Tanaka", "PERSON"),
        ("Pt is a 24 y/o from Vizcaya, referred by Dr. Ruiz.", "Vizcaya", "LOCATION"),
        ("Receipt: paid by Visa ****1881, cardholder DIMITRIS KARALIS, auth 004512", "DIMITRIS KARALIS", "PERSON"),
        ("Hi, this is Chidinma from Lagos. My account number is 0123456789", "Chidinma", "PERSON"),
        ("driver of a grey sedan, plate 7XYZ123; witness Min-ho Lee, tel 951-555-0199.", "Min-ho Lee", "PERSON"),
        ("Fr. O'Brien said mass.", "O'Brien", "PERSON"),
        ("She left Deloitte to join a startup called Quillpad.", "Quillpad", "ORGANIZATION"),
        ("Volunteer at the Ridgeway Food Pantry every Saturday.", "Ridgeway Food Pantry", "ORGANIZATION"),
        ("lol yeah i met jake and priya at the bar last nite", "priya", "PERSON"),
        ("lol yeah i met jake and priya at the bar last nite", "jake", "PERSON"),
        ("im in lisbon till friday then back to berlin", "lisbon", "LOCATION"),
        ("im in lisbon till friday then back to berlin", "berlin", "LOCATION"),
        ("my sis emma lives in denver", "emma", "PERSON"),
        ("hey its maria from the dentist, can u call me back", "maria", "PERSON"),
    ],
)
def test_found_with_ner(ner_mask: Mask, text: str, value: str, etype: str) -> None:
    assert (value, etype) in _found(ner_mask, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("quarterly review with Bianca Oliveira (Cunha)", "Bianca Oliveira"),
        ("Ask Rosa Campos about it.", "Rosa Campos"),
        ("We talked about Paloma Blanco yesterday.", "Paloma Blanco"),
    ],
)
def test_two_names_that_are_words_of_another_language_only(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "We talked about Del Monte yesterday.",  # a particle first
        "We talked about Campo Grande yesterday.",  # a place
        "We talked about Will Power yesterday.",  # English words
        "We talked about Grace Church yesterday.",
    ],
)
def test_no_name_rule_person_from_foreign_or_english_words(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "the Ultra-san model",  # an ordinary word before an honorific
        "Open Fri 9-5, Fr 10-2",  # Fr without its dot
        "it's spring from march to may",
        "i met with django and flask devs",
        "told jenkins and travis to rerun",
        "Hi, this is Zendesk from the support portal",  # a service introducing itself
        "cardholder NOT PRESENT",  # ordinary words in capitals after a card's holder
        "It's Redis from Homebrew",
    ],
)
def test_no_name_rule_person_in(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()
