"""Values found by hand in messages and tool outputs that stayed in clear, and harmless text that
came back altered: with mask-spacy, given names Faker's locales lack (``first_names_world.txt``),
a first name's possessive, a chat's mention, someone from a department, a name in apposition to
a tie, a name in capitals with a middle initial; the pattern detectors' street someone was seen
on or lives on with an ordinal in its name, and the Gulf's civil numbers; and, left alone, a
scientist's law, a title-case phrase after a role word, decorators and packages after ``@``."""

from __future__ import annotations

import pytest

from mask.core import Mask
from mask.core.detector import Detector
from mask.plugins.spacy.filters import TECH_WORDS, ordinary_word
from mask.plugins.spacy.wordlists import first_names

from .conftest import people


def _found(mask: Mask, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in mask.scan([text])[0]]


@pytest.mark.parametrize("name", ["Venkat", "Tamsin", "Dontrell", "Thandiwe", "Xiomara", "Itzel"])
def test_given_names_faker_lacks_are_known(name: str) -> None:
    assert name in first_names()


@pytest.mark.parametrize("word", ["Daemon", "Jedi", "Harvard", "Kenyan", "Tesla", "Jenkins", "Marigold"])
def test_words_brands_and_proper_nouns_are_no_given_names(word: str) -> None:
    assert word not in first_names()


def test_the_world_list_adds_no_ordinary_or_technology_word() -> None:
    from importlib.resources import files

    text = files("mask.plugins.spacy").joinpath("data", "first_names_world.txt").read_text("utf-8")
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(names) > 30000
    assert not [n for n in names if ordinary_word(n) or n in TECH_WORDS]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lol i told tamsin we'd meet at hers on saturday", "tamsin"),
        ("Per Siddharth's request I've cc'd them.", "Siddharth"),
        ("my ex, Dontrell, keeps showing up at my job", "Dontrell"),
        ("My neighbor (Dale) keeps parking in front of my driveway.", "Dale"),
        ("@Mariana can you take this one?", "Mariana"),
        ("Slack #support: @kwame.mensah can you call the customer back?", "kwame.mensah"),
        ("Bob from accounting will approve it.", "Bob"),
        ("Grace from the billing team called twice.", "Grace"),
    ],
)
def test_names_by_their_context(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("JANE R. HOLLOWAY, Plaintiff,\nv.\nMARCUS T. GREENE, Defendant.", "JANE R. HOLLOWAY"),
        ("JANE R. HOLLOWAY, Plaintiff,\nv.\nMARCUS T. GREENE, Defendant.", "MARCUS T. GREENE"),
    ],
)
def test_a_name_in_capitals_with_a_middle_initial(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "a Bill from accounting arrived today",
        "Return the Pearson's correlation coefficient.",
        "@app.route('/orders')",
        "@Override public void run()",
        "import '@angular/core';",
        "my friend (see below) said it works",
    ],
)
def test_no_person_there(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Apply Newton's law of cooling to estimate the time of death.",
        "She was diagnosed with Crohn's disease last year.",
        "See the Customer Journey Map in the appendix for the onboarding funnel.",
    ],
)
def test_left_alone_with_ner(ner_mask: Mask, text: str) -> None:
    assert ner_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Emergency: child last seen on W 117th St. Call 911.", "W 117th St"),
        ("He lives on East 86th Street near the park.", "East 86th Street"),
        ("Our office on Market Street opens at 9.", "Market Street"),
        ("The car parked on Main St was towed.", "Main St"),
    ],
)
def test_a_street_someone_lives_works_or_was_seen_on(pattern_mask: Mask, text: str, street: str) -> None:
    assert (street, "STREET_ADDRESS") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    "text", ["Seen on TV", "The bug was found on Tuesday.", "Found on line 12 of the Street View module"]
)
def test_no_street_after_seen_or_found_on(pattern_mask: Mask, text: str) -> None:
    assert not [v for v, t in _found(pattern_mask, text) if t == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Account holder: Tel: +968 9123 4567. Civil ID 12345678.", "12345678"),
        ("Civil ID: 123456789", "123456789"),
        ("QID: 28412345678", "28412345678"),
    ],
)
def test_civil_numbers_of_the_gulf(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "NATIONAL_ID") in _found(pattern_mask, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hola! Soy Valentina, te escribo de parte de mi tío.", "Valentina"),
        ("Olá, aqui é o Rodrigo. Pode mandar para a Av. Paulista?", "Rodrigo"),
        ("Hallo, hier ist Lukas. Ich wohne jetzt in Kreuzberg.", "Lukas"),
        ("Halo kak, saya Dewi. Alamat saya di Jakarta Barat.", "Dewi"),
        ("Hej! Det är Linnea. Jag bor i Stockholm.", "Linnea"),
        ("Hi po, ako si Maricel, taga Quezon City.", "Maricel"),
        ("Dia dhuit, is mise Aoife.", "Aoife"),
        ("Je m'appelle Valentina et j'habite à Lyon.", "Valentina"),
        ("G'day, Shane here from Ballarat.", "Shane"),
        ("Hey! Sipho here. I'm staying in Soweto.", "Sipho"),
    ],
)
def test_someone_saying_who_they_are_in_many_languages(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


@pytest.mark.parametrize("text", ["Hi, Support here.", "Soy Sauce is salty.", "Hi, everyone here is fine."])
def test_no_one_introduced(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


def test_a_french_street_after_je_vis(pattern_mask: Mask) -> None:
    assert ("rue Ibnou Mounir 22", "STREET_ADDRESS") in _found(pattern_mask, "je vis rue Ibnou Mounir 22")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('<name first="Kwabena" last="Asante"/>', [("Kwabena", "PERSON"), ("Asante", "PERSON")]),
        (
            '<address street="12 Baker Street" city="London" postcode="NW1 6XE"/>',
            [("12 Baker Street", "STREET_ADDRESS"), ("London", "LOCATION"), ("NW1 6XE", "ZIP_CODE")],
        ),
        ("<contact phone='+351 912 345 678'/>", [("+351 912 345 678", "PHONE_NUMBER")]),
    ],
)
def test_xml_attributes_labelled_by_their_name_and_element(
    pattern_mask: Mask, text: str, values: list[tuple[str, str]]
) -> None:
    found = _found(pattern_mask, text)
    for value in values:
        assert value in found


@pytest.mark.parametrize(
    "text",
    [
        '<user name="admin" role="owner"/>',
        '<?xml version="1.0" encoding="UTF-8"?><root lang="en"></root>',
        '<img src="logo.png" alt="Logo" width="120"/>',
    ],
)
def test_xml_attributes_that_hold_no_data(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VEVENT\nSUMMARY:Sprint planning\nLOCATION:Zoom\nEND:VEVENT",
        "Location: Microsoft Teams Meeting",
        "Location: Google Meet (link in the invite)",
        "location: online",
    ],
)
def test_a_meeting_held_online_has_no_place(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thanks to our volunteers: Priyanka, Dmitri, Fatou, Jonah and Mei-Ling!", ["Priyanka", "Fatou", "Jonah"]),
        ("Kudos to Yusuf and Saanvi for fixing the outage!", ["Yusuf", "Saanvi"]),
        ("Happy retirement, Doreen! 32 years at the Leeds branch.", ["Doreen"]),
        ("Welcome aboard Rasmus!", ["Rasmus"]),
        ("RIP Grandpa Wilhelm (1931-2024).", ["Wilhelm"]),
        ("Signed by Hon. Folake Adeyinka.", ["Folake Adeyinka"]),
    ],
)
def test_names_cheered_listed_or_titled(rules: Detector, text: str, names: list[str]) -> None:
    found = people(rules, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "We shipped to Paris, London and Berlin.",
        "Supports Django, Flask and FastAPI.",
        "Red, Green and Blue channels",
        "Monday, Tuesday and Friday",
        "Welcome Guide for new hires",
        "The envoys visited Jordan and Chad last year.",
    ],
)
def test_lists_and_welcomes_of_no_one(rules: Detector, text: str) -> None:
    assert people(rules, text) == set()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Contact Mr Lim at 6123 4567 or 9123 4567 (Singapore).", ["6123 4567", "9123 4567"]),
        ("Call 415 555 0132 or 415 555 0199", ["415 555 0132", "415 555 0199"]),
    ],
)
def test_the_second_way_to_call_someone(pattern_mask: Mask, text: str, values: list[str]) -> None:
    found = _found(pattern_mask, text)
    for value in values:
        assert (value, "PHONE_NUMBER") in found


@pytest.mark.parametrize("text", ["between 1000000 or 9123 4567", "ids 61234567 / 91234567"])
def test_a_number_after_a_number_is_no_phone_by_itself(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("I'm at the corner of 5th Ave and 42nd St", ["5th Ave", "42nd St"]),
        ("the intersection of Main Street and Elm Street", ["Main Street", "Elm Street"]),
    ],
)
def test_two_streets_that_cross(pattern_mask: Mask, text: str, streets: list[str]) -> None:
    found = _found(pattern_mask, text)
    for street in streets:
        assert (street, "STREET_ADDRESS") in found


@pytest.mark.parametrize("text", ["at the corner of Python and Rust", "the intersection of Art and Science"])
def test_a_corner_of_no_streets(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [("I saw the vehicle (reg 191-C-12345) hit the wall.", "191-C-12345"), ("car with reg AB12 CDE", "AB12 CDE")],
)
def test_a_vehicles_registration_after_reg(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "VEHICLE_ID") in _found(pattern_mask, text)


@pytest.mark.parametrize("text", ["the reg file is corrupt", "reg: 12", '{"reg": "r12"}', '{"reg": "eax"}'])
def test_reg_without_a_registration(pattern_mask: Mask, text: str) -> None:
    assert pattern_mask.protect(text) == text


def test_a_name_closing_a_heading_after_for(rules: Detector) -> None:
    assert people(rules, "Tutor feedback for Anjali: great progress!") == {"Anjali"}
    assert people(rules, "Support for Python: 3.9+") == set()


def test_a_geocoders_address_parts_named_by_their_types(pattern_mask: Mask) -> None:
    payload = {
        "results": [
            {
                "address_components": [
                    {"long_name": "Karl-Marx-Allee", "types": ["route"]},
                    {"long_name": "Friedrichshain", "types": ["sublocality_level_1", "sublocality", "political"]},
                    {"long_name": "10178", "types": ["postal_code"]},
                    {"long_name": "34", "types": ["street_number"]},
                ]
            }
        ]
    }
    out = pattern_mask.protect(payload)
    parts = [c["long_name"] for c in out["results"][0]["address_components"]]
    assert parts[0].startswith("Address_") and parts[1].startswith("Location_") and parts[2].startswith("Zip_")
    assert parts[3] == "34"
    text = '{"address_components":[{"long_name":"10178","types":["postal_code"]}]}'
    assert ("10178", "ZIP_CODE") in _found(pattern_mask, text)


@pytest.mark.parametrize("parent", ["priority", "status", "issuetype", "milestone", "model"])
def test_a_things_name_is_no_persons(pattern_mask: Mask, parent: str) -> None:
    payload = {"fields": {parent: {"name": "High Tide"}, "assignee": {"name": "Ana Lima"}}}
    out = pattern_mask.protect(payload)
    assert out["fields"][parent]["name"] == "High Tide"
    assert out["fields"]["assignee"]["name"] != "Ana Lima"


def test_a_brazilian_bank_branch_after_agencia(pattern_mask: Mask) -> None:
    text = "Account opened at Banco do Brasil, agência 1234-5, conta 67890-1."
    assert "1234-5" not in pattern_mask.protect(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Falei com o Rodrigo ontem e ele confirmou.", "Rodrigo"),
        ("Ik heb met Sanne gebeld.", "Sanne"),
        ("Ze komt met haar zus Femke.", "Femke"),
    ],
)
def test_someone_spoken_with_or_tied_in_other_languages(rules: Detector, text: str, name: str) -> None:
    assert name in people(rules, text)


def test_a_records_row_in_lower_case(pattern_mask: Mask) -> None:
    assert ("new york", "LOCATION") in _found(pattern_mask, "city: new york\nstate: ny")
    for text in ("location: see below\nstatus: open", "Location: remote\nTeam: core", "city: new york"):
        assert pattern_mask.protect(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mi DNI argentino 30.123.456, vivo en Córdoba.", "30.123.456"),
        ("cédula venezolana V-12.345.678", "V-12.345.678"),
    ],
)
def test_an_identity_document_named_with_its_countrys_adjective(pattern_mask: Mask, text: str, value: str) -> None:
    assert (value, "NATIONAL_ID") in _found(pattern_mask, text)


def test_a_name_no_list_knows_after_a_greeting_and_its(rules: Detector) -> None:
    assert people(rules, "Hi it's Bongani, I'm outside your gate.") == {"Bongani"}
    assert people(rules, "Hi, it's Monday, so the deploy is frozen.") == set()
    assert people(rules, "Hey it's Kubernetes, not Docker") == set()
